"""Figure forms met in unseen articles: one table per error class, wording varied.

Each class names the shape and the ruling that settles it (spec "Conventions", and the
lead's rulings where the contract is silent).
"""

import pytest
from figure_check import F, assert_figures

# 1. A bare "đạt X%" in a run of plan comparisons is a share of an unnamed plan.
PLAN_RUNS = [
    (
        "Sản lượng lúa đạt 45% kế hoạch; sản lượng ngô đạt gần 52%, tăng 3%.",
        [
            F("Sản lượng lúa", pct_of_plan=45.0, plan="kế hoạch"),
            F("sản lượng ngô", value=None, pct_of_plan=52.0, plan=None, yoy_pct=3.0),
        ],
    ),
    (
        "Thu ngân sách đạt 120 tỷ đồng, bằng 80% dự toán; chi ngân sách đạt 95 tỷ đồng, đạt 70%.",
        [
            F("Thu ngân sách", value=120e9, pct_of_plan=80.0, plan="dự toán"),
            F("chi ngân sách", value=95e9, pct_of_plan=70.0, plan=None),
        ],
    ),
    (
        "Trồng rừng đạt 110% kế hoạch, trồng cây phân tán đạt 98%.",
        [
            F("Trồng rừng", pct_of_plan=110.0),
            F("trồng cây phân tán", pct_of_plan=98.0, value=None),
        ],
    ),
    (  # the level that set the plan is part of it; the second plan after "và đạt"
        "Chi ngân sách đạt 215 tỷ đồng, đạt 54% so với dự toán tỉnh và đạt 43% dự toán huyện giao.",
        [
            F("Chi ngân sách", value=215e9, pct_of_plan=54.0, plan="dự toán tỉnh"),
            F("Chi ngân sách", value=None, pct_of_plan=43.0, plan="dự toán huyện giao"),
        ],
    ),
    (  # an average change
        "Tổng sản phẩm trên địa bàn tỉnh tăng bình quân 9,5%.",
        [F("Tổng sản phẩm trên địa bàn tỉnh", yoy_pct=9.5, value=None)],
    ),
    (  # a change after the share of the plan does not break the run
        "Giá trị sản xuất nông nghiệp đạt 66% so với kế hoạch, tăng 2,7% so với cùng kỳ; giá "
        "trị sản xuất công nghiệp đạt 74,6%, tăng 7,9% so với cùng kỳ.",
        [
            F("Giá trị sản xuất nông nghiệp", pct_of_plan=66.0, yoy_pct=2.7),
            F("giá trị sản xuất công nghiệp", value=None, pct_of_plan=74.6, yoy_pct=7.9),
        ],
    ),
    (  # a rate in the run keeps its own value
        "Giải ngân vốn đầu tư công đạt 65% kế hoạch, tỷ lệ hộ nghèo còn 3,1%.",
        [
            F("Giải ngân vốn đầu tư công", pct_of_plan=65.0),
            F("tỷ lệ hộ nghèo", value=3.1, unit="%", pct_of_plan=None),
        ],
    ),
]

# 2. "cao hơn / thấp hơn X% so với cùng kỳ" is a change of +X / −X, not X − 100.
HIGHER_LOWER = [
    (
        "Giá trị sản xuất công nghiệp cao hơn 2,5% so với cùng kỳ.",
        [F("Giá trị sản xuất công nghiệp", yoy_pct=2.5)],
    ),
    (
        "Kim ngạch xuất khẩu đạt 150 triệu USD, thấp hơn 4,2% so với cùng kỳ năm trước.",
        [F("Kim ngạch xuất khẩu", value=150e6, unit="USD", yoy_pct=-4.2)],
    ),
    (
        "Số vụ tai nạn giao thông ít hơn 3 vụ so với cùng kỳ, số người chết thấp hơn 10%.",
        [F("Số vụ tai nạn giao thông", yoy_abs=-3.0), F("số người chết", yoy_pct=-10.0)],
    ),
    (
        "Tổng vốn huy động tăng cao, nhiều hơn 12% so với năm trước.",
        [F("Tổng vốn huy động tăng cao", yoy_pct=12.0)],
    ),
]

# 3. A number glued to its unit is a number with that unit.
GLUED_UNITS = [
    ("Toàn huyện gieo trồng 1.250ha lúa.", [F("diện tích lúa gieo trồng", value=1250.0, unit="ha")]),
    (
        "Diện tích rừng trồng mới đạt 300ha.",
        [F("Diện tích rừng trồng mới", value=300.0, unit="ha")],
    ),
    ("Sản lượng thủy sản đạt 20tấn.", [F("Sản lượng thủy sản", value=20.0, unit="tấn")]),
    (
        "Làm mới 12,5km đường giao thông nông thôn.",
        [F("đường giao thông nông thôn làm mới", value=12.5, unit="km")],
    ),
]

