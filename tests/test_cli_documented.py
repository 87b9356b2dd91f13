"""Every ``tiendo`` command is in the README and its help carries an example."""

from __future__ import annotations

import argparse

import pytest

from tests.conftest import REPO
from tiendo.cli import build_parser


def _commands() -> list[tuple[str, argparse.ArgumentParser]]:
    found = []

    def walk(parser: argparse.ArgumentParser, prefix: str) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found.append((f"{prefix} {name}", sub))
                    walk(sub, f"{prefix} {name}")

    walk(build_parser(), "tiendo")
    return found


COMMANDS = _commands()


def test_the_parser_has_the_commands_the_issues_name() -> None:
    names = {name for name, _ in COMMANDS}
    assert {"tiendo serve", "tiendo demo", "tiendo migrate", "tiendo manage", "tiendo extract",
            "tiendo eval", "tiendo units load", "tiendo report", "tiendo sheet import"} <= names


@pytest.mark.parametrize(("name", "parser"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_each_command_is_documented_with_an_example(name, parser) -> None:
    assert f"`{name}" in (REPO / "README.md").read_text(), f"{name} is missing from the README"
    if not any(isinstance(a, argparse._SubParsersAction) for a in parser._actions):
        assert "Ví dụ: tiendo" in (parser.description or ""), f"{name} has no example in its help"
