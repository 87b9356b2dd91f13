"""Lexicon files: loaded, checked against their schema, and refused with a clear error."""

import unicodedata

import pytest

from tiendo.extract.lexicon import LexiconError, load, parse, register_schema, schema_of

NUMBERS_SCHEMA = schema_of("numbers")

SCHEMA = {
    "words": "list[str]",
    "scales": "dict[str,int]",
    "table": {"name": "str", "extra": "str?"},
}
GOOD = """
words = ["dự toán", "kế hoạch"]
[scales]
"tỷ" = 9
[table]
name = "x"
"""


@pytest.mark.parametrize("name", ["numbers", "figures"])
def test_shipped_lexicons_load_and_pass_their_schema(name: str) -> None:
    assert isinstance(load(name), dict)
    assert load(name)


def test_load_is_cached() -> None:
    assert load("figures") is load("figures")


def test_a_plan_word_is_one_line_of_data() -> None:
    assert "dự toán" in load("figures")["plans"]["words"]


def test_parse_accepts_a_file_that_fits_its_schema() -> None:
    data = parse(GOOD, "sample", SCHEMA)
    assert data["scales"] == {"tỷ": 9}
    assert data["table"] == {"name": "x"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("words = [", "not valid TOML"),
        ('words = ["a"]\n[scales]\n"tỷ" = 9', "missing key 'table'"),
        (GOOD + 'unknown = "x"\n', "unknown key 'unknown'"),
        (GOOD.replace('"tỷ" = 9', '"tỷ" = "chín"'), "expected dict[str,int]"),
        (GOOD.replace('["dự toán", "kế hoạch"]', '"dự toán"'), "expected list[str]"),
        (GOOD.replace('["dự toán", "kế hoạch"]', '["a", "a"]'), "duplicate entries ['a']"),
        (GOOD.replace('"kế hoạch"', '""'), "empty string"),
        (GOOD.replace('"kế hoạch"', '" kế hoạch"'), "stray spaces"),
        (GOOD.replace('"kế hoạch"', '"kế  hoạch"'), "stray spaces"),
        (GOOD.replace('name = "x"', "name = 3"), "expected str"),
        (GOOD.replace('name = "x"', 'name = "x"\nbad = "y"'), "unknown key 'bad'"),
        ('words = ["a"]\ntable = 1\n[scales]\n"tỷ" = 9', "expected a table"),
        (GOOD.replace('"tỷ" = 9', '"tỷ" = 2024-01-01'), "unsupported value"),
    ],
)
def test_parse_refuses_a_malformed_file(text: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse(text, "sample", SCHEMA)


def test_text_not_in_nfc_is_refused() -> None:
    decomposed = unicodedata.normalize("NFD", "kế hoạch")
    with pytest.raises(LexiconError, match="not in Unicode NFC"):
        parse(f'words = ["{decomposed}"]', "sample")


def test_every_file_gets_the_generic_checks_without_a_schema() -> None:
    with pytest.raises(LexiconError, match="empty string"):
        parse('words = [""]', "sample")
    assert parse('x = ["a"]', "sample") == {"x": ["a"]}


def test_optional_keys_may_be_left_out() -> None:
    data = parse(GOOD, "sample", SCHEMA)
    assert "extra" not in data["table"]


def test_a_missing_file_is_a_clear_error() -> None:
    with pytest.raises(LexiconError, match="no file"):
        load("no_such_lexicon")


@pytest.mark.parametrize("name", ["../numbers", "a/b", "x.toml"])
def test_names_cannot_leave_the_lexicon_folder(name: str) -> None:
    with pytest.raises(LexiconError, match="letters, digits and _ only"):
        load(name)


def test_register_schema_checks_another_file() -> None:
    register_schema("numbers", {**NUMBERS_SCHEMA, "required_extra": "str"})
    try:
        with pytest.raises(LexiconError, match="missing key 'required_extra'"):
            load("numbers")
    finally:
        register_schema("numbers", NUMBERS_SCHEMA)
    assert load("numbers")["scales"]["tỷ"] == 9


def test_unknown_schema_types_are_a_programming_error() -> None:
    with pytest.raises(LexiconError, match="unknown schema type"):
        parse('x = "a"', "sample", {"x": "set[str]"})
