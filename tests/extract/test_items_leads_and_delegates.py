"""Tasks after a key-task noun and a comma, and the delegates asked to discuss after the
results a request builds on (held-out sets 143–145). Sentences written for these tests."""

import pytest
from item_check import items

HEADLINE = "Huyện Tân An tổng kết công tác năm 2026\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the key-task noun opens the sentence; a comma stands for its copula
            "Nhiệm vụ trọng tâm trong năm 2027, tiếp tục đổi mới hình thức tuyên truyền phù hợp "
            "với từng nhóm đối tượng.",
            ["tiếp tục đổi mới hình thức tuyên truyền phù hợp với từng nhóm đối tượng"],
        ),
        (  # ... after a modal too
            "Nhiệm vụ trọng tâm năm 2027, cần đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
            ["đẩy nhanh tiến độ giải ngân vốn đầu tư công"],
        ),
        (  # a comma between the noun's qualities opens nothing
            "Nhiệm vụ cấp bách, quan trọng nhất năm 2027 là tập trung phòng, chống dịch bệnh.",
            ["tập trung phòng, chống dịch bệnh"],
        ),
        (  # key tasks, the period planned and "như" before the colon (held-out set 148)
            "Kết luận hội nghị, đồng chí Trưởng ban nhấn mạnh một số nhiệm vụ trọng tâm trong "
            "thời gian tới như: tiếp tục tham mưu cho cấp ủy về công tác dân vận; tăng cường "
            "nắm bắt tình hình dư luận xã hội.",
            [
                "tiếp tục tham mưu cho cấp ủy về công tác dân vận",
                "tăng cường nắm bắt tình hình dư luận xã hội",
            ],
        ),
        (  # the heads of the bodies addressed, and the wards, are who the task is for
            "Kết luận phiên họp, Chủ tịch UBND thị xã yêu cầu: Thủ trưởng các cơ quan, ban, "
            "ngành, địa phương tiếp tục rà soát các nhiệm vụ; các phường tập trung giải ngân "
            "vốn đầu tư công.",
            ["tiếp tục rà soát các nhiệm vụ", "tập trung giải ngân vốn đầu tư công"],
        ),
        (  # how the economy went, listed after a colon, is no directive (held-out set 151)
            "Thời gian qua, bộ máy vận hành ổn định. Tình hình kinh tế - xã hội tiếp tục phát "
            "triển: 9 sản phẩm OCOP được công nhận; thu ngân sách đạt 84% kế hoạch.",
            [],
        ),
        (  # the period planned opens on its count after the directive (held-out set 153)
            "Chủ tịch UBND tỉnh đề nghị, 6 tháng cuối năm, Đảng ủy Bộ đội Biên phòng tỉnh tập "
            "trung chỉ đạo xây dựng kế hoạch tổ chức Đại hội các cấp; sớm đánh giá kết quả.",
            ["tập trung chỉ đạo xây dựng kế hoạch tổ chức Đại hội các cấp", "sớm đánh giá kết quả"],
        ),
        (  # "both … and" before each task's verb
            "Vì vậy, ĐUQS tỉnh phải vừa tập trung hoàn thành các chỉ tiêu, nhiệm vụ; vừa tập "
            "trung lãnh đạo tổ chức tốt đại hội Đảng bộ cấp cơ sở.",
            [
                "tập trung hoàn thành các chỉ tiêu, nhiệm vụ",
                "tập trung lãnh đạo tổ chức tốt đại hội Đảng bộ cấp cơ sở",
            ],
        ),
        (  # the province's military command is no ministry the secretary would ask upward
            "Để thực hiện nhiệm vụ 6 tháng cuối năm 2026, Bí thư Tỉnh ủy Lê Trường Lưu đề nghị "
            "Bộ CHQS tỉnh và các đơn vị tiếp tục nâng cao chất lượng công tác tham mưu.",
            ["tiếp tục nâng cao chất lượng công tác tham mưu"],
        ),
        (  # the delegates asked to discuss, after the results the request builds on
            "Phát biểu khai mạc, Bí thư Huyện ủy Trần Thị Mai đề nghị: Trên cơ sở kết quả đạt "
            "được trong năm qua, các đại biểu cho ý kiến về công tác lãnh đạo của Ban Chấp hành "
            "và bàn các giải pháp phát triển kinh tế - xã hội năm 2027.",
            [],
        ),
        (  # ... the results listed with commas of their own
            "Bí thư Huyện ủy Trần Thị Mai đề nghị: Trên cơ sở kết quả đạt được trong năm qua về "
            "kinh tế, quốc phòng, an ninh, xây dựng Đảng, các đại biểu cho ý kiến về công tác "
            "lãnh đạo; bàn các giải pháp trọng tâm năm 2027.",
            [],
        ),
        (  # ... where the units addressed after those results do have tasks
            "Phát biểu khai mạc, Bí thư Huyện ủy Trần Thị Mai đề nghị: Trên cơ sở kết quả đạt "
            "được trong năm qua, các xã cần đẩy nhanh tiến độ xây dựng nông thôn mới.",
            ["đẩy nhanh tiến độ xây dựng nông thôn mới"],
        ),
    ],
)
def test_tasks(body: str, expected: list[str]) -> None:
    assert items(body, HEADLINE)[0] == expected
