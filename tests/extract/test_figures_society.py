"""Figures of social affairs and Party building: rates, counts, ratios, lists of counted things."""

import pytest
from figure_check import F, assert_figures

SOCIAL = [
    (  # the youth union's counted unit holds a comma; the sum after "với" is spent on it
        "Các cơ sở Đoàn đã thực hiện 86 công trình, phần việc thanh niên với tổng kinh phí 1,2 tỷ đồng.",
        [
            F("công trình, phần việc thanh niên các cơ sở Đoàn", value=86.0),
            F("tổng kinh phí công trình, phần việc thanh niên", value=1.2e9, unit="VND"),
        ],
    ),
    (  # "tổng trị giá" keeps its "trị giá", a verb of worth elsewhere (held-out set 85)
        "Huyện đoàn đã xây dựng 30 công trình thanh niên cấp cơ sở với tổng trị giá trên 350 "
        "triệu đồng.",
        [
            F("công trình thanh niên cấp cơ sở đã xây dựng", value=30.0),
            F("tổng trị giá công trình thanh niên cấp cơ sở", value=350e6, unit="VND"),
        ],
    ),
    (  # an area the clause before covers (held-out set 82)
        "Nuôi trồng thủy sản có bước phát triển khá với tổng diện tích trên 124.000 ha.",
        [F("tổng diện tích nuôi trồng thủy sản có bước phát triển khá", value=124000.0)],
    ),
    (  # a count joined by "với" shares the verb after a long agent, and so does the rate
        "Lực lượng Công an đã điều tra, làm rõ 420 vụ với 615 đối tượng, đạt tỷ lệ hơn 82%.",
        [
            F("vụ điều tra, làm rõ", value=420.0, unit="vụ"),
            F("đối tượng điều tra, làm rõ", value=615.0, unit="đối tượng"),
            F("đối tượng điều tra, làm rõ", value=82.0, unit="%", qualifier="more_than"),
        ],
    ),
    (
        "Tỷ lệ hộ nghèo giảm 1,5%, còn 3,2%.",
        [F("Tỷ lệ hộ nghèo", value=3.2, unit="%", yoy_pct=-1.5)],
    ),
    (
        "Tỷ lệ hộ nghèo còn 3,2%.",
        [F("Tỷ lệ hộ nghèo", value=3.2, unit="%", yoy_pct=None)],
    ),
    (
        "Tỷ lệ hộ nghèo toàn tỉnh giảm 5,36%.",
        [F("Tỷ lệ hộ nghèo toàn tỉnh", value=None, yoy_pct=-5.36)],
    ),
    (
        "Tỷ lệ hộ nghèo giảm từ 5,2% xuống còn 3,8%.",
        [F("Tỷ lệ hộ nghèo", value=3.8, unit="%", yoy_pct=None)],
    ),
    (
        "Tỷ lệ bao phủ bảo hiểm y tế đạt 92,5%, tăng 1,2% so với cùng kỳ.",
        [F("Tỷ lệ bao phủ bảo hiểm y tế", value=92.5, unit="%", yoy_pct=1.2)],
    ),
    (
        "Tỷ lệ dân số tham gia BHYT đạt 91,2%.",
        [F("Tỷ lệ dân số tham gia BHYT", value=91.2, unit="%")],
    ),
    (
        "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%, vượt 2% chỉ tiêu Nghị quyết.",
        [
            F(
                "Tỷ lệ người dân tham gia bảo hiểm y tế",
                value=95,
                unit="%",
                pct_of_plan=102.0,
                plan="chỉ tiêu Nghị quyết",
            )
        ],
    ),
    (
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm còn 12,5%.",
        [F("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", value=12.5, unit="%")],
    ),
    (
        "Toàn tỉnh có 8.500 hộ nghèo, chiếm 4,2% tổng số hộ.",
        [F("hộ nghèo", value=8500, unit="hộ nghèo"), F("hộ nghèo", value=4.2, unit="%")],
    ),
    (
        "Giải quyết việc làm cho 1.850 lao động, đạt 92,5% kế hoạch.",
        [F("lao động giải quyết việc làm", value=1850, unit="lao động", pct_of_plan=92.5)],
    ),
    (
        "Tạo việc làm mới cho 12.300 lao động; xuất khẩu lao động 1.200 người.",
        [
            F("lao động tạo việc làm mới", value=12300, unit="lao động"),
            F("người xuất khẩu lao động", value=1200, unit="người"),
        ],
    ),
    (  # "mặt bằng" ends on "bằng" but compares nothing (held-out set 99)
        "Huyện đã hoàn thành giải phóng mặt bằng 9 dự án.",
        [F("dự án đã hoàn thành giải phóng mặt bằng", value=9, unit="dự án")],
    ),
    (  # a long verb phrase with no agent before the count names it whole (held-out set 100)
        "Cung ứng lao động cho các doanh nghiệp ngoài tỉnh 300 người; tuyển dụng vào các đơn vị "
        "hành chính sự nghiệp 285 người.",
        [
            F("người cung ứng lao động cho các doanh nghiệp ngoài tỉnh", value=300, unit="người"),
            F("người tuyển dụng vào các đơn vị hành chính sự nghiệp", value=285, unit="người"),
        ],
    ),
    (
        "Cấp giấy chứng nhận quyền sử dụng đất cho 1.250 hộ, đạt 83% kế hoạch.",
        [F("hộ cấp giấy chứng nhận quyền sử dụng đất", value=1250, unit="hộ", pct_of_plan=83.0)],
    ),
    (
        "Cấp 1.234 thẻ BHYT cho người nghèo.",
        [F("thẻ BHYT cho người nghèo cấp", value=1234, unit="thẻ BHYT")],
    ),
    (
        "Đã có 36.500 lượt người được khám chữa bệnh.",
        [F("lượt người được khám chữa bệnh", value=36500, unit="lượt người")],
    ),
    (
        "Đến nay, toàn thành phố có 100% xã đạt chuẩn nông thôn mới.",
        [F("xã đạt chuẩn nông thôn mới", value=100, unit="%")],
    ),
    (
        "Toàn huyện có 15/19 xã đạt chuẩn nông thôn mới, 2 xã đạt chuẩn nông thôn mới nâng cao.",
        [
            F("xã đạt chuẩn nông thôn mới", part=15, whole=19, unit="xã", value=None),
            F("xã đạt chuẩn nông thôn mới nâng cao", value=2, unit="xã"),
        ],
    ),
    (
        "Thực hiện Nghị quyết số 05-NQ/TU ngày 12/3/2021 của Tỉnh ủy, đến nay toàn tỉnh có 89/105 xã đạt chuẩn nông thôn mới, chiếm 84,8%.",
        [F("xã đạt chuẩn nông thôn mới", part=89, whole=105, value=84.8, unit="%")],
    ),
    (
        "Xã Quang Trung đạt 19/19 tiêu chí nông thôn mới.",
        [F("tiêu chí nông thôn mới Xã Quang Trung", part=19, whole=19, unit="tiêu chí")],
    ),
    (
        "Tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99,2%.",
        [F("Tỷ lệ học sinh tốt nghiệp trung học phổ thông", value=99.2, unit="%")],
    ),
    (
        "Có thêm 12 trường học đạt chuẩn quốc gia, nâng tổng số trường đạt chuẩn lên 145 trường.",
        [
            F("trường học đạt chuẩn quốc gia", value=12, unit="trường học"),
            F("tổng số trường đạt chuẩn", value=145, unit="trường"),
        ],
    ),
    (
        "Số vụ tai nạn giao thông giảm 3 vụ so với cùng kỳ.",
        [F("Số vụ tai nạn giao thông", value=None, yoy_abs=-3)],
    ),
    (
        "Xảy ra 25 vụ tai nạn giao thông, làm chết 12 người, giảm 4 người so với cùng kỳ.",
        [
            F("vụ tai nạn giao thông xảy ra", value=25, unit="vụ tai nạn"),
            F("người làm chết", value=12, unit="người", yoy_abs=-4),
        ],
    ),
    (
        "Đã giải quyết 45/48 đơn thư khiếu nại, tố cáo, đạt 93,75%.",
        [F("đơn thư khiếu nại đã giải quyết", part=45, whole=48, value=93.75, unit="%")],
    ),
    (
        "Có 1.850/2.100 hồ sơ được giải quyết đúng hạn, đạt 88,1%.",
        [F("hồ sơ được giải quyết đúng hạn", part=1850, whole=2100, value=88.1, unit="%")],
    ),
    (
        "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước và đúng hạn đạt 98,6%.",
        [F("Tỷ lệ hồ sơ thủ tục hành chính giải quyết trước và đúng hạn", value=98.6, unit="%")],
    ),
    (
        "Công tác tuyển quân hoàn thành 100% chỉ tiêu với 250 tân binh.",
        [
            F("Công tác tuyển quân", pct_of_plan=100.0, plan="chỉ tiêu"),
            F("tân binh", value=250, unit="tân binh"),
        ],
    ),
    (
        "Tổ chức tốt lễ giao nhận quân, hoàn thành 100% kế hoạch giao quân.",
        [F("kế hoạch giao quân", pct_of_plan=100.0)],
    ),
    (
        "Tỷ lệ lao động qua đào tạo đạt 68,5%, trong đó có bằng cấp, chứng chỉ đạt 28%.",
        [
            F("Tỷ lệ lao động qua đào tạo", value=68.5, unit="%"),
            F("bằng cấp, chứng chỉ", value=28, unit="%"),
        ],
    ),
    (
        "Tỷ lệ người dân sử dụng nước sinh hoạt hợp vệ sinh đạt 98%, tăng 0,5% so với năm 2021.",
        [F("Tỷ lệ người dân sử dụng nước sinh hoạt hợp vệ sinh", value=98, unit="%", yoy_pct=0.5)],
    ),
    (
        "Khám, chữa bệnh cho 125.000 lượt người, tăng 8% so với cùng kỳ.",
        [F("lượt người khám, chữa bệnh", value=125000, unit="lượt người", yoy_pct=8.0)],
    ),
    (  # the changes in brackets after a list, each to the count of its own noun; "làm" is the
        # harm's verb, no part of what is counted (held-out set 117)
        "Toàn tỉnh xảy ra 310 vụ tai nạn giao thông, làm 152 người chết và 240 người bị thương "
        "(so với năm 2025, giảm 35 vụ, giảm 18 người chết và giảm 27 người bị thương).",
        [
            F("vụ tai nạn giao thông xảy ra", value=310, yoy_abs=-35),
            F("người chết xảy ra", value=152, yoy_abs=-18),
            F("người bị thương xảy ra", value=240, yoy_abs=-27),
        ],
    ),
]

