"""Every main page on the demo data, in a browser at a desktop's and a phone's width: each
answers 200, has no horizontal scrolling at 375 px, names every form control, and is saved
as a screenshot in ``$TIENDO_ARTIFACTS/web/`` for review."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from tiendo.catalogue.models import Document, Indicator
from tiendo.demo.loader import demo_load
from tiendo.results.models import Result
from tiendo.units.models import Unit
from tiendo.work.models import KeyTask, Meeting

SIZES = {"desktop": (1366, 900), "phone": (375, 812)}
# Form controls without a name a screen reader can read: no label, aria-label or title.
UNNAMED_CONTROLS = """() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea, button')]
  .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                && !el.getAttribute('title') && !(el.tagName === 'BUTTON' && el.textContent.trim()))
  .map(el => el.outerHTML.slice(0, 80))"""


@pytest.fixture
def demo_pages(transactional_db) -> dict[str, str]:
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        demo_load()
    city = Unit.objects.get(name="Thành phố Lạng Sơn")
    revenue = Indicator.objects.filter(results__unit=city).order_by("sort_order").first()
    task = KeyTask.objects.filter(unit=city).order_by("pk").first()
    meeting = Meeting.objects.filter(unit=city).order_by("pk").first()
    document = Document.objects.filter(targets__unit=city).order_by("pk").first() or Document.objects.first()
    assert Result.objects.filter(unit=city).exists() and task and meeting and document
    return {
        "home": reverse("web:home"),
        "dashboard": reverse("web:unit_dashboard", args=[city.pk]) + "?ky=2022-9M",
        "indicator": reverse("indicator-detail", args=[city.pk, revenue.pk]) + "?ky=2022-9M",
        "entry": reverse("web:entry_grid", args=[city.pk]) + "?ky=2022-9M",
        "tasks": reverse("work-task-board", args=[city.pk]),
        "task": reverse("work-task-detail", args=[city.pk, task.pk]),
        "meetings": reverse("work-meeting-list", args=[city.pk]),
        "meeting": reverse("work-meeting-detail", args=[city.pk, meeting.pk]),
        "recommendations": reverse("work-recommendation-list", args=[city.pk]),
        "shortcomings": reverse("work-shortcoming-list", args=[city.pk]),
        "documents": reverse("work-document-list", args=[city.pk]),
        "document": reverse("work-document-detail", args=[city.pk, document.pk]),
        "search": reverse("web:search") + "?q=lang+son",
    }


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_every_main_page_at_desktop_and_phone_width(
    page, live_server, demo_pages, artifacts_dir, sign_in_browser
) -> None:
    out = artifacts_dir / "web"
    out.mkdir(parents=True, exist_ok=True)
    sign_in_browser(get_user_model().objects.get(username="admin"))
    overflowing, unnamed = {}, {}
    for name, url in demo_pages.items():
        response = page.goto(live_server.url + url)
        assert response is not None and response.status == 200, name
        if found := page.evaluate(UNNAMED_CONTROLS):
            unnamed[name] = found
        for size, (width, height) in SIZES.items():
            page.set_viewport_size({"width": width, "height": height})
            page.wait_for_timeout(150)  # charts follow the resize
            page.screenshot(path=str(out / f"demo-{name}-{size}.png"), full_page=True)
            scroll = page.evaluate("() => document.documentElement.scrollWidth")
            if size == "phone" and scroll > width:
                overflowing[name] = scroll
        page.set_viewport_size({"width": 1366, "height": 900})
    assert overflowing == {}
    assert unnamed == {}
