"""The audit trail, read-only: what changed in the units the account sees."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router
from ninja.pagination import paginate

from tiendo.accounts.access import visible_units
from tiendo.api.errors import ErrorOut
from tiendo.api.pagination import Page
from tiendo.api.permissions import VIEW
from tiendo.api.schemas import AuditEntryOut
from tiendo.api.scope import UnitScope, units_filter
from tiendo.api.types import bounded
from tiendo.audit.models import AuditEntry

router = Router(tags=[_("Nhật ký thay đổi")])


class AuditFilter(UnitScope):
    action: AuditEntry.Action | None = None
    object_type: bounded(100) | None = None
    object_id: bounded(64) | None = None


@router.get("/audit", response={200: list[AuditEntryOut], 404: ErrorOut}, openapi_extra=VIEW)
@paginate(Page)
def audit_index(request: HttpRequest, filters: Query[AuditFilter]) -> object:
    """Entries about objects of the units the account sees, newest first. Entries without a
    unit (the catalogue, tokens) are left to the admin site. ``object_type`` is
    ``app.model`` (``results.result``)."""
    units = units_filter(request.user, filters.unit, filters.subtree)
    if units is None:
        units = visible_units(request.user)
    entries = AuditEntry.objects.filter(unit_id__in=units.values("pk")).select_related(
        "actor", "content_type"
    )
    if filters.action:
        entries = entries.filter(action=filters.action)
    if filters.object_type:
        app_label, _dot, model = filters.object_type.partition(".")
        entries = entries.filter(content_type__app_label=app_label, content_type__model=model)
    if filters.object_id:
        entries = entries.filter(object_id=filters.object_id)
    return entries.order_by("-at", "-id")
