"""Errors as JSON: a machine ``code``, a Vietnamese ``message`` and, for refused input, the
fields concerned. Missing and forbidden objects give the same 404, so ids reveal nothing.

A stale ``version`` gives 409 with the object's current value; a change in a locked
period gives 423 with who locked it and when.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError

from tiendo.core.services import MSG_VERSION_CONFLICT
from tiendo.results.services import MSG_PERIOD_LOCKED, MSG_TRANSITION

MSG_NOT_FOUND = gettext_lazy("Không tìm thấy, hoặc tài khoản không được xem đối tượng này.")
MSG_NOT_AUTHENTICATED = gettext_lazy(
    "Chưa đăng nhập: gửi khóa API (Authorization: Bearer <khóa>) hoặc đăng nhập trên trang web."
)
MSG_FORBIDDEN = gettext_lazy("Vai trò của tài khoản không cho phép thao tác này.")
MSG_CSRF = gettext_lazy(
    "Thiếu hoặc sai mã CSRF: trình duyệt phải gửi tiêu đề X-CSRFToken lấy từ cookie csrftoken."
)
MSG_INVALID = gettext_lazy("Dữ liệu gửi lên không hợp lệ.")
MSG_BAD_REQUEST = gettext_lazy("Yêu cầu không hợp lệ.")

# pydantic's error types, said in Vietnamese; ``%(…)s`` come from the error's context.
FIELD_MESSAGES: dict[str, Any] = {
    "missing": gettext_lazy("Thiếu trường này."),
    "int_parsing": gettext_lazy("Phải là số nguyên."),
    "int_type": gettext_lazy("Phải là số nguyên."),
    "int_from_float": gettext_lazy("Phải là số nguyên."),
    "decimal_parsing": gettext_lazy("Phải là số."),
    "decimal_type": gettext_lazy("Phải là số."),
    "decimal_max_digits": gettext_lazy("Quá nhiều chữ số (tối đa %(max_digits)s)."),
    "decimal_max_places": gettext_lazy("Quá nhiều chữ số thập phân (tối đa %(decimal_places)s)."),
    "decimal_whole_digits": gettext_lazy("Phần nguyên quá dài (tối đa %(whole_digits)s chữ số)."),
    "finite_number": gettext_lazy("Phải là số hữu hạn."),
    "float_parsing": gettext_lazy("Phải là số."),
    "bool_parsing": gettext_lazy("Phải là true hoặc false."),
    "bool_type": gettext_lazy("Phải là true hoặc false."),
    "string_type": gettext_lazy("Phải là chuỗi ký tự."),
    "string_too_long": gettext_lazy("Dài quá %(max_length)s ký tự."),
    "string_too_short": gettext_lazy("Phải có ít nhất %(min_length)s ký tự."),
    "string_pattern_mismatch": gettext_lazy("Có ký tự không được phép."),
    "greater_than_equal": gettext_lazy("Phải từ %(ge)s trở lên."),
    "greater_than": gettext_lazy("Phải lớn hơn %(gt)s."),
    "less_than_equal": gettext_lazy("Không được lớn hơn %(le)s."),
    "less_than": gettext_lazy("Phải nhỏ hơn %(lt)s."),
    "date_parsing": gettext_lazy("Phải là ngày dạng YYYY-MM-DD."),
    "date_from_datetime_parsing": gettext_lazy("Phải là ngày dạng YYYY-MM-DD."),
    "date_type": gettext_lazy("Phải là ngày dạng YYYY-MM-DD."),
    "enum": gettext_lazy("Phải là một trong: %(expected)s."),
    "literal_error": gettext_lazy("Phải là một trong: %(expected)s."),
    "list_type": gettext_lazy("Phải là một danh sách."),
    "model_attributes_type": gettext_lazy("Phải là một đối tượng JSON."),
    "dict_type": gettext_lazy("Phải là một đối tượng JSON."),
    "json_invalid": gettext_lazy("Nội dung không phải JSON hợp lệ."),
    "extra_forbidden": gettext_lazy("Trường không được nhận."),
    "too_long": gettext_lazy("Quá %(max_length)s phần tử."),
}
FIELD_MESSAGE_OTHER = gettext_lazy("Giá trị không hợp lệ.")
# Where ninja puts a parameter: its location and the argument's name are not field names.
_LOCATIONS = {"body", "query", "path", "header", "cookie", "form", "file"}


class ErrorOut(Schema):
    code: str
    message: str
    fields: dict[str, list[str]] = {}


class ConflictOut(ErrorOut):
    """409: the update was based on an old version; ``current`` is the object as it is now."""

    current: dict[str, Any] | None = None


class LockedOut(ErrorOut):
    """423: the unit's period was approved and locked, by whom and when."""

    locked_by: str | None = None
    locked_at: dt.datetime | None = None


READ_ERRORS: dict[int, Any] = {404: ErrorOut}
# What a write may answer besides success (``catalogue`` objects have no period to lock).
WRITE_ERRORS: dict[int, Any] = {403: ErrorOut, 404: ErrorOut, 409: ConflictOut, 422: ErrorOut, 423: LockedOut}