# 4. An amount right after a period phrase with no verb between them.
# A bare count after "là": the noun the indicator names counts itself (held-out set 41).
COPULA_COUNTS = [
    (
        "Tổng số đảng viên là 3.193, tổng số hội viên là 7.262.",
        [
            F("Tổng số đảng viên", value=3193.0, unit="đảng viên"),
            F("tổng số hội viên", value=7262.0, unit="hội viên"),
        ],
    ),
    # a measure's name counts nothing
    ("Thu ngân sách là 300.", [F("Thu ngân sách", value=300.0, unit=None)]),
    # "chi bộ" counts party cells, though "chi" alone heads a spending figure
    (
        "Số chi bộ trực thuộc là 42, tổng chi thường xuyên là 85 tỷ đồng.",
        [
            F("Số chi bộ trực thuộc", value=42.0, unit="chi bộ trực thuộc"),
            F("tổng chi thường xuyên", value=85e9, unit="VND"),
        ],
    ),
]

AFTER_PERIOD = [
    (
        "Tổng thu ngân sách 9 tháng 15,2 tỷ đồng, đạt 70% kế hoạch.",
        [F("Tổng thu ngân sách", value=15.2e9, unit="VND", pct_of_plan=70.0)],
    ),
    (
        "Chi ngân sách 6 tháng đầu năm 210 tỷ đồng, bằng 48% dự toán.",
        [F("Chi ngân sách", value=210e9, pct_of_plan=48.0)],
    ),
    (
        "Tổng vốn đầu tư toàn xã hội quý I 1.200 tỷ đồng.",
        [F("Tổng vốn đầu tư toàn xã hội", value=1200e9)],
    ),
    (
        "Vốn huy động quý II 85 tỷ đồng, tăng 6% so với cùng kỳ.",
        [F("Vốn huy động", value=85e9, unit="VND", yoy_pct=6.0)],
    ),
    (  # a topic with a bracketed note, a comma, then only the period: the topic is named
        "Về doanh thu du lịch (chưa tính lưu trú tư nhân), lũy kế 5 tháng đạt 320 tỷ đồng.",
        [F("doanh thu du lịch (chưa tính lưu trú tư nhân)", value=320e9, unit="VND")],
    ),
]

# Kinds counted together after one number, a comma between (held-out set 109).
COORDINATE_UNITS = [
    (
        "Năm 2026, có 35 cơ quan, đơn vị đạt danh hiệu văn hóa.",
        [F("cơ quan, đơn vị đạt danh hiệu văn hóa", value=35, unit="cơ quan")],
    ),
    (
        "Toàn tỉnh có 9/11 huyện, thành phố đạt chuẩn phổ cập giáo dục mầm non.",
        [F("huyện, thành phố đạt chuẩn phổ cập giáo dục mầm non", part=9, whole=11)],
    ),
    (
        "Liên đoàn Lao động huyện hiện có 62 công đoàn cơ sở với 2.400 cán bộ, công chức, "
        "viên chức, người lao động.",
        [
            F("công đoàn cơ sở liên đoàn Lao động huyện", value=62, unit="công đoàn cơ sở"),
            F(
                "cán bộ, công chức, viên chức, người lao động liên đoàn Lao động huyện",
                value=2400,
                unit="cán bộ",
            ),
        ],
    ),
    (  # members and the people they serve, trained together
        "Hội đã tập huấn cho gần 300 lượt cán bộ, hội viên, nông dân về khoa học kỹ thuật.",
        [
            F(
                "lượt cán bộ, hội viên, nông dân về khoa học kỹ thuật hội đã tập huấn",
                value=300,
                qualifier="almost",
            )
        ],
    ),
    (  # ... only those kinds follow: a counted noun after the comma opens a clause of its
        # own, whose share with its count in brackets stays a share (held-out set 114)
        "Dân số 3.120 người, hộ nghèo chiếm 21,5% (402 hộ).",
        [
            F("Dân số", value=3120, unit="người"),
            F("hộ nghèo", value=21.5, unit="%", pct_of_plan=None),
            F("hộ", value=402, unit="hộ"),
        ],
    ),
    (  # a capital after the comma opens a name, not a second kind
        "Đảng bộ xã Tân An có 8 chi bộ, Đảng bộ xã Tân Bình có 10 chi bộ.",
        [F("chi bộ Đảng bộ xã Tân An", value=8), F("chi bộ Đảng bộ xã Tân Bình", value=10)],
    ),
    (  # a verb that ends on "hiện" keeps it
        "Số vụ vi phạm được phát hiện 46 vụ, giảm 5 vụ.",
        [F("Số vụ vi phạm được phát hiện", value=46, unit="vụ", yoy_abs=-5.0)],
    ),
]

