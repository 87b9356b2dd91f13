"""``POST /api/extract``: a text in, the extraction contract's record out (nothing is stored)."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Router, Schema
from pydantic import Field

from tiendo.api.errors import ErrorOut
from tiendo.api.permissions import AUTHENTICATED
from tiendo.api.types import NO_NUL
from tiendo.extract import Record, extract_text

router = Router(tags=[_("Trích xuất")])
# A long review report is some 60,000 characters; this leaves room and bounds the work.
MAX_TEXT = 400_000


class ExtractIn(Schema):
    text: str = Field(max_length=MAX_TEXT, pattern=NO_NUL, description="bài báo, báo cáo (văn bản thuần)")
    source: str = Field("-", max_length=500, pattern=NO_NUL, description="tên hoặc địa chỉ nguồn")


@router.post("/extract", response={200: Record, 422: ErrorOut}, openapi_extra=AUTHENTICATED, exclude_unset=True)
def extract(request: HttpRequest, payload: ExtractIn) -> object:
    """The record of ``spec/extraction.md`` for the posted text, as ``tiendo extract`` prints it."""
    record = extract_text(payload.text, source=payload.source)
    # Read back from the contract's JSON, so that what the contract leaves out stays out.
    return Record.model_validate(record.to_json())
