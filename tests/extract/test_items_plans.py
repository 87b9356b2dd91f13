"""Tasks set without a cue word, review-period narration that is not a task, and the
concessive context that is not a shortcoming (held-out set 2 error classes)."""

import pytest
from item_check import covers, items

HEADLINE = "Huyện ủy tổ chức hội nghị tổng kết công tác năm 2026\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the plan year opens the paragraph, no cue word
            "Năm 2027, Đảng bộ xã tập trung phát triển kinh tế nông nghiệp; đẩy mạnh cải cách "
            "hành chính; giữ vững an ninh trật tự.",
            [
                "tập trung phát triển kinh tế nông nghiệp",
                "đẩy mạnh cải cách hành chính",
                "giữ vững an ninh trật tự",
            ],
        ),
        (  # "Thực hiện nhiệm vụ năm …", targets after "phấn đấu"
            "Thực hiện nhiệm vụ năm 2027, huyện tiếp tục đổi mới phương thức lãnh đạo; phấn đấu "
            "thu ngân sách đạt 10 tỷ đồng; tỷ lệ hộ nghèo giảm còn 2%.",
            [
                "tiếp tục đổi mới phương thức lãnh đạo",
                "phấn đấu thu ngân sách đạt 10 tỷ đồng",
                "tỷ lệ hộ nghèo giảm còn 2%",
            ],
        ),
        (  # "Trong năm tới"
            "Trong năm tới, huyện tiếp tục đẩy mạnh chuyển đổi số; nâng cao chất lượng giáo dục.",
            ["tiếp tục đẩy mạnh chuyển đổi số", "nâng cao chất lượng giáo dục"],
        ),
        (  # "Thời gian tới"
            "Thời gian tới, xã tập trung hoàn thành các chỉ tiêu; đẩy nhanh tiến độ xây dựng "
            "nông thôn mới.",
            ["tập trung hoàn thành các chỉ tiêu", "đẩy nhanh tiến độ xây dựng nông thôn mới"],
        ),
        (  # a list of targets
            "Năm 2027, huyện đề ra 10 chỉ tiêu; trong đó tổng giá trị sản xuất đạt 500 tỷ đồng; "
            "thu nhập bình quân đạt 60 triệu đồng/người.",
            [
                "đề ra 10 chỉ tiêu",
                "tổng giá trị sản xuất đạt 500 tỷ đồng",
                "thu nhập bình quân đạt 60 triệu đồng/người",
            ],
        ),
        (  # the list ends at a sentence that reports results
            "Năm 2027, huyện tập trung thu ngân sách; đẩy mạnh cải cách hành chính.\n\n"
            "Đồng thời, tổng thu ngân sách năm 2026 đạt 120 tỷ đồng, tăng 8%.",
            ["tập trung thu ngân sách", "đẩy mạnh cải cách hành chính"],
        ),
        (  # a heading that ends on its colon: the next paragraph holds the tasks
            "Nhiệm vụ trọng tâm năm 2027:\nCác cấp ủy, chính quyền chú trọng phát triển kinh tế "
            "tập thể; đẩy mạnh cải cách hành chính.",
            ["chú trọng phát triển kinh tế tập thể", "đẩy mạnh cải cách hành chính"],
        ),
        (  # a heading of key tasks that ends on its colon is no task itself
            "Các nhiệm vụ trọng tâm gồm:\n+ Đổi mới nội dung, phương thức hoạt động của Hội;\n"
            "+ Đẩy mạnh phong trào thi đua sản xuất, kinh doanh giỏi;",
            [
                "Đổi mới nội dung, phương thức hoạt động của Hội",
                "Đẩy mạnh phong trào thi đua sản xuất, kinh doanh giỏi",
            ],
        ),
    ],
)
def test_plan_paragraph_without_cue(body: str, expected: list[str]) -> None:
    tasks, _ = items(body, HEADLINE)
    assert covers(tasks, expected), tasks


