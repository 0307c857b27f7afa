"""Leaving a form that holds changes: one rule for every form that edits something kept (a past workout, a new
one, a routine). Nothing changed: it closes at once. Something changed: it asks first, and "keep editing" (the
safe answer, which a stray enter or escape gives) leaves the form as it was.

Before, escape on History's add and edit forms closed them without a word: a workout typed in set by set was gone.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.screen import Screen

from tui.screens.confirm import ConfirmScreen

DISCARD_QUESTION = "Discard your changes?"


def unsaved_changes(screen: Screen) -> bool:
    """Whether the screen holds changes not saved: a form's screen says so with a method of that name."""
    holds = getattr(screen, "unsaved_changes", None)
    return bool(holds()) if callable(holds) else False


def leave_unless_changed(screen: Screen, changed: bool, leave: Callable[[], object],
                         question: str = DISCARD_QUESTION, detail: str = "") -> None:
    """Call leave() at once when nothing changed; otherwise only once the user chose to discard the changes."""
    if not changed:
        leave()
        return

    def answered(discard: bool | None) -> None:
        if discard:
            leave()

    screen.app.push_screen(ConfirmScreen(question, yes="Discard", no="Keep editing", detail=detail), answered)
