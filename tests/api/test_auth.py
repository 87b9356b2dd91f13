"""Tokens for programs (stored hashed, revocable, made by a command or the admin) and the
browser's session with CSRF on unsafe methods; unauthenticated calls get a Vietnamese 401."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.test import Client

from tests import factories as f
from tests.api.conftest import CODE
from tiendo.accounts.models import Membership
from tiendo.api.models import ApiToken
from tiendo.api.tokens import token_create, token_digest, token_revoke
from tiendo.audit.models import AuditEntry

JSON = "application/json"


@pytest.fixture
def editor(db):
    commune = f.make_commune(f.make_province(), "Xã Vũ Lễ")
    user = f.make_user("bientap-xa", password="mat-khau-thu-2025")
    Membership.objects.create(user=user, unit=commune, role=Membership.Role.EDITOR)
    return user, commune, f.make_indicator()


def _result(unit, indicator) -> dict:
    return {"unit": unit.pk, "indicator": indicator.pk, "period": CODE, "value": "12"}


def test_without_credentials_the_answer_is_a_vietnamese_401(db) -> None:
    response = Client().get("/api/results")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"
    assert "Chưa đăng nhập" in response.json()["message"]


def test_a_token_authenticates_is_stored_hashed_and_stops_when_revoked(editor) -> None:
    user, commune, indicator = editor
    token, raw = token_create(user=user, name="Đồng bộ số liệu", by=user)
    stored = ApiToken.objects.get(pk=token.pk)
    assert stored.key_hash == token_digest(raw) and raw not in {stored.key_hash, stored.prefix}
    program = Client(HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert program.get("/api/results").status_code == 200
    created = program.post("/api/results", _result(commune, indicator), content_type=JSON)
    assert created.status_code == 201 and created.json()["created_by"] == "bientap-xa"
    assert ApiToken.objects.get(pk=token.pk).last_used_at is not None

    token_revoke(token=token, by=user, reason="Máy chủ đồng bộ ngừng dùng")
    assert program.get("/api/results").status_code == 401
    assert Client(HTTP_AUTHORIZATION="Bearer tdo_khong-co-khoa-nay").get("/api/results").status_code == 401
    actions = list(AuditEntry.objects.filter(object_id=str(token.pk), content_type__model="apitoken")
                   .values_list("action", flat=True))
    assert sorted(actions) == ["create", "update"]


def test_the_browser_session_must_send_the_csrf_token_to_write(editor) -> None:
    user, commune, indicator = editor
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(user)
    assert browser.get("/api/results").status_code == 200
    refused = browser.post("/api/results", _result(commune, indicator), content_type=JSON)
    assert refused.status_code == 403 and refused.json()["code"] == "csrf_failed"

    browser.get("/")  # the home page carries a form, which sets the CSRF cookie
    token = browser.cookies["csrftoken"].value
    accepted = browser.post("/api/results", _result(commune, indicator), content_type=JSON,
                            HTTP_X_CSRFTOKEN=token)
    assert accepted.status_code == 201


def test_the_command_creates_lists_and_revokes_tokens(editor) -> None:
    out = io.StringIO()
    call_command("api_token", "create", "bientap-xa", "--name", "Đồng bộ", stdout=out)
    raw = out.getvalue().splitlines()[1]
    assert raw.startswith("tdo_")
    assert Client(HTTP_AUTHORIZATION=f"Bearer {raw}").get("/api/units").status_code == 200
    listing = io.StringIO()
    call_command("api_token", "list", stdout=listing)
    assert raw[:12] in listing.getvalue() and raw not in listing.getvalue()
    token = ApiToken.objects.get()
    call_command("api_token", "revoke", str(token.pk), "--reason", "Lộ khóa", stdout=io.StringIO())
    assert Client(HTTP_AUTHORIZATION=f"Bearer {raw}").get("/api/units").status_code == 401
    assert AuditEntry.objects.filter(source=AuditEntry.Source.CLI, reason="Lộ khóa").exists()


def test_the_admin_creates_a_token_and_shows_it_once(editor, admin_client) -> None:
    user, _commune, _indicator = editor
    response = admin_client.post(
        "/admin/api/apitoken/add/", {"user": user.pk, "name": "Bảng điều khiển tỉnh"}, follow=True
    )
    token = ApiToken.objects.get()
    shown = [str(m) for m in response.context["messages"]]
    raw = next(part for m in shown for part in m.split() if part.startswith("tdo_"))
    assert token_digest(raw) == token.key_hash
    assert AuditEntry.objects.filter(source=AuditEntry.Source.ADMIN, object_id=str(token.pk)).exists()
