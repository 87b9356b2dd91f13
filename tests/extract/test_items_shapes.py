"""Tasks and shortcomings in list shapes beyond the dev set."""

import pytest
from item_check import covers, items

HEADLINE = "Huyện ủy tổ chức hội nghị sơ kết công tác\n\n"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # opened by the period planned, no task keyword
            "Trong 6 tháng cuối năm, huyện tiếp tục đẩy mạnh chuyển đổi cơ cấu cây trồng; nâng "
            "cao chất lượng giáo dục vùng cao; giữ vững quốc phòng, an ninh trên địa bàn.",
            [
                "đẩy mạnh chuyển đổi cơ cấu cây trồng",
                "nâng cao chất lượng giáo dục vùng cao",
                "giữ vững quốc phòng, an ninh trên địa bàn",
            ],
        ),
        (
            "3 tháng cuối năm, Thành phố tập trung hoàn thành thu ngân sách; đẩy nhanh giải "
            "ngân vốn đầu tư công.",
            ["tập trung hoàn thành thu ngân sách", "đẩy nhanh giải ngân vốn đầu tư công"],
        ),
        (  # a remark that turns into directives, then more after "Đồng thời"
            "Phát biểu kết luận, đồng chí Bí thư Huyện ủy nhấn mạnh, cần siết chặt kỷ luật hành "
            "chính; chú trọng công tác cán bộ ở cơ sở.\n\n"
            "Đồng thời, các xã cần rà soát lại quy hoạch đất đai; xử lý dứt điểm các vụ lấn chiếm.",
            [
                "cần siết chặt kỷ luật hành chính",
                "chú trọng công tác cán bộ ở cơ sở",
                "rà soát lại quy hoạch đất đai",
                "xử lý dứt điểm các vụ lấn chiếm",
            ],
        ),
        (  # targets under a task heading
            "Nhiệm vụ năm tới, phấn đấu: tỷ lệ che phủ rừng đạt 65%; thu nhập bình quân đầu người "
            "đạt 50 triệu đồng; giảm tỷ lệ hộ nghèo 2%.",
            [
                "tỷ lệ che phủ rừng đạt 65%",
                "thu nhập bình quân đầu người đạt 50 triệu đồng",
                "giảm tỷ lệ hộ nghèo 2%",
            ],
        ),
        (  # a past act after the directives ends the list
            "Đồng chí Chủ tịch UBND huyện yêu cầu các phòng tăng cường kiểm tra an toàn thực "
            "phẩm; đôn đốc thu nợ thuế. Hội nghị cũng đã tổ chức lấy phiếu tín nhiệm đối với cán "
            "bộ chủ chốt; trao tặng giấy khen cho các tập thể.",
            ["tăng cường kiểm tra an toàn thực phẩm", "đôn đốc thu nợ thuế"],
        ),
    ],
)
def test_tasks(body: str, expected: list[str]) -> None:
    assert covers(items(body, HEADLINE)[0], expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bên cạnh kết quả, huyện còn gặp những khó khăn, vướng mắc cần giải quyết như: tiến "
            "độ giải phóng mặt bằng còn chậm; tình trạng khai thác cát trái phép vẫn xảy ra; an "
            "ninh nông thôn còn diễn biến phức tạp. Bên cạnh đó, một số xã chưa chủ động trong "
            "thu ngân sách.",
            [
                "tiến độ giải phóng mặt bằng còn chậm",
                "tình trạng khai thác cát trái phép vẫn xảy ra",
                "an ninh nông thôn còn diễn biến phức tạp",
                "một số xã chưa chủ động trong thu ngân sách",
            ],
        ),
        (
            "Hội nghị chỉ ra một số hạn chế cần khắc phục như: công tác quản lý đất đai còn "
            "lỏng lẻo; chất lượng hồ sơ thủ tục còn thấp.",
            ["công tác quản lý đất đai còn lỏng lẻo", "chất lượng hồ sơ thủ tục còn thấp"],
        ),
    ],
)
def test_shortcomings_after_a_noun_and_colon(body: str, expected: list[str]) -> None:
    assert covers(items(body, HEADLINE)[1], expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a concessive existential with its list after the comma, and the turn back
            "Trong năm, tuy vẫn còn nhiều khó khăn, thách thức, giá nông sản xuống thấp; tiến độ "
            "giải ngân còn chậm; một số hợp tác xã hoạt động cầm chừng, song với sự nỗ lực của "
            "các cấp, kinh tế của xã vẫn tăng trưởng khá.",
            [
                "giá nông sản xuống thấp",
                "tiến độ giải ngân còn chậm",
                "một số hợp tác xã hoạt động cầm chừng",
            ],
        ),
        (  # the turn is itself part of the shortcoming when a negative word follows it
            "Bên cạnh đó vẫn còn một số hạn chế: công tác thu ngân sách có cố gắng, song chưa "
            "đạt kế hoạch; việc cấp giấy chứng nhận quyền sử dụng đất còn chậm.",
            [
                "công tác thu ngân sách có cố gắng, song chưa đạt kế hoạch",
                "việc cấp giấy chứng nhận quyền sử dụng đất còn chậm",
            ],
        ),
    ],
)
def test_shortcomings_after_a_concession(body: str, expected: list[str]) -> None:
    _, shortcomings = items(body, HEADLINE)
    assert shortcomings == expected


def test_a_list_that_trails_off_ends_the_item() -> None:
    _, shortcomings = items(
        "Năm 2026, ngành nông nghiệp phải đối mặt với nhiều khó khăn: giá vật tư tăng cao; "
        "dịch bệnh trên đàn vật nuôi diễn biến phức tạp,... đã tác động lớn đến sản xuất.",
        HEADLINE,
    )
    assert shortcomings == [
        "giá vật tư tăng cao",
        "dịch bệnh trên đàn vật nuôi diễn biến phức tạp",
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the sentences after a "Tuy nhiên" sentence go on while they name a shortcoming
            "Tuy nhiên, tăng trưởng kinh tế còn chậm so với Nghị quyết. Cải cách hành chính chưa đáp "
            "ứng yêu cầu. Ô nhiễm môi trường chưa có chuyển biến rõ nét. Huyện đã tổ chức nhiều hội "
            "nghị chuyên đề.",
            [
                "tăng trưởng kinh tế còn chậm so với Nghị quyết",
                "Cải cách hành chính chưa đáp ứng yêu cầu",
                "Ô nhiễm môi trường chưa có chuyển biến rõ nét",
            ],
        ),
        (  # "chủ yếu" (mainly) names no weakness
            "Tuy nhiên, giải ngân vốn đầu tư công còn chậm. Đến ngày 15/6 toàn huyện giải ngân 18% "
            "kế hoạch, chủ yếu ở các công trình chuyển tiếp.",
            ["giải ngân vốn đầu tư công còn chậm"],
        ),
    ],
)
def test_shortcomings_after_however(body: str, expected: list[str]) -> None:
    _, shortcomings = items(body, HEADLINE)
    assert shortcomings == expected
