"""Memberships are given and changed by an administrator within its subtree, audited, versioned."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from tests import factories as f
from tiendo.accounts.models import Membership
from tiendo.accounts.services import membership_create, membership_delete, membership_update
from tiendo.audit.models import AuditEntry
from tiendo.audit.selectors import audit_for_object


def test_an_administrator_gives_changes_and_removes_a_membership_in_its_subtree(world) -> None:
    admin = world.account("admin", "province")
    user = f.make_user("moi")
    membership = membership_create(user=user, unit=world.commune, role=Membership.Role.EDITOR, by=admin)
    updated = membership_update(membership=membership, by=admin, expected_version=1,
                                role=Membership.Role.APPROVER, unit=world.sibling_commune)
    assert (updated.role, updated.unit, updated.version) == (Membership.Role.APPROVER, world.sibling_commune, 2)
    actions = audit_for_object(updated)
    membership_delete(membership=updated, by=admin)
    assert list(actions.values_list("action", flat=True)) == ["delete", "update", "create"]


@pytest.mark.parametrize(
    ("role", "level", "unit"),
    [("admin", "commune", "sibling_commune"), ("admin", "district", "commune"),
     ("approver", "province", "commune"), ("editor", "province", "commune")],
)
def test_refused_outside_the_administrators_reach(world, role, level, unit) -> None:
    with pytest.raises(PermissionDenied):
        membership_create(user=f.make_user("moi"), unit=getattr(world, unit), role="viewer",
                          by=world.account(role, level))
    assert not Membership.objects.filter(user__username="moi").exists()


def test_moving_an_account_out_of_reach_is_refused(world) -> None:
    membership = world.account("viewer", "commune").membership
    with pytest.raises(PermissionDenied):
        membership_update(membership=membership, by=world.account("admin", "commune"), unit=world.province)
    membership.refresh_from_db()
    assert membership.unit == world.commune


def test_a_second_membership_a_bad_role_and_a_stale_version_are_refused(world) -> None:
    admin = world.account("admin", "province")
    with pytest.raises(ValidationError, match="đã thuộc Xã Bắc Sơn"):
        membership_create(user=world.account("viewer", "commune"), unit=world.commune, role="viewer", by=admin)
    with pytest.raises(ValidationError) as bad:
        membership_create(user=f.make_user("moi"), unit=world.commune, role="chu-tich", by=admin)
    assert "role" in bad.value.message_dict
    membership = world.account("viewer", "commune").membership
    membership_update(membership=membership, by=admin, role="editor", expected_version=1)
    with pytest.raises(ValidationError, match="phiên bản 1, phiên bản hiện tại là 2"):
        membership_update(membership=membership, by=admin, role="approver", expected_version=1)
    assert AuditEntry.objects.filter(action="update").count() == 1


def test_the_audit_trail_cannot_be_changed_or_deleted_in_the_admin(admin_client, world) -> None:
    membership_update(membership=world.account("viewer", "commune").membership,
                      by=world.account("admin", "province"), role="editor")
    entry = AuditEntry.objects.get()
    base = f"/admin/audit/auditentry/{entry.pk}"
    assert admin_client.get(f"{base}/change/").status_code == 200  # read only
    assert admin_client.post(f"{base}/change/", {"reason": "sửa"}).status_code == 403
    assert admin_client.post(f"{base}/delete/", {"post": "yes"}).status_code == 403
    assert admin_client.get("/admin/audit/auditentry/add/").status_code == 403
    listing = admin_client.post(
        "/admin/audit/auditentry/", {"action": "delete_selected", "_selected_action": [entry.pk]}
    )
    assert listing.status_code in (200, 302)
    entry.refresh_from_db()
    assert entry.reason == "" and AuditEntry.objects.count() == 1


def test_a_unit_administrator_manages_its_subtrees_memberships_in_the_admin(client, world) -> None:
    admin = world.account("admin", "district")
    admin.is_staff = True
    admin.save()
    client.force_login(admin)
    listing = client.get("/admin/accounts/membership/")
    shown = {m.user.username for m in listing.context["cl"].result_list}
    assert listing.status_code == 200 and shown == {f"{role}-district" for role in ("viewer", "editor", "approver", "admin")}
    outside = world.account("viewer", "commune").membership
    assert client.get(f"/admin/accounts/membership/{outside.pk}/change/").status_code == 302  # "does not exist"
    inside = world.account("viewer", "district").membership
    form = client.get(f"/admin/accounts/membership/{inside.pk}/change/")
    assert set(form.context["adminform"].form.fields["unit"].queryset) == {world.district, world.old_a, world.old_b}
    moved = client.post(f"/admin/accounts/membership/{inside.pk}/change/",
                        {"user": inside.user_id, "unit": world.province.pk, "role": "viewer", "_version": 1})
    assert moved.status_code == 200 and "unit" in moved.context["adminform"].form.errors
    for role in ("viewer", "editor", "approver"):
        user = world.account(role, "province")
        user.is_staff = True
        user.save()
        client.force_login(user)
        assert client.get("/admin/accounts/membership/").status_code == 403
