"""Forms of the report and spreadsheet pages: an upload checked for size and type, and
the column mapping of a plain table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

from tiendo.core.vn import format_number
from tiendo.reports.sheets.messages import FIELD_LABELS
from tiendo.reports.sheets.values import FIELDS
from tiendo.results.models import Period
from tiendo.results.periods import PeriodKey, parse_code, period_label

# A data-entry workbook of a province and its communes is well under 1 MB; 5 MB leaves
# room for a long free-form table without letting one upload fill the disk.
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
XLSX, CSV = ".xlsx", ".csv"
ZIP_MAGIC = b"PK\x03\x04"

MSG_TOO_LARGE = _("Tệp “%(name)s” nặng %(size)s MB, quá giới hạn %(limit)s MB; hãy chia thành nhiều tệp nhỏ hơn.")
MSG_BODY_TOO_LARGE = _("Tệp tải lên quá lớn: giới hạn %(limit)s MB; hãy chia thành nhiều tệp nhỏ hơn.")
MSG_WRONG_TYPE = _("Tệp “%(name)s” không nhận được: chỉ nhận %(kinds)s.")
MSG_NOT_XLSX = _("Tệp “%(name)s” có đuôi .xlsx nhưng không phải tệp Excel; hãy lưu lại bằng Excel (Excel Workbook).")
MSG_EMPTY = _("Tệp “%(name)s” rỗng.")
MSG_FIELD_TWICE = _("Trường “%(field)s” được chọn cho nhiều cột: %(columns)s; mỗi trường chỉ một cột.")
KIND_LABELS = {XLSX: _("tệp Excel (.xlsx)"), CSV: _("tệp CSV (.csv, mã UTF-8)")}


def megabytes(size: int) -> str:
    return format_number(round(size / (1024 * 1024), 1), None)


class UploadForm(forms.Form):
    """One spreadsheet file, at most ``MAX_UPLOAD_BYTES``, of one of ``kinds``."""

    file = forms.FileField(label=_("Tệp"))

    def __init__(self, *args: Any, kinds: tuple[str, ...] = (XLSX,), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kinds = kinds
        self.fields["file"].widget.attrs["accept"] = ",".join(kinds)

    def clean_file(self) -> UploadedFile:
        upload: UploadedFile = self.cleaned_data["file"]
        name = upload.name or ""
        params = {"name": name}
        if upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                MSG_TOO_LARGE, params={**params, "size": megabytes(upload.size),
                                       "limit": megabytes(MAX_UPLOAD_BYTES)},
            )
        suffix = Path(name).suffix.lower()
        if suffix not in self.kinds:
            kinds = ", ".join(str(KIND_LABELS[k]) for k in self.kinds)
            raise forms.ValidationError(MSG_WRONG_TYPE, params={**params, "kinds": kinds})
        head = upload.read(len(ZIP_MAGIC))
        upload.seek(0)
        if not head:
            raise forms.ValidationError(MSG_EMPTY, params=params)
        if suffix == XLSX and head != ZIP_MAGIC:
            raise forms.ValidationError(MSG_NOT_XLSX, params=params)
        return upload


class TemplatePeriodForm(forms.Form):
    """The review period a blank data-entry form is for: 6 months, 9 months or the year, of
    this year or the last (the periods staff collect figures for)."""

    ky = forms.ChoiceField(label=_("Kỳ báo cáo"))

    def __init__(self, *args: Any, today: dt.date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        keys = [
            PeriodKey(kind, year, number)
            for year in (today.year, today.year - 1)
            for kind, number in ((Period.Kind.YTD, 6), (Period.Kind.YTD, 9), (Period.Kind.YEAR, year))
        ]
        self.fields["ky"].choices = [(key.code, period_label(key)) for key in keys]

    def key(self) -> PeriodKey:
        return parse_code(self.cleaned_data["ky"])


class MappingForm(forms.Form):
    """Which field each column of a table holds: one select per column, ``col-<n>``,
    preset with the guessed mapping."""

    def __init__(self, *args: Any, headers: list[str], guessed: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.headers = headers
        choices = [("", _("— bỏ qua cột này —")), *((f, FIELD_LABELS[f]) for f in FIELDS)]
        for index, header in enumerate(headers):
            self.fields[f"col-{index}"] = forms.ChoiceField(
                label=header or _("(cột không tên)"), choices=choices, required=False,
                initial=guessed.get(header, ""),
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        columns: dict[str, list[str]] = {}
        for index, header in enumerate(self.headers):
            chosen = data.get(f"col-{index}")
            if chosen:
                columns.setdefault(chosen, []).append(header)
        for chosen, headers in columns.items():
            if len(headers) > 1:
                self.add_error(None, forms.ValidationError(MSG_FIELD_TWICE, params={
                    "field": FIELD_LABELS[chosen], "columns": ", ".join(f"“{h}”" for h in headers),
                }))
        return data

    def mapping(self) -> dict[str, str]:
        """``{header: field}`` of the columns not skipped (valid form only)."""
        return {
            header: self.cleaned_data[f"col-{index}"]
            for index, header in enumerate(self.headers) if self.cleaned_data.get(f"col-{index}")
        }
