"""``tiendo manage api_token``: create, list and revoke API tokens from the command line."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from tiendo.api.models import ApiToken
from tiendo.api.tokens import token_create, token_revoke
from tiendo.audit.models import AuditEntry


class Command(BaseCommand):
    help = (
        "Khóa API cho chương trình gọi /api/ (Authorization: Bearer <khóa>). "
        "Ví dụ: tiendo manage api_token create bientap-tinh --name 'Đồng bộ số liệu'"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="tạo khóa mới cho một tài khoản (in khóa ra một lần)")
        create.add_argument("username")
        create.add_argument("--name", required=True, help="chương trình nào dùng khóa")
        listing = sub.add_parser("list", help="liệt kê khóa (không in khóa, chỉ đầu khóa)")
        listing.add_argument("username", nargs="?")
        revoke = sub.add_parser("revoke", help="thu hồi khóa theo mã số hoặc đầu khóa")
        revoke.add_argument("token", help="mã số hoặc đầu khóa (tdo_…)")
        revoke.add_argument("--reason", default="")

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"]
        if action == "create":
            user = get_user_model().objects.filter(username=options["username"]).first()
            if user is None:
                raise CommandError(f"Không có tài khoản “{options['username']}”.")
            try:
                token, raw = token_create(
                    user=user, name=options["name"], by=None, source=AuditEntry.Source.CLI
                )
            except ValidationError as error:
                raise CommandError("; ".join(error.messages)) from None
            self.stdout.write(f"Khóa API #{token.pk} cho {user.username} ({token.name}):")
            self.stdout.write(raw)
            self.stdout.write("Khóa chỉ in ra một lần này; CSDL chỉ giữ mã băm của khóa.")
        elif action == "list":
            tokens = ApiToken.objects.select_related("user")
            if options["username"]:
                tokens = tokens.filter(user__username=options["username"])
            for token in tokens:
                state = f"thu hồi {token.revoked_at:%d/%m/%Y}" if token.revoked_at else "đang dùng"
                self.stdout.write(f"#{token.pk}\t{token.prefix}…\t{token.user.username}\t{token.name}\t{state}")
        else:
            raw = options["token"]
            found = ApiToken.objects.filter(pk=int(raw)) if raw.isdigit() else ApiToken.objects.filter(prefix=raw[:12])
            token = found.first()
            if token is None:
                raise CommandError(f"Không có khóa “{raw}”.")
            try:
                token_revoke(token=token, by=None, reason=options["reason"], source=AuditEntry.Source.CLI)
            except ValidationError as error:
                raise CommandError("; ".join(error.messages)) from None
            self.stdout.write(f"Đã thu hồi khóa #{token.pk} ({token.name}).")