# 5. An owner phrase between the indicator and its rate.
OWNER_PHRASES = [
    (
        "Tỷ lệ hộ nghèo của huyện Ia Pa còn 3,5%, giảm 1,2% so với năm trước.",
        [F("Tỷ lệ hộ nghèo của huyện Ia Pa", value=3.5, unit="%", yoy_pct=-1.2)],
    ),
    (
        "Tỷ lệ hộ nghèo của huyện đến cuối năm 2023 còn 3,5%, giảm 1,2% so với năm trước.",
        [F("Tỷ lệ hộ nghèo của huyện", value=3.5, unit="%", yoy_pct=-1.2)],
    ),
    (
        "Tỷ lệ che phủ rừng của tỉnh Gia Lai đạt 47,2%.",
        [F("Tỷ lệ che phủ rừng của tỉnh Gia Lai", value=47.2, unit="%")],
    ),
]

# 6. A planned rate in brackets or after "/KH" is dropped: no figure, no pct_of_plan.
PLANNED_RATES = [
    (
        "Tốc độ tăng trưởng kinh tế tăng 5,1% (kế hoạch 7%).",
        # the growth rate is the indicator: the rise it states is its value
        [F("Tốc độ tăng trưởng kinh tế", value=5.1, unit="%", yoy_pct=None, pct_of_plan=None)],
    ),
    (
        "Tốc độ tăng trưởng đạt 3,2%/KH 4,5%.",
        [F("Tốc độ tăng trưởng", value=3.2, unit="%", pct_of_plan=None)],
    ),
    (
        "Tỷ lệ che phủ rừng đạt 45,3% (KH: 45%).",
        [F("Tỷ lệ che phủ rừng", value=45.3, unit="%")],
    ),
    (
        "Thu nhập bình quân đầu người đạt 42 triệu đồng (kế hoạch đề ra 45 triệu đồng).",
        [F("Thu nhập bình quân đầu người", value=42e6, unit="VND")],
    ),
]

# 7. "A/KH B unit": A is the value, with B's unit and scale.
SLASH_PLANS = [
    (
        "Sản lượng thịt hơi đạt 90.000/KH 150.000 tấn.",
        [F("Sản lượng thịt hơi", value=90000.0, unit="tấn")],
    ),
    (
        "Thu ngân sách đạt 90/kế hoạch 150 tỷ đồng.",
        [F("Thu ngân sách", value=90e9, unit="VND")],
    ),
    (
        "Trồng rừng tập trung 320/KH 300 ha, vượt kế hoạch.",
        [F("diện tích trồng rừng tập trung", value=320.0, unit="ha")],
    ),
]

# 8. A colon after "tăng", and list items "X: Y%" after a growth context, are changes.
GROWTH_LISTS = [
    (
        "Trong đó: công nghiệp tăng: 5,1%, dịch vụ: 6,2%.",
        [F("công nghiệp", yoy_pct=5.1, value=None), F("dịch vụ", yoy_pct=6.2, value=None)],
    ),
    (
        "GRDP tăng 7,5%, trong đó công nghiệp 9,1%, dịch vụ 6,8%.",
        [F("GRDP", yoy_pct=7.5), F("công nghiệp", yoy_pct=9.1), F("dịch vụ", yoy_pct=6.8)],
    ),
    (
        "Chỉ số giá tiêu dùng giảm 1,2%, nhóm lương thực: 2,3%.",
        [F("Chỉ số giá tiêu dùng", yoy_pct=-1.2), F("nhóm lương thực", yoy_pct=-2.3)],
    ),
    (  # a rate after the change keeps its value
        "Giá trị sản xuất tăng 8%, tỷ trọng công nghiệp 35%.",
        [F("Giá trị sản xuất", yoy_pct=8.0), F("tỷ trọng công nghiệp", value=35.0, unit="%")],
    ),
    (  # a growth rate that "rises" by X% has X% for its level, the short name in brackets
        "Tốc độ tăng trưởng tổng sản phẩm (GRDP) quý III ước tăng 8,6% và 9 tháng tăng 8,4%.",
        [
            F("Tốc độ tăng trưởng tổng sản phẩm (GRDP)", value=8.6, unit="%", yoy_pct=None),
            F("Tốc độ tăng trưởng tổng sản phẩm (GRDP)", value=8.4, unit="%", yoy_pct=None),
        ],
    ),
    (  # the sector rising is a change
        "Khu vực dịch vụ tăng trưởng 6,1%.",
        [F("Khu vực dịch vụ", yoy_pct=6.1, value=None)],
    ),
    (  # the growth rate of a list of sectors
        "Tốc độ tăng trưởng ngành thương mại, dịch vụ tăng 4,4% so với cùng kỳ.",
        [F("Tốc độ tăng trưởng ngành thương mại, dịch vụ", value=4.4, unit="%", yoy_pct=None)],
    ),
    (  # a sector after the rate's own figure rises: a change
        "Tốc độ tăng trưởng đạt 7%, công nghiệp tăng 9%.",
        [F("Tốc độ tăng trưởng", value=7.0, unit="%"), F("công nghiệp", yoy_pct=9.0, value=None)],
    ),
]

