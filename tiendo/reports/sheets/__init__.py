"""Spreadsheet exchange: data-entry templates out, filled-in templates and plain tables in.

``template.sheet_template`` writes a form; ``importing.sheet_import`` and
``importing.table_import`` read one back. The package itself imports nothing, so the
command line can describe ``tiendo sheet`` before Django is set up.
"""
