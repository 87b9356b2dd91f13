"""Units and their history (predecessors, successors)."""

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from tiendo.accounts.access import access_unit, visible_units
from tiendo.api.errors import READ_ERRORS
from tiendo.api.pagination import Page
from tiendo.api.permissions import AUTHENTICATED, VIEW
from tiendo.api.schemas import UnitDetailOut, UnitOut
from tiendo.api.types import Day, Id, SearchText
from tiendo.units.models import Unit
from tiendo.units.selectors import unit_predecessors, unit_search, unit_successors, valid_on_q

router = Router(tags=[_("Đơn vị")])


class UnitFilter(Schema):
    parent: Id | None = None
    level: Unit.Level | None = None
    q: SearchText | None = None
    on: Day | None = None


@router.get("/units", response=list[UnitOut], openapi_extra=AUTHENTICATED)
@paginate(Page)
def unit_list(request: HttpRequest, filters: Query[UnitFilter]) -> object:
    """The units the account sees (its unit, those below it and the history merged into
    them); ``q`` searches names without marks, ``on`` keeps the units valid that day."""
    units = unit_search(query=filters.q) if filters.q else Unit.objects.all()
    units = units.filter(pk__in=visible_units(request.user))
    if filters.parent is not None:
        units = units.filter(parent_id=filters.parent)
    if filters.level is not None:
        units = units.filter(level=filters.level)
    if filters.on is not None:
        units = units.filter(valid_on_q(filters.on))
    return units.order_by("level", "name", "id")


@router.get("/units/{unit_id}", response={200: UnitDetailOut, **READ_ERRORS}, openapi_extra=VIEW)
def unit_detail(request: HttpRequest, unit_id: Id) -> object:
    unit = access_unit(request.user, unit_id)
    unit.predecessors = list(unit_predecessors(unit=unit).select_related("successor"))
    unit.successors = list(unit_successors(unit=unit).select_related("predecessor"))
    return unit
