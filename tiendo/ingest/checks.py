"""Consistency checks of a review: each warning names both numbers and where they come from.

A warning is kept as ``{"key": item key, "code": …, "params": {…}}`` and shown through
``warning_text`` so that it reads in the viewer's language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from tiendo.catalogue.models import Indicator
from tiendo.core.vn import format_change, format_date, format_number, format_percent
from tiendo.ingest.facts import FigureFacts
from tiendo.ingest.lexicon import lexicon
from tiendo.results.computations import pct_of, yoy_pct
from tiendo.results.models import Period, Result, Target
from tiendo.results.periods import period_get, same_period_last_year, year_key

MESSAGES = {
    "plan_disagrees": gettext_lazy(
        "Văn bản ghi %(reported)s %(plan)s (%(where)s), nhưng %(value)s so với chỉ tiêu "
        "%(target)s đã có trong tiendo (%(source)s) là %(computed)s."
    ),
    "yoy_disagrees": gettext_lazy(
        "Văn bản ghi %(reported)s so với cùng kỳ (%(where)s), nhưng %(value)s so với "
        "%(last)s của %(period)s đã có trong tiendo (%(source)s) là %(computed)s."
    ),
    "value_differs": gettext_lazy(
        "Văn bản ghi %(value)s (%(where)s), nhưng tiendo đã có %(existing)s cho %(period)s "
        "(%(source)s)."
    ),
    "part_exceeds_whole": gettext_lazy(
        "Phần %(part)s lớn hơn tổng %(whole)s (%(where)s)."
    ),
    "malformed_number": gettext_lazy(
        "Số “%(number)s” viết sai (%(where)s): không đọc được số này."
    ),
    "uom_mismatch": gettext_lazy(
        "Đơn vị “%(raw)s” của số trong văn bản (%(where)s) không đổi được sang “%(uom)s” "
        "của chỉ tiêu %(indicator)s; sửa giá trị trước khi ghi."
    ),
    "meeting_before_period": gettext_lazy(
        "Hội nghị ngày %(date)s diễn ra trước khi kỳ %(period)s bắt đầu (%(start)s)."
    ),
    "meeting_before_end": gettext_lazy(
        "Hội nghị ngày %(date)s đánh giá kỳ %(period)s trước khi kỳ kết thúc (%(end)s)."
    ),
    "meeting_long_after": gettext_lazy(
        "Hội nghị ngày %(date)s diễn ra quá %(days)s ngày sau khi kỳ %(period)s kết thúc (%(end)s)."
    ),
    "duplicate_indicator": gettext_lazy(
        "Chỉ tiêu %(indicator)s được báo hai lần với giá trị khác nhau: %(first)s (%(first_where)s) "
        "và %(second)s (%(second_where)s)."
    ),
}


_QUOTED = re.compile(r"'([^']+)'")


def warning_text(warning: dict[str, Any]) -> str:
    return str(MESSAGES[warning["code"]]) % warning["params"]


def _warn(key: str, code: str, **params: Any) -> dict[str, Any]:
    return {"key": key, "code": code, "params": {k: str(v) for k, v in params.items()}}


def _where(item: dict[str, Any], text: str, limit: int = 90) -> str:
    """The item's sentence, shortened: ``câu “Thu ngân sách nhà nước thực hiện hơn 404…”``."""
    start, end = item["sentence"]
    quote = " ".join(text[start:end].split())
    if len(quote) > limit:
        quote = quote[: limit - 1].rstrip() + "…"
    return _("câu “%(quote)s”") % {"quote": quote}


def _amount(value: Decimal | None, indicator: Indicator | None) -> str:
    if value is None:
        return "—"
    return f"{format_number(value)} {indicator.uom}" if indicator else format_number(value)


def _source(obj: Result | Target) -> str:
    label = getattr(obj, "source_label", "") or ""
    if isinstance(obj, Target):
        kind = obj.get_source_display()
        return f"{kind}, {label}" if label else str(kind)
    return f"{obj.get_provenance_display()}, {label}" if label else str(obj.get_provenance_display())


def _within(reported: Decimal, computed: Decimal, raw: Any) -> bool:
    """Equal but for rounding: half a unit of the reported last decimal, plus a small share."""
    text = str(raw)
    decimals = len(text.split(".")[1]) if "." in text and not text.endswith(".0") else 0
    tolerance = Decimal("0.5").scaleb(-decimals) + abs(reported) * lexicon().relative_tolerance
    return abs(reported - computed) <= tolerance


