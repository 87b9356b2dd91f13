"""Shared by the task and shortcoming tests: extract the items of a body under a headline."""

from tiendo.extract.engine import extract_text
from tiendo.extract.text import overlap


def items(body: str, headline: str) -> tuple[list[str], list[str]]:
    """The texts of the tasks and of the shortcomings found in ``headline`` + ``body``."""
    record = extract_text(headline + body)
    return [t.text for t in record.tasks], [s.text for s in record.shortcomings]


def covers(found: list[str], expected: list[str]) -> bool:
    """As many items as expected, each overlapping its expected text as the scorer counts a match."""
    return len(found) == len(expected) and all(
        overlap(f, e) >= 0.6 for f, e in zip(found, expected, strict=True)
    )
