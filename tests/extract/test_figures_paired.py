"""Amounts stated beside a percentage, percent signs glued to a plan's letters and counts
paired by a slash (held-out set 5 error classes). Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures, figures_of

CASES = [
    (  # the amount in brackets after a change is the figure's value
        "Tổng vốn đầu tư toàn xã hội tăng 4,2% (8.350 tỷ đồng).",
        [F("Tổng vốn đầu tư toàn xã hội", value=8350e9, unit="VND", yoy_pct=4.2)],
    ),
    (  # after a bare share, the amount is the value and the share is of the plan
        "Đến ngày 30/6, toàn huyện giải ngân 42,5% (215,6 tỷ đồng).",
        [F("giải ngân", value=215.6e9, unit="VND", pct_of_plan=42.5, plan=None)],
    ),
    (
        "Thu nội địa đạt 58%, 2.140 tỷ đồng.",
        [F("Thu nội địa", value=2140e9, unit="VND", pct_of_plan=58.0)],
    ),
    (  # a rate keeps its level; the count after it is a figure of its own
        "Tỷ lệ hộ nghèo còn 3,2%, giảm 1,1% so với cùng kỳ.",
        [F("Tỷ lệ hộ nghèo", value=3.2, unit="%", yoy_pct=-1.1)],
    ),
    (  # a percent sign glued to the plan's abbreviation
        "Diện tích gieo trồng đạt 1.250 ha, đạt 96,2%KH.",
        [F("Diện tích gieo trồng", value=1250, unit="ha", pct_of_plan=96.2, plan="KH")],
    ),
    (  # the same noun on both sides of the slash: a part of a whole
        "Tổng đàn trâu bò có 8.420 con/7.900 con, đạt 106,6% KH.",
        [F("Tổng đàn trâu bò", part=8420, whole=7900, unit="con", pct_of_plan=106.6, value=None)],
    ),
    (  # ... the unit typed glued to both numbers (held-out set 118)
        "Tổng diện tích gieo trồng 48.210ha/50.300ha, đạt 95,8%KH.",
        [F("Tổng diện tích gieo trồng", part=48210, whole=50300, unit="ha", pct_of_plan=95.8)],
    ),
    (  # two nouns: two counts
        "Toàn huyện có 12.450 học sinh/415 lớp.",
        [
            F("học sinh", value=12450, unit="học sinh"),
            F("lớp", value=415, unit="lớp"),
        ],
    ),
    (  # "ra lớp" is the verb of enrolment, not a class named by its number
        "Toàn ngành huy động ra lớp 86.079 học sinh/3.118 lớp.",
        [
            F("học sinh huy động ra lớp", value=86079, unit="học sinh"),
            F("lớp huy động ra lớp", value=3118, unit="lớp"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_paired_amounts(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Nghị quyết số 12-NQ/TU 5 năm qua, huyện đã đạt nhiều kết quả.",
        "Tập trung phòng, chống dịch bệnh Covid -19 gắn với phát triển kinh tế.",
    ],
)
def test_codes_stay_codes(text: str) -> None:
    assert all(f["value"] not in (12, 19) for f in figures_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the change on last month waits; the change on last year is the figure's
            "Chỉ số giá tiêu dùng (CPI) tháng 9 tăng 0,3% so với tháng trước, tăng 2,9% so với "
            "cùng kỳ.",
            [F("Chỉ số giá tiêu dùng (CPI)", yoy_pct=2.9)],
        ),
        (  # ... the month before named by its number, and a quarter (held-out set 97)
            "Kim ngạch nhập khẩu tháng 10 ước đạt 16 triệu USD, tăng 35,5% so với tháng 9/2026 và "
            "giảm 51,2% so với cùng kỳ năm trước.",
            [F("Kim ngạch nhập khẩu", value=16e6, yoy_pct=-51.2)],
        ),
        (
            "Doanh thu du lịch quý II tăng 5% so với quý I, tăng 9% so với cùng kỳ.",
            [F("Doanh thu du lịch", yoy_pct=9.0)],
        ),
        (  # a rank among peers and double-digit growth are no counts
            "Tốc độ tăng trưởng kinh tế đạt 10,2% (là một trong 6 tỉnh có mức tăng trên 2 con số "
            "của cả nước).",
            [F("Tốc độ tăng trưởng kinh tế", value=10.2, unit="%")],
        ),
        (  # a rank out of the whole ranked is no part of it (held-out set 105)
            "Chỉ số PCI đứng thứ 2 trên tổng số 63 tỉnh, thành phố; thu ngân sách tăng 12%.",
            [F("thu ngân sách", yoy_pct=12.0)],
        ),
        (  # "cả 3 mặt": every one of a known set, no count (held-out set 94)
            "Tai nạn giao thông giảm 12 vụ, kéo giảm cả 3 tiêu chí so với cùng kỳ.",
            [F("Tai nạn giao thông", yoy_abs=-12, unit="vụ")],
        ),
    ],
)
def test_changes_and_ranks(text: str, expected: list) -> None:
    assert_figures(text, expected)


def test_headline_and_teaser_restate_the_body() -> None:
    text = (
        "Năm 2026, tổng giá trị sản xuất của huyện gần 5.000 tỷ đồng\n\n"
        "Tổng giá trị sản xuất của huyện đạt 104% kế hoạch, tăng 7,5% so với năm 2025…\n\n"
        "Ngày 10/12/2026, Huyện ủy tổ chức hội nghị. Năm 2026, tổng giá trị sản xuất của huyện "
        "gần 5.000 tỷ đồng, đạt 104% kế hoạch, tăng 7,5% so với năm 2025.\n"
    )
    assert_figures(
        text,
        [
            F(
                "tổng giá trị sản xuất của huyện",
                value=5000e9,
                pct_of_plan=104.0,
                yoy_pct=7.5,
                qualifier="almost",
            )
        ],
    )


def test_number_glued_to_its_verb() -> None:
    assert_figures(
        "Tốc độ tăng trưởng của ngành đạt3,1% (chỉ tiêu 2,5-3%).",
        [F("Tốc độ tăng trưởng của ngành", value=3.1, unit="%")],
    )


def test_count_takes_the_verb_after_a_long_agent() -> None:
    assert_figures(
        "Lực lượng Công an huyện đã điều tra, làm rõ 215 vụ với 340 đối tượng.",
        [
            F("vụ điều tra, làm rõ", value=215, unit="vụ"),
            F("đối tượng điều tra, làm rõ", value=340, unit="đối tượng"),
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toàn tỉnh thu hồi 146 xe máy.", [F("xe máy thu hồi", value=146)]),
        ("Năm qua đã phục hồi 35 ha rừng.", [F("diện tích rừng đã phục hồi", value=35, unit="ha")]),
    ],
)
def test_verbs_ending_in_hoi_count(text: str, expected: list) -> None:
    assert_figures(text, expected)


def test_hoi_as_a_time_is_no_count() -> None:
    assert figures_of("Hội nghị khai mạc vào hồi 8 giờ sáng.") == []


def test_a_plan_share_is_named_after_the_plan_when_only_the_actor_precedes() -> None:
    assert_figures(
        "Thị xã đã hoàn thành 100% chỉ tiêu giao quân.",
        [F("chỉ tiêu giao quân", pct_of_plan=100.0)],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "đến" after a rate says the level reached
            "6 tháng qua, tốc độ tăng trưởng kinh tế của huyện đến 9,4%.",
            [F("tốc độ tăng trưởng kinh tế của huyện", value=9.4, unit="%")],
        ),
        ("Tỷ lệ hộ nghèo từ 5 đến 7%.", []),  # a range
        ("Tỷ lệ hộ nghèo giảm từ 5,2% đến 3,8%.", []),
    ],
)
def test_den_after_a_rate(text: str, expected: list) -> None:
    assert_figures(text, expected)
