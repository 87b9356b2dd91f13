"""Numbers inside what is counted, not results of their own: the unit area of an amount per
hectare, the levels of government, a growth goal; and "đạt tỷ lệ X%" after an amount as the
share of its plan (held-out sets 22 to 24). Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures, figures_of

CASES = [
    (  # a decimal share before the plan it is of, its percent sign left out
        "Tổng giá trị sản xuất ước đạt 1.492,2 tỷ đồng, đạt 55,3 kế hoạch, tăng 7,1% so cùng kỳ.",
        [F("Tổng giá trị sản xuất", value=1492.2e9, pct_of_plan=55.3, yoy_pct=7.1)],
    ),
    (  # a whole number of plans is a count, no share
        "Xã hoàn thành 2 kế hoạch chuyên đề.",
        [F("kế hoạch chuyên đề hoàn thành", value=2.0, pct_of_plan=None)],
    ),
    (  # "âm" before a percentage makes it negative
        "Tăng trưởng kinh tế (GRDP) 6 tháng âm 0,8%.",
        [F("Tăng trưởng kinh tế (GRDP)", value=-0.8, unit="%")],
    ),
    (  # ... and against the same period it is the fall itself (held-out set 84)
        "Tổng sản phẩm trên địa bàn tăng trưởng âm 3,61% so với cùng kỳ năm 2026.",
        [F("Tổng sản phẩm trên địa bàn tăng trưởng", value=None, yoy_pct=-3.61)],
    ),
    (  # the plan set beside a result is no result (held-out set 84)
        "Toàn huyện có 12 xã đạt chuẩn nông thôn mới, trong khi kế hoạch đề ra là 15 xã.",
        [F("xã đạt chuẩn nông thôn mới", value=12.0, unit="xã")],
    ),
    (  # ... the council's resolution named in one abbreviation, its band in brackets (held-out
        # set 93)
        "Giá trị sản xuất ước tăng 9% (NQHĐND là 9-9,5%); dịch vụ tăng 11,2% (NQHĐND là 12,5 - "
        "13%).",
        [F("Giá trị sản xuất", yoy_pct=9.0, estimated=True), F("dịch vụ", yoy_pct=11.2)],
    ),
    (  # a map's scale is no ratio of results
        "Phê duyệt đồ án quy hoạch chung xây dựng xã Tân Lập tỷ lệ 1/10000.",
        [],
    ),
    (  # the hectare an amount is measured on belongs to the indicator
        "Giá trị sản xuất trên 1 ha đất nông nghiệp đạt 172 triệu đồng.",
        [F("Giá trị sản xuất trên 1 ha đất nông nghiệp", value=172e6, unit="VND")],
    ),
    (
        "Giá trị thu hoạch bình quân trên 1ha đất canh tác đạt 135 triệu đồng.",
        [F("Giá trị thu hoạch bình quân trên 1ha đất canh tác", value=135e6)],
    ),
    (  # a real area after "trên" stays a figure
        "Diện tích trồng rừng mới trên 1.250 ha đất lâm nghiệp.",
        [F("Diện tích trồng rừng mới", value=1250.0, unit="ha")],
    ),
    (  # the levels of government
        "Xã vận hành thông suốt mô hình chính quyền địa phương 2 cấp, thu ngân sách đạt 12 tỷ "
        "đồng.",
        [F("thu ngân sách", value=12e9)],
    ),
    ("Phường triển khai đồng bộ mô hình chính quyền 2 cấp.", []),
    (  # a growth goal is no growth reached
        "Tỉnh quyết tâm tạo đột phá để hoàn thành mục tiêu tăng trưởng 8,5%.",
        [],
    ),
    (  # the result before the goal stays
        "GRDP tăng 7,2% so với cùng kỳ, thấp hơn mục tiêu tăng trưởng 8%.",
        [F("GRDP", yoy_pct=7.2)],
    ),
    (  # "đạt tỷ lệ X%" after an amount never stated in percent: the share of its plan
        "Thu ngân sách đạt tỷ lệ 108,4%, thu thuế đạt 101,2%.",
        [
            F("Thu ngân sách", value=None, pct_of_plan=108.4),
            F("thu thuế", value=None, pct_of_plan=101.2),
        ],
    ),
    (  # ... and after an amount of money or a measure stated, the share of its plan; what
        # it makes up of a total stays its share (held-out set 99)
        "Giải ngân vốn đầu tư công hơn 1.039 tỷ đồng, đạt tỷ lệ 96,2%, tăng 2% so với cùng kỳ. "
        "Nợ quá hạn là 12,3 tỷ đồng, chiếm 0,12%/tổng dư nợ.",
        [
            F("Giải ngân vốn đầu tư công", value=1039e9, pct_of_plan=96.2, yoy_pct=2.0),
            F("Nợ quá hạn", value=12.3e9, pct_of_plan=None),
            F("Nợ quá hạn", value=0.12, unit="%"),
        ],
    ),
    (  # a number too long to be a year after "năm" is the period's quantity (held-out set 99)
        "Tổng diện tích gieo trồng 6 tháng đầu năm 19484 ha, đạt tỷ lệ 88,2%.",
        [F("Tổng diện tích gieo trồng", value=19484, unit="ha", pct_of_plan=88.2)],
    ),
    (  # the bands counted units reached, after each count
        "Có 13/50 chỉ tiêu đạt 100% trở lên, 17/50 chỉ tiêu đạt từ 70 đến dưới 100%, 12/50 chỉ "
        "tiêu đạt dưới 50%.",
        [
            F("chỉ tiêu đạt 100% trở lên", part=13.0, whole=50.0),
            F("chỉ tiêu đạt từ 70 đến dưới 100%", part=17.0, whole=50.0),
            F("chỉ tiêu đạt dưới 50%", part=12.0, whole=50.0),
        ],
    ),
    (  # the bounds in the label before a count's colon are no figures; the label names
        # what the count counts
        "Toàn huyện có 560 tàu cá; trong đó tàu có chiều dài dưới 6m: 27 chiếc.",
        [F("tàu cá", value=560), F("tàu có chiều dài dưới 6m", value=27, unit="chiếc")],
    ),
    (  # a plan named far before the list's colon introduces no list of shares
        "Các đại biểu đánh giá dự thảo mục tiêu, nhiệm vụ năm 2027 được xây dựng khoa học, nêu "
        "rõ kết quả mà huyện đạt được như: tổng giá trị sản xuất 7.900 tỷ đồng; tốc độ tăng "
        "trưởng 7,6% (vượt kế hoạch).",
        [
            F("tổng giá trị sản xuất", value=7900e9),
            F("tốc độ tăng trưởng", value=7.6, unit="%", pct_of_plan=None),
        ],
    ),
    (  # "trị giá" after the sum is no part of its name (held-out set 23)
        "Các cấp hội ủng hộ cho phụ nữ nghèo có hoàn cảnh khó khăn với tổng số tiền trị giá "
        "trên 1 tỷ đồng.",
        [F("tổng số tiền các cấp hội ủng hộ cho phụ nữ nghèo có hoàn cảnh khó khăn", value=1e9)],
    ),
    (  # the unit area after "bình quân" (held-out set 26)
        "Giá trị sản phẩm bình quân 1 ha đất canh tác năm 2026 ước đạt 75,6 triệu đồng/ha.",
        [F("Giá trị sản phẩm bình quân 1 ha đất canh tác", value=75.6e6)],
    ),
    (  # a bare percentage joined by "và" to a change shares its verb
        "Giá trị sản xuất toàn ngành đạt 15.390 tỷ đồng, tăng 1,9% so với kế hoạch và 4,86% so "
        "với năm 2025.",
        [F("Giá trị sản xuất toàn ngành", value=15390e9, pct_of_plan=101.9, yoy_pct=4.86)],
    ),
    (  # "tăng thu"; the plan and the same period in brackets are no results
        "Đơn vị thu ngân sách được 4.251 tỷ đồng, đạt 71% kế hoạch năm (kế hoạch năm là 6.000 tỷ "
        "đồng) và tăng thu 29% so với cùng kỳ (cùng kỳ đạt 3.295 tỷ đồng).",
        [F("thu ngân sách", value=4251e9, pct_of_plan=71.0, yoy_pct=29.0)],
    ),
    (  # the scale after a ratio's whole is the part's too (held-out set 25); the verb "giải
        # ngân" takes its object said after the amount
        "Trong quý đã giải ngân 36,91/404,52 tỷ đồng vốn đầu tư công, đạt 9,12% kế hoạch năm.",
        [
            F(
                "giải ngân vốn đầu tư công",
                part=36.91e9,
                whole=404.52e9,
                unit="VND",
                pct_of_plan=9.12,
            )
        ],
    ),
    (  # a disbursement's percentage is its plan's share; the amount after "với" is its value
        "Giá trị giải ngân các nguồn vốn đạt 45,67% với trên 162 tỷ đồng.",
        [F("Giá trị giải ngân các nguồn vốn", value=162e9, pct_of_plan=45.67)],
    ),
    (  # the bands counted things reached, after a count with no whole
        "Có 6 chỉ tiêu đạt và vượt, 10 chỉ tiêu đạt trên 90%, 6 chỉ tiêu đạt dưới 70%.",
        [
            F("chỉ tiêu đạt và vượt", value=6.0),
            F("chỉ tiêu đạt trên 90%", value=10.0),
            F("chỉ tiêu đạt dưới 70%", value=6.0),
        ],
    ),
    (  # "Trong số" before the count the bands are taken from (held-out set 25)
        "Trong số 24/43 chỉ tiêu đánh giá thường kỳ có 6 chỉ tiêu đạt và vượt, 10 chỉ tiêu đạt "
        "trên 90%.",
        [
            F("chỉ tiêu đánh giá thường kỳ", part=24.0, whole=43.0),
            F("chỉ tiêu đạt và vượt", value=6.0),
            F("chỉ tiêu đạt trên 90%", value=10.0),
        ],
    ),
    (  # "bằng" before an amount with its unit says what it is (held-out sets 25, 26)
        "Giá trị sản xuất công nghiệp, xây dựng bằng 35 tỷ đồng; thu ngân sách đạt 1,1 tỷ đồng.",
        [F("Giá trị sản xuất công nghiệp, xây dựng", value=35e9), F("thu ngân sách", value=1.1e9)],
    ),
    (  # the same figure as an amount after its share of the plan
        "Tổng giá trị sản xuất trên địa bàn huyện đạt gần 80% kế hoạch năm, tương đương 5.919 tỷ "
        "đồng.",
        [F("Tổng giá trị sản xuất trên địa bàn huyện", value=5919e9, pct_of_plan=80.0)],
    ),
    (  # an amount it is compared with is no figure
        "Sản lượng đạt 20.000 tấn, bằng 18.500 tấn của năm trước.",
        [F("Sản lượng", value=20000.0)],
    ),
    (  # a bare share after "chiếm" is that of the figure before it (held-out set 26)
        "Giá trị ngành thủy sản đạt hơn 1.977 tỷ đồng, chiếm tỷ trọng 74,77%.",
        [
            F("Giá trị ngành thủy sản", value=1977e9),
            F("tỷ trọng giá trị ngành thủy sản", value=74.77, unit="%"),
        ],
    ),
    (  # a place named before the head says whose figure it is (held-out set 26)
        "Gồm: Thạch Hà thu hơn 569 tỷ đồng, đạt 176% kế hoạch; Vũ Quang thu hơn 39 tỷ đồng.",
        [
            F("Thạch Hà thu", value=569e9, pct_of_plan=176.0),
            F("Vũ Quang thu", value=39e9),
        ],
    ),
    (  # a rate keeps its level
        "Tỷ lệ hộ nghèo đạt tỷ lệ 3,2%.",
        [F("Tỷ lệ hộ nghèo", value=3.2, unit="%", pct_of_plan=None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_numbers_inside_what_is_counted(text: str, expected: list) -> None:
    assert_figures(text, expected)


def test_bounds_in_the_labels_of_a_list_of_counts_are_no_figures() -> None:
    text = (
        "Toàn huyện có 560 tàu cá; trong đó tàu có chiều dài dưới 6m: 27 chiếc; từ 6 đến dưới "
        "12m: 91 chiếc; từ 12 đến dưới 15m: 40 chiếc."
    )
    got = [(f["value"], f["unit"]) for f in figures_of(text)]
    assert got == [(560, "tàu"), (27, "chiếc"), (91, "chiếc"), (40, "chiếc")]
