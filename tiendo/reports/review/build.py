"""Gathered facts → the report's plain structure. Pure functions: no database, no files."""

from __future__ import annotations

from decimal import Decimal

from tiendo.core.vn import int_to_roman
from tiendo.reports.review.phrasing import (
    HUNDRED,
    admin_rules,
    committee_name,
    issuer_symbol,
    number_text,
    party_body_name,
    pct_places,
    phrasing,
    result_sentence,
    rounded,
    sample_suffix,
)
from tiendo.reports.review.structure import (
    PARTY,
    STATE,
    Appendix,
    AppendixRow,
    Header,
    IndicatorLine,
    Paragraph,
    Recipients,
    Report,
    ReviewData,
    Section,
    Signature,
    Title,
)


def report_style(data: ReviewData) -> str:
    """A People's Committee reports in the State format (NĐ 30), every other unit in the
    Party format (36-HD/VPTW)."""
    return STATE if data.unit.kind == "people_committee" else PARTY


def review_build(
    data: ReviewData, *, signature_authority: str | None = None, signature_title: str | None = None,
    signer: str | None = None,
) -> Report:
    """The whole report; ``signature_*`` and ``signer`` override the defaults of the format."""
    style = report_style(data)
    rules = phrasing()[style]
    words = _period_words(data)
    issuer = _issuer(data, style)
    symbol = issuer_symbol(data.unit)
    sections = (
        Section(
            phrasing()["headings"]["part_one"],
            phrasing()["headings"]["part_one_title"].format(**words),
            _part_one(data),
        ),
        Section(
            phrasing()["headings"]["part_two"],
            phrasing()["headings"]["part_two_title"].format(**words),
            _part_two(data),
        ),
    )
    appendix_rules = phrasing()["appendix"]
    rows = appendix_rows(data.lines)
    return Report(
        style=style,
        header=_header(data, style, symbol, words),
        title=Title(rules["doc_type"], phrasing()["titles"][data.period.kind].format(**words)),
        sections=sections,
        signature=Signature(
            signature_authority or rules["signature_authority"],
            signature_title or rules["signature_title"],
            data.signer if signer is None else signer,
        ),
        recipients=Recipients(rules["recipients_label"], _recipients(data, style)),
        appendix=Appendix(
            title=appendix_rules["title"],
            subtitle=appendix_rules["subtitle"].format(**words),
            attached=appendix_rules["attached"].format(
                kind=rules["kind"], symbol=symbol if style == PARTY else "UBND", year=words["year"],
                issuer=issuer,
            ),
            columns=tuple(appendix_rules["columns"]),
            rows=rows,
            placeholder="" if rows else phrasing()["placeholders"]["appendix"],
        ),
        issuer=issuer,
        filename_stem=f"bao-cao-{data.unit.short_name}-{words['code']}",
    )


# ---------------------------------------------------------------- header and closing


def _issuer(data: ReviewData, style: str) -> str:
    if style == STATE:
        if data.unit.kind == "people_committee" and "ủy ban" in data.unit.name.lower():
            return data.unit.name
        return f"{phrasing()['state']['issuer']} {data.unit.name.lower()}"
    return committee_name(data.unit)


def _header(data: ReviewData, style: str, symbol: str, words: dict[str, str]) -> Header:
    rules = phrasing()[style]
    place = data.unit.short_name
    if style == PARTY:
        parent = party_body_name(data.parent).upper() if data.parent else ""
        return Header(
            style=style, parent_line=parent, issuer_line=committee_name(data.unit).upper(),
            mark="*", number=rules["number"].format(kind=rules["kind"], symbol=symbol),
            national=rules["national"], motto="",
            place_date=rules["place_date"].format(place=place, year=words["year"]),
        )
    parent = f"{rules['parent_prefix']} {data.parent.name}".upper() if data.parent else ""
    issuer = _issuer(data, style).upper()
    return Header(
        style=style, parent_line=parent, issuer_line=issuer, mark="",
        number=rules["number"].format(kind=rules["kind"]), national=rules["national"],
        motto=rules["motto"], place_date=rules["place_date"].format(place=place, year=words["year"]),
    )


