"""Key tasks for the coming period and shortcomings, one item per list entry."""

import pytest

from tiendo.extract.engine import extract_text

HEADLINE = "Huyện ủy tổ chức hội nghị sơ kết 9 tháng đầu năm\n\n"


def tasks(body: str) -> list[str]:
    return [t.text for t in extract_text(HEADLINE + body).tasks]


def shortcomings(body: str) -> list[str]:
    return [s.text for s in extract_text(HEADLINE + body).shortcomings]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # an announcement, then a paragraph opened by "Theo đó"; the subject is dropped
            "Hội nghị đề ra một số nhiệm vụ trọng tâm cần thực hiện trong 3 tháng cuối năm.\n\n"
            "Theo đó, huyện sẽ tiếp tục tập trung thu ngân sách nhà nước; đẩy nhanh tiến độ giải "
            "ngân vốn đầu tư công; làm tốt công tác chuẩn bị đại hội chi bộ.\n\n"
            "Cùng với đó, tăng cường công tác kiểm tra, giám sát của Đảng.\n\n"
            "Hội nghị cũng thông qua một số nội dung quan trọng khác.",
            [
                "tiếp tục tập trung thu ngân sách nhà nước",
                "đẩy nhanh tiến độ giải ngân vốn đầu tư công",
                "làm tốt công tác chuẩn bị đại hội chi bộ",
                "tăng cường công tác kiểm tra, giám sát của Đảng",
            ],
        ),
        (  # a leader's directive with an introduction and a colon
            "Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các cấp, các ngành cần thực hiện "
            "tốt một số nhiệm vụ, đó là: Tăng cường kỷ luật, kỷ cương hành chính; tập trung thu ngân "
            "sách; quan tâm giải quyết khiếu nại, tố cáo của công dân.",
            [
                "Tăng cường kỷ luật, kỷ cương hành chính",
                "tập trung thu ngân sách",
                "quan tâm giải quyết khiếu nại, tố cáo của công dân",
            ],
        ),
        (  # a directive whose object is the subject of the tasks
            "Về nhiệm vụ thời gian tới, đồng chí đề nghị cấp ủy, chính quyền các cấp chỉ đạo quyết "
            "liệt công tác phòng, chống thiên tai; tiếp tục rà soát các chỉ tiêu chưa đạt.\n\n"
            "Bên cạnh đó, các cơ quan, đơn vị quyết liệt thực hiện cải cách hành chính.",
            [
                "chỉ đạo quyết liệt công tác phòng, chống thiên tai",
                "tiếp tục rà soát các chỉ tiêu chưa đạt",
                "quyết liệt thực hiện cải cách hành chính",
            ],
        ),
        (  # a list with dashes after a colon; a caption in between is passed over
            "Hội nghị thống nhất tập trung thực hiện các nhiệm vụ trọng tâm 3 tháng cuối năm như sau:\n"
            "Các đại biểu dự hội nghị\n"
            "- Tập trung chỉ đạo thu ngân sách, phấn đấu vượt dự toán;\n"
            "- Đẩy nhanh tiến độ giải ngân vốn đầu tư công;\n"
            "+ Làm tốt công tác chuẩn bị Đại hội chi bộ.",
            [
                "Tập trung chỉ đạo thu ngân sách, phấn đấu vượt dự toán",
                "Đẩy nhanh tiến độ giải ngân vốn đầu tư công",
                "Làm tốt công tác chuẩn bị Đại hội chi bộ",
            ],
        ),
        (  # "lưu ý:" and the following sentences of the paragraph
            "Đồng chí Chủ tịch UBND tỉnh lưu ý: thành phố cần làm tốt công tác giải phóng mặt bằng. "
            "Thành phố cũng chủ động phối hợp với các sở, ngành trong giải quyết các vụ việc phát sinh.",
            [
                "làm tốt công tác giải phóng mặt bằng",
                "chủ động phối hợp với các sở, ngành trong giải quyết các vụ việc phát sinh",
            ],
        ),
    ],
)
def test_tasks(body: str, expected: list[str]) -> None:
    assert tasks(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # the agenda of the meeting names the tasks but lists none
        "Ngày 15/9/2023, Huyện ủy tổ chức hội nghị đánh giá nhiệm vụ 9 tháng đầu năm; nhiệm vụ "
        "trọng tâm 3 tháng cuối năm 2023.\n\nTrong 9 tháng đầu năm, sản xuất nông nghiệp ổn định.",
        # a summary of what was done, not what is to be done
        "Năm 2023, huyện lựa chọn 10 nhiệm vụ trọng tâm để tập trung lãnh đạo. Qua 9 tháng, các "
        "nhiệm vụ cơ bản đạt tiến độ; thu ngân sách đạt dự toán tỉnh giao.",
        # "yêu cầu" as a noun
        "Đội ngũ cán bộ cơ bản đáp ứng yêu cầu nhiệm vụ trong tình hình mới, nhất là ở cơ sở.",
    ],
)
def test_no_tasks(body: str) -> None:
    assert tasks(body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bên cạnh những kết quả đạt được, vẫn còn những khó khăn, hạn chế như: tiến độ giải ngân "
            "vốn đầu tư công còn chậm; việc cấp giấy chứng nhận quyền sử dụng đất còn chậm.",
            [
                "tiến độ giải ngân vốn đầu tư công còn chậm",
                "việc cấp giấy chứng nhận quyền sử dụng đất còn chậm",
            ],
        ),
        (  # an introduction, then the items in the next sentences of the paragraph
            "Bên cạnh những kết quả đạt được, vẫn còn một số lĩnh vực chưa đạt mục tiêu đề ra. "
            "Trong đó, công tác quản lý trật tự đô thị còn hạn chế; công tác quản lý đất đai còn "
            "chưa chặt chẽ… Chất lượng giáo dục thiếu ổn định.\n\n"
            "Tại hội nghị, các đại biểu đã thảo luận sôi nổi.",
            [
                "công tác quản lý trật tự đô thị còn hạn chế",
                "công tác quản lý đất đai còn chưa chặt chẽ",
                "Chất lượng giáo dục thiếu ổn định",
            ],
        ),
        (  # no colon: the first item starts at the capital after the noun
            "Bên cạnh những kết quả đạt được, 9 tháng đầu năm vẫn còn một số tồn tại Tình hình sản "
            "xuất, kinh doanh gặp nhiều khó khăn; thương mại, dịch vụ trầm lắng. Chất lượng khám, "
            "chữa bệnh so với mặt bằng chung của tỉnh vẫn còn một số hạn chế.",
            [
                "Tình hình sản xuất, kinh doanh gặp nhiều khó khăn",
                "thương mại, dịch vụ trầm lắng",
                "Chất lượng khám, chữa bệnh so với mặt bằng chung của tỉnh vẫn còn một số hạn chế",
            ],
        ),
        (  # one "Tuy nhiên" sentence; the sentence after it is back to results
            "Tuy nhiên, tiến độ giải phóng mặt bằng một số dự án còn chậm. Công tác cải cách hành "
            "chính được quan tâm.",
            ["tiến độ giải phóng mặt bằng một số dự án còn chậm"],
        ),
        (  # the causes close the list
            "Hạn chế: Bên cạnh những kết quả đạt được, vẫn còn hạn chế như: thu ngân sách đạt thấp. "
            "Nguyên nhân là do tình hình thời tiết bất lợi.",
            ["thu ngân sách đạt thấp"],
        ),
    ],
)
def test_shortcomings(body: str, expected: list[str]) -> None:
    assert shortcomings(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Các đại biểu làm rõ những hạn chế, yếu kém, chỉ ra nguyên nhân và đề xuất giải pháp.",
        "Hội nghị phân tích nguyên nhân của các hạn chế để khắc phục trong thời gian tới.",
    ],
)
def test_talk_about_shortcomings_is_not_a_shortcoming(body: str) -> None:
    assert shortcomings(body) == []


def test_item_span_is_exactly_its_text() -> None:
    record = extract_text(
        HEADLINE + "Tuy nhiên, thu ngân sách một số xã còn thấp so với dự toán.\n"
    )
    text = HEADLINE + "Tuy nhiên, thu ngân sách một số xã còn thấp so với dự toán.\n"
    [item] = record.shortcomings
    assert (
        text[item.span[0] : item.span[1]]
        == item.text
        == "thu ngân sách một số xã còn thấp so với dự toán"
    )
