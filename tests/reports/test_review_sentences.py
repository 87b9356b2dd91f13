"""The sentence builder of review reports, table-driven: no database."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from tiendo.reports.review.build import appendix_rows
from tiendo.reports.review.phrasing import committee_name, issuer_symbol, result_sentence
from tiendo.reports.review.structure import IndicatorLine, UnitInfo

PROVINCE = UnitInfo("Tỉnh Lạng Sơn", "Lạng Sơn", "Tỉnh", "province", "locality")


def budget(**changes: object) -> IndicatorLine:
    base = dict(
        code="thu-ngan-sach", name="Thu ngân sách nhà nước", uom="tỷ đồng", field="economy",
        value=D("404"), target=D("367.27"), comparator="ge", source="budget_estimate",
        assigner=PROVINCE, last_value=D("331.15"), pct_of_plan=D("110.0008"),
        yoy_pct=D("21.9991"), status="exceeded",
    )
    base.update(changes)
    return IndicatorLine(**base)  # type: ignore[arg-type]


POVERTY = dict(
    code="ho-ngheo", name="Tỷ lệ hộ nghèo", uom="%", field="society", direction="lower",
    value=D("0.7"), target=D("0.75"), comparator="le", source="yearly_plan",
    last_value=D("0.9"), pct_of_plan=None, status="met",
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            budget(),
            "Thu ngân sách nhà nước đạt 404 tỷ đồng, vượt 10% dự toán tỉnh giao, tăng 22% so với cùng kỳ.",
            id="above-plan",
        ),
        pytest.param(
            budget(value=D("330.5"), pct_of_plan=D("89.99"), yoy_pct=D("-0.2"), status="in_progress"),
            "Thu ngân sách nhà nước đạt 330,5 tỷ đồng, bằng 90% dự toán tỉnh giao, "
            "giảm 0,2% so với cùng kỳ.",
            id="below-budget-estimate",
        ),
        pytest.param(
            budget(source="yearly_plan", value=D("256"), pct_of_plan=D("69.7258"),
                   yoy_pct=D("8.6261"), status="in_progress"),
            "Thu ngân sách nhà nước đạt 256 tỷ đồng, đạt 69,7% kế hoạch năm, tăng 8,6% so với cùng kỳ.",
            id="below-yearly-plan",
        ),
        pytest.param(
            budget(estimated=True),
            "Thu ngân sách nhà nước ước đạt 404 tỷ đồng, vượt 10% dự toán tỉnh giao, "
            "tăng 22% so với cùng kỳ.",
            id="estimated",
        ),
        pytest.param(
            budget(pct_of_plan=D("100"), status="met"),
            "Thu ngân sách nhà nước đạt 404 tỷ đồng, đạt 100% dự toán tỉnh giao, tăng 22% so với cùng kỳ.",
            id="exactly-plan",
        ),
        pytest.param(
            budget(assigner=None),
            "Thu ngân sách nhà nước đạt 404 tỷ đồng, vượt 10% dự toán được giao, tăng 22% so với cùng kỳ.",
            id="estimate-without-assigner",
        ),
        pytest.param(
            budget(target=None, comparator=None, source=None, pct_of_plan=None, status=None),
            "Thu ngân sách nhà nước đạt 404 tỷ đồng, tăng 22% so với cùng kỳ.",
            id="no-target",
        ),
        pytest.param(
            budget(last_value=None, yoy_pct=None),
            "Thu ngân sách nhà nước đạt 404 tỷ đồng, vượt 10% dự toán tỉnh giao.",
            id="no-last-year",
        ),
        pytest.param(
            budget(target=None, pct_of_plan=None, last_value=None, yoy_pct=None, status=None),
            "Thu ngân sách nhà nước đạt 404 tỷ đồng.",
            id="value-only",
        ),
        pytest.param(
            budget(yoy_pct=D("0.01")),
            "Thu ngân sách nhà nước đạt 404 tỷ đồng, vượt 10% dự toán tỉnh giao, bằng cùng kỳ.",
            id="same-as-last-year",
        ),
        pytest.param(
            budget(source="resolution", document="62-NQ/TU", pct_of_plan=D("120"), status="exceeded"),
            "Thu ngân sách nhà nước đạt 404 tỷ đồng, vượt 20% chỉ tiêu Nghị quyết 62-NQ/TU, "
            "tăng 22% so với cùng kỳ.",
            id="resolution",
        ),
        pytest.param(
            IndicatorLine(**POVERTY),  # type: ignore[arg-type]
            "Tỷ lệ hộ nghèo còn 0,7%, đạt kế hoạch năm (không quá 0,75%), "
            "giảm 0,2 điểm phần trăm so với cùng kỳ.",
            id="lower-is-better-met",
        ),
        pytest.param(
            IndicatorLine(**{**POVERTY, "value": D("0.95"), "status": "not_met", "estimated": True}),  # type: ignore[arg-type]
            "Tỷ lệ hộ nghèo ước còn 0,95%, chưa đạt kế hoạch năm (không quá 0,75%), "
            "tăng 0,05 điểm phần trăm so với cùng kỳ.",
            id="lower-is-better-not-met-estimated",
        ),
        pytest.param(
            IndicatorLine(**{**POVERTY, "comparator": "eq", "status": "exceeded"}),  # type: ignore[arg-type]
            "Tỷ lệ hộ nghèo còn 0,7%, đạt kế hoạch năm (0,75%), giảm 0,2 điểm phần trăm so với cùng kỳ.",
            id="lower-is-better-equal-target",
        ),
        pytest.param(
            budget(is_sample=True),
            "Thu ngân sách nhà nước đạt 404 tỷ đồng, vượt 10% dự toán tỉnh giao, "
            "tăng 22% so với cùng kỳ [số liệu mẫu].",
            id="sample-data",
        ),
    ],
)
def test_result_sentence(line: IndicatorLine, expected: str) -> None:
    assert result_sentence(line) == expected


def test_no_value_no_sentence() -> None:
    assert result_sentence(budget(value=None)) is None


@pytest.mark.parametrize(
    ("unit", "committee", "symbol"),
    [
        (PROVINCE, "Tỉnh ủy Lạng Sơn", "TU"),
        (UnitInfo("Thành phố Hà Nội", "Hà Nội", "Thành phố", "province", "locality"), "Thành ủy Hà Nội", "TU"),
        (UnitInfo("Thành phố Lạng Sơn", "Lạng Sơn", "Thành phố", "district", "locality"),
         "Thành ủy Lạng Sơn", "HU"),
        (UnitInfo("Huyện Bắc Sơn", "Bắc Sơn", "Huyện", "district", "locality"), "Huyện ủy Bắc Sơn", "HU"),
        (UnitInfo("Thị xã Hồng Lĩnh", "Hồng Lĩnh", "Thị xã", "district", "locality"), "Thị ủy Hồng Lĩnh", "HU"),
        (UnitInfo("Xã Xuân Phú", "Xuân Phú", "Xã", "commune", "locality"), "Đảng ủy xã Xuân Phú", "ĐU"),
        (UnitInfo("Phường Tam Thanh", "Tam Thanh", "Phường", "commune", "locality"),
         "Đảng ủy phường Tam Thanh", "ĐU"),
        (UnitInfo("Thị trấn Bắc Sơn", "Bắc Sơn", "Thị trấn", "commune", "locality"),
         "Đảng ủy thị trấn Bắc Sơn", "ĐU"),
    ],
)
def test_committee_name_and_symbol(unit: UnitInfo, committee: str, symbol: str) -> None:
    assert (committee_name(unit), issuer_symbol(unit)) == (committee, symbol)


def test_appendix_rows_grouped_by_field_with_roman_numbers() -> None:
    # given two economic indicators and one social one
    lines = [
        budget(),
        budget(code="dn", name="Doanh nghiệp thành lập mới", uom="doanh nghiệp", value=D("115"),
               target=D("168"), source="yearly_plan", pct_of_plan=D("68.4524"), last_value=D("107"),
               status="in_progress", estimated=True),
        IndicatorLine(**POVERTY, is_sample=True),  # type: ignore[arg-type]
    ]
    # when
    rows = appendix_rows(lines)
    # then
    assert [(r.kind, r.stt, r.name, r.plan, r.actual, r.pct_plan, r.pct_last, r.judgement) for r in rows] == [
        ("group", "I", "KINH TẾ", "", "", "", "", ""),
        ("item", "1", "Thu ngân sách nhà nước", "367,27", "404", "110", "122", "Vượt"),
        ("item", "2", "Doanh nghiệp thành lập mới", "168", "115 (ước)", "68,5", "107,5", "Đang thực hiện"),
        ("group", "II", "VĂN HÓA – XÃ HỘI", "", "", "", "", ""),
        ("item", "1", "Tỷ lệ hộ nghèo [số liệu mẫu]", "≤ 0,75", "0,7", "", "77,8", "Đạt"),
    ]
