"""The meeting item told in plain words, in the reader's language, each time it is shown
(the words come from gettext; the names, the kind of meeting and the term are the text's)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.translation import gettext as _

from tiendo.core.vn import format_date
from tiendo.extract.describe import SEPARATOR


def describe_meeting(data: dict[str, Any]) -> str:
    """``hội nghị Ban Chấp hành lần thứ 10 (mở rộng), khóa XXIII · 30/9/2022 · chủ trì:
    Nguyễn Công Trưởng, Bí thư Thành ủy · đánh giá 9 tháng 2022 · triển khai quý 4/2022``
    from the extracted meeting (``Meeting.to_json()``)."""
    head = data.get("kind") or ""
    if data.get("session"):
        head += " " + _("lần thứ %(n)s") % {"n": data["session"]}
    if data.get("extended"):
        head += " " + _("(mở rộng)")
    if data.get("term"):
        head += ", " + _("khóa %(term)s") % {"term": data["term"]}
    facts = [head.strip()]
    if data.get("date"):
        facts.append(format_date(dt.date.fromisoformat(data["date"])))
    chair = data.get("chair") or {}
    if chair.get("name"):
        who = chair["name"] + (f", {chair['title']}" if chair.get("title") else "")
        facts.append(_("chủ trì: %(chair)s") % {"chair": who})
    for words, ref in ((_("đánh giá %(period)s"), data.get("review")),
                       (_("triển khai %(period)s"), data.get("plan"))):
        if ref:
            facts.append(words % {"period": period_words(ref)})
    return SEPARATOR.join(fact for fact in facts if fact)


def period_words(ref: dict[str, Any]) -> str:
    """``{"months": 9, "year": 2022}`` → ``9 tháng 2022``; ``{"quarter": 4, …}`` → ``quý 4/2022``."""
    year = ref.get("year") or ""
    if ref.get("quarter"):
        return _("quý %(quarter)s/%(year)s") % {"quarter": ref["quarter"], "year": year}
    if ref.get("months"):
        return (_("%(months)s tháng %(year)s") % {"months": ref["months"], "year": year}).strip()
    return str(year)
