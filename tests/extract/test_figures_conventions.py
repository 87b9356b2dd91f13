"""The contract's conventions, and what is not a figure."""

import pytest
from figure_check import F, assert_figures, figures_of

CONVENTIONS = [
    # "bằng X% so với cùng kỳ" is a change of X − 100.
    (
        "Doanh thu đạt 120 tỷ đồng, bằng 118,73% so với cùng kỳ.",
        [F("Doanh thu", value=120e9, yoy_pct=18.73)],
    ),
    (
        "Doanh thu đạt 120 tỷ đồng, bằng 95,5% so với cùng kỳ.",
        [F("Doanh thu", value=120e9, yoy_pct=-4.5)],
    ),
    (
        "Doanh thu đạt 120 tỷ đồng, đạt 112% so với cùng kỳ năm trước.",
        [F("Doanh thu", yoy_pct=12.0)],
    ),
    (  # ... with "so với" left out, after a share of plan (held-out set 48)
        "Diện tích trồng rừng đạt 413 ha, đạt 53,99% kế hoạch, bằng 60,9% cùng kỳ.",
        [F("Diện tích trồng rừng", value=413.0, pct_of_plan=53.99, yoy_pct=-39.1)],
    ),
    # How far an amount passed its plan, in its own unit, has no field: no figure of its own.
    (
        "Thu nhập bình quân đầu người đạt 62 triệu đồng/ người/năm, vượt 4 triệu đồng; kết "
        "nạp 86 đảng viên, vượt 6 đảng viên.",
        [F("Thu nhập bình quân đầu người", value=62e6), F("đảng viên kết nạp", value=86.0)],
    ),
    # The same period abbreviated ("SVCK", so với cùng kỳ), and an average yearly change.
    (
        "Diện tích gieo trồng đạt 208,5 ha, đạt 106% so với KH, đạt 95% SVCK; giá trị sản xuất "
        "toàn xã tăng bình quân hằng năm 10%.",
        [
            F("Diện tích gieo trồng", value=208.5, pct_of_plan=106.0, yoy_pct=-5.0),
            F("giá trị sản xuất toàn xã", value=None, yoy_pct=10.0),
        ],
    ),
    # The plan's own size in brackets after the comparison is no figure.
    (
        "Thu tiền sử dụng đất đạt 715 tỷ đồng, đạt 41% kế hoạch giao Trung tâm (1.746 tỷ "
        "đồng); tỷ lệ tham gia BHXH đạt 35,1%, thấp hơn 0,4% so với chỉ tiêu tỉnh giao (35,5%).",
        [
            F("Thu tiền sử dụng đất", value=715e9, pct_of_plan=41.0),
            F("tỷ lệ tham gia BHXH", value=35.1, pct_of_plan=99.6),
        ],
    ),
    # ... but the amount over the plan's size there is the part and the whole, and the capital
    # a level assigned is a plan (held-out set 92).
    (
        "Vốn đầu tư công giải ngân đạt 61,8% nguồn vốn tỉnh giao (376,7 tỷ/609,1 tỷ đồng); đạt "
        "51,1% nguồn vốn huyện giao.",
        [
            F(
                "Vốn đầu tư công giải ngân",
                pct_of_plan=61.8,
                plan="nguồn vốn tỉnh giao",
                part=376.7e9,
                whole=609.1e9,
            ),
            F("Vốn đầu tư công giải ngân", pct_of_plan=51.1, plan="nguồn vốn huyện giao"),
        ],
    ),
    # "vượt X%" and "tăng X% so với kế hoạch" are 100 + X of the plan.
    ("Thu ngân sách vượt 15% dự toán.", [F("Thu ngân sách", pct_of_plan=115.0, plan="dự toán")]),
    (
        "Thu ngân sách tăng 8% so với dự toán.",
        [F("Thu ngân sách", pct_of_plan=108.0, yoy_pct=None)],
    ),
    (
        "Thu ngân sách đạt 500 tỷ đồng, vượt 12,5% kế hoạch năm.",
        [F("Thu ngân sách", pct_of_plan=112.5, plan="kế hoạch năm")],
    ),
    # "hoàn thành 100% kế hoạch / chỉ tiêu".
    (
        "Công tác tuyển quân hoàn thành 100% chỉ tiêu.",
        [F("Công tác tuyển quân", pct_of_plan=100.0, plan="chỉ tiêu")],
    ),
    (
        "Thu ngân sách hoàn thành 100% kế hoạch năm.",
        [F("Thu ngân sách", pct_of_plan=100.0, plan="kế hoạch năm")],
    ),
    # A bare "đạt X%" among plan comparisons is a share of an unnamed plan.
    (
        "Thu ngân sách đạt 500 tỷ đồng, đạt 95%.",
        [F("Thu ngân sách", value=500e9, pct_of_plan=95.0, plan=None)],
    ),
    # A rate: the percentage is the value; a fall is a negative change.
    ("Tỷ lệ hộ nghèo giảm 5,36%.", [F("Tỷ lệ hộ nghèo", value=None, yoy_pct=-5.36)]),
    ("Tốc độ tăng trưởng GRDP đạt 6,67%.", [F("Tốc độ tăng trưởng GRDP", value=6.67, unit="%")]),
    ("GRDP tăng 6,67%.", [F("GRDP", value=None, yoy_pct=6.67)]),
    ("Giá trị sản xuất tăng 7,2% so với cùng kỳ.", [F("Giá trị sản xuất", yoy_pct=7.2)]),
    # X/Y fills part and whole; a percentage beside it is the value.
    (
        "Có 57/110 công trình đã phê duyệt báo cáo KTKT, đạt 51,8%.",
        [F("công trình đã phê duyệt báo cáo KTKT", part=57, whole=110, value=51.8, unit="%")],
    ),
    (  # ... in brackets before what the counted units did (held-out set 93)
        "Đến nay, huyện đã có 9/18 xã (đạt 50%) được công nhận đạt chuẩn nông thôn mới.",
        [
            F(
                "xã được công nhận đạt chuẩn nông thôn mới",
                part=9,
                whole=18,
                value=50.0,
                unit="%",
            )
        ],
    ),
    (
        "Có 16/25 chỉ tiêu đạt và vượt kế hoạch.",
        [F("chỉ tiêu đạt và vượt kế hoạch", part=16, whole=25, value=None)],
    ),
    # One amount against two plans gives two figures.
    (
        "Thu ngân sách đạt 69% dự toán huyện giao, 101% dự toán thành phố giao.",
        [
            F("Thu ngân sách", pct_of_plan=69.0, plan="dự toán huyện giao"),
            F("Thu ngân sách", pct_of_plan=101.0, plan="dự toán thành phố giao"),
        ],
    ),
    (  # ... the second after a ";", the change after it goes with it (held-out set 52)
        "Thu ngân sách đạt 110 tỷ đồng, bằng 74% dự toán Trung ương giao; bằng 73,7% dự toán "
        "tỉnh giao và tăng 11% so với cùng kỳ.",
        [
            F("Thu ngân sách", value=110e9, pct_of_plan=74.0, plan="dự toán Trung ương giao"),
            F("Thu ngân sách", pct_of_plan=73.7, plan="dự toán tỉnh giao", yoy_pct=11.0),
        ],
    ),
    # A malformed number keeps the figure, leaves its fact null and warns.
    (
        "Giá trị kinh doanh thương mại, dịch vụ ước đạt 1.892 tỷ đồng, bằng 60,6,2% kế hoạch năm.",
        [
            F(
                "Giá trị kinh doanh thương mại, dịch vụ",
                value=1892e9,
                pct_of_plan=None,
                plan="kế hoạch năm",
                warning="malformed number '60,6,2'",
            )
        ],
    ),
    (
        "Thu ngân sách 9 tháng đạt 350 tỷ đồng, bằng 0 68% kế hoạch.",
        [
            F(
                "Thu ngân sách",
                value=350e9,
                pct_of_plan=None,
                plan="kế hoạch",
                warning="malformed number '0 68'",
            )
        ],
    ),
    (
        "Thu ngân sách đạt 60,6,2 tỷ đồng, bằng 90% dự toán.",
        [F("Thu ngân sách", value=None, pct_of_plan=90.0, warning="malformed number '60,6,2'")],
    ),
    (
        "Kim ngạch xuất khẩu tăng 6.5% so với cùng kỳ.",
        [F("Kim ngạch xuất khẩu", yoy_pct=None, warning="malformed number '6.5'")],
    ),
    # A percentage over 1000 is kept, with a warning.
    (
        "Doanh thu du lịch tăng 1.250% so với cùng kỳ.",
        [F("Doanh thu du lịch", yoy_pct=1250.0, warning="percent over 1000 '1.250'")],
    ),
    # Estimates.
    ("Giá trị sản xuất ước đạt 500 tỷ đồng.", [F("Giá trị sản xuất", estimated=True)]),
    ("Giá trị sản xuất ước tính đạt 500 tỷ đồng.", [F("Giá trị sản xuất", estimated=True)]),
    (
        "Dự kiến cả năm thu ngân sách đạt 520 tỷ đồng.",
        [F("thu ngân sách", value=520e9, estimated=True)],
    ),
    ("Giá trị sản xuất đạt 500 tỷ đồng.", [F("Giá trị sản xuất", estimated=False)]),
    # Qualifiers.
    ("Thu ngân sách đạt hơn 404 tỷ đồng.", [F("Thu ngân sách", qualifier="more_than")]),
    ("Thu ngân sách đạt trên 35,8 tỷ đồng.", [F("Thu ngân sách", qualifier="more_than")]),
    ("Thu ngân sách đạt gần 300 tỷ đồng.", [F("Thu ngân sách", qualifier="almost")]),
    ("Thu ngân sách đạt khoảng 300 tỷ đồng.", [F("Thu ngân sách", qualifier="about")]),
    (
        "Đã cấp ít nhất 30 giấy chứng nhận.",
        [F("giấy chứng nhận đã cấp", value=30, qualifier="at_least")],
    ),
    # Changes against other baselines than the same period are not a yoy.
    (
        "Tổng dư nợ đạt 8.900 tỷ đồng, tăng 9% so với đầu năm.",
        [F("Tổng dư nợ", value=8900e9, yoy_pct=None)],
    ),
    (  # ... nor against a day (held-out set 111)
        "Tổng dư nợ đạt 8.900 tỷ đồng, tăng 610 tỷ đồng so với 31/12/2025.",
        [F("Tổng dư nợ", value=8900e9, yoy_abs=None)],
    ),
    (
        "Tổng dư nợ đạt 8.900 tỷ đồng, tăng 7,4% so với ngày 31/12/2025.",
        [F("Tổng dư nợ", value=8900e9, yoy_pct=None)],
    ),
    # Leading zeros and counted nouns.
    ("Thu hút mới 07 dự án.", [F("dự án thu hút mới", value=7, unit="dự án")]),
    ("Tăng 04 doanh nghiệp so với cùng kỳ.", []),
    (
        "Số doanh nghiệp thành lập mới đạt 120, tăng 04 doanh nghiệp so với cùng kỳ.",
        [F("Số doanh nghiệp thành lập mới", value=120, yoy_abs=4)],
    ),
    # Repeats: the headline restating the body is one figure, kept where it is fullest.
    (
        "Thu ngân sách đạt 404 tỷ đồng\nKết quả thu ngân sách đạt 404 tỷ đồng, vượt 10% dự toán.",
        [F("thu ngân sách", value=404e9, pct_of_plan=110.0)],
    ),
    (
        "Thu ngân sách đạt 404 tỷ đồng, vượt 10% dự toán.\n\nThu ngân sách đạt 404 tỷ đồng, vượt 10% dự toán.",
        [F("Thu ngân sách", value=404e9, pct_of_plan=110.0)],
    ),
    (  # a later concession restating the count in other words (held-out set 115)
        "Tỉnh có 28/32 chỉ tiêu phát triển về kinh tế - xã hội đạt và vượt kế hoạch. Mặc dù "
        "hoàn thành 28/32 chỉ tiêu phát triển kinh tế- xã hội nhưng kinh tế còn nhiều điểm nghẽn.",
        [F("chỉ tiêu phát triển về kinh tế - xã hội đạt và vượt kế hoạch", part=28, whole=32)],
    ),
    # Two different indicators with the same facts are two figures.
    (
        "Thu ngân sách đạt 100% kế hoạch; chi ngân sách đạt 100% kế hoạch.",
        [F("Thu ngân sách", pct_of_plan=100.0), F("chi ngân sách", pct_of_plan=100.0)],
    ),
]

