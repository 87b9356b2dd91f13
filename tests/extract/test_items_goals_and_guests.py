"""Tasks named by a goal set, by key tasks "như …", by a lead the next sentence calls a
leader's request, and the guests of a visit who are no task (held-out sets 122–124).
Sentences written for these tests."""

import pytest
from item_check import items

HEADLINE = "Xã Tân An tổng kết công tác năm 2026\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the goal set is the first task, whatever its verb
            "Trong năm 2027, xã đặt mục tiêu tăng thu ngân sách, đẩy nhanh giải ngân vốn đầu tư "
            "công.",
            ["tăng thu ngân sách, đẩy nhanh giải ngân vốn đầu tư công"],
        ),
        (  # the noun's complement before the semicolon is the first item
            "Năm 2027, xã xác định mục tiêu tăng thu ngân sách; đẩy nhanh giải ngân vốn đầu tư "
            "công.",
            ["tăng thu ngân sách", "đẩy nhanh giải ngân vốn đầu tư công"],
        ),
        (  # key tasks "như" and no colon: what they name
            "Trong 6 tháng cuối năm, Công an xã Tân An sẽ tập trung thực hiện một số nhiệm vụ "
            "trọng tâm như bảo đảm an ninh trật tự các sự kiện lớn; tăng cường tuần tra, kiểm "
            "soát giao thông.",
            [
                "bảo đảm an ninh trật tự các sự kiện lớn",
                "tăng cường tuần tra, kiểm soát giao thông",
            ],
        ),
        (  # the lead that the next sentence calls a request; verbs alone share the object
            "Giữ vững đoàn kết, kịp thời tháo gỡ, giải quyết những vướng mắc phát sinh. Đó là "
            "yêu cầu của đồng chí Lê Văn Hòa - Phó Bí thư Tỉnh ủy tại buổi làm việc với Đảng ủy "
            "xã Tân An sáng 23/12.",
            ["Giữ vững đoàn kết", "kịp thời tháo gỡ, giải quyết những vướng mắc phát sinh"],
        ),
        (  # the lead that reports what was done is no request
            "Xã đã giữ vững đoàn kết, hoàn thành các chỉ tiêu. Đó là kết luận của đồng chí Lê "
            "Văn Hòa tại buổi làm việc.",
            [],
        ),
        (  # the tasks first, then "là yêu cầu của" the leader (held-out set 127)
            "Tập trung hoàn thành các nhiệm vụ năm 2026, chuẩn bị các điều kiện cho năm 2027 là "
            "yêu cầu của đồng chí Lê Văn Hòa, Bí thư Huyện ủy tại cuộc họp ngày 5-11.",
            ["Tập trung hoàn thành các nhiệm vụ năm 2026", "chuẩn bị các điều kiện cho năm 2027"],
        ),
        (  # a count of targets set for the year announces them; "Trong đó" details them
            # (held-out set 122)
            "Xã Tân An đề ra 16 chỉ tiêu cho năm 2027. Trong đó phấn đấu xây dựng xã đạt tiêu "
            "chí nông thôn mới kiểu mẫu. Phấn đấu đạt chuẩn \"Xã văn minh\". Cạnh đó, mức độ "
            "hài lòng của người dân đối với việc giải quyết thủ tục hành chính đạt từ 98% trở lên.",
            [
                "phấn đấu xây dựng xã đạt tiêu chí nông thôn mới kiểu mẫu",
                "Phấn đấu đạt chuẩn \"Xã văn minh\"",
                "mức độ hài lòng của người dân đối với việc giải quyết thủ tục hành chính đạt từ 98% "
                "trở lên",
            ],
        ),
        (  # ... not when they were set and reached
            "Năm 2026, xã đã đề ra 16 chỉ tiêu. Trong đó, xây dựng nông thôn mới đạt 19/19 tiêu "
            "chí.",
            [],
        ),
        (  # the period planned, a subject and a verb of setting: the targets after the colon
            # (held-out set 129)
            "Những tháng cuối năm 2026, UBND xã Tân An đặt ra các chỉ tiêu chủ yếu như: Thu ngân "
            "sách trên địa bàn đạt 106 triệu đồng trở lên; Chỉ đạo cấy hết diện tích vụ mùa.",
            [
                "Thu ngân sách trên địa bàn đạt 106 triệu đồng trở lên",
                "Chỉ đạo cấy hết diện tích vụ mùa",
            ],
        ),
        (  # the key tasks "được … xác định là": the copula after the body that set them
            "Nhiệm vụ trọng tâm trong quý III được Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh xác định "
            "là tập trung tuyên truyền Nghị quyết Đại hội; đẩy mạnh thực hiện Chỉ thị số 05.",
            ["tập trung tuyên truyền Nghị quyết Đại hội", "đẩy mạnh thực hiện Chỉ thị số 05"],
        ),
        (  # "chỉ đạo" with whom it directs, a name between (held-out set 130)
            "Kết luận tại cuộc họp, Chủ tịch UBND tỉnh Lê Văn Hòa chỉ đạo ngành Thuế tỉnh tập "
            "trung vào nhiệm vụ thu ngân sách năm 2027; tập trung vào thu thuế ngoài quốc doanh.",
            [
                "tập trung vào nhiệm vụ thu ngân sách năm 2027",
                "tập trung vào thu thuế ngoài quốc doanh",
            ],
        ),
        (  # "chỉ đạo" as a task verb directs no one
            "Năm 2027, Huyện ủy tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ kinh tế; "
            "giữ vững an ninh trật tự.",
            [
                "tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ kinh tế",
                "giữ vững an ninh trật tự",
            ],
        ),
        (  # the guests named without the meeting, one in charge of a city (held-out set 132)
            "Năm 2027, thành phố tập trung phát triển kinh tế; giữ vững an ninh. Tham dự có bà "
            "Lê Thị Hoa - Ủy viên Ban Thường vụ Tỉnh ủy, Thường vụ chỉ đạo thành phố Tân An; ông "
            "Trần Văn Bình – Trưởng Ban Dân vận Tỉnh ủy.",
            ["tập trung phát triển kinh tế", "giữ vững an ninh"],
        ),
        (  # what the delegates made clear at the meeting is no task
            "Năm 2027, thành phố tập trung phát triển kinh tế; giữ vững an ninh. Các đại biểu "
            "cũng tập trung làm rõ nhiều vấn đề đổi mới phương thức lãnh đạo; nêu cao trách "
            "nhiệm của người đứng đầu.",
            ["tập trung phát triển kinh tế", "giữ vững an ninh"],
        ),
        (  # how the questions of a questioning session are to be put is no task (set 131)
            "Năm 2027, huyện tập trung phát triển kinh tế; giữ vững an ninh. Chủ tọa đề nghị các "
            "vị đại biểu HĐND huyện nêu câu hỏi chất vấn ngắn gọn, rõ ý.",
            ["tập trung phát triển kinh tế", "giữ vững an ninh"],
        ),
        (  # a photo's caption of what the leader asked, the credit after it (set 135)
            "Năm 2027, ngành tập trung phát triển sản xuất; giữ vững thị trường.\n\nBộ trưởng Lê "
            "Văn Hòa yêu cầu toàn ngành tập trung thực hiện quyết liệt các giải pháp để thúc đẩy "
            "phát triển sản xuất trên tất cả các lĩnh vực. Ảnh: Đức Tùng",
            ["tập trung phát triển sản xuất", "giữ vững thị trường"],
        ),
        (  # the musts in the paragraphs after the directive; what one names is no task
            # (held-out set 135)
            "Về nhiệm vụ thời gian tới, Thủ tướng yêu cầu tập trung giải quyết các dự án tồn "
            "đọng.\nPhải bảo đảm một số cân đối lớn của nền kinh tế. Đó là điện, than đá và dầu "
            "khí.\nPhải có hàng rào thương mại đúng pháp luật để bảo vệ thị trường trong nước.",
            [
                "tập trung giải quyết các dự án tồn đọng",
                "bảo đảm một số cân đối lớn của nền kinh tế",
                "có hàng rào thương mại đúng pháp luật để bảo vệ thị trường trong nước",
            ],
        ),
        (  # the session's own business, said with a planning verb, and what the delegates
            # passed are no tasks (held-out set 141)
            "Sáng 20-12, HĐND quận Tân An khai mạc kỳ họp thứ 10. Trong 2 ngày làm việc, HĐND quận "
            "sẽ tập trung thông qua và thảo luận báo cáo của UBND quận về tình hình kinh tế năm "
            "2026. Các đại biểu cũng thông qua các báo cáo về ý kiến, kiến nghị của cử tri.",
            [],
        ),
        (  # the guests of a working visit end the list of tasks
            "Thời gian tới, xã tập trung giữ vững đoàn kết; kịp thời tháo gỡ khó khăn. Tham gia "
            "buổi làm việc có đồng chí Trần Văn Bình - Trưởng Ban Tổ chức Tỉnh ủy; lãnh đạo Văn "
            "phòng Tỉnh ủy.",
            ["tập trung giữ vững đoàn kết", "kịp thời tháo gỡ khó khăn"],
        ),
    ],
)
def test_tasks(body: str, expected: list[str]) -> None:
    assert items(body, HEADLINE)[0] == expected
