"""``tiendo serve``: gunicorn in-process, static files through whitenoise."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def pending_migrations() -> bool:
    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def serve(*, host: str, port: int, workers: int, migrate: bool = True) -> int:
    from gunicorn.app.base import BaseApplication

    if migrate and pending_migrations():
        print("Đang cập nhật cơ sở dữ liệu…", flush=True)
        call_command("migrate", verbosity=0)
    if not settings.DEBUG:
        call_command("collectstatic", interactive=False, verbosity=0)

    from tiendo.wsgi import application

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            options: dict[str, Any] = {
                "bind": f"{host}:{port}",
                "workers": workers,
                "accesslog": "-",
                "timeout": 120,
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    print(f"tiendo đang chạy tại http://{host}:{port}/", flush=True)
    Server().run()
    return 0
