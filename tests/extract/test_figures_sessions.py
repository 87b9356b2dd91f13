"""Figures as People's Council sessions and Party conferences state them."""

import pytest
from figure_check import F, assert_figures, figures_of

SESSIONS = [
    (
        "Năm 2023, tổng sản phẩm trên địa bàn tỉnh ước tăng 8,12%, xếp thứ 12/63 tỉnh, thành phố.",
        [F("tổng sản phẩm trên địa bàn tỉnh", yoy_pct=8.12, estimated=True)],
    ),
    (
        "Có 18/18 chỉ tiêu chủ yếu đạt và vượt kế hoạch, trong đó 10 chỉ tiêu vượt.",
        [
            F("chỉ tiêu chủ yếu đạt và vượt kế hoạch", part=18, whole=18),
            F("chỉ tiêu vượt", value=10, unit="chỉ tiêu"),
        ],
    ),
    (
        "Đến ngày 30/11, giải ngân vốn đầu tư công đạt 3.215 tỷ đồng, bằng 72,5% kế hoạch vốn giao.",
        [F("giải ngân vốn đầu tư công", value=3215e9, pct_of_plan=72.5, plan="kế hoạch vốn giao")],
    ),
    (
        "Huyện có 145 cơ sở sản xuất tiểu thủ công nghiệp, giải quyết việc làm cho hơn 2.000 lao động.",
        [
            F("cơ sở sản xuất tiểu thủ công nghiệp", value=145, unit="cơ sở sản xuất"),
            F("lao động giải quyết việc làm", value=2000, qualifier="more_than"),
        ],
    ),
    ("Trong năm, toàn tỉnh có 2.150 hộ thoát nghèo.", [F("hộ thoát nghèo", value=2150, unit="hộ")]),
    (
        "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều còn 4,5%, giảm 1,8% so với năm 2022.",
        [F("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", value=4.5, unit="%", yoy_pct=-1.8)],
    ),
    (
        "Dự kiến năm 2024, tốc độ tăng trưởng GRDP đạt 8,5%.",
        [F("tốc độ tăng trưởng GRDP", value=8.5, estimated=True)],
    ),
    (
        "Toàn huyện hiện có 4.500 ha cây ăn quả.",
        [F("diện tích cây ăn quả", value=4500, unit="ha")],
    ),
    (
        "Tổng số khách du lịch 9 tháng đạt 1.850.000 lượt.",
        [F("Tổng số khách du lịch", value=1850000, unit="lượt")],
    ),
    (
        "Có 320 hộ được hỗ trợ xây mới và sửa chữa nhà ở với tổng kinh phí 12 tỷ đồng.",
        [
            F("hộ được hỗ trợ xây mới và sửa chữa nhà ở", value=320, unit="hộ"),
            # the sum is spent on what the count's clause says
            F("tổng kinh phí hộ được hỗ trợ xây mới và sửa chữa nhà ở", value=12e9, unit="VND"),
        ],
    ),
    (  # a clause without a count before the sum
        "Các đối tượng chính sách được hỗ trợ kịp thời với tổng số tiền 30 tỷ đồng.",
        [F("tổng số tiền các đối tượng chính sách được hỗ trợ kịp thời", value=30e9, unit="VND")],
    ),
    (
        "Tổ chức 3 phiên họp thường kỳ và 2 phiên họp chuyên đề.",
        [
            F("phiên họp thường kỳ tổ chức", value=3),
            F("phiên họp chuyên đề tổ chức", value=2),
        ],
    ),
    ("Ông cho biết, năm 2023 có 92% cử tri hài lòng.", [F("cử tri hài lòng", value=92, unit="%")]),
    (
        "Dân số trung bình năm 2023 ước đạt 812.000 người, tăng 1,1%.",
        [F("Dân số trung bình", value=812000, unit="người", estimated=True, yoy_pct=1.1)],
    ),
    (
        "Xuất khẩu hàng hóa đạt 1,25 tỷ USD, nhập khẩu đạt 850 triệu USD.",
        [
            F("Xuất khẩu hàng hóa", value=1.25e9, unit="USD"),
            F("nhập khẩu", value=850e6, unit="USD"),
        ],
    ),
    (
        "Thu ngân sách đạt 1.520 tỷ đồng (bằng 108% dự toán).",
        [F("Thu ngân sách", value=1520e9, pct_of_plan=108.0, plan="dự toán")],
    ),
    (
        "Doanh thu từ du lịch ước đạt 1.200 tỷ đồng, gấp 1,5 lần so với cùng kỳ.",
        # Lead's ruling: "gấp X lần cùng kỳ" is a change of (X − 1) × 100 percent.
        [F("Doanh thu từ du lịch", value=1200e9, yoy_pct=50.0)],
    ),
    (
        "Tỷ lệ hộ nghèo giảm 1,2% so với đầu năm, còn 2,8%.",
        [F("Tỷ lệ hộ nghèo", value=2.8, unit="%", yoy_pct=None)],
    ),
    (
        "Thu ngân sách xã đạt 3,2 tỷ đồng; xã có 5/7 thôn đạt chuẩn văn hóa.",
        [F("Thu ngân sách xã", value=3.2e9), F("thôn đạt chuẩn văn hóa", part=5, whole=7)],
    ),
    (
        "TP. Lạng Sơn có 8 phường đạt chuẩn đô thị văn minh.",
        [F("phường đạt chuẩn đô thị văn minh TP. Lạng Sơn", value=8, unit="phường")],
    ),
]

NOT_RESULTS = [
    "Sáng 8/12, HĐND tỉnh khóa XVIII, nhiệm kỳ 2021 – 2026 khai mạc kỳ họp thứ 15.",
    "Điểm trung bình thi tốt nghiệp THPT của tỉnh xếp thứ 20 cả nước.",
    "Nhiệt độ trung bình 25 độ C.",
    "Hội nghị lần thứ 17 Ban Chấp hành Đảng bộ huyện khóa XXII diễn ra trong 1 ngày.",
    "Phát biểu tại phiên bế mạc Kỳ họp thứ 10, Chủ tịch HĐND tỉnh đề nghị các cấp tập trung thực hiện.",
    "Từ năm 2016 đến năm 2020, huyện tập trung chỉ đạo xây dựng nông thôn mới.",
    "Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025 thành công tốt đẹp.",
    "Sắp tới, huyện phấn đấu hoàn thành 100% kế hoạch năm.",
    # the points an online meeting reaches and whose they are (held-out set 108)
    "Hội nghị trực tuyến từ đầu cầu UBND tỉnh kết nối với 64 điểm cầu của 9 huyện, thành phố.",
]


@pytest.mark.parametrize(("text", "expected"), SESSIONS)
def test_session_reports(text: str, expected: list[dict]) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize("text", NOT_RESULTS)
def test_session_boilerplate_is_not_a_figure(text: str) -> None:
    assert figures_of(text) == []