def _recipients(data: ReviewData, style: str) -> tuple[str, ...]:
    rules = phrasing()[style]
    committee = committee_name(data.unit)
    own = admin_rules(data.unit)
    values = {
        "committee": committee,
        "office": own["office"],
        "committee_members": _members(own["committee"]),
        "parent_committee": committee_name(data.parent) if data.parent else "",
        "parent_issuer": f"{phrasing()['state']['issuer']} {data.parent.name.lower()}" if data.parent else "",
        "locality": data.unit.name.lower(),
    }
    lines = rules["recipients"] if data.parent else rules["recipients_no_parent"]
    return tuple(line.format(**values) for line in lines)


def _members(committee_word: str) -> str:
    party = phrasing()["party"]
    return party["members"].get(committee_word, party["members_default"])


# ---------------------------------------------------------------- the parts


def _part_one(data: ReviewData) -> tuple[Paragraph, ...]:
    placeholders = phrasing()["placeholders"]
    headings = phrasing()["headings"]
    out: list[Paragraph] = [Paragraph(placeholders["context"], "placeholder")]
    out.append(Paragraph(headings["results"], "heading"))
    out.append(_counts_paragraph(data))
    number = 0
    for number, (key, title, lower, _upper) in enumerate(headings["fields"], start=1):
        out.append(Paragraph(f"{number}. {title}", "subheading"))
        lines = [line for line in data.lines if line.field == key]
        sentences = [s for s in (result_sentence(line) for line in lines) if s]
        missing = [line.name for line in lines if line.value is None]
        if not sentences:
            out.append(Paragraph(placeholders["field"].format(field=lower), "placeholder"))
            continue
        out.extend(Paragraph(sentence) for sentence in sentences)
        if missing:
            out.append(Paragraph(placeholders["missing_values"].format(names="; ".join(missing)), "placeholder"))
    out.append(Paragraph(headings["tasks_review"].format(n=number + 1), "subheading"))
    out.extend(_tasks_review(data))
    out.append(Paragraph(headings["shortcomings"], "heading"))
    out.append(Paragraph(headings["shortcomings_list"], "subheading"))
    if data.shortcomings:
        out.extend(Paragraph(f"- {s.text}{_stop(s.text)}", "item") for s in data.shortcomings)
    else:
        out.append(Paragraph(placeholders["shortcomings"], "placeholder"))
    out.append(Paragraph(headings["causes_list"], "subheading"))
    causes = [s for s in data.shortcomings if s.cause]
    if causes:
        rules = phrasing()["causes"]
        for s in causes:
            text = rules.get(s.cause_kind or "unknown", rules["unknown"]).format(text=s.cause)
            out.append(Paragraph(f"- {text}{_stop(text)}", "item"))
    else:
        out.append(Paragraph(placeholders["causes"], "placeholder"))
    return tuple(out)


def _counts_paragraph(data: ReviewData) -> Paragraph:
    rules = phrasing()["counts"]
    if data.total == 0:
        return Paragraph(rules["no_target"], "placeholder")
    in_progress = sum(1 for line in data.lines if line.target is not None and line.status == "in_progress")
    not_met = sum(1 for line in data.lines if line.target is not None and line.status == "not_met")
    parts = [rules["met"].format(met=data.met, total=data.total)]
    for key, n in (("in_progress", in_progress), ("not_met", not_met), ("without_value", data.without_value)):
        if n:
            parts.append(rules[key].format(n=n))
    return Paragraph("; ".join(parts) + ".")


