"""Demo logins: an administrator, a provincial editor and a commune editor (``accounts.toml``)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password

from tiendo.accounts.models import Membership
from tiendo.demo.batches import Batch
from tiendo.demo.files import read
from tiendo.units.models import Unit


@dataclass(frozen=True)
class Login:
    username: str
    password: str
    role: str
    unit: str


def accounts_ensure(units: dict[str, Unit], batch: Batch) -> list[Login]:
    """Create the missing accounts and memberships; an existing account keeps its password.

    Raises ValidationError if a password in the data file fails Django's validators.
    """
    user_model = get_user_model()
    logins = []
    for spec in read("accounts")["account"]:
        unit = units[spec["unit"]]
        user = user_model.objects.filter(username=spec["username"]).first()
        if user is None:
            user = user_model(
                username=spec["username"], first_name=spec["first_name"], last_name=spec["last_name"],
                # Staff status lets every demo account sign in at LOGIN_URL (the admin login).
                is_staff=True, is_superuser=spec.get("superuser", False),
            )
            validate_password(spec["password"], user=user)
            user.set_password(spec["password"])
            user.save()
            batch.count("user")
        if not Membership.objects.filter(user=user).exists():
            Membership.objects.create(user=user, unit=unit, role=spec["role"])
            batch.count("membership")
        role = Membership.Role(spec["role"]).label
        logins.append(Login(spec["username"], spec["password"], str(role), unit.name))
    return logins
