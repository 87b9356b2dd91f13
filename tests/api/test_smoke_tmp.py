from tests.api.conftest import CODE


def test_tmp(api_world, as_user):
    w = api_world.world
    c = as_user(w.account("editor", "commune"))
    for url in ["/api/units", f"/api/units/{w.commune.pk}", "/api/results", "/api/targets", "/api/tasks",
                f"/api/tasks/{api_world.of(w.commune).task.pk}", "/api/meetings", "/api/people",
                "/api/recommendations", "/api/shortcomings", "/api/audit", "/api/indicators", "/api/periods",
                "/api/documents", "/api/terms", "/api/reporting-statuses",
                f"/api/units/{w.commune.pk}/dashboard?period={CODE}",
                f"/api/units/{w.commune.pk}/reports/{CODE}",
                f"/api/units/{w.province.pk}/rollup?period={CODE}",
                f"/api/units/{w.province.pk}/ranking?period={CODE}&indicator={api_world.revenue.pk}",
                f"/api/units/{w.commune.pk}/projection?period={CODE}&indicator={api_world.revenue.pk}",
                f"/api/units/{w.commune.pk}/met-count?period={CODE}",
                ]:
        r = c.get(url)
        print(url, r.status_code, r.content[:300])
    r = c.post("/api/extract", {"text": "Thu ngân sách ước đạt 35,8 tỷ đồng, bằng 120,4% dự toán."}, content_type="application/json")
    print(r.status_code, r.content[:600])
    r = c.post("/api/results", {"unit": w.commune.pk, "indicator": api_world.revenue.pk, "period": "2025-Q3", "value": "12.5"}, content_type="application/json")
    print(r.status_code, r.content[:600])
    rid = r.json()["id"]
    r = c.patch(f"/api/results/{rid}", {"version": 5, "value": "13"}, content_type="application/json")
    print(r.status_code, r.content[:600])
    r = c.post(f"/api/units/{w.commune.pk}/reports/2025-Q3/submit", content_type="application/json")
    print(r.status_code, r.content[:600])
    r = c.patch(f"/api/results/{rid}", {"version": 1, "value": "13"}, content_type="application/json")
    print(r.status_code, r.content[:600])
    r = c.get("/api/results?period=2025-M13")
    print(r.status_code, r.content[:600])
    assert 0