def _tasks_review(data: ReviewData) -> list[Paragraph]:
    rules = phrasing()["tasks"]
    if not data.tasks_review:
        return [Paragraph(phrasing()["placeholders"]["tasks_review"], "placeholder")]
    done = [t for t in data.tasks_review if t.status == "done"]
    out = [Paragraph(rules["summary"].format(
        total=len(data.tasks_review), done=len(done), open=len(data.tasks_review) - len(done)
    ))]
    for task in data.tasks_review:
        if task.status == "done":
            out.append(Paragraph(rules["done"].format(title=task.title), "item"))
        else:
            out.append(Paragraph(rules["open"].format(title=task.title, status=task.status_label.lower()), "item"))
    return out


def _part_two(data: ReviewData) -> tuple[Paragraph, ...]:
    rules = phrasing()["tasks"]
    if not data.tasks_next:
        return (Paragraph(phrasing()["placeholders"]["tasks_next"], "placeholder"),)
    out = []
    for task in data.tasks_next:
        lead = rules["lead"].format(lead=task.lead) if task.lead else ""
        out.append(Paragraph(rules["next"].format(title=f"{task.title}{lead}"), "item"))
    return tuple(out)


def _stop(text: str) -> str:
    return "" if text.rstrip().endswith((".", ";", "!", "?")) else ";"


# ---------------------------------------------------------------- the appendix


def appendix_rows(lines: tuple[IndicatorLine, ...] | list[IndicatorLine]) -> tuple[AppendixRow, ...]:
    """Group rows (I, II … per field, in report order) over their numbered indicator rows."""
    rules = phrasing()["appendix"]
    rows: list[AppendixRow] = []
    group = 0
    for key, _title, _lower, upper in phrasing()["headings"]["fields"]:
        items = [line for line in lines if line.field == key]
        if not items:
            continue
        group += 1
        rows.append(AppendixRow("group", int_to_roman(group), upper))
        for n, line in enumerate(items, start=1):
            pct_last = _pct_of_last(line)
            plan = ""
            if line.target is not None:
                prefix = rules["ceiling_prefix"] if line.comparator == "le" else ""
                plan = prefix + number_text(line.target)
            actual = ""
            if line.value is not None:
                actual = number_text(line.value) + (rules["estimated_mark"] if line.estimated else "")
            rows.append(AppendixRow(
                "item", str(n), line.name + sample_suffix(line), line.uom, plan, actual,
                number_text(line.pct_of_plan, pct_places()) if line.pct_of_plan is not None else "",
                number_text(pct_last, pct_places()) if pct_last is not None else "",
                rules["judgements"].get(line.status or "", ""),
                plan_value=line.target, actual_value=line.value,
                pct_plan_value=rounded(line.pct_of_plan, 2) if line.pct_of_plan is not None else None,
                pct_last_value=rounded(pct_last, 2) if pct_last is not None else None,
            ))
    return tuple(rows)


def _pct_of_last(line: IndicatorLine) -> Decimal | None:
    """The value as a percent of the same period last year (``122`` for ``tăng 22%``)."""
    if line.value is None or not line.last_value:
        return None
    return line.value * HUNDRED / line.last_value


# ---------------------------------------------------------------- the period's words


def _period_words(data: ReviewData) -> dict[str, str]:
    p = data.period
    kind = p.kind
    n = p.number
    values: dict[str, object] = {"year": p.year, "n": n, "code": str(p.year)}
    if kind == "ytd":
        values.update(rest=12 - n, code=f"{p.year}-{n}M")
    elif kind == "year":
        values.update(next_year=p.year + 1)
    elif kind == "quarter":
        values.update(roman=int_to_roman(n), next_roman=int_to_roman(n % 4 + 1), code=f"{p.year}-Q{n}")
    elif kind == "month":
        values.update(next_n=n % 12 + 1, code=f"{p.year}-M{n:02d}")
    elif kind == "term":
        values.update(end=n, next_end=2 * n - p.year, code=f"{p.year}-{n}", year=n)
        values["year"] = p.year
    uppers = phrasing()["periods_upper"]
    values["period_upper"] = uppers[kind].format(**values)
    values["next_upper"] = uppers[f"{kind}_next"].format(**values)
    if kind == "term":
        values["year"] = n
    return {k: str(v) for k, v in values.items()}