NOT_FIGURES = [
    # the peers a unit leads (held-out set 48)
    "Kinh tế thành phố đứng đầu 5 thành phố trực thuộc Trung ương về tốc độ tăng trưởng.",
    "Tham dự có đồng chí Lê Văn Toàn, trưởng đoàn 95 chỉ đạo phong trào xã.",
    "Ngày 15/9/2023, Huyện ủy Bắc Sơn tổ chức hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 17 (mở rộng).",
    "Sáng nay (14/7), đồng chí Bí thư Tỉnh ủy chủ trì hội nghị.",
    "Chiều 30/9/2022, Đảng bộ thành phố tổ chức hội nghị Ban Chấp hành lần thứ mười, khóa XXIII, nhiệm kỳ 2020 – 2025.",
    "Thứ 7, 01.10.2022 | 08:59:33",
    "Kỳ họp thứ 12 HĐND tỉnh khóa XVIII, nhiệm kỳ 2021 - 2026 bế mạc.",
    "Thực hiện Nghị quyết số 62-NQ/TU, ngày 29/5/2013 của Ban Thường vụ Tỉnh ủy.",
    "Triển khai Đề án số 453 của Tỉnh ủy về nâng cao chất lượng tổ chức cơ sở đảng.",
    "Quán triệt Chỉ thị số 05 của Bộ Chính trị và Nghị quyết Trung ương 4 (khóa XII).",
    "Thực hiện Quyết định 1234/QĐ-UBND ngày 5/6/2022 của UBND tỉnh.",
    "Đẩy mạnh sử dụng dịch vụ công trực tuyến mức độ 3, mức độ 4.",
    "Tỷ lệ cử tri đi bầu đứng thứ hai cả nước; tỉnh xếp thứ 5/63 về chỉ số PAPI.",
    "Tổ chức các hoạt động kỷ niệm 20 năm ngày thành lập thành phố.",
    "Kỷ niệm 75 năm Ngày thành lập Đảng bộ tỉnh (1947 - 2022).",
    "Hội nghị đánh giá tình hình 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2023.",
    "Sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021.",
    "Giai đoạn 2021 – 2025, tỉnh tập trung phát triển hạ tầng.",
    "Phấn đấu thu ngân sách năm 2024 đạt 500 tỷ đồng.",
    "Năm 2024, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo giảm 1,5%.",
    "Thời gian tới, thành phố đặt mục tiêu thu hút 10 dự án đầu tư.",
    "Năm 2027, Hội đề ra các chỉ tiêu chủ yếu: kết nạp mới 1.800 hội viên; xây dựng 40 mô hình.",
    "Năm 2027, Cục Thuế được giao dự toán thu ngân sách nhà nước 27.000 tỷ đồng.",
    "Ngành thực hiện tốt mục tiêu kép vừa phòng chống dịch bệnh Covid – 19 vừa phát triển.",
    "Tiếp tục phòng, chống dịch COVID-19 và triển khai mạng 5G.",
    "Thống kê: 1.340.281",
    "Online: 34",
    "663 lượt xem",
    "Đô thị loại II, Quốc lộ 1A, tỉnh lộ 242 được nâng cấp.",
    "Trường THCS số 2 được công nhận đạt chuẩn quốc gia.",
    "Đồng chí sinh năm 1968, có 25 năm công tác.",
    "Hội nghị diễn ra trong 2 ngày, từ 14/7 đến 15/7.",
    "Đợt 2, có 3 khóa học được tổ chức vào tháng 9/2022.",
    "Lúc 8 giờ 30 phút, hội nghị khai mạc.",
    "Thực hiện Kết luận số 42-TB/KL, ngày 28/6/2016 của Thường trực Tỉnh ủy.",
]


@pytest.mark.parametrize(("text", "expected"), CONVENTIONS)
def test_conventions(text: str, expected: list[dict]) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figures(text: str) -> None:
    assert figures_of(text) == []


def test_spans_index_the_text_and_hold_the_numbers() -> None:
    text = "Mở đầu.\n\nThu ngân sách tính đến ngày 30/9 đạt hơn 404 tỷ đồng, vượt 10% dự toán tỉnh giao."
    [figure] = figures_of(text)
    start, end = figure["span"]
    assert (
        text[start:end]
        == "Thu ngân sách tính đến ngày 30/9 đạt hơn 404 tỷ đồng, vượt 10% dự toán tỉnh giao"
    )


def test_figures_come_in_text_order() -> None:
    text = "Thu ngân sách đạt 500 tỷ đồng. Chi ngân sách đạt 400 tỷ đồng. Có 12/15 xã đạt chuẩn."
    assert [f["indicator"] for f in figures_of(text)] == [
        "Thu ngân sách",
        "Chi ngân sách",
        "xã đạt chuẩn",
    ]
