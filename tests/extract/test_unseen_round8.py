"""Shapes from held-out sets 143–148: a comparative's baseline rate, an adverb before an
estimate, a service of the armed forces in a title, and a media player's or a paper's prompt
above the headline. Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures

from tiendo.extract.engine import extract_text
from tiendo.extract.people import extract_people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the rate after "thấp hơn so với mức tăng" is the baseline's, no change of its own
            "Tổng sản phẩm trên địa bàn chỉ ước đạt 6,8%, thấp hơn so với mức tăng 7,5% cùng kỳ "
            "năm trước.",
            [F("Tổng sản phẩm trên địa bàn", value=6.8, estimated=True, yoy_pct=None)],
        ),
        (  # ... and so is the peers' rate after "cao hơn mức tăng"
            "GRDP tăng 7,9%, cao hơn mức tăng 6,1% của cả nước.",
            [F("GRDP", value=None, yoy_pct=7.9)],
        ),
        (  # a rate of its own after "với mức tăng" still counts
            "Ngành dịch vụ phát triển với mức tăng 8,2%.",
            [F("Ngành dịch vụ phát triển", yoy_pct=8.2)],
        ),
    ],
)
def test_figures(text: str, expected: list) -> None:
    assert_figures(text, expected)


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Chuẩn Đô đốc Lê Văn Tâm, Tư lệnh Hải quân dự buổi làm việc.", ["Tư lệnh Hải quân"]),
        ("Thiếu tướng Hồ Văn Sáu, Phó Tư lệnh Quân khu 5 phát biểu.", ["Phó Tư lệnh Quân khu 5"]),
    ],
)
def test_titles_of_the_armed_forces(text: str, titles: list[str]) -> None:
    assert [p.titles for p in extract_people(text)] == [titles]


@pytest.mark.parametrize(
    "chrome",
    ["Your browser does not support the audio element.", "Theo dõi Báo Tân An trên"],
)
def test_player_and_follow_prompts_are_no_headline(chrome: str) -> None:
    text = f"{chrome}\nHuyện Tân An tổng kết công tác năm 2026\n\nSáng 20/12, Huyện ủy tổ chức hội nghị."
    assert extract_text(text).title == "Huyện Tân An tổng kết công tác năm 2026"
