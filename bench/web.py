"""Server time of the pages and the roll-up on synthesized data (``tiendo synth``).

Run from the repo root after ``tiendo synth --scale province`` on the same database::

    python bench/web.py [--province 24] [--repeat 30]

Each page is requested through Django's test client signed in as a superuser (the home
page also as a viewer of the province, who sees its communes): the time is
the server's (URL routing, middleware, queries, template), not the network's. Each page is
timed twice: for a first reader (the cache of page parts emptied before every request) and
for the readers after (the parts cached under the data version). The roll-up
is timed beside the obvious alternative (a Python loop over the ORM rows of the children)
in the same run, and the national roll-up of one indicator over every commune of the
database. Prints the machine, the database, the data size and a Markdown table.
"""

from __future__ import annotations

import argparse
from decimal import Decimal

from common import (
    bench_user,
    bench_viewer,
    django_setup,
    machine,
    percentiles,
    province_of_scale,
    row,
    timed,
)


def python_rollup(parent, period) -> dict[int, Decimal]:
    """The roll-up as one would first write it: fetch the children's results, add in Python."""
    from tiendo.results.models import Result
    from tiendo.units.models import Unit

    children = list(Unit.objects.filter(parent=parent))
    totals: dict[int, Decimal] = {}
    for result in Result.objects.filter(unit__in=children, period=period).select_related("indicator"):
        if result.indicator.aggregation == "sum":
            totals[result.indicator_id] = totals.get(result.indicator_id, Decimal(0)) + result.value
    return totals


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--province", default="24", help="official code of the post-2025 province")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    django_setup()
    from django.test import Client

    from tiendo.catalogue.models import Indicator
    from tiendo.results.models import Period, Result
    from tiendo.results.periods import key_of
    from tiendo.results.rollup import level_total, rollup_rows
    from tiendo.results.selectors import latest_period_with_data
    from tiendo.units.models import Unit

    print(machine())
    province = province_of_scale(args.province)
    commune = Unit.objects.filter(parent=province, level=Unit.Level.COMMUNE).order_by("code").first()
    period = latest_period_with_data(unit=province)
    year = Period.objects.get(kind=Period.Kind.YEAR, year=period.year)
    revenue = Indicator.objects.get(code="thu-ngan-sach")
    print(f"data: {Result.objects.count():,} results, {Unit.objects.count():,} units, "
          f"{Indicator.objects.count()} indicators; {province.name}: "
          f"{Unit.objects.filter(parent=province).count()} children; latest period {period}")
    from django.db import connection

    where = connection.vendor
    client = Client()
    client.force_login(bench_user())
    viewer = Client()
    viewer.force_login(bench_viewer(province))

    def get(url: str, client: Client = client) -> None:
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"{url}: HTTP {response.status_code}")

    code = key_of(year).code
    pages = [
        ("unit dashboard, province (latest period)", f"/don-vi/{province.pk}/", "p95 ≤ 100 ms (PostgreSQL)"),
        ("unit dashboard, commune", f"/don-vi/{commune.pk}/", ""),
        ("indicator page, province, year", f"/don-vi/{province.pk}/chi-tieu/{revenue.pk}/?ky={code}", ""),
        ("key task board, province", f"/don-vi/{province.pk}/nhiem-vu/", ""),
    ]
    from django.core.cache import cache

    def first_reader(url: str) -> None:
        cache.clear()
        get(url)

    print("| what | p50 ms | p95 ms | runs | goal |")
    print("|---|---|---|---|---|")
    for name, url, goal in pages:
        print(row(f"{name}, first reader, cache empty ({where})",
                  timed(lambda url=url: first_reader(url), args.repeat), goal))
        print(row(f"{name}, next readers, until the data changes ({where})",
                  timed(lambda url=url: get(url), args.repeat), goal))
    print(row(f"home page, superuser: the top units, one page scored ({where})", timed(lambda: get("/"), args.repeat)))
    print(row(f"home page, a viewer of {province.name}: one page of its units scored ({where})",
              timed(lambda: get("/", viewer), args.repeat)))
    one = Indicator.objects.filter(pk=revenue.pk)
    print(row(f"roll-up of {province.name}, one indicator (indicator page), {year} ({where})",
              timed(lambda: list(rollup_rows(parent=province, period=year, indicators=one)), args.repeat)))
    few = max(3, args.repeat // 5)
    sql = timed(lambda: list(rollup_rows(parent=province, period=year)), few, warmup=1)
    print(row(f"roll-up of {province.name}, all indicators, {year} ({where})", sql))
    loop = timed(lambda: python_rollup(province, year), few, warmup=1)
    print(row(f"same roll-up as a Python loop over ORM rows, sums only ({where})", loop))
    national = timed(lambda: level_total(indicator=revenue, period=year), args.repeat)
    print(row(f"roll-up of one indicator over all communes in the database, {year} ({where})", national,
              "≤ 200 ms at ~60 M results (PostgreSQL)"))
    ratio = percentiles(loop)[0] / percentiles(sql)[0]
    print(f"| Python loop ÷ SQL roll-up, p50 ({where}) | {ratio:.1f}× | | | same run |")
    total = level_total(indicator=revenue, period=year)
    print(f"national total of {revenue.name} {year}: {total.value} over {total.units} communes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
