"""People named after their title and a dash, tasks announced by a leader's emphasis on the
next year's tasks, and a comment box under the by-line. Sentences written for these tests."""

from tiendo.extract.engine import extract_text


def test_title_dash_name_is_a_person_and_the_chair() -> None:
    record = extract_text(
        "Huyện ủy Tân Lập tổ chức hội nghị lần thứ 6\n\n"
        "Ngày 5/1/2020, Huyện ủy Tân Lập tổ chức hội nghị lần thứ 6. Bí thư Huyện ủy - "
        "Lê Văn Hòa chủ trì hội nghị.\n"
    )
    assert [(p.name, p.titles) for p in record.people] == [("Lê Văn Hòa", ["Bí thư Huyện ủy"])]
    assert record.meeting is not None and record.meeting.chair is not None
    assert record.meeting.chair.name == "Lê Văn Hòa"


def test_titles_joined_by_a_dash_name_no_one() -> None:
    record = extract_text(
        "Tin hoạt động trong tuần của địa phương\n\n"
        "Ông Trần Văn Bình, Phó Bí thư Huyện ủy - Chủ tịch UBND huyện dự hội nghị.\n"
    )
    assert [p.name for p in record.people] == ["Trần Văn Bình"]


def test_emphasis_on_next_years_tasks_announces_them() -> None:
    record = extract_text(
        "Huyện ủy Tân Lập đánh giá tình hình năm 2018\n\n"
        "Phát biểu kết luận hội nghị, đồng chí Lê Văn Hòa - Bí thư Huyện ủy nhấn mạnh một số "
        "nhiệm vụ công tác trọng tâm năm 2019, trong đó tập trung các nguồn lực để phát triển "
        "hạ tầng, nâng cao đời sống nhân dân. Bên cạnh đó, các ban của huyện tăng cường công "
        "tác phối hợp.\n"
    )
    assert [t.text for t in record.tasks] == [
        "tập trung các nguồn lực để phát triển hạ tầng, nâng cao đời sống nhân dân",
        "các ban của huyện tăng cường công tác phối hợp",
    ]


def test_emphasis_on_the_past_year_announces_nothing() -> None:
    record = extract_text(
        "Huyện ủy Tân Lập đánh giá tình hình năm 2018\n\n"
        "Đồng chí Lê Văn Hòa nhấn mạnh một số kết quả năm 2017, trong đó thu ngân sách đạt "
        "120 tỷ đồng. Năm 2018, huyện tập trung phát triển du lịch.\n"
    )
    assert all("thu ngân sách" not in t.text for t in record.tasks)


def test_comment_box_after_the_byline() -> None:
    record = extract_text(
        "Sản xuất nông nghiệp tăng trưởng khá\n\n"
        "Giá trị sản xuất nông nghiệp đạt 2.150 tỷ đồng, tăng 4,1% so với cùng kỳ.\n\n"
        "MINH ANH\n\nComment\n\nVui lòng nhập tiếng việt có dấu\n"
    )
    assert record.authors == ["MINH ANH"]


def test_directive_already_given_is_no_task() -> None:
    record = extract_text(
        "Kết quả kinh tế - xã hội 9 tháng năm 2021 của thị xã\n\n"
        "Trong 9 tháng, UBND thị xã đã tập trung chỉ đạo các ngành triển khai đồng bộ các "
        "nhiệm vụ, giải pháp phát triển kinh tế - xã hội năm 2021.\n\nKinh tế tăng trưởng khá.\n"
    )
    assert record.tasks == []