# 9. A misspelt "tăng"/"giảm" right before a percentage is read as the verb.
MISSPELT_CUES = [
    (
        "Giá trị sản xuất nông nghiệp tặng 3% so với cùng kỳ.",
        [F("Giá trị sản xuất nông nghiệp", yoy_pct=3.0, value=None)],
    ),
    ("Doanh thu du lịch giãm 4,5%.", [F("Doanh thu du lịch", yoy_pct=-4.5)]),
    (  # "tặng" before a count is a real word (gives), never a change
        "Hội Chữ thập đỏ tặng 200 suất quà cho hộ nghèo.",
        [F("suất quà cho hộ nghèo Hội Chữ thập đỏ tặng", value=200.0, yoy_abs=None)],
    ),
    (  # a cue in the old placement of tone marks ("luỹ kế" for "lũy kế", held-out set 48)
        "Tổng sản lượng thủy sản ước đạt 1.025 tấn, luỹ kế ước đạt 8.955 tấn.",
        [
            F("Tổng sản lượng thủy sản", value=1025.0, unit="tấn"),
            F("Tổng sản lượng thủy sản luỹ kế ước đạt", value=8955.0, unit="tấn"),
        ],
    ),
    (  # a sign before a percentage in brackets is a change (held-out set 45)
        "Chỉ số sản xuất công nghiệp tăng 25% so với cùng kỳ; trong đó ngành khai khoáng (+16,2%).",
        [
            F("Chỉ số sản xuất công nghiệp", yoy_pct=25.0, value=None),
            F("ngành khai khoáng", yoy_pct=16.2, value=None),
        ],
    ),
    (  # ... never before a count ("GMT+7" is a time zone)
        "Cập nhật 08:37 (GMT+7). Doanh thu đạt 20 tỷ đồng.",
        [F("Doanh thu", value=20e9, unit="VND")],
    ),
]

# 10. A misspelt currency word is VND.
MISSPELT_CURRENCY = [
    ("Thu ngân sách đạt 2 tỷ dồng.", [F("Thu ngân sách", value=2e9, unit="VND")]),
    ("Tổng vốn đầu tư 35 triệu dồng.", [F("Tổng vốn đầu tư", value=35e6, unit="VND")]),
    ("Thu nhập bình quân 50 triệu đ/người.", [F("Thu nhập", value=50e6, unit="VND")]),
]

# A URL's slug or an unaccented copy of a headline holds no figure; a short lower-case line does.
SLUGS = [
    ("huyen tan lap thu ngan sach dat 320 ty dong tang 12 so voi cung ky", []),
    ("xa tan lap co 15 ho thoat ngheo", []),
    # a caption in capitals typed without its marks (held-out set 108)
    ("KHAI MAC KY HOP THU 7 HDND HUYEN TAN LAP KHOA XI, NHIEM KY 2021-2026", []),
    ("THU NGÂN SÁCH ĐẠT 320 TỶ ĐỒNG", [F("THU NGÂN SÁCH", value=320e9, unit="VND")]),
    ("thu ngân sách đạt 320 tỷ đồng", [F("thu ngân sách", value=320e9, unit="VND")]),
]

# 12. Counts in the organizer phrase of the meeting sentence are not figures.
ORGANIZER_COUNTS = [
    ("HĐND 2 huyện Ba Bể, Pác Nặm tổ chức kỳ họp thứ 5.", []),
    ("Sáng 10/7, UBND 3 xã vùng biên tổ chức hội nghị sơ kết.", []),
    ("Ban Thường vụ 2 Huyện ủy khai mạc hội nghị liên tịch.", []),
    # a session named by its number without "thứ", as in a photo's caption
    ("Toàn cảnh kỳ họp 11 HĐND huyện Tân Lập", []),
    # a batch dated by day and month; "1 số" typed for "một số"; the share of a term gone by;
    # the target a resolution stated
    ("Đảng bộ trao Huy hiệu Đảng đợt 03/2 và 19/5 năm nay.", []),
    ("HĐND thị xã tập trung thảo luận 1 số vấn đề quan trọng khác.", []),
    ("Mặc dù mới đi được 1/2 chặng đường thực hiện Nghị quyết Đại hội.", []),
    ("Trong khi đó, Nghị quyết HĐND đề ra là 11,5.", []),
    (  # a count after the meeting verb is still a result
        "Hội nghị tổ chức hội nghị trực tuyến, toàn huyện có 15 xã đạt chuẩn nông thôn mới.",
        [F("xã đạt chuẩn nông thôn mới", value=15.0, unit="xã")],
    ),
]