@pytest.mark.parametrize(
    "body",
    [
        # the reviewed period: a directive already given
        "Trong 6 tháng đầu năm, UBND huyện đã chỉ đạo các ngành tiếp tục tập trung thực hiện "
        "các nhiệm vụ; đẩy mạnh thu ngân sách. Tổng thu ngân sách đạt 120 tỷ đồng.",
        # the later directives of a sentence that narrates one already given
        "UBND huyện đã chỉ đạo các xã hoàn thành thu hoạch lúa vụ chiêm xuân; chỉ đạo các cơ "
        "quan liên quan tăng cường kiểm soát dịch bệnh; phòng chống dịch tả lợn châu Phi.",
        # closing remarks
        "Phát biểu kết luận, đồng chí Bí thư biểu dương những kết quả đạt được; ghi nhận sự nỗ "
        "lực của các cấp; đánh giá cao tinh thần trách nhiệm của cán bộ.",
        "Hiện nay, huyện đã hoàn thành 10 tiêu chí nông thôn mới.",
        # a past year opening the sentence is the year reviewed
        "Năm 2025, huyện đã tập trung phát triển nông nghiệp; thu ngân sách đạt 80 tỷ đồng.\n\n"
        "Năm 2026, huyện đạt nhiều kết quả.",
        # the end of a year already reviewed, though "cuối năm" plans elsewhere
        "Cuối năm 2025, tỷ lệ hộ nghèo giảm còn 7,06%; giải quyết việc làm cho hơn 26.742 "
        "người.",
    ],
)
def test_review_period_is_not_a_task(body: str) -> None:
    tasks, _ = items(body, HEADLINE)
    assert tasks == []


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2026, trong điều kiện còn nhiều khó khăn, kinh tế của huyện đạt kết quả tích cực. "
        "Thu ngân sách đạt 50 tỷ đồng, tăng 10%. Giá trị sản xuất nông nghiệp tăng 5%.",
        "Mặc dù còn nhiều khó khăn, thách thức, xã đã hoàn thành 18/18 chỉ tiêu.",
        "Trong bối cảnh còn nhiều khó khăn, vướng mắc, thu ngân sách vẫn đạt 105% dự toán.",
        # the concession after a short clause naming the period (held-out set 116)
        "Trong 6 tháng đầu năm, mặc dù dịch bệnh diễn biến phức tạp đã ảnh hưởng đến một số "
        "ngành nghề, nhưng phường cơ bản hoàn thành mọi nhiệm vụ được giao.",
    ],
)
def test_concessive_context_is_not_a_shortcoming(body: str) -> None:
    _, shortcomings = items(body, HEADLINE)
    assert shortcomings == []


@pytest.mark.parametrize(
    ("body", "expected_short", "expected_tasks"),
    [
        (  # the shortcomings end where the tasks resume
            "Tuy nhiên, vẫn còn một số hạn chế như: tiến độ giải ngân còn chậm; công tác quản lý "
            "đất đai còn bất cập. Năm 2027, xã tập trung đẩy mạnh cải cách hành chính; nâng cao "
            "chất lượng giáo dục.",
            ["tiến độ giải ngân còn chậm", "công tác quản lý đất đai còn bất cập"],
            ["tập trung đẩy mạnh cải cách hành chính", "nâng cao chất lượng giáo dục"],
        ),
        (  # … and where the results resume
            "Bên cạnh những kết quả đạt được, vẫn còn những hạn chế, yếu kém.\n\n"
            "Theo đó, một số chỉ tiêu chưa đạt kế hoạch; thu hút đầu tư còn chậm.\n\n"
            "Cụ thể, tổng thu ngân sách đạt 120 tỷ đồng, tăng 12% so với cùng kỳ.",
            ["một số chỉ tiêu chưa đạt kế hoạch", "thu hút đầu tư còn chậm"],
            [],
        ),
    ],
)
def test_shortcomings_end(body: str, expected_short: list[str], expected_tasks) -> None:
    tasks, shortcomings = items(body, HEADLINE)
    assert covers(shortcomings, expected_short), shortcomings
    assert covers(tasks, expected_tasks), tasks


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the period planned opens the sentence with no comma
            "Thời gian tới huyện tập trung chăm sóc lúa vụ mùa; đẩy mạnh trồng rừng; giữ vững an "
            "ninh nông thôn.",
            ["tập trung chăm sóc lúa vụ mùa", "đẩy mạnh trồng rừng", "giữ vững an ninh nông thôn"],
        ),
        (
            "Trong thời gian tới xã tiếp tục rà soát hộ nghèo; tăng cường quản lý đất đai.",
            ["tiếp tục rà soát hộ nghèo", "tăng cường quản lý đất đai"],
        ),
        (  # a list of bodies as the subject after the comma
            "Trong 3 tháng cuối năm, các cấp ủy Đảng, chính quyền, Mặt trận và các đoàn thể huyện "
            "tập trung thu ngân sách; đẩy nhanh giải ngân vốn đầu tư công.",
            ["tập trung thu ngân sách", "đẩy nhanh giải ngân vốn đầu tư công"],
        ),
    ],
)
def test_period_planned_then_subject(body: str, expected: list[str]) -> None:
    tasks, _ = items(body, HEADLINE)
    assert covers(tasks, expected), tasks