class ApiError(Exception):
    """Raised by endpoints for an answer other than the usual one."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"code": code, "message": message, "fields": {}, **extra}


class Conflict(ApiError):
    def __init__(self, message: str, fields: dict[str, list[str]], current: dict[str, Any]) -> None:
        super().__init__(409, "version_conflict", message, current=current)
        self.body["fields"] = fields


class Locked(ApiError):
    def __init__(self, message: str, locked_by: str | None, locked_at: dt.datetime | None) -> None:
        super().__init__(423, "period_locked", message, locked_by=locked_by, locked_at=locked_at)
        self.body["fields"] = {"period": [message]}


def validation_fields(error: DjangoValidationError) -> dict[str, list[str]]:
    """``{field: [messages]}`` of a service's refusal (``__all__`` for one without a field)."""
    if not hasattr(error, "error_dict"):
        return {"__all__": list(error.messages)}
    return {field: list(DjangoValidationError(items).messages) for field, items in error.error_dict.items()}


def refusal_is(error: DjangoValidationError, field: str, message: Any) -> bool:
    """Whether the service refused ``field`` with the message constant ``message``."""
    items = getattr(error, "error_dict", {}).get(field, [])
    return any(item.message is message or str(item.message) == str(message) for item in items)


def is_version_conflict(error: DjangoValidationError) -> bool:
    return refusal_is(error, "version", MSG_VERSION_CONFLICT)


def is_period_locked(error: DjangoValidationError) -> bool:
    return refusal_is(error, "period", MSG_PERIOD_LOCKED)


def _pydantic_fields(errors: list[dict[str, Any]]) -> dict[str, list[str]]:
    fields: dict[str, list[str]] = {}
    for error in errors:
        loc = [str(part) for part in error.get("loc", ())]
        # ("body", "payload", "value") → "value"; ("query", "unit") → "unit"
        if loc and loc[0] in _LOCATIONS:
            loc = loc[1:]
            if len(loc) > 1 and loc[0] in {"payload", "filters", "pagination", "data"}:
                loc = loc[1:]
        name = ".".join(loc) or "__all__"
        template = FIELD_MESSAGES.get(error.get("type", ""), FIELD_MESSAGE_OTHER)
        context = {key: _plain(value) for key, value in (error.get("ctx") or {}).items()}
        try:
            message = str(template) % context
        except (KeyError, TypeError, ValueError):
            message = str(FIELD_MESSAGE_OTHER)
        fields.setdefault(name, []).append(message)
    return fields


def _plain(value: Any) -> Any:
    return value if isinstance(value, int | float | str) else str(value)


def install(api: NinjaAPI) -> None:
    """Replace ninja's English ``{"detail": …}`` answers with ours."""

    def answer(request: HttpRequest, status: int, body: dict[str, Any]) -> HttpResponse:
        return api.create_response(request, body, status=status)

    def on_api_error(request: HttpRequest, exc: ApiError) -> HttpResponse:
        return answer(request, exc.status, exc.body)

    def on_not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
        return answer(request, 404, {"code": "not_found", "message": str(MSG_NOT_FOUND), "fields": {}})

    def on_unauthenticated(request: HttpRequest, exc: Exception) -> HttpResponse:
        return answer(
            request, 401, {"code": "not_authenticated", "message": str(MSG_NOT_AUTHENTICATED), "fields": {}}
        )

    def on_denied(request: HttpRequest, exc: Exception) -> HttpResponse:
        # ``access`` refusals carry the rule in Vietnamese; say it rather than a generic line.
        message = str(exc) or str(MSG_FORBIDDEN)
        return answer(request, 403, {"code": "forbidden", "message": message, "fields": {}})

    def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
        if exc.status_code == 403:
            # ninja's session authentication raises this one when the CSRF check fails.
            return answer(request, 403, {"code": "csrf_failed", "message": str(MSG_CSRF), "fields": {}})
        return answer(request, exc.status_code, {"code": "bad_request", "message": str(MSG_BAD_REQUEST),
                                                 "fields": {}})

    def on_request_invalid(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
        fields = _pydantic_fields(exc.errors)
        return answer(request, 422, {"code": "invalid", "message": _first_message(fields), "fields": fields})

    def on_refused(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
        fields = validation_fields(exc)
        if refusal_is(exc, "state", MSG_TRANSITION):
            return answer(request, 409, {"code": "invalid_state", "message": _first_message(fields),
                                         "fields": fields})
        return answer(request, 422, {"code": "invalid", "message": _first_message(fields), "fields": fields})

    api.add_exception_handler(ApiError, on_api_error)
    api.add_exception_handler(Http404, on_not_found)
    api.add_exception_handler(AuthenticationError, on_unauthenticated)
    api.add_exception_handler(PermissionDenied, on_denied)
    api.add_exception_handler(HttpError, on_http_error)
    api.add_exception_handler(NinjaValidationError, on_request_invalid)
    api.add_exception_handler(DjangoValidationError, on_refused)


def _first_message(fields: dict[str, list[str]]) -> str:
    for name, messages in fields.items():
        if messages:
            return messages[0] if name == "__all__" else f"{name}: {messages[0]}"
    return str(MSG_INVALID)
