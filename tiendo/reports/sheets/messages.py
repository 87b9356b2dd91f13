"""The messages of spreadsheet exchange: Vietnamese, translatable, reused by the tests."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

# One cell: each names the offending value.
MSG_NOT_A_NUMBER = _("“%(value)s” không phải là số (viết theo kiểu 5.738,9)")
MSG_TOO_LARGE = _("“%(value)s” quá lớn")
MSG_NOT_A_MARK = _("“%(value)s” không hợp lệ: ghi “x” nếu là số ước tính, để trống nếu không")
MSG_INDICATOR_UNKNOWN = _("Không có chỉ tiêu mã hoặc tên “%(value)s” trong danh mục")
MSG_INDICATOR_AMBIGUOUS = _("“%(value)s” khớp nhiều chỉ tiêu: %(choices)s; hãy ghi mã chỉ tiêu")
MSG_UNIT_UNKNOWN = _("Không có đơn vị mã hoặc tên “%(value)s”")
MSG_UNIT_AMBIGUOUS = _("“%(value)s” khớp nhiều đơn vị: %(choices)s; hãy ghi mã đơn vị")
MSG_UNIT_NOT_IN_PERIOD = _("Đơn vị “%(value)s” không có hiệu lực trong kỳ %(period)s")
MSG_UNIT_FORBIDDEN = _(
    "Tài khoản của bạn không được nhập số liệu cho đơn vị “%(value)s” "
    "(chỉ đơn vị của mình và các đơn vị trực thuộc)"
)
MSG_PERIOD_UNKNOWN = _(
    "“%(value)s” không phải là kỳ báo cáo: ghi mã (2023-9M, 2023-Q3, 2023-M05, 2023) "
    "hoặc tên (9 tháng 2023, Quý III/2023, Tháng 5/2023, Năm 2023)"
)
MSG_PERIOD_LOCKED = _(
    "Kỳ %(period)s của %(value)s đã được phê duyệt và khóa; cần mở khóa trước khi nhập số liệu"
)
MSG_DUPLICATE = _("“%(value)s” đã được nhập ở %(first)s cho cùng đơn vị, chỉ tiêu và kỳ")
MSG_REQUIRED = _("Thiếu %(value)s")
MSG_REFUSED = _("Không ghi được: %(value)s")

# The file or a sheet as a whole.
MSG_FILE_UNREADABLE = _("Không đọc được tệp “%(value)s”: cần tệp Excel (.xlsx) hoặc CSV (UTF-8)")
MSG_NOT_A_TEMPLATE = _(
    "Tệp “%(value)s” không phải biểu nhập số liệu của tiendo (thiếu trang ẩn “%(sheet)s”); "
    "hãy dùng chức năng nhập bảng tự do"
)
MSG_FORMAT_VERSION = _(
    "Biểu mẫu phiên bản “%(value)s” không còn được hỗ trợ; hãy tải biểu mẫu mới (phiên bản %(expected)s)"
)
MSG_SHEET_UNIT_UNKNOWN = _(
    "Trang tính ghi đơn vị “%(value)s” không có trong cơ sở dữ liệu này; hãy tải biểu mẫu mới"
)
MSG_COLUMN_MISSING = _("Chưa chọn cột cho “%(value)s”")
MSG_COLUMN_UNKNOWN = _("Không có cột “%(value)s” trong bảng")
MSG_FIELD_UNKNOWN = _("“%(value)s” không phải là trường nhập được: %(choices)s")
MSG_NO_HEADER = _("Bảng không có dòng tiêu đề")

# Labels of the fields a table column can be mapped to (shown in MSG_REQUIRED, the CLI).
FIELD_LABELS = {
    "unit": _("đơn vị"),
    "indicator": _("chỉ tiêu"),
    "period": _("kỳ báo cáo"),
    "value": _("giá trị"),
    "estimated": _("ước tính"),
    "note": _("ghi chú"),
}

# The template's texts.
TITLE = _("BIỂU NHẬP SỐ LIỆU CHỈ TIÊU")
PERIOD_LINE = _("Kỳ báo cáo: %(period)s")
UNIT_LINE = _("Đơn vị: %(unit)s")
HINT_LINE = _(
    "Nhập số vào các ô nền vàng; số thập phân dùng dấu phẩy (5.738,9). "
    "Cột “Ước tính” ghi x nếu số liệu là ước tính. Ô để trống không được nhập."
)
HEADERS = (
    _("STT"), _("Chỉ tiêu"), _("Đơn vị tính"), _("Kế hoạch"), _("Thực hiện"), _("Ước tính (x)"),
    _("Ghi chú"),
)
MARK_PROMPT = _("Ghi x nếu số liệu là ước tính")
