"""Shortcomings announced by a topic ("Về tồn tại, hạn chế đó là …"), by nouns whose long
qualifier ends on ", nhất là:", and after a lead that names no shortfall and ends on "như:"
(held-out sets 143, 146–148), and work judged not yet strong, said plainly (set 154).
Sentences written for these tests."""

import pytest
from item_check import items

HEADLINE = "Hội Nông dân huyện tổng kết công tác năm 2026\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the topic names the nouns; "đó là" opens the shortcoming
            "Năm 2026, Hội đạt nhiều kết quả. Về tồn tại, hạn chế đó là công tác tuyên truyền "
            "cho hội viên chưa thường xuyên.",
            ["công tác tuyên truyền cho hội viên chưa thường xuyên"],
        ),
        (  # a long qualifier of the nouns, then a comma and "nhất là" before the colon
            "Chủ tịch UBND huyện cũng chỉ rõ những tồn tại, hạn chế trong triển khai thực hiện "
            "nhiệm vụ phát triển kinh tế - xã hội, nhất là: giải ngân vốn đầu tư công chậm; "
            "sản xuất nông nghiệp vẫn gặp khó khăn.",
            ["giải ngân vốn đầu tư công chậm", "sản xuất nông nghiệp vẫn gặp khó khăn"],
        ),
        (  # a lead that names no shortfall: each item follows its colon
            "Các ý kiến thảo luận tập trung vào một số vấn đề như: việc thu gom rác thải ở "
            "các thôn thiếu quyết liệt; một số chỉ tiêu còn đạt thấp.",
            ["việc thu gom rác thải ở các thôn thiếu quyết liệt", "một số chỉ tiêu còn đạt thấp"],
        ),
        (  # a lead naming a shortfall in sum, then "như:": the item is what follows (set 155)
            "Bên cạnh những kết quả đã đạt được, một số chỉ tiêu còn đạt thấp so với kế hoạch "
            "như: sản xuất nông nghiệp hàng hóa chưa phát triển, tiến độ thu ngân sách chậm.",
            ["sản xuất nông nghiệp hàng hóa chưa phát triển, tiến độ thu ngân sách chậm"],
        ),
        (  # the shortcomings a leader points out, "mà tỉnh cần khắc phục", are no tasks
            # (held-out set 157)
            "Thủ tướng cũng chỉ rõ những tồn tại, hạn chế mà tỉnh cần khắc phục, như: chất "
            "lượng tăng trưởng kinh tế cải thiện còn chậm; phát triển đô thị còn chậm.",
            ["chất lượng tăng trưởng kinh tế cải thiện còn chậm", "phát triển đô thị còn chậm"],
        ),
        (  # a risk still latent is one; a state said to be sound ends the list (set 156)
            "Huyện vẫn còn nhiều khó khăn như giá nông sản bấp bênh, thu nhập của nông dân "
            "giảm. Dịch bệnh trên cây trồng tuy được kiềm chế nhưng tiềm ẩn khó lường. Tình hình "
            "an ninh chính trị, trật tự an toàn xã hội ổn định.",
            [
                "giá nông sản bấp bênh, thu nhập của nông dân giảm",
                "Dịch bệnh trên cây trồng tuy được kiềm chế nhưng tiềm ẩn khó lường",
            ],
        ),
        (  # a plain turn after a sound state to what is still short (held-out set 159)
            "Hội nghị đánh giá, trật tự an toàn xã hội ổn định nhưng tình hình tội phạm ma túy "
            "còn phức tạp. Trong khi đó, nhiều vụ việc chưa được giải quyết dứt điểm.",
            [
                "tình hình tội phạm ma túy còn phức tạp",
                "nhiều vụ việc chưa được giải quyết dứt điểm",
            ],
        ),
        (  # work judged not yet strong or even, said plainly (held-out set 154)
            "(ABC) - Phong trào xây dựng khu dân cư văn hóa tuy có chuyển biến nhưng chưa "
            "mạnh, chưa đồng đều. Công tác xã hội hóa lĩnh vực văn hóa thông tin, thể dục thể "
            "thao chưa mạnh.",
            [
                "Phong trào xây dựng khu dân cư văn hóa tuy có chuyển biến nhưng chưa mạnh, "
                "chưa đồng đều",
                "Công tác xã hội hóa lĩnh vực văn hóa thông tin, thể dục thể thao chưa mạnh",
            ],
        ),
    ],
)
def test_shortcomings(body: str, expected: list[str]) -> None:
    assert items(body, HEADLINE)[1] == expected
