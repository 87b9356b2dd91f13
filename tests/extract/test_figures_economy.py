"""Figures of the economy and the budget: amounts, plan shares, changes against last year."""

import pytest
from figure_check import F, assert_figures

BUDGET = [
    (
        "Thu ngân sách nhà nước trên địa bàn đạt 4.512,6 tỷ đồng, bằng 56,4% dự toán, tăng 12,3% so với cùng kỳ.",
        [
            F(
                "Thu ngân sách nhà nước trên địa bàn",
                value=4512.6e9,
                unit="VND",
                pct_of_plan=56.4,
                plan="dự toán",
                yoy_pct=12.3,
            )
        ],
    ),
    (
        "Tổng thu ngân sách 6 tháng đầu năm đạt 2.150 tỷ đồng, bằng 48,2% dự toán.",
        [
            F(
                "Tổng thu ngân sách",
                value=2150e9,
                unit="VND",
                pct_of_plan=48.2,
                plan="dự toán",
                estimated=False,
            )
        ],
    ),
    (
        "Thu ngân sách xã ước đạt 2,15 tỷ đồng, đạt 107,5% kế hoạch huyện giao.",
        [
            F(
                "Thu ngân sách xã",
                value=2.15e9,
                unit="VND",
                estimated=True,
                pct_of_plan=107.5,
                plan="kế hoạch huyện giao",
            )
        ],
    ),
    (
        "Chi ngân sách 9 tháng ước thực hiện 850 tỷ đồng, bằng 65% dự toán.",
        [
            F(
                "Chi ngân sách",
                value=850e9,
                unit="VND",
                estimated=True,
                pct_of_plan=65.0,
                plan="dự toán",
            )
        ],
    ),
    (
        "Thu ngân sách đạt gần 300 tỷ đồng, đạt 52,3% dự toán.",
        [F("Thu ngân sách", value=300e9, qualifier="almost", pct_of_plan=52.3)],
    ),
    (
        "Thu ngân sách trên địa bàn huyện đạt 45,6 tỷ đồng, bằng 118,73% so với cùng kỳ.",
        [
            F(
                "Thu ngân sách trên địa bàn huyện",
                value=45.6e9,
                unit="VND",
                yoy_pct=18.73,
                pct_of_plan=None,
            )
        ],
    ),
    (
        "Tổng thu ngân sách nhà nước ước đạt 1.250 tỷ đồng, đạt 69% dự toán huyện giao, 101% dự toán thành phố giao.",
        [
            F(
                "Tổng thu ngân sách nhà nước",
                value=1250e9,
                pct_of_plan=69.0,
                plan="dự toán huyện giao",
                estimated=True,
            ),
            F(
                "Tổng thu ngân sách nhà nước",
                value=None,
                pct_of_plan=101.0,
                plan="dự toán thành phố giao",
            ),
        ],
    ),
    (
        "Thu ngân sách nhà nước trên địa bàn đạt 4.512,6 tỷ đồng, bằng 56,4% dự toán Trung ương giao, bằng 51,2% dự toán HĐND tỉnh giao.",
        [
            F(
                "Thu ngân sách nhà nước trên địa bàn",
                value=4512.6e9,
                pct_of_plan=56.4,
                plan="dự toán Trung ương giao",
            ),
            F(
                "Thu ngân sách nhà nước trên địa bàn",
                value=None,
                pct_of_plan=51.2,
                plan="dự toán HĐND tỉnh giao",
            ),
        ],
    ),
    (
        "Thu ngân sách 9 tháng đầu năm đạt 86,2% dự toán tỉnh giao, tăng 45% so với cùng kỳ.",
        [
            F(
                "Thu ngân sách",
                value=None,
                unit=None,
                pct_of_plan=86.2,
                plan="dự toán tỉnh giao",
                yoy_pct=45.0,
            )
        ],
    ),
    (
        "Cụ thể, thu ngân sách được trên 35,8 tỷ đồng, đạt 120,4% dự toán tỉnh giao.",
        [
            F(
                "thu ngân sách",
                value=35.8e9,
                qualifier="more_than",
                pct_of_plan=120.4,
                plan="dự toán tỉnh giao",
            )
        ],
    ),
    (
        "Kết quả thu ngân sách nhà nước tính đến ngày 30/9 đạt hơn 404 tỷ đồng, vượt 10% dự toán tỉnh giao, tăng 22% so với cùng kỳ năm 2021.",
        [
            F(
                "thu ngân sách nhà nước",
                value=404e9,
                qualifier="more_than",
                pct_of_plan=110.0,
                plan="dự toán tỉnh giao",
                yoy_pct=22.0,
            )
        ],
    ),
    (
        "Thu nội địa đạt 1.120 tỷ đồng, giảm 3,5% so với cùng kỳ năm trước.",
        [F("Thu nội địa", value=1120e9, yoy_pct=-3.5)],
    ),
    (
        "Thu ngân sách trên địa bàn thị xã tính đến hết tháng 9 ước đạt 312 tỷ đồng, bằng 78% kế hoạch năm.",
        [
            F(
                "Thu ngân sách trên địa bàn thị xã",
                value=312e9,
                estimated=True,
                pct_of_plan=78.0,
                plan="kế hoạch năm",
            )
        ],
    ),
    (
        "Thu ngân sách đạt 500 tỷ đồng, tăng 10% so với kế hoạch.",
        [F("Thu ngân sách", value=500e9, pct_of_plan=110.0, plan="kế hoạch", yoy_pct=None)],
    ),
    (
        "Thu ngân sách đạt 500 tỷ đồng, giảm 5% so với dự toán.",
        [F("Thu ngân sách", value=500e9, pct_of_plan=95.0, plan="dự toán", yoy_pct=None)],
    ),
    (
        "Thu ngân sách đạt 95,5% dự toán, trong đó thu nội địa đạt 102% dự toán.",
        [
            F("Thu ngân sách", pct_of_plan=95.5, plan="dự toán"),
            F("thu nội địa", pct_of_plan=102.0, plan="dự toán"),
        ],
    ),
    (
        "Tổng thu ngân sách đạt 500 tỷ đồng, trong đó thu nội địa đạt 320 tỷ đồng.",
        [F("Tổng thu ngân sách", value=500e9), F("thu nội địa", value=320e9, unit="VND")],
    ),
    (
        "Thu ngân sách đạt 35 tỷ, vượt 5% kế hoạch.",
        [F("Thu ngân sách", value=35e9, unit="VND", pct_of_plan=105.0, plan="kế hoạch")],
    ),
    (
        "Công tác thu ngân sách đạt kết quả tích cực, tổng thu đạt 1.015 tỷ đồng, bằng 104,6% dự toán HĐND thành phố giao.",
        [F("tổng thu", value=1015e9, pct_of_plan=104.6, plan="dự toán HĐND thành phố giao")],
    ),
    (
        "Tổng chi ngân sách địa phương ước thực hiện 6.820 tỷ đồng, đạt 61,4% dự toán.",
        [F("Tổng chi ngân sách địa phương", value=6820e9, estimated=True, pct_of_plan=61.4)],
    ),
    (
        "Thu ngân sách hoàn thành 100% kế hoạch.",
        [F("Thu ngân sách", value=None, pct_of_plan=100.0, plan="kế hoạch")],
    ),
    (
        "Thu ngân sách đạt 700 tỷ đồng, bằng 98% kế hoạch; chi ngân sách đạt 650 tỷ đồng, bằng 90% dự toán.",
        [
            F("Thu ngân sách", value=700e9, pct_of_plan=98.0, plan="kế hoạch"),
            F("chi ngân sách", value=650e9, pct_of_plan=90.0, plan="dự toán"),
        ],
    ),
]