# Further forms: multiples, ranges, plan comparisons, part/whole counts.
FURTHER_FORMS = [
    ("Giá trị sản xuất gấp 1,5 lần cùng kỳ.", [F("Giá trị sản xuất", yoy_pct=50.0)]),
    (
        "Doanh thu dịch vụ đạt 300 tỷ đồng, gấp 2 lần so với năm trước.",
        [F("Doanh thu dịch vụ", value=300e9, yoy_pct=100.0)],
    ),
    ("Trồng rừng gấp 1,2 lần kế hoạch.", [F("Trồng rừng", pct_of_plan=120.0)]),
    ("Tốc độ tăng trưởng từ 5 đến 7%.", []),
    (
        "Thu ngân sách đạt 120 tỷ đồng, đạt 85% so với dự toán, tăng 5% so với năm trước.",
        [F("Thu ngân sách", value=120e9, pct_of_plan=85.0, plan="dự toán", yoy_pct=5.0)],
    ),
    (
        "Tổng vốn đầu tư đạt 200 tỷ đồng, đạt 102% so với Nghị quyết.",
        [F("Tổng vốn đầu tư", value=200e9, pct_of_plan=102.0, plan="Nghị quyết")],
    ),
    ("Thu ngân sách vượt 12% so với kế hoạch.", [F("Thu ngân sách", pct_of_plan=112.0)]),
    ("Chi ngân sách bằng 60% kế hoạch.", [F("Chi ngân sách", pct_of_plan=60.0)]),
    ("Trồng rừng hoàn thành 110% chỉ tiêu.", [F("Trồng rừng", pct_of_plan=110.0)]),
    (
        "Có 18/21 chỉ tiêu đạt và vượt kế hoạch.",
        [F("chỉ tiêu đạt và vượt kế hoạch", part=18.0, whole=21.0, value=None)],
    ),
    (
        "Tăng trưởng kinh tế ước thực hiện cả năm đạt 7,5%.",
        [F("Tăng trưởng kinh tế", value=7.5, unit="%", estimated=True)],
    ),
    ("Lũy kế giải ngân 150 tỷ đồng.", [F("giải ngân", value=150e9)]),
    ("Riêng thu nội địa đạt 80 tỷ đồng.", [F("thu nội địa", value=80e9)]),
    ("Cụ thể, thu nội địa đạt 80 tỷ đồng.", [F("thu nội địa", value=80e9)]),
]