@pytest.mark.parametrize(
    "body",
    [
        # the lead names the agenda; the next sentence lists who attended
        "Sáng 12/7, HĐND xã tổ chức kỳ họp thứ 3 để đánh giá tình hình 6 tháng đầu năm và bàn "
        "phương hướng, nhiệm vụ 6 tháng cuối năm. Dự kỳ họp có đồng chí Lê Văn Hòa, Bí thư Đảng "
        "ủy xã, cùng các đại biểu HĐND xã.",
        "Ngày 20/6, Đảng bộ xã tổ chức hội nghị sơ kết 6 tháng đầu năm, đề ra phương hướng, nhiệm "
        "vụ 6 tháng cuối năm. Chủ trì hội nghị có đồng chí Lê Văn Hòa, Bí thư Đảng ủy xã.",
        # the period planned, but no subject and task verb after it
        "Thời gian tới là giai đoạn nước rút để hoàn thành các chỉ tiêu của năm.",
        # what the session will do, and how long it lasts
        "Kỳ họp sẽ diễn ra trong 2 ngày. Tại kỳ họp, HĐND tỉnh sẽ xem xét, thông qua 20 nghị "
        "quyết quan trọng.",
        # what the committee led, judged by the results it brought
        "Trong năm, Huyện ủy lãnh đạo, chỉ đạo các hoạt động phát triển kinh tế, văn hóa - xã "
        "hội đem lại những kết quả đáng khích lệ.",
        # the tasks carried out in the year reviewed, then their results
        "Trong công tác thi đua thực hiện nhiệm vụ kinh tế, năm qua, tổng thu ngân sách ước đạt "
        "522 tỷ đồng; giảm 58 hộ nghèo, số hộ nghèo còn lại cuối năm là 873; các phường thu gom "
        "xử lý chất thải sinh hoạt đạt 97%.",
        # the tasks carried out are reviewed; the reports on the next months are the agenda
        "Ngoài tập trung đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế xã hội, quốc "
        "phòng an ninh, HĐND huyện còn xem xét các báo cáo giải quyết khiếu nại của công dân; "
        "công tác phòng chống tham nhũng 6 tháng đầu năm, phương hướng, nhiệm vụ 6 tháng cuối "
        "năm 2027; đồng thời tiến hành bầu bổ sung 1 số chức danh ủy viên UBND.",
        # "địa bàn" (the area) holds no "bàn" (discuss) that announces tasks
        "Công tác thi đua thực hiện nhiệm vụ kinh tế có nhiều chuyển biến, tổng thu ngân sách "
        "trên địa bàn đạt 522 tỷ đồng; số hộ nghèo còn lại cuối năm là 873; các xã thu gom chất "
        "thải sinh hoạt đạt 97%.",
        # a purpose, then what was done to reach it
        "Để hoàn thành các chỉ tiêu năm 2026, các ngành đã phải tập trung chỉ đạo quyết liệt.",
        # the count of targets set announces the tasks; none follow
        "Năm 2027, Huyện ủy đề ra 16 chỉ tiêu cụ thể.",
        # the items another conference discussed, next year's tasks among them (held-out set
        # 111)
        "Theo đó, Hội nghị Trung ương đã họp từ ngày 4 - 11/10/2026, bàn về các nội dung: Tình "
        "hình kinh tế - xã hội năm 2026 và nhiệm vụ năm 2027; Tăng cường công tác bảo vệ sức "
        "khỏe nhân dân; Công tác dân số trong tình hình mới.",
    ],
)
def test_agenda_and_bare_period_are_no_tasks(body: str) -> None:
    tasks, _ = items(body, HEADLINE)
    assert tasks == [], tasks


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # what the committee will do, said with "sẽ" after its name
            "Huyện ủy sẽ tiếp tục quán triệt, học tập Nghị quyết Đại hội Đảng các cấp.",
            ["tiếp tục quán triệt, học tập Nghị quyết Đại hội Đảng các cấp"],
        ),
        (  # a purpose opens the sentence, then the period, the bodies and "sẽ phải"; a
            # comma before "đối với" starts a task for some of the targets
            "Để thực hiện thắng lợi các mục tiêu, nhiệm vụ năm 2027, 3 tháng cuối năm các cấp "
            "ủy, các ngành sẽ phải tập trung rà soát kết quả từng chỉ tiêu, đối với những chỉ "
            "tiêu đạt thấp, tiếp tục chỉ đạo quyết liệt để hoàn thành kế hoạch.",
            [
                "tập trung rà soát kết quả từng chỉ tiêu",
                "đối với những chỉ tiêu đạt thấp, tiếp tục chỉ đạo quyết liệt để hoàn thành kế "
                "hoạch",
            ],
        ),
        (  # a paragraph opening on the body the tasks are for, then a task verb, goes on
            # with the list
            "Năm 2027, huyện tiếp tục đẩy mạnh chuyển đổi số.\n\nHuyện chú trọng xây dựng kết "
            "cấu hạ tầng; xây dựng trung tâm xã Yên Hoa theo tiêu chí đô thị.",
            [
                "tiếp tục đẩy mạnh chuyển đổi số",
                "chú trọng xây dựng kết cấu hạ tầng",
                "xây dựng trung tâm xã Yên Hoa theo tiêu chí đô thị",
            ],
        ),
        (  # the key tasks named only as such: the first task is what "trong đó" names
            # (held-out set 107)
            "Thời gian tới, Đảng bộ huyện sẽ bám sát vào các nhiệm vụ trọng tâm, trong đó "
            "tập trung chuẩn bị tốt Đại hội Đảng bộ huyện; tiếp tục đẩy mạnh cải cách hành "
            "chính.",
            [
                "tập trung chuẩn bị tốt Đại hội Đảng bộ huyện",
                "tiếp tục đẩy mạnh cải cách hành chính",
            ],
        ),
        (  # the count of targets set, then a purpose naming them and what will be done
            "Năm 2027, Huyện ủy đề ra 16 chỉ tiêu cụ thể. Để hoàn thành các chỉ tiêu đề ra, "
            "Huyện ủy sẽ tiếp tục quán triệt Nghị quyết Đại hội Đảng các cấp. Cấp ủy các cấp "
            "nâng cao năng lực lãnh đạo; đẩy mạnh thực hiện chương trình Mỗi xã một sản phẩm.",
            [
                "tiếp tục quán triệt Nghị quyết Đại hội Đảng các cấp",
                "nâng cao năng lực lãnh đạo",
                "đẩy mạnh thực hiện chương trình Mỗi xã một sản phẩm",
            ],
        ),
    ],
)
def test_what_the_body_will_do(body: str, expected: list[str]) -> None:
    tasks, _ = items(body, HEADLINE)
    assert tasks == expected