ECONOMY = [
    (  # an average over a period, after the figure it averages: a figure of its own
        "Chỉ số giá tiêu dùng tháng 9 tăng 0,4% so với tháng trước, tăng 2,9% so với cùng kỳ; "
        "bình quân 9 tháng tăng 3,1% so với cùng kỳ.",
        [
            F("Chỉ số giá tiêu dùng", yoy_pct=2.9),
            F("Chỉ số giá tiêu dùng bình quân 9 tháng", yoy_pct=3.1),
        ],
    ),
    (
        "Chỉ số giá tiêu dùng tăng 2,9% so với cùng kỳ, tính chung 9 tháng tăng 3,1%.",
        [
            F("Chỉ số giá tiêu dùng", yoy_pct=2.9),
            F("Chỉ số giá tiêu dùng tính chung 9 tháng", yoy_pct=3.1),
        ],
    ),
    (  # the sector named after "trong đó" owns the bare measures of its clause run
        "Trong đó, ngành công nghiệp – xây dựng tiếp tục giữ vai trò động lực, giá trị sản xuất "
        "ước đạt 2.300 tỷ đồng, chiếm tỷ trọng 45,1%, tốc độ tăng trưởng đạt 12,3%.",
        [
            F("giá trị sản xuất ngành công nghiệp – xây dựng", value=2300e9, estimated=True),
            F("tỷ trọng ngành công nghiệp – xây dựng", value=45.1, unit="%"),
            F("tốc độ tăng trưởng ngành công nghiệp – xây dựng", value=12.3, unit="%"),
        ],
    ),
    (  # up to the next ";"; a measure that names its own owner keeps its words
        "Riêng lĩnh vực dịch vụ phát triển khá, doanh thu đạt 800 tỷ đồng, doanh thu du lịch "
        "của huyện đạt 120 tỷ đồng; tỷ lệ hộ nghèo còn 2,1%.",
        [
            F("doanh thu lĩnh vực dịch vụ", value=800e9),
            F("doanh thu du lịch của huyện", value=120e9),
            F("tỷ lệ hộ nghèo", value=2.1),
        ],
    ),
    (  # a province's part of a region's total, after "đối với địa bàn" (held-out set 85)
        "Trong đó, đối với địa bàn tỉnh Tân An, tổng thu 5 tháng đầu năm 2026 là 15.426,4 tỷ "
        "đồng, đạt 77,5% so với dự toán Trung ương.",
        [F("tổng thu địa bàn tỉnh Tân An", value=15426.4e9, pct_of_plan=77.5)],
    ),
    (  # the sector as the subject of its own figure
        "Trong đó, ngành nông nghiệp đạt 1.200 tỷ đồng, tăng 3,1%.",
        [F("ngành nông nghiệp", value=1200e9, yoy_pct=3.1)],
    ),
    (  # a growth rate reached: its level, whatever it is compared with
        "Kinh tế huyện tiếp tục phát triển, đạt mức tăng trưởng 8,4% so với cùng kỳ.",
        [F("Kinh tế huyện tiếp tục phát triển", value=8.4, unit="%", yoy_pct=None)],
    ),
    (
        "Năm 2024, kinh tế thị xã đạt tốc độ tăng trưởng 9,2%.",
        [F("tốc độ tăng trưởng kinh tế thị xã", value=9.2, unit="%", yoy_pct=None)],
    ),
    (  # the rate the verb names, of a place that names no measure (held-out set 23)
        "Năm 2026, huyện Tân Lập đạt tốc độ tăng trưởng 11,5%; thu nhập bình quân đầu người "
        "đạt 45 triệu đồng.",
        [
            F("tốc độ tăng trưởng huyện Tân Lập", value=11.5, unit="%"),
            F("thu nhập bình quân đầu người", value=45e6),
        ],
    ),
    (  # "đạt X% so với cùng kỳ" of a growth rate is the rate, of an amount a change
        "Tốc độ tăng trưởng giá trị sản xuất đạt 6,8% so với cùng kỳ.",
        [F("Tốc độ tăng trưởng giá trị sản xuất", value=6.8, unit="%", yoy_pct=None)],
    ),
    (
        "Giá trị sản xuất công nghiệp đạt 107,3% so với cùng kỳ.",
        [F("Giá trị sản xuất công nghiệp", value=None, yoy_pct=7.3)],
    ),
    (
        "Giá trị sản xuất CN-TTCN ước đạt 864 tỷ đồng, bằng 63,1% kế hoạch năm, tăng 7,2% so với cùng kỳ.",
        [
            F(
                "Giá trị sản xuất CN-TTCN",
                value=864e9,
                unit="VND",
                estimated=True,
                pct_of_plan=63.1,
                plan="kế hoạch năm",
                yoy_pct=7.2,
            )
        ],
    ),
    (
        "Giá trị sản xuất nông, lâm, thủy sản ước đạt 2.340 tỷ đồng, tăng 3,8% so với cùng kỳ.",
        [F("Giá trị sản xuất nông, lâm, thủy sản", value=2340e9, estimated=True, yoy_pct=3.8)],
    ),
    (  # the last item's price basis describes the whole list (held-out set 40)
        "Giá trị tăng thêm ngành nông, lâm nghiệp, thủy sản theo giá hiện hành đạt 5.200 tỷ đồng.",
        [
            F(
                "Giá trị tăng thêm ngành nông, lâm nghiệp, thủy sản theo giá hiện hành",
                value=5200e9,
            )
        ],
    ),
    (  # a longer item inside the list, its head further back (held-out set 44)
        "Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp, xây dựng đạt 1.200 tỷ đồng.",
        [F("Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp, xây dựng", value=1200e9)],
    ),
    (
        "Giá trị kinh doanh thương mại, dịch vụ ước đạt 1.892 tỷ đồng.",
        [F("Giá trị kinh doanh thương mại, dịch vụ", value=1892e9, estimated=True)],
    ),
    (
        "Tốc độ tăng trưởng GRDP ước đạt 6,67%, cao hơn bình quân chung cả nước.",
        [F("Tốc độ tăng trưởng GRDP", value=6.67, unit="%", estimated=True, yoy_pct=None)],
    ),
    (
        "Tăng trưởng kinh tế đạt 7,5%, tăng 0,5% so với cùng kỳ.",
        [F("Tăng trưởng kinh tế", value=7.5, unit="%", yoy_pct=0.5)],
    ),
    (
        "GRDP tăng 6,67%.",
        [F("GRDP", value=None, yoy_pct=6.67)],
    ),
    (
        "Tổng sản phẩm trên địa bàn (GRDP) tăng 7,05% so với cùng kỳ năm trước.",
        [F("Tổng sản phẩm trên địa bàn (GRDP)", yoy_pct=7.05)],
    ),
    (
        "GRDP (giá so sánh 2010) tăng 6,5%.",
        [F("GRDP", yoy_pct=6.5)],
    ),
    (
        "Giá trị sản xuất công nghiệp tăng 7,2%.",
        [F("Giá trị sản xuất công nghiệp", yoy_pct=7.2)],
    ),
    (
        "Giá trị sản xuất công nghiệp (theo giá so sánh 2010) ước đạt 9.850 tỷ đồng, tăng 11,3% so với cùng kỳ, đạt 74,6% kế hoạch.",
        [
            F(
                "Giá trị sản xuất công nghiệp",
                value=9850e9,
                estimated=True,
                yoy_pct=11.3,
                pct_of_plan=74.6,
                plan="kế hoạch",
            )
        ],
    ),
    (
        "Kim ngạch xuất khẩu đạt 120 triệu USD, tăng 15,2%.",
        [F("Kim ngạch xuất khẩu", value=120e6, unit="USD", yoy_pct=15.2)],
    ),
    (
        "Tổng kim ngạch xuất nhập khẩu qua địa bàn ước đạt 2.010 triệu USD, bằng 65,26% kế hoạch.",
        [
            F(
                "Tổng kim ngạch xuất nhập khẩu qua địa bàn",
                value=2010e6,
                unit="USD",
                estimated=True,
                pct_of_plan=65.26,
                plan="kế hoạch",
            )
        ],
    ),
    (
        "Tổng kim ngạch xuất khẩu 6 tháng đầu năm ước đạt 450 triệu USD, bằng 48,9% kế hoạch năm, tăng 5,2% so với cùng kỳ năm 2020.",
        [
            F(
                "Tổng kim ngạch xuất khẩu",
                value=450e6,
                unit="USD",
                pct_of_plan=48.9,
                plan="kế hoạch năm",
                yoy_pct=5.2,
            )
        ],
    ),
    (
        "Kim ngạch xuất nhập khẩu qua các cửa khẩu đạt trên 1 tỷ 200 triệu USD.",
        [
            F(
                "Kim ngạch xuất nhập khẩu qua các cửa khẩu",
                value=1.2e9,
                unit="USD",
                qualifier="more_than",
            )
        ],
    ),
    (
        "Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ đạt khoảng 3.200 tỷ đồng.",
        [F("Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ", value=3200e9, qualifier="about")],
    ),
    (
        "Vốn đầu tư phát triển toàn xã hội đạt 12.350 tỷ đồng, tăng 8,5%.",
        [F("Vốn đầu tư phát triển toàn xã hội", value=12350e9, yoy_pct=8.5)],
    ),
    (
        "Tổng vốn đầu tư toàn xã hội ước đạt 5.400 tỷ đồng, bằng 52% kế hoạch, giảm 3,5% so với cùng kỳ.",
        [
            F(
                "Tổng vốn đầu tư toàn xã hội",
                value=5400e9,
                pct_of_plan=52.0,
                plan="kế hoạch",
                yoy_pct=-3.5,
                estimated=True,
            )
        ],
    ),
    (
        "Giải ngân vốn đầu tư công đạt 65,4% kế hoạch.",
        [F("Giải ngân vốn đầu tư công", value=None, pct_of_plan=65.4, plan="kế hoạch")],
    ),
    (
        "Tỷ lệ giải ngân vốn đầu tư công đến ngày 30/6 đạt 38,5%.",
        [F("Tỷ lệ giải ngân vốn đầu tư công", value=38.5, unit="%")],
    ),
    (
        "Thu nhập bình quân đầu người đạt 48 triệu đồng/người/năm.",
        [F("Thu nhập bình quân đầu người", value=48e6, unit="VND")],
    ),
    (
        "Chỉ số giá tiêu dùng (CPI) bình quân tăng 3,2% so với cùng kỳ.",
        [F("Chỉ số giá tiêu dùng (CPI)", yoy_pct=3.2)],
    ),
    (
        "Chỉ số PCI năm 2022 đạt 65,5 điểm, xếp thứ 25/63 tỉnh, thành phố.",
        [F("Chỉ số PCI", value=65.5, unit="điểm")],
    ),
    (
        "Khách du lịch đến tỉnh ước đạt 2,5 triệu lượt, tăng 18% so với cùng kỳ; tổng thu từ du lịch ước đạt 3.100 tỷ đồng.",
        [
            F(
                "lượt khách du lịch đến tỉnh",
                value=2.5e6,
                unit="lượt",
                estimated=True,
                yoy_pct=18.0,
            ),
            F("tổng thu từ du lịch", value=3100e9, unit="VND", estimated=True),
        ],
    ),
    (
        "Thu hút 1,2 triệu lượt khách du lịch, tăng 25% so với cùng kỳ năm 2022; doanh thu du lịch đạt 850 tỷ đồng.",
        [
            F("lượt khách du lịch thu hút", value=1.2e6, unit="lượt khách", yoy_pct=25.0),
            F("doanh thu du lịch", value=850e9, unit="VND"),
        ],
    ),
    (
        "Tổng dư nợ cho vay đạt 8.900 tỷ đồng, tăng 9% so với cùng kỳ.",
        [F("Tổng dư nợ cho vay", value=8900e9, yoy_pct=9.0)],
    ),
    (
        # the capital after "với" is that of what the count before it counted
        "Trong 6 tháng đầu năm, toàn tỉnh có 312 doanh nghiệp thành lập mới với tổng vốn đăng ký 2.150 tỷ đồng.",
        [
            F("doanh nghiệp thành lập mới", value=312, unit="doanh nghiệp"),
            F("tổng vốn đăng ký doanh nghiệp thành lập mới", value=2150e9, unit="VND"),
        ],
    ),
    (
        "Thành phố thu hút 3 dự án đầu tư với tổng vốn đăng ký hơn 1.000 tỷ đồng.",
        [
            F("dự án đầu tư thu hút", value=3, unit="dự án đầu tư"),
            F("tổng vốn đăng ký dự án đầu tư thu hút", value=1000e9, qualifier="more_than"),
        ],
    ),
    (  # a word before the comma that shares the head's last word makes one indicator
        "Tổng kim ngạch xuất, nhập khẩu đạt 1.717,5 triệu USD, bằng 78% kế hoạch; thu, chi "
        "ngân sách đạt 500 tỷ đồng.",
        [
            F("Tổng kim ngạch xuất, nhập khẩu", value=1717.5e6, pct_of_plan=78.0),
            F("thu, chi ngân sách", value=500e9),
        ],
    ),
    (  # a second count named by its own noun after "và" is not the first one's description
        "Toàn tỉnh có 1.249 tổ vay vốn và số thành viên vay gần 52.000 người.",
        [F("tổ vay vốn", value=1249, unit="tổ"), F("số thành viên vay", value=52000, unit="người")],
    ),
    (  # a clause of only the next year and its rate states the same measure
        "Năm 2025, tốc độ tăng trưởng kinh tế của tỉnh đạt 19,3%, đứng thứ hai cả nước; năm "
        "2026 đạt 13,45%.",
        [
            F("tốc độ tăng trưởng kinh tế của tỉnh", value=19.3, unit="%"),
            F("tốc độ tăng trưởng kinh tế của tỉnh", value=13.45, unit="%"),
        ],
    ),
    (  # the baseline said before the change's number
        "Ủy ban Kiểm tra giải quyết 04 đơn tố cáo, tăng so với cùng kỳ 01 đơn; thu ngân sách "
        "đạt 500 tỷ đồng, tăng so cùng kỳ 12%.",
        [
            F("đơn tố cáo ủy ban Kiểm tra giải quyết", value=4, yoy_abs=1),
            F("thu ngân sách", value=500e9, yoy_pct=12.0),
        ],
    ),
    (  # ... after "cao hơn" or "thấp hơn" too (held-out set 111)
        "Tỷ lệ giải ngân đạt 71%, cao hơn cùng kỳ 4,5%; tỷ lệ hộ nghèo còn 6,1%, thấp hơn so "
        "với cùng kỳ năm trước 1,2%.",
        [
            F("Tỷ lệ giải ngân", value=71.0, unit="%", yoy_pct=4.5),
            F("tỷ lệ hộ nghèo", value=6.1, unit="%", yoy_pct=-1.2),
        ],
    ),
    (  # the growth scenario is a plan (held-out sets 111 and 118)
        "GRDP quý I tăng 8,2%, đạt 103% kịch bản tăng trưởng.",
        [F("GRDP", yoy_pct=8.2, pct_of_plan=103.0, plan="kịch bản tăng trưởng")],
    ),
    (  # a change as an amount, then the same change in percent in brackets (held-out set
        # 117)
        "Toàn ngành thu được 1.208.400 triệu đồng, tăng 140.600 triệu đồng (13,2%) so với cùng "
        "kỳ năm trước, đạt 47,6% kế hoạch giao.",
        [
            F(
                "thu",
                value=1208.4e9,
                yoy_abs=140.6e9,
                yoy_pct=13.2,
                pct_of_plan=47.6,
                plan="kế hoạch giao",
            )
        ],
    ),
    (  # an amount that grew by the number, named before the growth word (held-out set 115)
        "Tổng sản phẩm GRDP tăng trưởng ấn tượng, đạt 9,4% so với cùng kỳ năm 2025.",
        [F("Tổng sản phẩm GRDP tăng trưởng ấn tượng", value=None, yoy_pct=9.4)],
    ),
    (  # the peers' own figure in brackets is no result (held-out set 115)
        "Chỉ số sản xuất công nghiệp (IIP) ước tăng 18,3%, gấp 3,2 lần bình quân chung cả "
        "nước (5,7%).",
        [F("Chỉ số sản xuất công nghiệp (IIP)", yoy_pct=18.3, estimated=True)],
    ),
    (  # an indicator that only points back is the one before it (held-out set 111)
        "Riêng tháng 9, chỉ số sản xuất công nghiệp tăng 12,4% so với cùng kỳ. Tính chung 9 "
        "tháng, chỉ số này tăng 9,1% so với cùng kỳ.",
        [
            F("chỉ số sản xuất công nghiệp", yoy_pct=12.4),
            F("chỉ số sản xuất công nghiệp", yoy_pct=9.1),
        ],
    ),
    (  # a rise by a multiple is the multiple (held-out set 111)
        "Kim ngạch xuất khẩu đạt 21,4 triệu USD, tăng 3,5 lần so với cùng kỳ.",
        [F("Kim ngạch xuất khẩu", value=21.4e6, unit="USD", yoy_pct=250.0)],
    ),
    (  # in a list of targets, a rate's percentage is its level; an amount's, its share
        "Một số chỉ tiêu chính như: tốc độ tăng trưởng kinh tế đạt 14,5%; thu ngân sách đạt 95%.",
        [
            F("tốc độ tăng trưởng kinh tế", value=14.5, unit="%", pct_of_plan=None),
            F("thu ngân sách", value=None, pct_of_plan=95.0),
        ],
    ),
    (  # ... but each of two amounts keeps its own
        "Xuất khẩu đạt 20 triệu USD, nhập khẩu đạt 10 triệu USD.",
        [F("Xuất khẩu", value=20e6), F("nhập khẩu", value=10e6)],
    ),
    (  # ... and so are a herd and a harvest, but not a measure that names its own owner
        "Toàn huyện có 40 mô hình chăn nuôi bò thịt với tổng đàn 6.784 con; gieo sạ 1.000 ha "
        "lúa Đông Xuân với sản lượng 4.800 tấn, với giá trị sản xuất ngành chăn nuôi 120 tỷ đồng.",
        [
            F("mô hình chăn nuôi bò thịt", value=40, unit="mô hình"),
            F("tổng đàn mô hình chăn nuôi bò thịt", value=6784, unit="con"),
            F("diện tích lúa Đông Xuân gieo sạ", value=1000, unit="ha"),
            F("sản lượng lúa Đông Xuân gieo sạ", value=4800, unit="tấn"),
            F("giá trị sản xuất ngành chăn nuôi", value=120e9, unit="VND"),
        ],
    ),
    (
        "Thành lập mới 28 doanh nghiệp (tăng 04 DN so với cùng kỳ) và 01 hợp tác xã.",
        [
            F("doanh nghiệp thành lập mới", value=28, unit="doanh nghiệp", yoy_abs=4),
            F("hợp tác xã thành lập mới", value=1, unit="hợp tác xã", yoy_abs=None),
        ],
    ),
    (
        "Sản lượng điện thương phẩm đạt 1.250 triệu kWh, tăng 6,1%.",
        [F("Sản lượng điện thương phẩm", value=1250e6, unit="kWh", yoy_pct=6.1)],
    ),
]