PARTY = [
    (  # "chi, đảng bộ" shortens "chi bộ, đảng bộ": one count of both
        "Đảng bộ xã có 48 chi, đảng bộ trực thuộc với 1.530 đảng viên.",
        [
            F("chi, đảng bộ trực thuộc", value=48.0, unit="chi, đảng bộ"),
            F("đảng viên", value=1530.0, unit="đảng viên"),
        ],
    ),
    (
        "Công tác phát triển đảng viên được quan tâm, 9 tháng đầu năm đã kết nạp 215 đảng viên, đạt 71,6% kế hoạch năm.",
        [
            F(
                "đảng viên đã kết nạp",
                value=215,
                unit="đảng viên",
                pct_of_plan=71.6,
                plan="kế hoạch năm",
            )
        ],
    ),
    (
        "Kết nạp 125 đảng viên mới, đạt 104% kế hoạch.",
        [F("đảng viên mới kết nạp", value=125, unit="đảng viên mới", pct_of_plan=104.0)],
    ),
    (
        "Ủy ban Kiểm tra các cấp đã kiểm tra 12 tổ chức đảng và 35 đảng viên khi có dấu hiệu vi phạm; thi hành kỷ luật 8 đảng viên.",
        [
            F("tổ chức đảng kiểm tra", value=12, unit="tổ chức đảng"),
            F("đảng viên khi có dấu hiệu vi phạm kiểm tra", value=35, unit="đảng viên"),
            F("đảng viên thi hành kỷ luật", value=8, unit="đảng viên"),
        ],
    ),
    (  # "và" joins the second count to the verb after a long agent
        "Ủy ban Kiểm tra các cấp trong toàn Đảng bộ tỉnh đã tiến hành kiểm tra 759 tổ chức đảng "
        "và 2.075 đảng viên.",
        [
            F("tổ chức đảng tiến hành kiểm tra", value=759, unit="tổ chức đảng"),
            F("đảng viên tiến hành kiểm tra", value=2075, unit="đảng viên"),
        ],
    ),
    (
        "Có 98,5% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
        [
            F(
                "tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên",
                value=98.5,
                unit="%",
            )
        ],
    ),
    (
        "Toàn tỉnh có 1.340 tổ chức cơ sở đảng với 58.000 đảng viên.",
        [
            F("tổ chức cơ sở đảng", value=1340, unit="tổ chức cơ sở đảng"),
            F("đảng viên", value=58000, unit="đảng viên"),
        ],
    ),
    (
        "Năm 2023, Đảng bộ huyện đã lãnh đạo hoàn thành 20/22 chỉ tiêu Nghị quyết đề ra.",
        [F("chỉ tiêu Nghị quyết đề ra đã lãnh đạo hoàn thành", part=20, whole=22, unit="chỉ tiêu")],
    ),
    (
        "Qua đó có 16/25 chỉ tiêu đạt theo Nghị quyết 62-NQ/TU; thu ngân sách đạt 86,2% dự toán.",
        [
            F("chỉ tiêu đạt theo Nghị quyết 62-NQ/TU", part=16, whole=25, unit="chỉ tiêu"),
            F("thu ngân sách", pct_of_plan=86.2, plan="dự toán"),
        ],
    ),
    (
        "Các chỉ tiêu năm 2023 cơ bản đảm bảo tiến độ, trong đó, 6/20 chỉ tiêu đã hoàn thành và vượt kế hoạch đề ra.",
        [F("chỉ tiêu đã hoàn thành và vượt kế hoạch đề ra", part=6, whole=20, unit="chỉ tiêu")],
    ),
    (
        "Đến nay có 14/27 tuyến phố đạt tuyến phố văn minh.",
        [F("tuyến phố đạt tuyến phố văn minh", part=14, whole=27, unit="tuyến phố")],
    ),
    (
        "Trong đó nhân rộng 3 mô hình phát triển sản xuất, 7 nhãn hiệu sản xuất nông nghiệp.",
        [
            F("mô hình phát triển sản xuất nhân rộng", value=3, unit="mô hình"),
            F("nhãn hiệu sản xuất nông nghiệp nhân rộng", value=7, unit="nhãn hiệu"),
        ],
    ),
    (
        "Đến nay, 110 công trình chỉnh trang đô thị đã được duyệt danh mục, 88/110 công trình đã phê duyệt chủ trương đầu tư.",
        [
            F("công trình chỉnh trang đô thị đã được duyệt danh mục", value=110, unit="công trình"),
            F("công trình đã phê duyệt chủ trương đầu tư", part=88, whole=110, value=None),
        ],
    ),
    (
        "Có 36/57 công trình đã khởi công xây dựng (trong đó đã hoàn thành 23 công trình).",
        [
            F("công trình đã khởi công xây dựng", part=36, whole=57),
            F("công trình đã hoàn thành", value=23, unit="công trình"),
        ],
    ),
    (
        "Thu hút mới 07 dự án được cấp có thẩm quyền phê duyệt chủ trương đầu tư, tổng vốn đăng ký 1.584 tỷ đồng.",
        [
            F(
                "dự án được cấp có thẩm quyền phê duyệt chủ trương đầu tư thu hút mới",
                value=7,
                unit="dự án",
            ),
            F("tổng vốn đăng ký", value=1584e9, unit="VND"),
        ],
    ),
    (
        "Số doanh nghiệp thành lập mới là 28 doanh nghiệp.",
        [F("Số doanh nghiệp thành lập mới", value=28, unit="doanh nghiệp")],
    ),
    (
        "Ban Thường vụ Huyện ủy đã tổ chức 15 cuộc kiểm tra, giám sát.",
        [F("cuộc kiểm tra đã tổ chức", value=15, unit="cuộc kiểm tra")],
    ),
    (
        "Mặt trận các cấp vận động Quỹ Vì người nghèo được 15,6 tỷ đồng.",
        [F("Mặt trận các cấp vận động Quỹ Vì người nghèo", value=15.6e9, unit="VND")],
    ),
    (
        "Cấp ủy, chính quyền các cấp đã tổ chức thành công cuộc bầu cử với tỷ lệ cử tri đi bầu cao (đạt 99,99%, đứng thứ hai cả nước).",
        [F("tỷ lệ cử tri đi bầu cao", value=99.99, unit="%")],
    ),
    (
        "Huyện hiện có 23 xã và 1 thị trấn với dân số 120.000 người.",
        [
            F("xã", value=23, unit="xã"),
            F("thị trấn", value=1, unit="thị trấn"),
            F("dân số", value=120000, unit="người"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOCIAL)
def test_social_affairs(text: str, expected: list[dict]) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(("text", "expected"), PARTY)
def test_party_building(text: str, expected: list[dict]) -> None:
    assert_figures(text, expected)
