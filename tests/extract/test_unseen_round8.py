"""Shapes from held-out sets 143–148: a comparative's baseline rate, "only" before the verb,
a service of the armed forces in a title, a media player's or a paper's prompt above the
headline, and subjects listed before their task. Sentences written for these tests."""

import pytest
from figure_check import F, assert_figures
from item_check import items
from meeting_check import meeting

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
        (  # "chỉ" (only) before the verb is no part of the indicator; "chứng chỉ" is
            "Tỷ lệ giải ngân chỉ đạt 45%. Lao động có chứng chỉ đạt 28%.",
            [F("Tỷ lệ giải ngân", value=45.0), F("Lao động có chứng chỉ", value=28.0)],
        ),
        (  # "not yet" before the verb goes too; targets not met keep their "chưa đạt"
            "Thu ngân sách chưa đạt 50% dự toán. Toàn huyện còn 3 chỉ tiêu chưa đạt so với nghị "
            "quyết.",
            [
                F("Thu ngân sách", pct_of_plan=50.0),
                F("chỉ tiêu chưa đạt", value=3.0, unit="chỉ tiêu"),
            ],
        ),
        (  # "kết quả này" points back to the figure before, once "kết quả" is trimmed
            "Thu ngân sách 9 tháng đạt 205 tỷ đồng. Theo Chi cục Thuế: kết quả này bằng 86,1% "
            "dự toán tỉnh giao.",
            [F("Thu ngân sách", value=205e9), F("Thu ngân sách", pct_of_plan=86.1)],
        ),
        (  # a level judged before it is said is the level, no share of a baseline
            "Tốc độ tăng GRDP đạt mức khá cao trên 7,5% so với năm 2025. Tỷ lệ hộ nghèo vẫn ở "
            "mức cao, trên 12%.",
            [
                F("Tốc độ tăng GRDP", value=7.5, yoy_pct=None),
                F("Tỷ lệ hộ nghèo", value=12.0),
            ],
        ),
        (  # a whole stated again as the ratio's denominator is no count of its own
            "Theo đó, trong tổng số 13 chỉ tiêu cơ bản, có 12/13 chỉ tiêu vượt kế hoạch.",
            [F("chỉ tiêu vượt kế hoạch", part=12.0, whole=13.0)],
        ),
        (  # how much it rose, said before the number, is part of the cue
            "Kim ngạch xuất khẩu tăng mạnh 25% so với cùng kỳ. Chỉ số sản xuất công nghiệp ước "
            "tăng khá 4,5%.",
            [
                F("Kim ngạch xuất khẩu", value=None, yoy_pct=25.0),
                F("Chỉ số sản xuất công nghiệp", value=None, yoy_pct=4.5),
            ],
        ),
        (  # the subject of a clause with none is before the comparison, not its baseline
            "Tổng mức bán lẻ hàng hóa tăng cao so với cùng kỳ, ước đạt hơn 43.420 tỷ đồng.",
            [F("Tổng mức bán lẻ hàng hóa", value=43420e9)],
        ),
        (  # a total names what its bare scale counts
            "Khối có thêm 141 đảng viên, nâng tổng số đảng viên của khối lên gần 6 ngàn.",
            [
                F("đảng viên khối có thêm", value=141.0),
                F("tổng số đảng viên của khối", value=6000.0, unit="đảng viên"),
            ],
        ),
        (  # the plan striven for is a plan's name, no target ending the results (set 160)
            "Thu ngân sách ước đạt 6.001,6 tỷ đồng, bằng 50,9% dự toán, bằng 44,1% so với chỉ "
            "tiêu phấn đấu và tăng 21,2% so với cùng kỳ.",
            [
                F("Thu ngân sách", value=6001.6e9, pct_of_plan=50.9),
                F("Thu ngân sách", pct_of_plan=44.1, plan="chỉ tiêu phấn đấu", yoy_pct=21.2),
            ],
        ),
        (  # the body that set a plan and its vote end the plan's name; "TX." ends no
            # sentence (held-out set 158)
            "Thu ngân sách của TX. Tân An ước thực hiện 258 tỷ đồng, đạt 92,2% dự toán UBND "
            "tỉnh và 79,4% dự toán HĐND thị xã thông qua.",
            [
                F("Thu ngân sách của TX. Tân An", value=258e9, plan="dự toán UBND tỉnh"),
                F(
                    "Thu ngân sách của TX. Tân An",
                    pct_of_plan=79.4,
                    plan="dự toán HĐND thị xã thông qua",
                ),
            ],
        ),
        (  # the plan a named body set is no result (held-out set 162)
            "Năm 2026, Cục Hải quan được Bộ Tài chính giao chỉ tiêu dự toán thu ngân sách "
            "1.540 tỷ đồng. Toàn Cục thu đạt 1.385,8 tỷ đồng, đạt 90% chỉ tiêu.",
            [F("Toàn Cục thu", value=1385.8e9, pct_of_plan=90.0)],
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
    ("text", "expected"),
    [
        (  # a service of the armed forces, its second syllable in lower case
            "Chuẩn Đô đốc Lê Văn Tâm, Tư lệnh Hải quân dự buổi làm việc.",
            [("Lê Văn Tâm", ["Tư lệnh Hải quân"])],
        ),
        (
            "Thiếu tướng Hồ Văn Sáu, Phó Tư lệnh Quân khu 5 phát biểu.",
            [("Hồ Văn Sáu", ["Phó Tư lệnh Quân khu 5"])],
        ),
        (  # after a name said first, a later title ends on its place of two syllables
            "Đồng chí Lê Văn Phúc, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Đồng Hà chủ "
            "trì hội nghị.",
            [("Lê Văn Phúc", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Bí thư Thành ủy Đồng Hà"])],
        ),
        (  # ... where a name of three syllables is the next person
            "Ông Lê Văn An, Chủ tịch UBND huyện, Phó Bí thư Huyện ủy Trần Văn Bình cùng dự.",
            [("Lê Văn An", ["Chủ tịch UBND huyện"]), ("Trần Văn Bình", ["Phó Bí thư Huyện ủy"])],
        ),
        (  # "Quốc gia" with its second syllable in lower case (held-out set 154)
            "Ông Lê Văn Khánh, Cục trưởng Cục Du lịch Quốc gia Việt Nam phát biểu.",
            [("Lê Văn Khánh", ["Cục trưởng Cục Du lịch Quốc gia Việt Nam"])],
        ),
        (  # the town's committee in lower case
            "Bí thư thị ủy Kiến Hòa Nguyễn Minh Lâm đánh giá kết quả.",
            [("Nguyễn Minh Lâm", ["Bí thư thị ủy Kiến Hòa"])],
        ),
    ],
)
def test_titles(text: str, expected: list) -> None:
    assert [(p.name, p.titles) for p in extract_people(text)] == expected


@pytest.mark.parametrize(
    "chrome",
    [
        "Your browser does not support the audio element.",
        "Theo dõi Báo Tân An trên",
        "Thứ bảy, 2 Tháng 12, 2026 - 20:03",  # the page's date, its day before its month
        "NHIỆT LIỆT CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU MTTQ CÁC CẤP!",  # the site's slogan
    ],
)
def test_player_and_follow_prompts_are_no_headline(chrome: str) -> None:
    text = f"{chrome}\nHuyện Tân An tổng kết công tác năm 2026\n\nSáng 20/12, Huyện ủy tổ chức hội nghị."
    assert extract_text(text).title == "Huyện Tân An tổng kết công tác năm 2026"


def test_subjects_listed_with_commas_are_dropped_before_their_verb() -> None:
    body = (
        "Năm 2027, Tư lệnh đề nghị cấp ủy, chỉ huy các cấp, cán bộ, người lao động của công ty "
        "tiếp tục quán triệt sâu sắc tình hình nhiệm vụ."
    )
    tasks, _ = items(body, "Công ty Tân An tổng kết năm 2026\n\n")
    assert tasks == ["tiếp tục quán triệt sâu sắc tình hình nhiệm vụ"]


def test_a_modal_conceded_sets_no_task() -> None:
    body = (
        "Phát biểu khai mạc, Chủ tịch HĐND tỉnh Lê Văn Được khẳng định, năm 2026, mặc dù phải "
        "đối mặt với nhiều khó khăn, cả hệ thống chính trị đã chung sức, đồng lòng."
    )
    assert items(body, "HĐND tỉnh Tân An khai mạc kỳ họp cuối năm 2026\n\n")[0] == []


@pytest.mark.parametrize(
    ("text", "organizer"),
    [
        (  # the period after the body is no part of its name (held-out set 153)
            "Sáng 28/6, Bí thư Đảng ủy Quân sự tỉnh Lê Văn Thanh chủ trì Hội nghị Đảng ủy Quân "
            "sự tỉnh 6 tháng đầu năm 2026.",
            "Đảng ủy Quân sự tỉnh",
        ),
        (  # ... where a number names a district
            "Sáng 5/10, UBND Quận 2 tổ chức hội nghị sơ kết 9 tháng năm 2026.",
            "UBND Quận 2",
        ),
    ],
)
def test_organizers(text: str, organizer: str) -> None:
    assert meeting("Hội nghị sơ kết năm 2026\n\n" + text)["organizer"] == organizer
