"""Shapes from held-out sets 187–214 (session 18): figures, dates, documents, the page, and
the tasks and shortcomings of a meeting's report. Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures
from item_check import items

from tiendo.extract.dates import find_dates
from tiendo.extract.engine import extract_text

HEADLINE = "UBND huyện sơ kết công tác 6 tháng đầu năm 2026\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "đạt và vượt" before a share: the share itself, a plan between or not
            "Thu ngân sách xã đã đạt và vượt dự toán huyện giao 134%. Thu phí chợ đạt và vượt "
            "108% kế hoạch.",
            [F("Thu ngân sách xã", pct_of_plan=134.0), F("Thu phí chợ", pct_of_plan=108.0)],
        ),
        (  # ... while "vượt" alone still says how far the plan was passed
            "Thu ngân sách xã đạt 410 tỷ đồng, vượt 34% dự toán.",
            [F("Thu ngân sách xã", value=410e9, pct_of_plan=134.0)],
        ),
        (  # the plan of all sources is a plan, and its parts after "trong đó" share of it
            "Giải ngân vốn đầu tư công đạt 88,4% tổng kế hoạch, trong đó, vốn ngân sách tỉnh "
            "đạt 91,2%, vốn ODA đạt 47,5%.",
            [
                F("Giải ngân vốn đầu tư công", pct_of_plan=88.4),
                F("vốn ngân sách tỉnh", value=None, pct_of_plan=91.2),
                F("vốn ODA", value=None, pct_of_plan=47.5),
            ],
        ),
        (  # what was done the year before is the same period
            "Giá trị sản xuất công nghiệp ước đạt 3.120 tỷ đồng, bằng 107,2% so với thực hiện "
            "năm 2025.",
            [F("Giá trị sản xuất công nghiệp", value=3120e9, pct_of_plan=None, yoy_pct=7.2)],
        ),
        (  # a share of the troops amid shares of a plan names the troops, after what was done
            "Tuyển chọn công dân nhập ngũ đạt 100% chỉ tiêu; huấn luyện dân quân đạt 96% quân "
            "số; quân số khỏe đạt 98%.",
            [
                F("Tuyển chọn công dân nhập ngũ", pct_of_plan=100.0),
                F("huấn luyện dân quân quân số", value=96.0, unit="%", pct_of_plan=None),
                F("quân số khỏe", value=98.0, unit="%"),
            ],
        ),
        (  # each count of a pair changed, the second after a comma with no verb of its own
            "Công an huyện bắt giữ 31 vụ/42 đối tượng buôn bán ma túy, tăng 5 vụ, 9 đối tượng "
            "so với cùng kỳ.",
            [
                F("vụ công an huyện bắt giữ", value=31.0, unit="vụ", yoy_abs=5.0),
                F("đối tượng buôn bán ma túy công an huyện bắt giữ", value=42.0, yoy_abs=9.0),
            ],
        ),
        (  # ... a second count with no baseline after it is still a count of its own
            "Số hộ khá tăng 12 hộ, 7 hộ giàu.",
            [F("Số hộ khá", yoy_abs=12.0), F("hộ giàu", value=7.0, yoy_abs=None)],
        ),
        (  # targets set, then how many were met: a part of its whole
            "Năm 2026, huyện đề ra 21 chỉ tiêu, thì có 17 chỉ tiêu đạt và vượt kế hoạch. Xã "
            "đề ra 18 chỉ tiêu chủ yếu, trong đó thực hiện đạt 16 chỉ tiêu.",
            [
                F("chỉ tiêu đạt và vượt kế hoạch đề ra", value=None, part=17.0, whole=21.0),
                F("chỉ tiêu đề ra", value=None, part=16.0, whole=18.0),
            ],
        ),
        (  # ... while two counts of targets with no link are two figures
            "Huyện có 20 chỉ tiêu đạt, 3 chỉ tiêu không đạt.",
            [F("chỉ tiêu", value=20.0), F("chỉ tiêu không đạt", value=3.0)],
        ),
        (  # how far it rose, said with "tới"
            "Chỉ số sản xuất công nghiệp tăng 12,4%, riêng ngành chế biến tăng tới 15,2%.",
            [
                F("Chỉ số sản xuất công nghiệp", yoy_pct=12.4),
                F("ngành chế biến", yoy_pct=15.2),
            ],
        ),
        (  # the peers it is the best among are no count
            "Tỉnh có tỷ lệ hộ dùng điện lưới cao nhất trong 13 tỉnh, thành vùng đồng bằng.",
            [],
        ),
        (  # the plan named by the council that passed it
            "Chi ngân sách địa phương đạt 5.178 tỷ đồng, bằng 63% dự toán Bộ Tài chính giao, đạt "
            "52% HĐND tỉnh thông qua.",
            [
                F("Chi ngân sách địa phương", value=5178e9, pct_of_plan=63.0),
                F("Chi ngân sách địa phương", value=None, pct_of_plan=52.0),
            ],
        ),
        (  # registering to strive for a title is what was done, the target's scope not opened
            "Hội tổ chức cho 41.000 hộ hội viên đăng ký phấn đấu đạt danh hiệu sản xuất giỏi; "
            "vận động hội viên đóng góp trên 2,4 tỷ đồng.",
            [
                F(
                    "hộ hội viên đăng ký phấn đấu đạt danh hiệu sản xuất giỏi hội tổ chức",
                    value=41000.0,
                ),
                F("vận động hội viên đóng góp", value=2.4e9),
            ],
        ),
    ],
)
def test_round21_figures(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kế hoạch số 08/KH-UBND, ngày27/4/2026", [(27, 4, 2026)]),
        ("Ngày12/3, Huyện ủy họp", [(12, 3, None)]),
        ("mã số12/3", []),  # glued to another word, no date
        ("Trong các ngày 19, 20/12/2026, HĐND huyện họp", [(19, 12, 2026)]),
        ("có 3, 12/15 xã đạt chuẩn", []),  # a count and a ratio, no days listed
    ],
)
def test_a_date_glued_to_its_day_word(text: str, expected: list) -> None:
    assert [(d.day, d.month, d.year) for d in find_dates(text)] == expected


def test_a_document_dated_with_no_space_after_ngay() -> None:
    record = extract_text(
        HEADLINE + "Thực hiện Kế hoạch số 21/KH-UBND, ngày09/3/2026 của UBND huyện về kiểm tra "
        "công tác cải cách hành chính, đoàn đã làm việc tại 12 xã."
    )
    assert [(d.number, d.date) for d in record.documents] == [("21/KH-UBND", "2026-03-09")]


def test_the_act_of_concluding_before_its_speaker_is_no_document() -> None:
    record = extract_text(
        HEADLINE + "Kết luận Hội nghị đồng chí Lê Thị Hoa - Phó Chủ tịch UBND huyện đã ghi nhận "
        "những kết quả đạt được."
    )
    assert record.documents == []
    assert [p.name for p in record.people] == ["Lê Thị Hoa"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a topic that lists its nouns with commas ends after the period it names
            "Về phương hướng, nhiệm vụ 6 tháng cuối năm 2026, UBND huyện tăng cường công tác "
            "quốc phòng địa phương; tiếp tục duy trì nghiêm chế độ trực sẵn sàng chiến đấu.",
            [
                "tăng cường công tác quốc phòng địa phương",
                "tiếp tục duy trì nghiêm chế độ trực sẵn sàng chiến đấu",
            ],
        ),
        (  # ... and one that names a period already reviewed opens nothing
            "Về kết quả, nhiệm vụ 6 tháng đầu năm 2026, UBND huyện tăng cường công tác quốc "
            "phòng địa phương; duy trì chế độ trực sẵn sàng chiến đấu.",
            [],
        ),
        (  # the agenda named the period planned, the list judges what was done
            "Làm việc với Thường trực HĐND xã về hoạt động 6 tháng đầu năm và phương hướng, "
            "nhiệm vụ những tháng cuối năm, Thường trực HĐND huyện đánh giá cao những kết quả "
            "xã đạt được trong thực hiện nhiệm vụ đúng luật; công tác tiếp xúc cử tri luôn được "
            "các ban ngành quan tâm thực hiện với tinh thần trách nhiệm cao; công tác giám sát "
            "không ngừng nâng cao hiệu quả trong giải quyết nhiều vấn đề sau giám sát.",
            [],
        ),
        (  # a district's requests to its province, the province named before the verb
            "Huyện Hòa An kiến nghị: UBND tỉnh Cao Bằng chỉ đạo các sở hỗ trợ huyện xây dựng "
            "chợ trung tâm; sớm sửa chữa tuyến kênh Nà Tục.",
            [],
        ),
        (  # ... while the district's own direction to its communes sets tasks
            "Chủ tịch UBND huyện chỉ đạo các xã tập trung thu hoạch lúa mùa; đẩy nhanh tiến độ "
            "làm đường giao thông nông thôn.",
            ["tập trung thu hoạch lúa mùa", "đẩy nhanh tiến độ làm đường giao thông nông thôn"],
        ),
        (  # the delegates asked to raise their concerns at the meeting
            "Phát biểu gợi mở thảo luận, Chủ tịch UBND tỉnh đề nghị các đại biểu nêu những băn "
            "khoăn về sự phát triển của huyện, từ đó đưa ra các giải pháp phù hợp; đề xuất "
            "những việc thuộc thẩm quyền của tỉnh.",
            [],
        ),
        (  # a sentence judging the results just reported ends the directive's list
            "Kết luận hội nghị, Bí thư Huyện ủy nhấn mạnh: Qua các ý kiến đóng góp và kết quả "
            "thực hiện các nhiệm vụ của 11 tháng năm 2026, Ban Thường vụ thống nhất, các chỉ "
            "tiêu về kinh tế và xây dựng Đảng so với cùng kỳ đều tăng. Kết quả đó thể hiện sự nỗ "
            "lực rất lớn của toàn Đảng bộ trong lãnh đạo, chỉ đạo phát triển kinh tế - xã hội.",
            [],
        ),
        (  # a level "hiện nay là" in a paragraph telling the period reviewed is no plan
            "Trong 6 tháng đầu năm 2026, Hội Cựu chiến binh huyện đã làm tốt công tác tuyên "
            "truyền. Chỉ đạo các cơ sở duy trì quỹ hội, số quỹ hội toàn huyện hiện nay là trên "
            "2 tỷ đồng; phối hợp với Ngân hàng Chính sách xã hội huyện tăng nguồn vốn vay.",
            [],
        ),
        (  # what the district will start and finish is set for it
            "Huyện sẽ khởi công và hoàn thành 5 công trình giao thông; triển khai 8 hoạt động "
            "chào mừng kỷ niệm ngày thành lập huyện.",
            [
                "khởi công và hoàn thành 5 công trình giao thông",
                "triển khai 8 hoạt động chào mừng kỷ niệm ngày thành lập huyện",
            ],
        ),
        (  # one of them singled out and described ends the list
            "Huyện cần khởi công 6 công trình; triển khai 9 hoạt động chào mừng. Một trong "
            "những hoạt động điểm nhấn là Lễ hội cà phê lần thứ hai sẽ được tổ chức vào tháng 9.",
            ["khởi công 6 công trình", "triển khai 9 hoạt động chào mừng"],
        ),
        (  # an inspection recommends the body it inspected: tasks for it
            "Qua giám sát, đoàn kiến nghị Thường trực HĐND huyện tổ chức tập huấn nghiệp vụ cho "
            "các Ban HĐND cấp xã; duy trì giao ban định kỳ để tháo gỡ khó khăn.",
            [
                "tổ chức tập huấn nghiệp vụ cho các Ban HĐND cấp xã",
                "duy trì giao ban định kỳ để tháo gỡ khó khăn",
            ],
        ),
        (  # a commune's request to its district, the organ before the level
            "Đồng thời xã cũng kiến nghị UBND huyện sớm triển khai thi công nhà văn hóa xã; hỗ "
            "trợ kinh phí làm đường.",
            [],
        ),
        (  # the proposals made at the meeting, no body directed
            "Các bộ phận chuyên môn nêu khó khăn và đề xuất, kiến nghị các giải pháp thực hiện "
            "nhiệm vụ 3 tháng còn lại của năm.",
            [],
        ),
        (  # the voters' petitions, a noun
            "Thường trực HĐND tiếp tục đôn đốc giải quyết kiến nghị của cử tri sau kỳ họp.",
            [],
        ),
        (  # key tasks whose items a link opens are to do, no period named
            "Tỉnh đã đề ra 5 nhóm nhiệm vụ trọng tâm, trong đó đặc biệt chú trọng cải cách hành "
            "chính; nâng cao hiệu lực quản lý nhà nước về đất đai.",
            ["chú trọng cải cách hành chính", "nâng cao hiệu lực quản lý nhà nước về đất đai"],
        ),
        (  # ... not the key tasks carried out
            "Năm qua, tỉnh đã thực hiện tốt các nhiệm vụ trọng tâm, trong đó nổi bật là thu ngân "
            "sách đạt cao; giải ngân vốn đầu tư công nhanh.",
            [],
        ),
    ],
)
def test_round21_tasks(body: str, expected: list) -> None:
    assert items(body, HEADLINE)[0] == expected


def test_commas_part_no_item_of_a_list_parted_by_semicolons() -> None:
    body = (
        "Bên cạnh kết quả đạt được vẫn còn một số tồn tại, hạn chế như: ý thức chấp hành pháp "
        "luật của một bộ phận người dân chưa cao; thời tiết diễn biến phức tạp nên sâu bệnh "
        "gây hại trên cây lúa, ngô đã ảnh hưởng đến năng suất, sản lượng cây trồng."
    )
    assert items(body, HEADLINE)[1] == [
        "ý thức chấp hành pháp luật của một bộ phận người dân chưa cao",
        "thời tiết diễn biến phức tạp nên sâu bệnh gây hại trên cây lúa, ngô đã ảnh hưởng đến "
        "năng suất, sản lượng cây trồng",
    ]


def test_commas_still_part_a_list_with_no_semicolon() -> None:
    body = (
        "Tuy nhiên, vẫn còn một số hạn chế như: tiến độ giải ngân vốn đầu tư công còn chậm, "
        "công tác giải phóng mặt bằng còn vướng mắc."
    )
    assert items(body, HEADLINE)[1] == [
        "tiến độ giải ngân vốn đầu tư công còn chậm",
        "công tác giải phóng mặt bằng còn vướng mắc",
    ]


def test_a_sentence_opening_on_statistics_is_no_footer() -> None:
    record = extract_text(
        HEADLINE + "Hải quan cửa khẩu cho biết kết quả nổi bật.\n\nThống kê từ ngày 1/1 đến "
        "cuối tháng 11/2026, đơn vị đã làm thủ tục cho hàng hóa đạt kim ngạch 1.240 triệu USD."
        "\n\nThống kê truy cập: 12.345"
    )
    assert [(f.value, f.unit) for f in record.figures] == [(1.24e9, "USD")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ban đã thẩm tra 03 dự thảo Nghị quyết trình kỳ họp thứ 5.",
        "Các vị đại biểu thảo luận dự thảo Nghị quyết trình tại kỳ họp.",
        "Huyện chỉ ra một số hạn chế như: Quy định của luật còn bất cập; năng lực cán bộ yếu.",
    ],
)
def test_drafts_and_provisions_named_by_none(sentence: str) -> None:
    assert extract_text(HEADLINE + sentence).documents == []


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        (
            "Trong các ngày 19, 20/12, HĐND huyện Ea Kar tổ chức kỳ họp thứ 9 đánh giá năm 2026.",
            "2026-12-19",
        ),
        (
            "Ngày mai (5-7), Ban Chấp hành Đảng bộ thành phố tổ chức hội nghị lần thứ 15 đánh giá "
            "6 tháng đầu năm 2026.",
            "2026-07-05",
        ),
    ],
)
def test_meeting_days_listed_or_announced(lead: str, date: str) -> None:
    meeting = extract_text("Kỳ họp cuối năm\n\n" + lead).meeting
    assert meeting is not None
    assert meeting.date == date


def test_the_end_of_a_range_of_days_is_no_ratio() -> None:
    record = extract_text(
        HEADLINE + "Lễ hội cà phê sẽ được tổ chức từ ngày 30/8 – 3/9 với nhiều hoạt động. Có "
        "12/15 xã – 3/5 thị trấn đạt chuẩn."
    )
    assert [(f.part, f.whole) for f in record.figures] == [(12.0, 15.0), (3.0, 5.0)]


def test_an_amount_of_area_is_named_an_area() -> None:
    assert_figures(
        "Toàn tỉnh gieo cấy trên 8,9 nghìn ha lúa; trồng 26,6 nghìn ha ngô. Diện tích rừng "
        "trồng mới đạt 278 ha. Sản lượng lúa đạt 52.000 tấn.",
        [
            F("diện tích lúa gieo cấy", value=8900.0, unit="ha"),
            F("diện tích ngô trồng", value=26600.0, unit="ha"),
            F("Diện tích rừng trồng mới", value=278.0, unit="ha"),
            F("Sản lượng lúa", value=52000.0, unit="tấn"),
        ],
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the remedy a duty prescribes after a shortcoming is no part of it
            "Bên cạnh đó, vẫn còn những hạn chế trên lĩnh vực văn hóa, xã hội cần tập trung "
            "khắc phục trong 6 tháng cuối năm.",
            ["vẫn còn những hạn chế trên lĩnh vực văn hóa, xã hội"],
        ),
        (
            "Tuy nhiên, công tác giải phóng mặt bằng còn chậm, cần sớm khắc phục.",
            ["công tác giải phóng mặt bằng còn chậm"],
        ),
        (  # ... while "nên" of a consequence goes on
            "Tuy nhiên, công tác tuyên truyền chưa sâu rộng nên triển khai còn chậm.",
            ["công tác tuyên truyền chưa sâu rộng nên triển khai còn chậm"],
        ),
    ],
)
def test_a_shortcoming_without_its_remedy(body: str, expected: list) -> None:
    assert items(body, HEADLINE)[1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Giám sát kết quả giải quyết kiến nghị của cử tri tại kỳ họp thứ 7 HĐND huyện\n\nNgày "
        "3/7/2026, đoàn giám sát của Thường trực HĐND huyện làm việc với UBND huyện.",
        "Tiếp xúc cử tri sau kỳ họp\n\nThường trực HĐND huyện vừa tổ chức hội nghị tiếp xúc "
        "cử tri. Các đại biểu báo cáo kết quả Kỳ họp thứ 6 HĐND huyện.",
    ],
)
def test_a_session_whose_results_are_told_is_not_the_meeting(text: str) -> None:
    meeting = extract_text(text).meeting
    assert meeting is not None
    assert meeting.kind != "kỳ họp"


def test_a_symbol_written_with_vietnamese_letters() -> None:
    record = extract_text(
        HEADLINE + "Đảng bộ thực hiện Quy định số 30-QĐ/TƯ ngày 26.7.2016 của Ban Chấp hành "
        "Trung ương về thi hành Điều lệ Đảng."
    )
    assert [(d.number, d.date) for d in record.documents] == [("30-QĐ/TƯ", "2016-07-26")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Phương pháp triển khai Kế hoạch còn thiếu sáng tạo.",
        "Một vài chỉ tiêu của Nghị quyết dự kiến sẽ không đạt.",
    ],
)
def test_what_is_said_of_a_plan_is_no_title(sentence: str) -> None:
    assert extract_text(HEADLINE + sentence).documents == []


def test_the_inspectors_verb_is_no_document_number() -> None:
    assert_figures(
        "Qua kiểm tra đã kết luận 41 tổ chức đảng và 126 đảng viên có vi phạm. Thực hiện Kết "
        "luận 110 của Tỉnh ủy, huyện đã trồng 300 ha rừng.",
        [
            F("tổ chức đảng qua kiểm tra đã kết luận", value=41.0),
            F("đảng viên có vi phạm qua kiểm tra đã kết luận", value=126.0),
            F("diện tích rừng đã trồng", value=300.0),
        ],
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Báo Quảng Trị điện tử\nEn\n\nHĐND thành phố Đông Hà tổ chức Kỳ họp thứ 12\n\nNgày "
            "19-12, HĐND thành phố Đông Hà tổ chức Kỳ họp thứ 12.",
            "HĐND thành phố Đông Hà tổ chức Kỳ họp thứ 12",
        ),
        (  # a headline that opens on "Báo cáo" is no paper's name
            "Báo cáo tình hình kinh tế xã hội quý III\n\nNgày 5/10/2026, UBND huyện họp.",
            "Báo cáo tình hình kinh tế xã hội quý III",
        ),
    ],
)
def test_a_papers_name_and_a_language_switch_are_no_headline(text: str, title: str) -> None:
    assert extract_text(text).title == title


def test_a_purpose_inside_a_shortcoming_gives_no_directive() -> None:
    body = (
        "Tuy nhiên, công tác thanh tra chưa chú ý phát hiện những bất cập của chính sách để "
        "kiến nghị cơ quan có thẩm quyền sửa đổi, bổ sung cho phù hợp. Tình trạng gửi đơn vượt "
        "cấp vẫn còn xảy ra."
    )
    assert items(body, HEADLINE) == (
        [],
        [
            "công tác thanh tra chưa chú ý phát hiện những bất cập của chính sách để kiến nghị "
            "cơ quan có thẩm quyền sửa đổi, bổ sung cho phù hợp",
            "Tình trạng gửi đơn vượt cấp vẫn còn xảy ra",
        ],
    )
