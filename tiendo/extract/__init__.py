"""The Vietnamese extraction engine: review reports in, ``spec/extraction.md`` records out.

Pure Python; imports nothing from Django or the rest of tiendo.
"""

from tiendo.extract.engine import extract_file, extract_text
from tiendo.extract.record import Record

__all__ = ["Record", "extract_file", "extract_text"]
