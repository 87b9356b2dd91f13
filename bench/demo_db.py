"""The database the bench scripts measure on: the demo loaded into a throw-away SQLite
database in a temporary directory, or into ``DATABASE_URL`` when it is set (the user's
SQLite data is never touched)."""

from __future__ import annotations

import os
import platform
import tempfile


def demo_database() -> tempfile.TemporaryDirectory[str]:
    """Set Django up on that database, migrate it, load the demo; the caller cleans up the
    returned directory. Prints the machine, so that figures are read against it."""
    tmp = tempfile.TemporaryDirectory(prefix="tiendo-bench-")
    if "DATABASE_URL" not in os.environ:
        os.environ["TIENDO_DATA_DIR"] = tmp.name
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tiendo.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from tiendo.demo.loader import demo_load

    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    call_command("migrate", verbosity=0)
    demo_load()
    return tmp
