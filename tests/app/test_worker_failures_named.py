"""A thread worker that fails on a store fault is told to the user as "Could not <what it was doing>: <why>."
(store_calls.WorkerFailuresShown). Without a description Textual names the work by its repr: a broken year file
once said "Could not <function show_summary.<locals>.<lambda> at 0x...>"."""

from __future__ import annotations

import ast
from pathlib import Path

import tui

SOURCE = Path(tui.__file__).parent


def test_every_worker_says_what_it_is_doing_in_the_users_words():
    offenders = [f"{path.relative_to(SOURCE).as_posix()}:{node.lineno}" for path in SOURCE.rglob("*.py")
                 for node in ast.walk(ast.parse(path.read_text()))
                 if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                 and node.func.attr == "run_worker"
                 and not any(keyword.arg == "description" for keyword in node.keywords)]
    assert offenders == [], "give each run_worker a description: it is what a failure says could not be done"
