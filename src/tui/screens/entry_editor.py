"""Changing one exercise of a routine being edited: sets, reps or hold, rest, each side."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Checkbox, Input, Label, Static

from tui.domain import input_limits
from tui.domain.catalogue.model import Exercise, RoutineEntry, RoutineFormat
from tui.domain.routines.editing import EntryForm, RoutineInputError, entry_form, entry_from_form
from tui.resources import screens_styles
from tui.screens.dialog import Dialog
from tui.screens.key_hints import key_for
from tui.widgets.focus import focus_at_fault, focus_now
from tui.widgets.footer import Footer
from tui.widgets.tick_box import TickBox

FIELD_INPUTS = {"sets": "#sets", "reps": "#amount", "hold_s": "#amount", "rest_s": "#rest"}


class EntryEditorScreen(Dialog[RoutineEntry | None]):
    """Dismisses with the changed entry, or None. Invalid figures keep it open with a message that says why."""

    CSS_PATH = screens_styles()

    BINDINGS = [
        # Enter too: in a field it applies the form (Input.Submitted); here, on "Each side" (see TickBox).
        Binding("ctrl+s,enter", "apply", "Apply", tooltip="Keep these figures (enter in a field does the same)",
                id="entry.apply"),
        Binding("escape", "dismiss(None)", "Cancel", tooltip="Close without changing the exercise",
                id="entry.cancel"),
    ]

    def __init__(self, exercise: Exercise, entry: RoutineEntry, routine_format: RoutineFormat, *,
                 last: bool = False) -> None:
        super().__init__()
        self.exercise, self.entry, self.routine_format = exercise, entry, routine_format
        self.last = last  # the routine's last exercise: in a circuit, the round rests after it (build_routine)

    def compose(self) -> ComposeResult:
        form = entry_form(self.entry)
        circuit = self.routine_format is RoutineFormat.CIRCUIT
        hold = self.exercise.measurement.is_hold
        with Vertical(classes="dialog"):
            yield Static(self.exercise.name, classes="dialog-title", markup=False)
            with Horizontal(classes="form-row"):
                yield Label("Sets each round" if circuit else "Sets", classes="form-label")
                yield Input(form.sets, placeholder="3 or 2-4", id="sets", compact=True, max_length=input_limits.FIGURE)
            with Horizontal(classes="form-row"):
                yield Label("Hold (seconds)" if hold else "Reps", classes="form-label")
                yield Input(form.amount, placeholder="30-60" if hold else "10-12", id="amount", compact=True,
                            max_length=input_limits.FIGURE)
            with Horizontal(classes="form-row"):
                yield Label("Rest (seconds)", classes="form-label")
                # What a blank rest means, shown in the blank field (and short enough for a phone's 40 columns,
                # where "60-90, or blank for none" was cut to "...blank fo"): in a circuit the next exercise comes
                # straight on; in straight sets the settings' default rest follows each set (it said "none").
                # The round's last exercise rests as the round does: a rest of its own is refused as the routine is
                # saved, so its blank field says so.
                hint = ("the round's rest" if self.last else "none, or 30-60") if circuit else "default, or 60-90"
                yield Input(form.rest, placeholder=hint, id="rest", compact=True, max_length=input_limits.FIGURE)
            with Horizontal(classes="form-row"):
                yield Label("", classes="form-label")
                per_side = self.exercise.measurement.per_side
                yield TickBox("Each side", form.per_side or per_side, id="per-side", compact=True,
                               disabled=per_side)  # a per-side exercise is always done on both sides
            yield Static("", id="entry-problems", classes="problems", markup=False)
            keys = [key_for(self.app, "app.focus_next"), key_for(self, "entry.apply"), key_for(self, "entry.cancel")]
            yield Static("{}: next field · enter or {}: apply · {}: cancel".format(*keys), classes="dialog-hint",
                         markup=False)
        yield Footer()

    def on_mount(self) -> None:
        focus_now(self.query_one("#sets", Input))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_apply()

    def action_apply(self) -> None:
        form = EntryForm(
            sets=self.query_one("#sets", Input).value,
            amount=self.query_one("#amount", Input).value,
            per_side=self.query_one("#per-side", Checkbox).value,
            rest=self.query_one("#rest", Input).value,
        )
        try:
            entry = entry_from_form(form, self.exercise, previous=self.entry)
        except RoutineInputError as error:
            problems = self.query_one("#entry-problems", Static)
            problems.update("\n".join(problem.message for problem in error.problems))
            problems.add_class("-shown")
            focus_at_fault(self.query_one(FIELD_INPUTS.get(error.problems[0].field, "#sets"), Input))
            return
        self.dismiss(entry)
