"""Figures around guests, doses, lost decimals and counts named again (held-out sets
122–124). Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures

CASES = [
    (  # the guests of a session are counted, no result
        "Tham dự kỳ họp có đại diện Thường trực Tỉnh ủy; lãnh đạo 12 huyện, thị xã, thành phố "
        "cùng các đại biểu HĐND tỉnh. Thu ngân sách đạt 1.200 tỷ đồng.",
        [F("Thu ngân sách", value=1.2e12, unit="VND")],
    ),
    (  # ... and so are those of a working visit
        "Cùng dự có lãnh đạo 5 sở, ngành của tỉnh.",
        [],
    ),
    (  # the units whose leaders report, and those a directive addresses (held-out set 126)
        "Tại buổi làm việc, lãnh đạo 3 tỉnh Tân An, Tân Lập và Yên Bình đã báo cáo kết quả. "
        "Phó Thủ tướng đề nghị 3 tỉnh tiếp tục đẩy mạnh liên kết vùng.",
        [],
    ),
    (  # a dose named by its number is no count
        "Tỷ lệ người dân đã tiêm mũi 1 và mũi 2 đều đạt 98,4%.",
        [F("Tỷ lệ người dân đã tiêm mũi 1 và mũi", value=98.4, unit="%")],
    ),
    (  # a decimal mark with no digit after it: a warning and no change, never a guess
        "Giá trị sản xuất công nghiệp là 1.850 tỷ đồng, tăng 7,% so với cùng kỳ.",
        [
            F(
                "Giá trị sản xuất công nghiệp",
                value=1.85e12,
                yoy_pct=None,
                yoy_abs=None,
                warning="malformed number '7,%'",
            )
        ],
    ),
    (  # a count on a bare scale, its noun named again before it, keeps its unit
        "Các cấp hội kết nạp 2 nghìn hội viên, nâng tổng số hội viên lên 150 nghìn.",
        [
            F("hội viên hội kết nạp", value=2000.0, unit="hội viên"),
            F("tổng số hội viên", value=150000.0, unit="hội viên"),
        ],
    ),
    (  # a range is no one amount: no figure, never a guess (held-out set 127)
        "Tăng trưởng GRDP bình quân đạt 6,5 – 7%/năm. Thu nhập bình quân đạt 15-20 triệu đồng.",
        [],
    ),
    (  # ... a dash between an amount and its change is no range
        "Thu ngân sách đạt 500 tỷ đồng - tăng 12% so với cùng kỳ.",
        [F("Thu ngân sách", value=500e9, yoy_pct=12.0)],
    ),
    (  # a programme's aims are targets, no results
        "Chương trình hướng tới một số chỉ tiêu chủ yếu: tỷ lệ đô thị hóa đạt 60%; thu nhập "
        "bình quân đạt 120 triệu đồng.",
        [],
    ),
    (  # the whole's clause names the document and year its targets come from (set 125)
        "Trong 20 chỉ tiêu chủ yếu tại Nghị quyết của Huyện ủy về nhiệm vụ năm 2026, có 18 chỉ "
        "tiêu đạt và vượt kế hoạch.",
        [F("chỉ tiêu đạt và vượt kế hoạch", part=18.0, whole=20.0, value=None)],
    ),
    (  # the groups of tasks a plan names are no count reached
        "Năm 2027, thành phố tập trung 4 nhóm nhiệm vụ về kinh tế như thu, chi ngân sách.",
        [],
    ),
    (  # the second plan named by who assigned it, glued to its percent (held-out set 129)
        "Tổng thu ngân sách đạt 750 triệu đồng, đạt 139,9% kế hoạch thị xã và 129,3%HĐND "
        "phường giao.",
        [
            F("Tổng thu ngân sách", value=750e6, pct_of_plan=139.9, plan="kế hoạch thị xã"),
            F("Tổng thu ngân sách", value=None, pct_of_plan=129.3, plan="HĐND phường giao"),
        ],
    ),
    (  # a sector's first syllable before a comma, its second said once after (set 128, 130)
        "Giá trị gia tăng ngành nông, lâm nghiệp và thủy sản đạt 1.211 tỷ đồng. Tỷ trọng ngành "
        "nông lâm, thủy sản trong cơ cấu kinh tế đạt 38,1%.",
        [
            F("Giá trị gia tăng ngành nông, lâm nghiệp và thủy sản", value=1211e9),
            F("Tỷ trọng ngành nông lâm, thủy sản trong cơ cấu kinh tế", value=38.1),
        ],
    ),
    (  # "tất cả" before the count reached (held-out set 131)
        "Theo báo cáo của UBND huyện, tất cả 12/12 chỉ tiêu phát triển kinh tế - xã hội đều đạt "
        "và vượt kế hoạch.",
        [
            F(
                "chỉ tiêu phát triển kinh tế - xã hội đều đạt và vượt kế hoạch",
                part=12.0,
                whole=12.0,
            )
        ],
    ),
    (  # "Số thu này" points back at the revenue named before (held-out set 135)
        "Tổng thu ngân sách ước đạt 763.805 tỷ đồng. Số thu này bằng 68,4% so với dự toán.",
        [
            F("Tổng thu ngân sách", value=763805e9),
            F("Tổng thu ngân sách", pct_of_plan=68.4, plan="dự toán"),
        ],
    ),
    (  # "đòng" for "đồng" (held-out set 139)
        "Giá trị sản xuất công nghiệp ước đạt 126,5 triệu đòng.",
        [F("Giá trị sản xuất công nghiệp", value=126.5e6, unit="VND")],
    ),
    (  # with no count before it on that scale, a bare scale is money
        "Tổng dư nợ cho vay đạt 120 nghìn.",
        [F("Tổng dư nợ cho vay", value=120000.0, unit="VND")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list) -> None:
    assert_figures(text, expected)


def test_a_long_run_of_bare_scales_reads_each_on_its_own() -> None:
    """Each bare scale looks back a few words only for a count it repeats: thousands in one
    sentence neither recurse nor look back over all the others (the repeats are one figure)."""
    text = "Thu ngân sách đạt " + "1 tỷ " * 2000 + "."
    assert_figures(text, [F("Thu ngân sách", value=1e9, unit="VND")])
