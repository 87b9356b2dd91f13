"""Properties: numbers written the Vietnamese way read back; the figure finder takes any text."""

import unicodedata
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from tiendo.extract.figures import find_figures
from tiendo.extract.numbers import find_numbers, number_word, parse_number

SCALES = {"": 0, " nghìn": 3, " triệu": 6, " tỷ": 9, " nghìn tỷ": 12}


def vietnamese(whole: int, decimals: str) -> str:
    """``1234567`` and ``"5"`` → ``"1.234.567,5"``."""
    grouped = f"{whole:,}".replace(",", ".")
    return f"{grouped},{decimals}" if decimals else grouped


@given(
    whole=st.integers(min_value=0, max_value=10**15),
    decimals=st.text(alphabet="0123456789", max_size=4),
    scale=st.sampled_from(sorted(SCALES)),
    suffix=st.sampled_from(["", " đồng", " USD", "%"]),
)
def test_a_number_written_the_vietnamese_way_parses_back(
    whole: int, decimals: str, scale: str, suffix: str
) -> None:
    if suffix == "%":
        scale = ""
    text = vietnamese(whole, decimals) + scale + suffix
    expected = Decimal(f"{whole}.{decimals or '0'}") * (Decimal(10) ** SCALES[scale])
    assert parse_number(text) == float(expected)


@given(whole=st.integers(min_value=0, max_value=999), leading=st.integers(min_value=1, max_value=2))
def test_leading_zeros_do_not_change_the_value(whole: int, leading: int) -> None:
    assert parse_number("0" * leading + str(whole)) == whole


@given(st.text())
@settings(max_examples=300)
def test_find_numbers_never_raises_and_spans_hold_digits(text: str) -> None:
    for token in find_numbers(text):
        start, end = token.span
        assert 0 <= start < end <= len(text)
        assert text[start:end][:1].isdigit()


_GENRE = st.sampled_from(
    [
        "thu ngân sách",
        "đạt",
        "ước đạt",
        "hơn",
        "tỷ đồng",
        "triệu USD",
        "%",
        "kế hoạch",
        "dự toán",
        "tăng",
        "giảm",
        "so với cùng kỳ",
        "bằng",
        "vượt",
        "xã",
        "doanh nghiệp",
        "(",
        ")",
        ",",
        ";",
        ".",
        "\n",
        "/",
        "ngày",
        "năm",
        "tháng",
        "tỷ lệ",
        "còn",
        "từ",
        "xuống",
        "phấn đấu",
        "và",
        "trong đó",
        "số",
        "lần thứ",
        "-",
        "NQ/TU",
        "Tỉnh ủy",
        "Cụ thể",
        "1.584",
        "60,6,2",
        "0 68",
        "04",
        "16/25",
        "30/9",
        "2022",
        "5.738,9",
        "99,99",
    ]
)


@given(
    st.lists(st.one_of(_GENRE, st.integers(0, 10**7).map(str), st.text(max_size=5)), max_size=40)
)
@settings(max_examples=400)
def test_the_figure_finder_takes_any_genre_like_text(pieces: list[str]) -> None:
    text = unicodedata.normalize("NFC", " ".join(pieces))
    for figure in find_figures(text):
        start, end = figure.span
        assert 0 <= start < end <= len(text)
        assert _holds_a_number(text[start:end])
        assert figure.indicator.strip() == figure.indicator and figure.indicator


@given(st.text())
@settings(max_examples=300)
def test_the_figure_finder_never_raises_on_any_unicode(text: str) -> None:
    text = unicodedata.normalize("NFC", text)
    for figure in find_figures(text):
        start, end = figure.span
        assert _holds_a_number(text[start:end])


def _holds_a_number(evidence: str) -> bool:
    """Digits, or a number spelled in words ("năm triệu USD")."""
    return any(c.isdigit() for c in evidence) or any(
        number_word(w.lower()) is not None for w in evidence.split()
    )


@given(
    whole=st.integers(min_value=1, max_value=10**6),
    decimals=st.text(alphabet="0123456789", min_size=1, max_size=2),
    unit=st.sampled_from([("tỷ đồng", 9, "VND"), ("triệu USD", 6, "USD"), ("%", 0, "%")]),
)
def test_every_figure_span_contains_its_numbers(
    whole: int, decimals: str, unit: tuple[str, int, str]
) -> None:
    words, power, code = unit
    number = vietnamese(whole, decimals)
    sep = "" if words == "%" else " "
    # A percentage is the level of a rate; after an amount it would be a share of a plan.
    indicator = "Tỷ lệ che phủ rừng" if words == "%" else "Giá trị sản xuất"
    text = f"{indicator} ước đạt {number}{sep}{words}, tăng 5,5% so với cùng kỳ."
    [figure] = find_figures(text)
    start, end = figure.span
    assert number in text[start:end] and "5,5" in text[start:end]
    assert figure.unit == code
    assert figure.value == float(Decimal(f"{whole}.{decimals}") * (Decimal(10) ** power))