FARMING = [
    (
        "Sản lượng lương thực đạt 45.000 tấn, bằng 102% kế hoạch.",
        [F("Sản lượng lương thực", value=45000, unit="tấn", pct_of_plan=102.0, plan="kế hoạch")],
    ),
    (
        "Trồng mới 1.200 ha rừng tập trung, vượt 20% kế hoạch.",
        [F("diện tích rừng tập trung trồng mới", value=1200, unit="ha", pct_of_plan=120.0)],
    ),
    (
        "Diện tích gieo trồng cây hằng năm đạt 28.500 ha, bằng 98% so với cùng kỳ.",
        [F("Diện tích gieo trồng cây hằng năm", value=28500, unit="ha", yoy_pct=-2.0)],
    ),
    (
        "Năng suất lúa bình quân đạt 58,5 tạ/ha.",
        [F("Năng suất lúa", value=58.5, unit="tạ/ha")],
    ),
    (
        "Tổng đàn gia súc 145.000 con, giảm 2,1% so với cùng kỳ.",
        [F("Tổng đàn gia súc", value=145000, unit="con", yoy_pct=-2.1)],
    ),
    (
        "Tỷ lệ che phủ rừng đạt 63%.",
        [F("Tỷ lệ che phủ rừng", value=63, unit="%")],
    ),
    (
        "Xây dựng mới 45 km đường giao thông nông thôn.",
        [F("đường giao thông nông thôn xây dựng mới", value=45, unit="km")],
    ),
    (
        "Diện tích lúa đông xuân đạt 12.500 ha, bằng 100,5% kế hoạch; năng suất ước đạt 60 tạ/ha.",
        [
            F("Diện tích lúa đông xuân", value=12500, unit="ha", pct_of_plan=100.5),
            F("năng suất", value=60, unit="tạ/ha", estimated=True),
        ],
    ),
    (
        "Sản lượng thủy sản ước đạt 3.450 tấn, tăng 4,5% so với cùng kỳ.",
        [F("Sản lượng thủy sản", value=3450, unit="tấn", estimated=True, yoy_pct=4.5)],
    ),
    (
        "Toàn huyện có 25 sản phẩm OCOP đạt 3 sao trở lên.",
        [F("sản phẩm OCOP đạt 3 sao trở lên", value=25, unit="sản phẩm OCOP")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUDGET)
def test_budget(text: str, expected: list[dict]) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(("text", "expected"), ECONOMY)
def test_economy(text: str, expected: list[dict]) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(("text", "expected"), FARMING)
def test_farming(text: str, expected: list[dict]) -> None:
    assert_figures(text, expected)