@pytest.mark.parametrize(
    "body",
    [
        # a directive already given in the period reviewed, the past marker earlier in its clause
        "Năm 2026, Huyện ủy đã tập trung lãnh đạo và chỉ đạo các cấp ủy bám sát chương trình "
        "công tác, hoàn thành các chỉ tiêu kinh tế - xã hội.",
        # the delegates asked to discuss at the meeting
        "Phát biểu khai mạc, đồng chí Bí thư Huyện ủy đề nghị các đại biểu tập trung thảo luận, "
        "đánh giá đúng kết quả đạt được trong năm. Phân tích, làm rõ nguyên nhân của hạn chế.",
        # ... to study the reports before the session votes (held-out set 40)
        "Đề nghị các đại biểu nêu cao tinh thần trách nhiệm, dành thời gian nghiên cứu kỹ các "
        "báo cáo, tờ trình để HĐND huyện thông qua nghị quyết.",
        # the sentence opens on the period reviewed: the directive was given then
        "Trong 6 tháng đầu năm 2026, UBND huyện chỉ đạo các cơ quan triển khai đồng bộ các nhiệm "
        "vụ, nhiều chỉ tiêu đạt và vượt kế hoạch.",
        # a scheme that proposes is no directive
        "Hiện tại, huyện đang hoàn chỉnh đề án đề nghị công nhận đạt đô thị loại III.",
        # the year opening the sentence is the year reviewed when the sentence says it was done
        "Trong năm 2027, việc triển khai chương trình công tác đã được thực hiện có hiệu quả.",
        # a directive after results in the same sentence is one more thing done (held-out set
        # 111)
        "Đến nay toàn huyện trồng được 520 ha cây thuốc lá; chỉ đạo các xã tổ chức tết trồng "
        "cây đến toàn thể cán bộ.",
    ],
)
def test_past_and_meeting_directives_are_no_tasks(body: str) -> None:
    tasks, _ = items(body, HEADLINE)
    assert tasks == [], tasks


