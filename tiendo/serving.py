"""``tiendo serve``: gunicorn in-process, static files through whitenoise."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def pending_migrations() -> bool:
    executor = MigrationExecutor(connection)
    return bool(executor.migration_plan(executor.loader.graph.leaf_nodes()))


def start_task_worker() -> subprocess.Popen[bytes]:
    """The database task queue's worker beside the server, so that background jobs (reading
    large or many uploads) need no other process to be started by hand."""
    return subprocess.Popen([sys.executable, "-m", "tiendo", "manage", "db_worker", "--interval", "1"])


def serve(*, host: str, port: int, workers: int, migrate: bool = True, task_worker: bool = True) -> int:
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
    worker = start_task_worker() if task_worker else None
    try:
        Server().run()
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(timeout=10)
    return 0
