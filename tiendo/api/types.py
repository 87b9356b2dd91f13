"""Bounded input types: every integer fits its database column and no text carries a NUL,
so that no input reaches PostgreSQL in a form it rejects with an error of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from pydantic import Field

BIGINT_MAX = 2**63 - 1
INTEGER_MAX = 2**31 - 1
SMALLINT_MAX = 2**15 - 1
NO_NUL = r"^[^\x00]*$"

Id = Annotated[int, Field(ge=1, le=BIGINT_MAX, examples=[1])]
Version = Annotated[int, Field(ge=1, le=INTEGER_MAX, description="phiên bản đã đọc (chống ghi đè)")]
SmallCount = Annotated[int, Field(ge=1, le=SMALLINT_MAX)]
Year = Annotated[int, Field(ge=1900, le=2200)]
Percent = Annotated[int, Field(ge=0, le=100)]
Position = Annotated[int, Field(ge=0, le=INTEGER_MAX)]
# Decimal(24, 6) columns: 18 digits before the point, 6 after.
Amount = Annotated[Decimal, Field(max_digits=24, decimal_places=6, allow_inf_nan=False)]
Day = Annotated[dt.date, Field(ge=dt.date(1900, 1, 1), le=dt.date(2200, 12, 31))]
PeriodCode = Annotated[
    str, Field(max_length=9, pattern=r"^(19|20|21)\d\d(-(M\d{1,2}|Q[1-4]|\d{1,2}M|(19|20|21)\d\d))?$",
               description="mã kỳ: 2022-M05, 2022-Q3, 2022-9M, 2022, 2020-2025", examples=["2025-9M"]),
]


def bounded(max_length: int, *, min_length: int = 0) -> type[str]:
    """A string of at most ``max_length`` characters without NUL (PostgreSQL refuses it)."""
    return Annotated[str, Field(max_length=max_length, min_length=min_length, pattern=NO_NUL)]  # type: ignore[return-value]


SearchText = bounded(200)
