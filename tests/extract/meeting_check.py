"""Shared by the meeting tests: the meeting a text reports, as the contract's JSON."""

from tiendo.extract.engine import extract_text


def meeting(text: str) -> dict:
    record = extract_text(text)
    assert record.meeting is not None
    return record.meeting.to_json()