def test_directive_after_agreeing_sets_tasks() -> None:
    tasks, _ = items(
        "Kết luận phiên họp, đồng chí Chủ tịch UBND xã đã thống nhất, chỉ đạo các bộ phận chuyên "
        "môn thực hiện tốt các nội dung như: Rà soát hộ nghèo đúng đối tượng. Đẩy nhanh giải ngân "
        "các dự án.",
        HEADLINE,
    )
    assert covers(tasks, ["Rà soát hộ nghèo đúng đối tượng", "Đẩy nhanh giải ngân các dự án"]), tasks


def test_tasks_of_the_next_month() -> None:
    tasks, _ = items(
        "Nhiệm vụ tháng 11 tập trung rà soát tiến độ các dự án, đôn đốc giải phóng mặt bằng. "
        "Tăng cường công tác thu nộp thuế cho ngân sách năm 2026.",
        HEADLINE,
    )
    assert covers(
        tasks,
        [
            "tập trung rà soát tiến độ các dự án, đôn đốc giải phóng mặt bằng",
            "Tăng cường công tác thu nộp thuế cho ngân sách năm 2026",
        ],
    ), tasks


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Mục tiêu, giảm tỷ lệ hộ nghèo xuống còn 2%; thu nhập bình quân đầu người đạt 60 "
            "triệu đồng; giải quyết việc làm cho 2.500 lao động.",
            [
                "giảm tỷ lệ hộ nghèo xuống còn 2%",
                "thu nhập bình quân đầu người đạt 60 triệu đồng",
                "giải quyết việc làm cho 2.500 lao động",
            ],
        ),
        (
            "Nhiệm vụ: tiếp tục đổi mới phương thức lãnh đạo; nâng cao chất lượng sinh hoạt chi bộ.",
            ["tiếp tục đổi mới phương thức lãnh đạo", "nâng cao chất lượng sinh hoạt chi bộ"],
        ),
    ],
)
def test_label_then_list(body: str, expected: list[str]) -> None:
    tasks, _ = items(body, HEADLINE)
    assert covers(tasks, expected), tasks


