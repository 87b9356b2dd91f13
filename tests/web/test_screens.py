"""Every main page on the demo data, in a browser at a desktop's and a phone's width: each
answers 200, has no horizontal scrolling at 375 px, names every form control, keeps its
text readable against its background, and is saved as a screenshot in
``$TIENDO_ARTIFACTS/web/`` for review."""

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
# Text whose contrast with the background behind it is under WCAG AA (4.5:1, or 3:1 for
# large text: 24px, or 18.66px bold). Backgrounds are composed up the tree; text on images
# or gradients is out of reach of this check.
LOW_CONTRAST = """() => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || c[3] > 0.5) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const low = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(el);
    if (!own || style.visibility === 'hidden' || !el.getClientRects().length) continue;
    if (el.closest('.visually-hidden, [aria-hidden=true], canvas')) continue;
    const [a, b] = [lum(rgb(style.color).slice(0, 3)), lum(background(el))];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < needed) low.push(`${el.tagName}.${el.className} ${ratio.toFixed(2)} “${el.textContent.trim().slice(0, 30)}”`);
  }
  return [...new Set(low)];
}"""


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
    overflowing, unnamed, low_contrast = {}, {}, {}
    for name, url in demo_pages.items():
        response = page.goto(live_server.url + url)
        assert response is not None and response.status == 200, name
        if found := page.evaluate(UNNAMED_CONTROLS):
            unnamed[name] = found
        if found := page.evaluate(LOW_CONTRAST):
            low_contrast[name] = found
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
    assert low_contrast == {}
