"""The whole workout as a list: every exercise with its sets as rows, done ones with what was logged, the next
one marked, the rest planned with their targets. Exercise names (or a circuit's rounds) are rows the cursor
passes over; a set's row has its slot key as id."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from tui.domain.workout.model import NORMAL
from tui.domain.workout.set_values import describe_values

if TYPE_CHECKING:
    from tui.domain.workout.model import LoggedSet
    from tui.domain.workout.plan import Slot
    from tui.domain.workout.session import WorkoutSession


def set_text(logged: LoggedSet) -> str:
    """One logged set: "12 reps @ 40 kg", "45 s, L", "10 reps, red+green band, RPE 8, warm-up"."""
    return describe_values(logged.reps, logged.hold_s, logged.load, logged.unit, logged.bands, logged.side,
                           logged.rpe, logged.set_type)


def sets_text(sets: tuple[LoggedSet, ...]) -> str:
    """Sets in one line: "12 · 11 · 10 reps", "45 s · 40 s", or "12 reps @ 5 kg · 10 reps @ 5 kg, L"."""
    if all(s.load is None and not s.bands and not s.side and s.rpe is None and s.set_type == NORMAL for s in sets):
        counts = " · ".join(str(s.hold_s if s.hold_s is not None else s.reps) for s in sets)
        return f"{counts} {'s' if sets and sets[0].hold_s is not None else 'reps'}"
    return " · ".join(set_text(s) for s in sets)


class WorkoutSets(OptionList):
    _shown_cursor: str | None = None  # the next set as the list last showed it

    @property
    def selected_key(self) -> str | None:
        """The slot key of the set under the cursor, if the cursor is on a set."""
        option = self.highlighted_option
        return option.id if option is not None else None

    def show(self, session: WorkoutSession | None, names: Mapping[str, str]) -> None:
        highlighted = self.selected_key
        self.display = session is not None
        if session is None:
            self.clear_options()
            return
        options: list[Option] = []
        for slot in session.plan:
            first_of_a_kind = slot.set_number == 1 and slot.side in (None, "L")
            if session.is_circuit and slot.entry_index == 0 and first_of_a_kind:
                options.append(Option(Content(f"Round {slot.round} of {slot.rounds_total}"), disabled=True))
            if not session.is_circuit and first_of_a_kind:
                options.append(Option(Content.assemble(
                    (f"{slot.entry_index + 1}. {names.get(slot.exercise_id, slot.exercise_id)}", "bold"),
                    (f"  {slot.target_text()}", "dim")), disabled=True))
            options.append(Option(_row(session, slot, names), id=slot.key))
        self._show_options(options)
        # The cursor follows the next set as it moves on; while it stays, it stays where the user put it.
        moved_on = session.cursor != self._shown_cursor
        self._shown_cursor = session.cursor
        target = session.cursor if moved_on or highlighted is None else highlighted
        if target is not None:
            try:
                self.highlighted = self.get_option_index(target)
            except OptionDoesNotExist:  # the row has gone (a set removed): no highlight to keep
                self.highlighted = None

    def on_resize(self) -> None:
        # The terminal shrinking (or the unsaved-changes warning showing above) makes the list shorter after the
        # cursor was scrolled to: the set under the cursor stays in view.
        if self.highlighted is not None:
            self.scroll_to_highlight()

    def _show_options(self, options: list[Option]) -> None:
        """Show these rows: when they are the rows shown (a set logged, undone or edited), only the prompts that
        changed are replaced, so the list is not measured and laid out again on every key of the workout."""
        shown = self.options
        if [(o.id, o.disabled) for o in shown] != [(o.id, o.disabled) for o in options]:
            self.clear_options()
            self.add_options(options)
            return
        for index, (old, new) in enumerate(zip(shown, options)):
            if old.prompt != new.prompt:
                self.replace_option_prompt_at_index(index, new.prompt)


def _row(session: WorkoutSession, slot: Slot, names: Mapping[str, str]) -> Content:
    logged = session.logged_set(slot.key)
    label = slot.label()
    if session.is_circuit:
        label = f"{names.get(slot.exercise_id, slot.exercise_id)}{f' {slot.side}' if slot.side else ''}"
    if logged is not None:
        return Content.assemble(("  ✓ ", "bold"), f"{label}: ", set_text(logged))
    if slot.key == session.cursor:
        return Content.assemble(("  ▶ ", "bold"), (f"{label}: {slot.target_text()}", "bold"), "  next")
    optional = "  (optional)" if slot.optional else ""
    return Content.assemble("    ", (f"{label}: {slot.target_text()}{optional}", "dim"))