def test_label_of_a_past_list_is_no_task() -> None:
    tasks, _ = items(
        "Nhiệm vụ, các chỉ tiêu năm 2026 đã hoàn thành; thu ngân sách đạt 120 tỷ đồng.", HEADLINE
    )
    assert tasks == [], tasks


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the announcing noun, the period, "là", a task verb
            "Nhiệm vụ trọng tâm trong năm 2027 là tiếp tục đẩy mạnh chuyển đổi số; giữ vững an "
            "ninh trật tự.",
            ["tiếp tục đẩy mạnh chuyển đổi số", "giữ vững an ninh trật tự"],
        ),
        (  # the next sentences go on with the list
            "Tình hình còn nhiều khó khăn, nhiệm vụ trước mắt là khắc phục các tiêu chí nông thôn "
            "mới. Tăng thu ngân sách, giữ vững an ninh trật tự.",
            ["khắc phục các tiêu chí nông thôn mới", "Tăng thu ngân sách, giữ vững an ninh trật tự"],
        ),
        (  # a verb of saying and a modal before the task verb
            "Phương hướng 6 tháng đầu năm 2027 đã nêu rõ cần tăng cường công tác xây dựng đời "
            "sống văn hóa, tăng thu ngân sách.",
            ["tăng cường công tác xây dựng đời sống văn hóa, tăng thu ngân sách"],
        ),
        (  # "những tháng cuối năm" opens the clause; the subject is a sector
            "Những tháng cuối năm, ngành thuế phấn đấu hoàn thành dự toán thu, thu hồi nợ đọng "
            "thuế.",
            ["phấn đấu hoàn thành dự toán thu, thu hồi nợ đọng thuế"],
        ),
        (  # the announcing noun closed by a colon after the opener: the items follow it
            "Thời gian tới, Sở Công thương đã đề ra một số nhiệm vụ, giải pháp như: cải "
            "thiện môi trường kinh doanh; tiếp tục tham mưu phát triển công nghiệp.",
            ["cải thiện môi trường kinh doanh", "tiếp tục tham mưu phát triển công nghiệp"],
        ),
        (  # a modal and its verb before the noun: the noun is an object, not the announcement
            "Ông Lê Văn Tài chỉ đạo, thời gian tới, ngành Y tế cần nâng cao chất lượng tham mưu "
            "về các chương trình, giải pháp xử lý vấn đề phát sinh; đề xuất các chính sách mới.",
            [
                "nâng cao chất lượng tham mưu về các chương trình, giải pháp xử lý vấn đề phát sinh",
                "đề xuất các chính sách mới",
            ],
        ),
        (  # "Do vậy" draws the consequence of the shortcomings: no cause ends the list there
            "Tuy nhiên vẫn còn những hạn chế: công tác thu ngân sách còn chậm. Do vậy phương "
            "hướng 6 tháng đầu năm 2027 đã nêu rõ cần tăng cường công tác thu ngân sách.",
            ["tăng cường công tác thu ngân sách"],
        ),
        (  # a clause of purpose between the year and the subject
            "Năm 2027, với mục tiêu giá trị sản xuất tăng trên 4%, ngành tiếp tục tham mưu các "
            "chương trình; tập trung củng cố các hợp tác xã.",
            ["tiếp tục tham mưu các chương trình", "tập trung củng cố các hợp tác xã"],
        ),
    ],
)
def test_tasks_after_a_copula_or_a_longer_opener(body: str, expected: list[str]) -> None:
    tasks, _ = items(body, HEADLINE)
    assert covers(tasks, expected), tasks


@pytest.mark.parametrize(
    "body",
    [
        "Nhiệm vụ năm 2027 là rất nặng nề, đòi hỏi sự nỗ lực của cả hệ thống chính trị.",
        "Mục tiêu của năm 2027 là một năm bứt phá của huyện.",
    ],
)
def test_copula_without_a_task_verb_sets_no_task(body: str) -> None:
    tasks, _ = items(body, HEADLINE)
    assert tasks == [], tasks


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a result that falls short, said without a turn; the details after it are results
            "Do ảnh hưởng của dịch bệnh, các chỉ tiêu về thương mại, dịch vụ của huyện chưa đạt "
            "được 50% kế hoạch. Cụ thể, tổng doanh thu đạt 39% kế hoạch, giảm 10% so với cùng kỳ.",
            ["các chỉ tiêu về thương mại, dịch vụ của huyện chưa đạt được 50% kế hoạch"],
        ),
        (  # "Tuy nhiên" turns without its comma
            "Thu ngân sách đạt 120% kế hoạch. Tuy nhiên nhìn chung trong xây dựng nông thôn mới "
            "còn 3 tiêu chí chưa đạt.",
            ["nhìn chung trong xây dựng nông thôn mới còn 3 tiêu chí chưa đạt"],
        ),
        (  # "còn đối mặt" with the challenges introduces the list; each sentence after is one
            "Thành phố vẫn còn đối mặt nhiều thách thức. Tỷ lệ giải ngân vốn đầu tư công còn "
            "thấp, chỉ đạt 36%. Dịch sốt xuất huyết tăng cao so với cùng kỳ.",
            [
                "Tỷ lệ giải ngân vốn đầu tư công còn thấp, chỉ đạt 36%",
                "Dịch sốt xuất huyết tăng cao so với cùng kỳ",
            ],
        ),
    ],
)
def test_shortcomings_said_plainly(body: str, expected: list[str]) -> None:
    _, shortcomings = items(body, HEADLINE)
    assert covers(shortcomings, expected), shortcomings


