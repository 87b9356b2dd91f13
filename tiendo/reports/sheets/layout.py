"""Where things sit in a data-entry template; shared by the writer and the reader."""

from __future__ import annotations

FORMAT_VERSION = "tiendo-sheet-1"
META_SHEET = "_tiendo"
# The hidden sheet's rows: key in column A, value in column B.
META_FORMAT, META_PERIOD, META_PLAN_EDITABLE, META_UNIT = "format", "period", "plan_editable", "unit"

# The hidden column H of each unit's sheet: H1 marks the sheet, H2 the unit id, H3 its code;
# from the first data row on, each indicator row holds the indicator's code.
UNIT_MARK = "tiendo-unit"
COL_STT, COL_NAME, COL_UOM, COL_PLAN, COL_VALUE, COL_MARK, COL_NOTE, COL_CODE = range(1, 9)
HEADER_ROW = 6
FIRST_DATA_ROW = 7
