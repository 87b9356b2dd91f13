"""Figures after a long estimate, a rate reached with no subject, a time phrase of the year
gone by and a list of sectors after a connector (held-out sets 143–145). Sentences written
for these tests."""

import pytest
from figure_check import F, assert_figures

CASES = [
    (  # "dự ước đạt" estimates as a whole: no "dự" left on the indicator
        "Doanh thu du lịch năm 2026 dự ước đạt 640 tỷ đồng.",
        [F("Doanh thu du lịch", value=640e9, estimated=True)],
    ),
    (  # ... and so does "dự kiến đạt"
        "Sản lượng lương thực dự kiến đạt 41.500 tấn.",
        [F("Sản lượng lương thực", value=41500.0, estimated=True)],
    ),
    (  # a rate reached with only years before it names the rate; the years after share it
        "Trên thực tế, năm 2024 đạt mức tăng trưởng 5,12%, năm 2025 đạt 6,4% và năm 2026 dự "
        "ước đạt 7,05%.",
        [
            F("mức tăng trưởng", value=5.12, estimated=False),
            F("mức tăng trưởng", value=6.4, estimated=False),
            F("mức tăng trưởng", value=7.05, estimated=True),
        ],
    ),
    (  # a subject before the rate still names whose rate it is
        "Năm 2026 huyện đạt tốc độ tăng trưởng 9,3%.",
        [F("tốc độ tăng trưởng huyện", value=9.3)],
    ),
    (  # "trong năm qua" is a time phrase whole: no "qua" left
        "Giá trị xuất khẩu trong năm qua đạt 88 triệu USD.",
        [F("Giá trị xuất khẩu", value=88e6, unit="USD")],
    ),
    (  # a list of sectors opening its clause after a connector is one indicator
        "Trong đó, các ngành thương mại, dịch vụ đạt 510 tỷ đồng, nông nghiệp đạt 96 tỷ đồng.",
        [
            F("các ngành thương mại, dịch vụ", value=510e9),
            F("nông nghiệp", value=96e9),
        ],
    ),
    (  # ... and after a year
        "Năm 2026, lĩnh vực vận tải, kho bãi đạt 212 tỷ đồng.",
        [F("lĩnh vực vận tải, kho bãi", value=212e9)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_figures(text: str, expected: list) -> None:
    assert_figures(text, expected)
