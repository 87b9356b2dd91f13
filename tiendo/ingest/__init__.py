"""Ingest: a narrative report uploaded, extracted, matched, reviewed and accepted into the data."""
