"""What every tiendo admin page shares: the audit trail, the domain checks, stale-copy refusal.

An admin save bypasses the services, so the admin repeats what they guarantee:

- every save and delete (inline rows included) writes one audit row, source ``admin``,
  actor the logged-in user, with ``[old, new]`` per changed field, many-to-many included;
- an admin (or inline) whose objects must be created by a service (which validates,
  audits and may change other rows) overrides ``create_through_service``;
- a ModelAdmin's ``validate_instance`` runs the app's domain check on the form's object
  and shows its refusals on the form (a refusal on a field the form lacks goes on top);
- a versioned object carries its version in the form; saving over a newer version is
  refused with ``MSG_VERSION_CONFLICT``, and a save bumps the version;
- each change page links to the object's audit trail (``…/<id>/audit/``);
- search also matches the accent-free ``search_text`` (``bac son`` finds ``Bắc Sơn``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import (
    NON_FIELD_ERRORS,
    FieldDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext as _

from tiendo.audit.admin_display import audit_rows
from tiendo.audit.models import AuditEntry
from tiendo.audit.selectors import audit_for_object
from tiendo.audit.services import audit_record, diff, snapshot
from tiendo.core.search import search_query
from tiendo.core.services import MSG_VERSION_CONFLICT

# The newest entries shown on an object's audit page; older ones stay in the audit admin.
AUDIT_PAGE_LIMIT = 200

Check = Callable[[models.Model, dict[str, Any]], None]


def is_versioned(model: type[models.Model]) -> bool:
    try:
        model._meta.get_field("version")
    except FieldDoesNotExist:
        return False
    return True


class AdminModelForm(forms.ModelForm):
    """A model form that also runs the domain check and refuses a stale version.

    The admin that builds the form sets ``admin_check`` and ``posted_version`` on the
    form class it generates for each request.
    """

    admin_check: Check | None = None
    posted_version: str | None = None

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        self._refuse_stale_version()
        return cleaned

    def _post_clean(self) -> None:
        valid_form = not self.errors
        super()._post_clean()
        # A domain check on a half-valid object would only repeat the field errors. The
        # model's own validation adds non-field errors only for its database constraints,
        # which the domain check states better, on the field concerned: its refusals
        # replace them, and they stay when it has nothing to say.
        model_errors = self._errors.pop(NON_FIELD_ERRORS, None) if valid_form else None
        if self.admin_check is None or self.errors:
            self._restore_non_field_errors(model_errors)
            return
        try:
            type(self).admin_check(self.instance, self.cleaned_data)
        except ValidationError as error:
            self._add_domain_errors(error)
        else:
            self._restore_non_field_errors(model_errors)

    def _restore_non_field_errors(self, errors: Any) -> None:
        if errors:
            self._errors[NON_FIELD_ERRORS] = errors

    def _refuse_stale_version(self) -> None:
        if not self.posted_version or self.instance.pk is None:
            return
        current = (
            type(self.instance)
            ._default_manager.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("version", flat=True)
            .first()
        )
        try:
            posted = int(self.posted_version)
        except ValueError:
            posted = None
        if current is not None and posted != current:
            raise ValidationError(
                MSG_VERSION_CONFLICT, params={"value": self.posted_version, "current": current}
            )

    def _add_domain_errors(self, error: ValidationError) -> None:
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, items in error.error_dict.items():
            self.add_error(field if field in self.fields else None, items)


class AuditedAdminMixin:
    """Audit, domain checks and version handling for a ModelAdmin (see the module docstring)."""

    form = AdminModelForm
    # Addresses typed without a scheme are taken as https (Django 6's default, kept quiet now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    change_form_template = "admin/audit_trail/change_form.html"
    # Accent-free lookups tried besides ``search_fields``: the model's own ``search_text``
    # by default, or a related one (``unit__search_text``).
    folded_search_fields: tuple[str, ...] = ("search_text",)

    # ---- hooks for the app admins

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        """The app's domain check on the object the form is about to save; may fill
        derived fields (search text, parsed parts). Raises ValidationError."""

    def create_through_service(self, request: HttpRequest, obj: Any) -> models.Model | None:
        """Create the new ``obj`` with the app's service, which writes the audit rows itself,
        and return what it saved; None (the default) lets the admin save and audit it."""
        return None

    # ---- forms

    def get_form(self, request: HttpRequest, obj: Any = None, change: bool = False, **kwargs: Any):
        form = super().get_form(request, obj, change, **kwargs)  # type: ignore[misc]
        form.admin_check = staticmethod(self.validate_instance)
        form.posted_version = request.POST.get("_version") if request.method == "POST" else None
        return form

    # ---- saving

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        before: dict[str, Any] | None = {}
        if not change and _created_through_service(self.create_through_service, request, obj):
            before = None  # the service has written the audit rows
        elif change:
            before = snapshot(type(obj)._default_manager.get(pk=obj.pk), many_to_many=True)
            if is_versioned(type(obj)):
                obj.version = before["version"] + 1
        request._tiendo_audit_before = before  # type: ignore[attr-defined]
        if before is not None:
            super().save_model(request, obj, form, change)  # type: ignore[misc]

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # Many-to-many relations and inline rows are saved here, after save_model: the
        # object's audit row is written once they are, so it shows them too.
        super().save_related(request, form, formsets, change)  # type: ignore[misc]
        obj = form.instance
        before = getattr(request, "_tiendo_audit_before", {})
        if before is None:
            return
        changes = diff(before, snapshot(obj, many_to_many=True))
        changes.pop("version", None)
        if change and not changes:
            return
        action = AuditEntry.Action.UPDATE if change else AuditEntry.Action.CREATE
        _record(request, obj, action, changes)

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        """Save inline rows, one audit row each (filed under the parent's unit when they have none)."""
        parent = form.instance
        model = formset.model
        touched = [
            f.instance.pk
            for f in formset.initial_forms
            if f.instance.pk is not None and (f.has_changed() or f in formset.deleted_forms)
        ]
        stored = model._default_manager.in_bulk(touched)
        instances = formset.save(commit=False)
        create = getattr(formset, "create_through_service", None)
        by_service: set[int] = set()
        for obj in formset.deleted_objects:
            old = stored[obj.pk]
            changes = diff(snapshot(old, many_to_many=True), {})
            _record(request, old, AuditEntry.Action.DELETE, changes, parent)
            obj.delete()
        for obj in instances:
            created = obj.pk is None
            if not created and is_versioned(model):
                obj.version = stored[obj.pk].version + 1
            self.prepare_inline(request, obj)
            if created and create is not None and _created_through_service(create, request, obj):
                by_service.add(obj.pk)
            else:
                obj.save()
        formset.save_m2m()
        for obj in instances:
            if obj.pk in by_service:
                continue
            if obj.pk in stored:
                changes = diff(
                    snapshot(stored[obj.pk], many_to_many=True), snapshot(obj, many_to_many=True)
                )
                changes.pop("version", None)
                if changes:
                    _record(request, obj, AuditEntry.Action.UPDATE, changes, parent)
            else:
                changes = diff({}, snapshot(obj, many_to_many=True))
                _record(request, obj, AuditEntry.Action.CREATE, changes, parent)

    def prepare_inline(self, request: HttpRequest, obj: Any) -> None:
        """Fill what an inline row gets from the request (who wrote it) before it is saved."""

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        _record(request, obj, AuditEntry.Action.DELETE, diff(snapshot(obj, many_to_many=True), {}))
        super().delete_model(request, obj)  # type: ignore[misc]

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        with transaction.atomic(using=queryset.db):
            for obj in queryset:
                _record(request, obj, AuditEntry.Action.DELETE, diff(snapshot(obj, many_to_many=True), {}))
            super().delete_queryset(request, queryset)  # type: ignore[misc]

    # ---- searching

    def get_search_results(self, request: HttpRequest, queryset: Any, search_term: str):
        found, may_have_duplicates = super().get_search_results(  # type: ignore[misc]
            request, queryset, search_term
        )
        folded = search_query(search_term)
        lookups = [name for name in self.folded_search_fields if _has_path(self.model, name)]  # type: ignore[attr-defined]
        if folded and lookups:
            condition = models.Q()
            for name in lookups:
                condition |= models.Q(**{f"{name}__contains": folded})
            found = found | queryset.filter(condition)
            may_have_duplicates = may_have_duplicates or any("__" in name for name in lookups)
        return found, may_have_duplicates

    # ---- the audit page of one object

    def get_urls(self) -> list[Any]:
        opts = self.model._meta  # type: ignore[attr-defined]
        audit = path(
            "<path:object_id>/audit/",
            self.admin_site.admin_view(self.audit_view),  # type: ignore[attr-defined]
            name=f"{opts.app_label}_{opts.model_name}_audit",
        )
        # Before the admin's own patterns: its catch-all ``<path:object_id>/`` would take it.
        return [audit, *super().get_urls()]  # type: ignore[misc]

    def audit_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        """The object's audit trail, newest first: when, who, from where, what, old → new."""
        opts = self.model._meta  # type: ignore[attr-defined]
        obj = self.get_object(request, unquote(object_id))  # type: ignore[attr-defined]
        if obj is None:
            return self._get_obj_does_not_exist_redirect(request, opts, object_id)  # type: ignore[attr-defined]
        if not self.has_view_or_change_permission(request, obj):  # type: ignore[attr-defined]
            raise PermissionDenied
        entries = list(audit_for_object(obj)[:AUDIT_PAGE_LIMIT])
        context = {
            **self.admin_site.each_context(request),  # type: ignore[attr-defined]
            "title": _("Nhật ký thay đổi: %(object)s") % {"object": obj},
            "subtitle": None,
            "opts": opts,
            "object": obj,
            "rows": audit_rows(entries, type(obj)),
            "limit": AUDIT_PAGE_LIMIT,
            "truncated": len(entries) == AUDIT_PAGE_LIMIT,
        }
        request.current_app = self.admin_site.name  # type: ignore[attr-defined]
        return TemplateResponse(request, "admin/audit_trail/object_audit.html", context)


class AuditedModelAdmin(AuditedAdminMixin, admin.ModelAdmin):
    """The base of every tiendo ModelAdmin."""


class CheckedInlineMixin:
    """An inline whose rows go through ``validate_instance`` like the parent's form."""

    form = AdminModelForm

    def validate_instance(self, obj: Any, cleaned_data: dict[str, Any]) -> None:
        """The app's domain check on one inline row. Raises ValidationError."""

    def create_through_service(self, request: HttpRequest, obj: Any) -> models.Model | None:
        """As ``AuditedAdminMixin.create_through_service``, for a new inline row."""
        return None

    def get_formset(self, request: HttpRequest, obj: Any = None, **kwargs: Any):
        formset = super().get_formset(request, obj, **kwargs)  # type: ignore[misc]
        formset.form.admin_check = staticmethod(self.validate_instance)
        formset.create_through_service = staticmethod(self.create_through_service)
        return formset


def _created_through_service(
    create: Callable[[HttpRequest, Any], models.Model | None], request: HttpRequest, obj: Any
) -> bool:
    """Let ``create`` make ``obj``; when it did, ``obj`` takes the saved values and id."""
    saved = create(request, obj)
    if saved is None:
        return False
    for field in saved._meta.concrete_fields:
        setattr(obj, field.attname, getattr(saved, field.attname))
    obj._state.adding = False
    return True


def _record(
    request: HttpRequest,
    obj: models.Model,
    action: str,
    changes: dict[str, Any],
    parent: models.Model | None = None,
) -> None:
    audit_record(
        obj=obj,
        action=action,
        by=request.user,
        source=AuditEntry.Source.ADMIN,
        changes=changes,
        unit_id=_unit_id(obj, parent),
    )


def _unit_id(obj: models.Model, parent: models.Model | None) -> int | None:
    """The object's own unit; for an inline row without one (a progress note), its parent's."""
    for candidate in (obj, parent):
        if candidate is None:
            continue
        for attname in ("unit_id", "from_unit_id"):
            value = getattr(candidate, attname, None)
            if value is not None:
                return int(value)
        if candidate._meta.label_lower == "units.unit" and candidate.pk is not None:
            return int(candidate.pk)
    return None


def _has_path(model: type[models.Model], lookup: str) -> bool:
    """Whether ``a__b__c`` names a field reachable from ``model``."""
    current: Any = model
    for part in lookup.split("__"):
        try:
            field = current._meta.get_field(part)
        except FieldDoesNotExist:
            return False
        current = field.related_model if field.is_relation else None
        if current is None and part != lookup.split("__")[-1]:
            return False
    return True
