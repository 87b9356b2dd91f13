"""Limit-offset pages with bounds: a huge offset is refused (422), not sent to the database."""

from __future__ import annotations

from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MAX_OFFSET = 10**9


class Page(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="số mục mỗi trang")
        offset: int = Field(0, ge=0, le=MAX_OFFSET, description="bỏ qua bao nhiêu mục đầu")

    def __init__(self, **kwargs: object) -> None:
        super().__init__(max_limit=MAX_LIMIT, **kwargs)  # type: ignore[arg-type]