def test_heading_line_then_dashed_items() -> None:
    body = (
        "Nhiệm vụ trọng tâm 6 tháng đầu năm 2027:\n"
        "- Đẩy mạnh thu ngân sách nhà nước.\n"
        "- Giữ vững an ninh chính trị, trật tự an toàn xã hội.\n\n"
        "Tổng thu ngân sách năm 2026 đạt 120 tỷ đồng."
    )
    tasks, _ = items(body, HEADLINE)
    expected = ["Đẩy mạnh thu ngân sách nhà nước", "Giữ vững an ninh chính trị, trật tự an toàn xã hội"]
    assert covers(tasks, expected), tasks


def test_heading_line_of_the_period_reviewed_sets_no_task() -> None:
    tasks, _ = items("Kết quả năm 2026:\n- Thu ngân sách đạt 120 tỷ đồng.\n", HEADLINE)
    assert tasks == [], tasks


def test_remark_then_the_period_and_a_subject_before_the_modal() -> None:
    body = (
        "Kết luận hội nghị, đồng chí Bí thư nhấn mạnh: thời gian tới các cấp ủy cần tập trung "
        "lãnh đạo hoàn thành các chỉ tiêu; quan tâm công tác cán bộ."
    )
    tasks, _ = items(body, HEADLINE)
    expected = ["tập trung lãnh đạo hoàn thành các chỉ tiêu", "quan tâm công tác cán bộ"]
    assert covers(tasks, expected), tasks


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # two nouns joined by a comma before the colon
            "Hội nghị cũng thẳng thắn chỉ ra những tồn tại, hạn chế: tiến độ giải ngân chậm; thu "
            "ngân sách chưa đạt kế hoạch.",
            ["tiến độ giải ngân chậm", "thu ngân sách chưa đạt kế hoạch"],
        ),
        (  # "đạt thấp" falls short
            "Một số chỉ tiêu đạt thấp như thu hút đầu tư, giải ngân vốn đầu tư công.",
            ["Một số chỉ tiêu đạt thấp như thu hút đầu tư, giải ngân vốn đầu tư công"],
        ),
    ],
)
def test_more_shortcoming_shapes(body: str, expected: list[str]) -> None:
    _, shortcomings = items(body, HEADLINE)
    assert covers(shortcomings, expected), shortcomings


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # items marked with "+" on their own lines; the causes on the next line are none
            "Bên cạnh những kết quả đạt được, vẫn còn một số hạn chế:\n"
            "+ Tiến độ giải ngân vốn đầu tư công chậm.\n"
            "+ Công tác quản lý đất đai còn bất cập.\n"
            "Nguyên nhân chủ yếu do nguồn lực còn hạn chế.",
            ["Tiến độ giải ngân vốn đầu tư công chậm", "Công tác quản lý đất đai còn bất cập"],
        ),
    ],
)
def test_marked_shortcomings_then_causes(body: str, expected: list[str]) -> None:
    _, shortcomings = items(body, HEADLINE)
    assert covers(shortcomings, expected), shortcomings


def test_paragraphs_opening_on_a_task_verb_go_on_with_the_directive() -> None:
    body = (
        "Phát biểu tại hội nghị, Chủ tịch UBND huyện đề nghị: các ngành tiếp tục đẩy mạnh tuyên "
        "truyền phòng chống tội phạm.\n"
        "Làm tốt công tác nắm tình hình, quản lý chặt địa bàn.\n"
        "Nâng cao công tác tiếp nhận, xử lý tin báo tội phạm.\n\n"
        "Dịp này, hội nghị đã khen thưởng 12 tập thể có thành tích."
    )
    tasks, _ = items(body, HEADLINE)
    expected = [
        "tiếp tục đẩy mạnh tuyên truyền phòng chống tội phạm",
        "Làm tốt công tác nắm tình hình, quản lý chặt địa bàn",
        "Nâng cao công tác tiếp nhận, xử lý tin báo tội phạm",
    ]
    assert covers(tasks, expected), tasks


def test_lead_naming_the_agenda_with_a_semicolon_sets_no_task() -> None:
    body = (
        "Sáng 22-10, Ban Chấp hành Đảng bộ quận Tân Lập tổ chức hội nghị lần thứ mười, đánh giá "
        "kết quả 9 tháng năm 2026, triển khai phương hướng, nhiệm vụ 3 tháng cuối năm 2026; thảo "
        "luận, cho ý kiến dự thảo Quy định về quản lý cán bộ."
    )
    tasks, _ = items(body, HEADLINE)
    assert tasks == [], tasks
