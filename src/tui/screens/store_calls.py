"""The one boundary between screens and the data directory: a store call that fails is explained, not fatal.

A full disk, a read-only data dir, a file changed by hand or a lock held elsewhere raise StoreError or OSError
from any store operation. A screen calls the store through `attempt`, which shows what went wrong and what was
kept, and returns FAILED so the screen keeps its unsaved state (a form stays open, a set stays listed) for the
user to try again. Nothing here is specific to one screen: the Workout screen uses it the same way.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TypeVar, cast

from textual.dom import DOMNode
from textual.worker import Worker, WorkerState

from tui.domain.errors import DataFileError
from tui.store.errors import CorruptFileError, StoreError, fault_reason
from tui.widgets.plain import say

T = TypeVar("T")

STORE_FAULTS = (StoreError, DataFileError, OSError)


class _Failed(Enum):
    # An enum of one member, so a type checker knows what is left after `if result is FAILED: return`.
    FAILED = "FAILED"

    def __repr__(self) -> str:
        return "FAILED"

    def __bool__(self) -> bool:
        return False


FAILED = _Failed.FAILED


def attempt(node: DOMNode, operation: Callable[[], T], doing: str, kept: str = "Nothing was changed.",
            title: str = "Not saved") -> T | _Failed:
    """operation()'s result, or FAILED after telling the user "Could not <doing>: <why>. <kept>"."""
    try:
        return operation()
    except STORE_FAULTS as error:
        say(node, f"Could not {doing}: {fault_reason(error)}. {kept}", title=title, severity="error", timeout=10)
        return FAILED


class WorkerFailuresShown:
    """Mixed into a screen (or the App) that runs thread workers with exit_on_error=False.

    Textual then keeps a worker's exception to itself: the work just never shows up (a corrupt year file left the
    Progress tab empty). Here a store fault is explained like any other, and anything else is raised again in
    the message loop, where the app's crash handling saves the workout and says where the crash log is.
    """

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is not WorkerState.ERROR or event.worker.error is None:
            return
        error = event.worker.error
        if not isinstance(error, STORE_FAULTS):
            raise error
        doing = event.worker.description or "finish that"
        say(cast(DOMNode, self), f"Could not {doing}: {fault_reason(error)}.", title="Not loaded", severity="error",
            timeout=15)


def brief_reason(error: Exception) -> str:
    """Why, in brief, for the middle of a sentence on the Workout screen: without a full stop of its own ("seconds..
    Nothing is lost"), and a broken file by its name: at 40 columns its whole message (where it is, what to do,
    which other windows say once) took the screen from the workout."""
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return "the disk is full"  # as fault_reason says it: "No space left on device" is the system's word
    if isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM) and error.filename:
        return f"{Path(error.filename).name}: {error.strerror}"  # a file no longer the user's: which one
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    if isinstance(error, CorruptFileError):
        return f"{error.path.name} is not valid JSON"
    return fault_reason(error)