# 13–16. Indicators: a label before a colon, the description after a count, "mức".
INDICATORS = [
    ("Tổng số hộ kinh doanh: 3.500 hộ.", [F("Tổng số hộ kinh doanh", value=3500.0, unit="hộ")]),
    (  # changes counted in nouns described after them: each a figure of what it counts
        "Tai nạn giao thông giảm cả 3 tiêu chí: giảm 5 vụ, giảm 3 người chết, giảm 7 người bị thương.",
        [
            F("Tai nạn giao thông giảm cả 3 tiêu chí", yoy_abs=-5.0, unit="vụ"),
            F("người chết", yoy_abs=-3.0, value=None),
            F("người bị thương", yoy_abs=-7.0, value=None),
        ],
    ),
    (
        "Tai nạn giao thông giảm 8 vụ, giảm 2 người chết và giảm 11 người bị thương so với cùng kỳ.",
        [
            F("Tai nạn giao thông", yoy_abs=-8.0),
            F("người chết", yoy_abs=-2.0),
            F("người bị thương", yoy_abs=-11.0),
        ],
    ),
    (  # after a ";", "so với cùng kỳ" names no subject: each change goes to its own count
        "Xảy ra 12 vụ tai nạn giao thông, làm chết 8 người, bị thương 10 người; so với cùng kỳ "
        "giảm 5 vụ, giảm 3 người chết, giảm 7 người bị thương.",
        [
            F("vụ tai nạn giao thông xảy ra", value=12.0, yoy_abs=-5.0),
            F("người làm chết", value=8.0, yoy_abs=-3.0),
            F("người bị thương", value=10.0, yoy_abs=-7.0),
        ],
    ),
    (  # the level a change left ("còn") is the figure's value
        "Số hộ nghèo giảm 120 hộ, còn 850 hộ.",
        [F("Số hộ nghèo", value=850.0, unit="hộ", yoy_abs=-120.0)],
    ),
    (  # a change in the unit of the count before is that count's
        "Bắt giữ 25 vụ, 31 đối tượng, tăng 4 vụ, 6 đối tượng so với cùng kỳ.",
        [F("vụ bắt giữ", value=25.0, yoy_abs=4.0), F("đối tượng bắt giữ", value=31.0, yoy_abs=6.0)],
    ),
    (  # "trong tháng", "trong tuần" with no number are time phrases, trimmed like "trong quý"
        "Trong tháng, trên địa bàn xảy ra 3 vụ cháy. Số doanh nghiệp thành lập trong tháng là 25 "
        "doanh nghiệp. Trong tuần, toàn huyện kết nạp 12 đảng viên mới.",
        [
            F("vụ cháy xảy ra", value=3.0, unit="vụ"),
            F("Số doanh nghiệp thành lập", value=25.0),
            F("đảng viên mới kết nạp", value=12.0),
        ],
    ),
    (  # a head that is a verb takes its object said after the amount
        "Tỉnh đã thu hút 350 triệu USD vốn đầu tư trực tiếp nước ngoài. Toàn huyện đã giải ngân "
        "185,6 tỷ đồng vốn đầu tư công, đạt 74,2% kế hoạch.",
        [
            F("thu hút vốn đầu tư trực tiếp nước ngoài", value=350e6, unit="USD"),
            F("giải ngân vốn đầu tư công", value=185.6e9, pct_of_plan=74.2),
        ],
    ),
    (  # "đối với" (towards) before the counted ones goes whole, as "với" alone does
        "Đã tổ chức 125 cuộc kiểm tra, giám sát đối với 320 tổ chức đảng và 450 đảng viên.",
        [
            F("cuộc kiểm tra đã tổ chức", value=125.0),
            F("tổ chức đảng giám sát", value=320.0, unit="tổ chức đảng"),
            F("đảng viên giám sát", value=450.0, unit="đảng viên"),
        ],
    ),
    (  # targets still under way keep what they are doing, as those not met keep "chưa đạt"
        "Có 12/16 chỉ tiêu đạt và vượt, 3 chỉ tiêu đang thực hiện, 1 chỉ tiêu chưa thực hiện.",
        [
            F("chỉ tiêu đạt và vượt", part=12.0, whole=16.0),
            F("chỉ tiêu đang thực hiện", value=3.0, unit="chỉ tiêu"),
            F("chỉ tiêu chưa thực hiện", value=1.0, unit="chỉ tiêu"),
        ],
    ),
    (  # a label before a colon names a list: its head is before the last item
        "Giá trị sản xuất công nghiệp, xây dựng: 6.890 tỷ đồng; thương mại, dịch vụ: 3.616 tỷ đồng.",
        [
            F("Giá trị sản xuất công nghiệp, xây dựng", value=6.89e12, unit="VND"),
            F("thương mại, dịch vụ", value=3.616e12, unit="VND"),
        ],
    ),
    (  # the rate before the comma, not the comparison after the number
        "Tỷ lệ đảng viên học tập nghị quyết, đạt 91,6% vượt chỉ tiêu đề ra.",
        [F("Tỷ lệ đảng viên học tập nghị quyết", value=91.6, unit="%")],
    ),
    ("Toàn huyện có 92% cử tri hài lòng.", [F("cử tri hài lòng", value=92.0, unit="%")]),
    (  # "đ/c" (đồng chí, comrades) is counted, not "đ" (dong)
        "Chi bộ đã kết nạp 3 đ/c vào Đảng.",
        [F("đ/c vào Đảng chi bộ đã kết nạp", value=3.0, unit="đ/c")],
    ),
    (  # a threshold after a percentage describes the count: no figure of its own
        "Trong đó: 04 chỉ tiêu đạt 100% trở lên, 02 chỉ tiêu đạt trên 70% trở lên.",
        [
            F("chỉ tiêu đạt 100% trở lên", value=4.0, unit="chỉ tiêu"),
            F("chỉ tiêu đạt trên 70% trở lên", value=2.0, unit="chỉ tiêu"),
        ],
    ),
    (  # a sum after a quoted fund: the words before it say what it was raised for
        "Nhân dân đóng góp Quỹ “Vì người nghèo” được trên 10 tỷ đồng.",
        [F("Nhân dân đóng góp Quỹ “Vì người nghèo”", value=10e9, unit="VND")],
    ),
    (  # a sum after a count: what the counted things are worth
        "Xây dựng được 208 căn nhà đại đoàn kết trị giá trên 6 tỷ đồng.",
        [
            F("căn nhà đại đoàn kết xây dựng", value=208.0, unit="căn nhà"),
            F("căn nhà đại đoàn kết", value=6e9, unit="VND"),
        ],
    ),
    (  # working days are counted
        "Hội viên đóng góp 3.445 ngày công lao động.",
        [F("ngày công lao động hội viên đóng góp", value=3445.0, unit="ngày công lao động")],
    ),
    (  # "chỉ đạt" (only reached) is no part of the indicator
        "Sản lượng lúa chỉ đạt 5.211 tấn.",
        [F("Sản lượng lúa", value=5211.0, unit="tấn")],
    ),
    (  # the denominator of a rate per head is part of its indicator
        "Số giường bệnh trên 10.000 dân đạt 29,3 giường.",
        [F("Số giường bệnh trên 10.000 dân", value=29.3, unit="giường")],
    ),
    ("Huyện đã tiếp đón 12 đoàn khách quốc tế.", [F("đoàn khách quốc tế đã tiếp đón", value=12.0)]),
    (
        "Số doanh nghiệp thành lập mới: 45 doanh nghiệp.",
        [F("Số doanh nghiệp thành lập mới", value=45.0, unit="doanh nghiệp")],
    ),
    (
        "Huyện đã có 6 xã được công nhận đạt chuẩn nông thôn mới.",
        [F("xã được công nhận đạt chuẩn nông thôn mới", value=6.0, unit="xã")],
    ),
    (
        "Ngành công nghiệp tiếp tục phát triển với mức tăng 9%.",
        [F("Ngành công nghiệp tiếp tục phát triển", yoy_pct=9.0)],
    ),
    ("Ngành công nghiệp có mức tăng 9%.", [F("Ngành công nghiệp", yoy_pct=9.0)]),
    (
        "Lĩnh vực dịch vụ phát triển khá, với mức tăng trưởng 8,5% so với cùng kỳ.",
        [F("Lĩnh vực dịch vụ phát triển khá", yoy_pct=8.5)],
    ),
    (
        "Có 15/20 chỉ tiêu đảm bảo tiến độ, đạt và vượt kế hoạch.",
        [F("chỉ tiêu đảm bảo tiến độ, đạt và vượt kế hoạch", part=15.0, whole=20.0)],
    ),
    (
        "Toàn huyện có 12 xã, thị trấn đạt chuẩn.",
        [F("xã, thị trấn đạt chuẩn", value=12.0, unit="xã")],
    ),
    (  # a number after the comma ends the description
        "Có 15/20 chỉ tiêu đảm bảo tiến độ, đạt 75%.",
        [F("chỉ tiêu đảm bảo tiến độ", part=15.0, whole=20.0, value=75.0)],
    ),
]


