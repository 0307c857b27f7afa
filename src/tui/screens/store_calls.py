"""The one boundary between screens and the data directory: a store call that fails is explained, not fatal.

A full disk, a read-only data dir, a file changed by hand or a lock held elsewhere raise StoreError or OSError
from any store operation. A screen calls the store through `attempt`, which shows what went wrong and what was
kept, and returns FAILED so the screen keeps its unsaved state (a form stays open, a set stays listed) for the
user to try again. Nothing here is specific to one screen: the Workout screen uses it the same way.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from typing import TypeVar

from textual.dom import DOMNode

from tui.domain.errors import DataFileError
from tui.store.errors import StoreError
from tui.widgets.plain import say

T = TypeVar("T")

STORE_FAULTS = (StoreError, DataFileError, OSError)


class _Failed:
    def __repr__(self) -> str:
        return "FAILED"

    def __bool__(self) -> bool:
        return False


FAILED = _Failed()


def explain(error: BaseException) -> str:
    """A store fault in the user's words: the store's own message, or the system's reason and the file."""
    if isinstance(error, OSError) and not isinstance(error, StoreError):
        reason = error.strerror or str(error) or type(error).__name__
        if error.errno == errno.ENOSPC:
            reason = "the disk is full"
        where = f" ({error.filename})" if error.filename else ""
        return f"{reason}{where}"
    return str(error)


def attempt(node: DOMNode, operation: Callable[[], T], doing: str, kept: str = "Nothing was changed.",
            title: str = "Not saved") -> T | _Failed:
    """operation()'s result, or FAILED after telling the user "Could not <doing>: <why>. <kept>"."""
    try:
        return operation()
    except STORE_FAULTS as error:
        say(node, f"Could not {doing}: {explain(error)}. {kept}", title=title, severity="error", timeout=10)
        return FAILED
