"""The named unit that has the counts after it ("Đảng bộ xã A có 78 đảng viên thuộc 5 chi bộ")
names them in their indicators, so that a visit to several communes keeps each count with its
commune; a whole may name its units more broadly than its part. Sentences written for these
tests."""

import pytest
from figure_check import F, assert_figures

CASES = [
    (  # each count after the unit's "có", up to the next unit
        "Đảng bộ xã Tân Lập có 96 đảng viên sinh hoạt tại 7 chi bộ, Đảng bộ xã Phú Hòa có 11 chi "
        "bộ với 210 đảng viên.",
        [
            F("đảng viên sinh hoạt tại Đảng bộ xã Tân Lập", value=96.0),
            F("chi bộ Đảng bộ xã Tân Lập", value=7.0),
            F("chi bộ Đảng bộ xã Phú Hòa", value=11.0),
            F("đảng viên Đảng bộ xã Phú Hòa", value=210.0),
        ],
    ),
    (  # a bare place name keeps its capitals; the whole counts "hộ", the part "hộ nghèo"
        "Trong đó, Tà Lùng có 512 hộ nghèo trên tổng số 930 hộ.",
        [F("hộ nghèo Tà Lùng", value=None, part=512.0, whole=930.0)],
    ),
    (  # a capitalised verb opening the sentence names no unit
        "Đã có 1.240 lượt người được khám bệnh miễn phí.",
        [F("lượt người được khám bệnh miễn phí", value=1240.0)],
    ),
    (  # a level alone names no unit either
        "Huyện có 35 xã đạt chuẩn nông thôn mới.",
        [F("xã đạt chuẩn nông thôn mới", value=35.0)],
    ),
    (  # the unit's counts end at the semicolon
        "Phường Đông Hải có 14 tổ dân phố; 9 tổ dân phố đạt danh hiệu văn hóa.",
        [
            F("tổ dân phố Phường Đông Hải", value=14.0),
            F("tổ dân phố đạt danh hiệu văn hóa", value=9.0),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_owners(text: str, expected: list) -> None:
    assert_figures(text, expected)
