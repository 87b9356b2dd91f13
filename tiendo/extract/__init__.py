"""The Vietnamese extraction engine: review reports in, ``spec/extraction.md`` records out.

Pure Python; imports nothing from Django or the rest of tiendo.
"""
