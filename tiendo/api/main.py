"""The API object mounted at ``/api/``: OpenAPI at ``/api/openapi.json``, documentation at
``/api/docs`` (Swagger UI served from ninja's own static files, no CDN)."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from tiendo import __version__
from tiendo.api import audit, catalogue, extract, judgements, reports, results, units, work
from tiendo.api.auth import AUTH
from tiendo.api.errors import install
from tiendo.api.summaries import SUMMARIES
from tiendo.audit.models import AuditEntry
from tiendo.audit.services import audit_channel


class VietnameseJSON(JSONRenderer):
    """JSON with the letters as they are (``Xã Bắc Sơn``), not ``\\u`` escapes."""

    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    renderer=VietnameseJSON(),
    title="tiendo API",
    version=__version__,
    description=str(_(
        "Chỉ tiêu, kết quả, nhiệm vụ trọng tâm, hội nghị, kiến nghị, hạn chế của các đơn vị, và các "
        "đánh giá tính sẵn. Xác thực: khóa API (Authorization: Bearer <khóa>, tạo bằng "
        "`tiendo manage api_token create`) hoặc phiên đăng nhập của trình duyệt (kèm X-CSRFToken khi ghi). "
        "Lỗi trả về JSON có `code` và `message` tiếng Việt."
    )),
    auth=AUTH,
    urls_namespace="api",
)
install(api)
for module in (units, catalogue, results, reports, work, judgements, audit, extract):
    for path_view in module.router.path_operations.values():
        for operation in path_view.operations:
            operation.summary = SUMMARIES[operation.view_func.__name__]
    api.add_router("", module.router)


def _through_the_api(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """The audit trail says which changes came through the API."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        with audit_channel(AuditEntry.Source.API):
            return view(request, *args, **kwargs)

    return wrapped


api.add_decorator(_through_the_api, mode="view")