def figure_checks(
    item: dict[str, Any], facts: FigureFacts, text: str, *, exclude_results: Iterable[int],
    exclude_targets: Iterable[int],
) -> list[dict[str, Any]]:
    """The warnings of one figure against itself and against the data already in tiendo."""
    key, where, data = item["key"], _where(item, text), item["data"]
    out: list[dict[str, Any]] = []
    if data.get("warning"):
        quoted = _QUOTED.search(data["warning"])
        out.append(_warn(key, "malformed_number", where=where,
                         number=quoted.group(1) if quoted else data["warning"]))
    if facts.part is not None and facts.whole is not None and facts.part > facts.whole:
        out.append(_warn(key, "part_exceeds_whole", part=format_number(facts.part),
                         whole=format_number(facts.whole), where=where))
    raw = data.get("value") if data.get("value") is not None else data.get("part")
    indicator = facts.indicator
    if indicator and raw is not None and facts.value is None:
        out.append(_warn(key, "uom_mismatch", raw=facts.raw_unit or "", where=where,
                         uom=indicator.uom, indicator=indicator.name))
    if not facts.complete:
        return out
    assert indicator is not None and facts.unit is not None and facts.period is not None
    assert facts.value is not None
    value = facts.value
    shown = _amount(value, indicator)
    existing = (
        Result.objects.filter(unit=facts.unit, indicator=indicator, period=facts.period)
        .exclude(pk__in=list(exclude_results)).order_by("-status", "-updated_at").first()
    )
    if existing is not None and not _within(existing.value, value, existing.value.normalize()):
        out.append(_warn(key, "value_differs", value=shown, where=where,
                         existing=_amount(existing.value, indicator), period=facts.period,
                         source=_source(existing)))
    if facts.pct_of_plan is not None:
        year = period_get(year_key(facts.period))
        target = (
            Target.objects.filter(unit=facts.unit, indicator=indicator, period=year)
            .exclude(pk__in=list(exclude_targets)).order_by("derived", "-updated_at").first()
        )
        computed = pct_of(value, target.value) if target else None
        if target is not None and computed is not None and not _within(
            facts.pct_of_plan, computed, data.get("pct_of_plan")
        ):
            out.append(_warn(key, "plan_disagrees", reported=format_percent(facts.pct_of_plan),
                             plan=facts.plan_phrase or _("kế hoạch"), where=where, value=shown,
                             target=_amount(target.value, indicator), source=_source(target),
                             computed=format_percent(computed)))
    if facts.yoy_pct is not None:
        key_last = same_period_last_year(facts.period)
        last_period = Period.objects.filter(
            kind=key_last.kind, year=key_last.year, number=key_last.number
        ).first()
        last = (
            Result.objects.filter(unit=facts.unit, indicator=indicator, period=last_period)
            .exclude(pk__in=list(exclude_results)).order_by("-status", "-updated_at").first()
            if last_period else None
        )
        computed = yoy_pct(value, last.value) if last else None
        if last is not None and computed is not None and not _within(
            facts.yoy_pct, computed, data.get("yoy_pct")
        ):
            out.append(_warn(key, "yoy_disagrees", reported=format_change(facts.yoy_pct),
                             where=where, value=shown, last=_amount(last.value, indicator),
                             period=last.period, source=_source(last),
                             computed=format_change(computed, 1)))
    return out


def duplicate_checks(
    figures: list[tuple[dict[str, Any], FigureFacts]], text: str
) -> list[dict[str, Any]]:
    """The same indicator, unit and period reported twice with different values."""
    out: list[dict[str, Any]] = []
    seen: dict[tuple[int, int, int], tuple[dict[str, Any], FigureFacts]] = {}
    for item, facts in figures:
        if not facts.complete or facts.role != "result":
            continue
        assert facts.indicator and facts.unit and facts.period and facts.value is not None
        slot = (facts.indicator.pk, facts.unit.pk, facts.period.pk)
        if slot in seen:
            first, first_facts = seen[slot]
            assert first_facts.value is not None
            if not _within(first_facts.value, facts.value, first_facts.value.normalize()):
                out.append(_warn(item["key"], "duplicate_indicator", indicator=facts.indicator.name,
                                 first=_amount(first_facts.value, facts.indicator),
                                 first_where=_where(first, text),
                                 second=_amount(facts.value, facts.indicator),
                                 second_where=_where(item, text)))
            continue
        seen[slot] = (item, facts)
    return out


def meeting_checks(key: str, date: str | None, period: Period | None) -> list[dict[str, Any]]:
    """A meeting held before its review period, before the period ended, or long after it."""
    day = dt.date.fromisoformat(date) if date else None
    if day is None or period is None:
        return []
    params = {"date": format_date(day), "period": period, "start": format_date(period.start),
              "end": format_date(period.end)}
    if day < period.start:
        return [_warn(key, "meeting_before_period", **params)]
    if day < period.end:
        return [_warn(key, "meeting_before_end", **params)]
    late = lexicon().late_days
    if (day - period.end).days > late:
        return [_warn(key, "meeting_long_after", days=late, **params)]
    return []

