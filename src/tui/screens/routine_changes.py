"""Making, editing, copying and deleting the user's routines from the Routines screen: the questions asked
first, the editor, and the store calls, so the screen module stays about showing things."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tui.domain.catalogue.ids import copy_name
from tui.domain.catalogue.model import Routine
from tui.domain.printable import quoted
from tui.domain.routines.editing import blank_draft, copy_routine, draft_of, without_our_marks
from tui.screens.confirm import ConfirmScreen
from tui.screens.routine_editor import RoutineEditorScreen
from tui.screens.services import services
from tui.screens.store_calls import FAILED, attempt
from tui.widgets.plain import say

if TYPE_CHECKING:
    from tui.screens.routines import RoutinesScreen
    from tui.screens.services import Services


class RoutineChanges:
    def __init__(self, screen: RoutinesScreen) -> None:
        self.screen = screen

    @property
    def app(self):
        return self.screen.app

    @property
    def services(self) -> Services:
        return services(self.screen)

    def _taken(self) -> tuple[set[str], set[str]]:
        """Ids and names already in use, shipped and the user's."""
        routines = [*self.services.catalogue.routines.values(), *self.screen.own]
        return {routine.id for routine in routines}, {routine.name for routine in routines}

    def _open_editor(self, editor: RoutineEditorScreen) -> None:
        def done(saved_id: str | None) -> None:
            if saved_id is not None:
                self.screen.routine_changed(saved_id)

        self.app.push_screen(editor, done)

    def new(self) -> None:
        self._open_editor(RoutineEditorScreen(blank_draft(), "New routine"))

    def edit(self, routine: Routine) -> None:
        if not routine.shipped:
            self._open_editor(RoutineEditorScreen(draft_of(routine), f"Editing {routine.name}"))
            return

        def answer(copy: bool | None) -> None:
            if copy:
                # Nothing is saved until the editor saves, so backing out leaves no stray copy behind.
                # Without the `*` marks, as `c` copies: every figure of a copy is the user's (they showed in the
                # editor, and went at the save).
                draft = replace(draft_of(without_our_marks(routine)), name=copy_name(routine.name, self._taken()[1]))
                self._open_editor(RoutineEditorScreen(draft, f"Your copy of {routine.name}"))

        self.app.push_screen(ConfirmScreen(
            f"{quoted(routine.name)} ships with the app and is read-only.\nEdit your own copy of it instead?",
            yes="Copy and edit", no="Cancel",
        ), answer)

    def copy(self, routine: Routine) -> None:
        ids, names = self._taken()
        duplicate = copy_routine(routine, ids, names)
        if not self._write(lambda: self.services.store.routines.save(duplicate)):
            return
        say(self.app, f"Copied to your routines as {quoted(duplicate.name)}. Press e to edit it.", timeout=5)
        self.screen.routine_changed(duplicate.id)

    def delete(self, routine: Routine) -> None:
        if routine.shipped:
            say(self.app, "Shipped routines cannot be deleted; only your own can. c copies this one.",
                severity="warning", timeout=5)
            return
        own = self.screen.own
        position = next((i for i, other in enumerate(own) if other.id == routine.id), 0)
        neighbours = own[position + 1:position + 2] or own[max(0, position - 1):position]

        def answer(delete: bool | None) -> None:
            if delete and self._write(lambda: self.services.store.routines.delete(routine.id)):
                say(self.app, f"Deleted {quoted(routine.name)}.", timeout=3)
                self.screen.routine_changed(neighbours[0].id if neighbours else None, deleted=True)

        self.app.push_screen(ConfirmScreen(
            f"Delete your routine {quoted(routine.name)}?\nThis cannot be undone. Workouts you already logged stay.",
            yes="Delete", no="Keep it",
        ), answer)

    def _write(self, write) -> bool:
        return attempt(self.screen, write, "save your routines") is not FAILED