# 17. "lần lượt" (respectively): the numbers after it go, in order, to the figures stated
# before it, or to the subjects listed before it; the plan or the period named once after the
# last number is the run's, and a verb before the first is shared.
RESPECTIVELY = [
    (
        "Doanh thu du lịch đạt 650 tỷ đồng, lượng khách đạt 850 nghìn lượt, tăng lần lượt 12% và "
        "15% so với cùng kỳ.",
        [
            F("Doanh thu du lịch", value=650e9, yoy_pct=12.0),
            F("lượng khách", value=850e3, yoy_pct=15.0),
        ],
    ),
    (
        "Giá trị sản xuất nông nghiệp đạt 1.250 tỷ đồng, công nghiệp đạt 2.300 tỷ đồng, lần "
        "lượt đạt 95% và 102% kế hoạch.",
        [
            F("Giá trị sản xuất nông nghiệp", value=1250e9, pct_of_plan=95.0, plan="kế hoạch"),
            F("công nghiệp", value=2300e9, pct_of_plan=102.0, plan="kế hoạch"),
        ],
    ),
    (  # "tương ứng" says the same
        "Thu ngân sách đạt 450 tỷ đồng, chi ngân sách đạt 380 tỷ đồng, tăng tương ứng 5% và 7% "
        "so với cùng kỳ.",
        [F("Thu ngân sách", value=450e9, yoy_pct=5.0), F("chi ngân sách", value=380e9, yoy_pct=7.0)],
    ),
    (  # the subjects listed before it
        "Thu ngân sách và chi ngân sách lần lượt đạt 95% và 88% dự toán.",
        [
            F("Thu ngân sách", value=None, pct_of_plan=95.0, plan="dự toán"),
            F("chi ngân sách", value=None, pct_of_plan=88.0, plan="dự toán"),
        ],
    ),
    (
        "Tỷ lệ hộ nghèo, hộ cận nghèo lần lượt là 2,1% và 3,5%.",
        [F("Tỷ lệ hộ nghèo", value=2.1, unit="%"), F("hộ cận nghèo", value=3.5, unit="%")],
    ),
    (
        "Số vụ án và số đối tượng bị bắt lần lượt tăng 12 vụ và 20 đối tượng.",
        [F("Số vụ án", yoy_abs=12.0), F("số đối tượng bị bắt", yoy_abs=20.0, value=None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    RESPECTIVELY
    + PLAN_RUNS
    + HIGHER_LOWER
    + GLUED_UNITS
    + COPULA_COUNTS
    + AFTER_PERIOD
    + COORDINATE_UNITS
    + OWNER_PHRASES
    + PLANNED_RATES
    + SLASH_PLANS
    + GROWTH_LISTS
    + MISSPELT_CUES
    + MISSPELT_CURRENCY
    + SLUGS
    + ORGANIZER_COUNTS
    + FURTHER_FORMS
    + INDICATORS,
)
def test_forms(text: str, expected: list[dict]) -> None:
    assert_figures(text, expected)


# 11. A headline restating a body figure is reported once, at the body occurrence.
HEADLINES = [
    (
        "Thu ngân sách huyện Bắc Sơn tăng 22%\n"
        "Sáng 30/9, Huyện ủy tổ chức hội nghị. Thu ngân sách nhà nước tính đến ngày 30/9 đạt "
        "hơn 404 tỷ đồng, vượt 10% dự toán tỉnh giao, tăng 22% so với cùng kỳ năm 2021.\n",
        [F("Thu ngân sách nhà nước", value=404e9, yoy_pct=22.0, pct_of_plan=110.0)],
    ),
    (
        "GRDP 6 tháng đầu năm tăng 7,1%\n"
        "Tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm tăng 7,1% so với cùng kỳ.\n",
        [F("Tổng sản phẩm trên địa bàn (GRDP)", yoy_pct=7.1)],
    ),
    (
        "Huyện có thêm 3 xã đạt chuẩn nông thôn mới\n"
        "Năm 2023, huyện có thêm 3 xã đạt chuẩn nông thôn mới, nâng tổng số lên 9 xã.\n",
        [F("xã đạt chuẩn nông thôn mới", value=3.0), F("tổng số xã", value=9.0)],
    ),
    (  # the headline's amount rounds the body's, on the side its qualifier says
        "Tân An lập kỷ lục thu ngân sách hơn 16.500 tỷ đồng\n"
        "Năm 2026, tổng thu ngân sách nhà nước trên địa bàn ước đạt 16.551,8 tỷ đồng, bằng "
        "135,6% dự toán năm.\n",
        [F("tổng thu ngân sách nhà nước trên địa bàn", value=16551.8e9, pct_of_plan=135.6)],
    ),
    (  # ... and its round share of plan the body's (held-out set 122)
        "Một xã thu ngân sách đạt hơn 400% dự toán\n"
        "Năm 2026, thu ngân sách của xã Tân An đạt 21,4 tỷ đồng, bằng 412% dự toán.\n",
        [F("thu ngân sách của xã Tân An", value=21.4e9, pct_of_plan=412.0)],
    ),
    (  # ... not a share it does not round
        "Một xã thu ngân sách đạt 350% dự toán\n"
        "Năm 2026, thu ngân sách của xã Tân An đạt 21,4 tỷ đồng, bằng 412% dự toán.\n",
        [
            F("thu ngân sách", pct_of_plan=350.0),
            F("thu ngân sách của xã Tân An", value=21.4e9, pct_of_plan=412.0),
        ],
    ),
    (  # ... not when it says more than the body has
        "Thu ngân sách hơn 17.000 tỷ đồng\nNăm 2026, thu ngân sách đạt 16.551,8 tỷ đồng.\n",
        [F("Thu ngân sách", value=17000e9), F("thu ngân sách", value=16551.8e9)],
    ),
    (  # different facts in the headline and the body: both stay
        "Thu ngân sách tăng 15%\nThu ngân sách đạt 500 tỷ đồng, tăng 12% so với cùng kỳ.\n",
        [F("Thu ngân sách", yoy_pct=15.0), F("Thu ngân sách", value=500e9, yoy_pct=12.0)],
    ),
    (  # the headline names the place, the body the measure: a fraction is the same statement,
        # the headline repeated below the lead too (held-out set 75)
        "Tân An ước tăng trưởng 8,7% năm 2026\n"
        "Năm 2026, GRDP của tỉnh ước tăng 8,7%, thu ngân sách đạt 21.000 tỷ đồng.\n"
        "Tân An ước tăng trưởng 8,7% năm 2026\n",
        [F("GRDP của tỉnh", yoy_pct=8.7), F("thu ngân sách", value=21000e9)],
    ),
    (  # ... a round percentage may be two statements
        "Tân An tăng trưởng 10%\nNăm 2026, xuất khẩu của tỉnh tăng 10% so với cùng kỳ.\n",
        [F("Tân An", yoy_pct=10.0), F("xuất khẩu của tỉnh", yoy_pct=10.0)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_restating_the_body(text: str, expected: list[dict]) -> None:
    assert_figures(text, expected)
