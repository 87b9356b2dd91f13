"""The API object mounted at ``/api/``: OpenAPI at ``/api/openapi.json``, documentation at
``/api/docs`` (Swagger UI served from ninja's own static files, no CDN)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI

from tiendo import __version__
from tiendo.api import audit, catalogue, extract, judgements, results, units, work
from tiendo.api.auth import AUTH
from tiendo.api.errors import install

api = NinjaAPI(
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
for module in (units, catalogue, results, work, judgements, audit, extract):
    api.add_router("", module.router)
