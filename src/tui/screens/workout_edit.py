"""Editing a past workout: its name, its note, and each set's reps, load and hold."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Static

from tui.domain.set_values import describe_cardio
from tui.domain.workout_forms import edited_workout
from tui.domain.workouts import Workout
from tui.screens.workout_form import WorkoutFormScreen
from tui.widgets.footer import Footer
from tui.widgets.set_row import SetRow, SetRowHeader


def form_row(label: str, field) -> Horizontal:
    return Horizontal(Label(label, classes="form-label"), field, classes="form-row")


class EditWorkoutScreen(WorkoutFormScreen):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Check and save the changes", id="edit_workout.save"),
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving", id="edit_workout.cancel"),
    ]

    def __init__(self, workout: Workout, exercise_names: dict[str, str]) -> None:
        super().__init__()
        self.workout = workout
        self.names = exercise_names

    def compose(self) -> ComposeResult:
        with Vertical(id="workout-form", classes="workout-form"):
            yield form_row("Name", Input(self.workout.name, id="form-name", compact=True))
            yield form_row("Note", Input(self.workout.note, placeholder="optional", id="form-note", compact=True))
            yield SetRowHeader()
            with VerticalScroll(id="form-sets", can_focus=False):
                for number, logged in enumerate(self.workout.sets, start=1):
                    name = self.names.get(logged.exercise_id, logged.exercise_id)
                    fixed = describe_cardio(logged.distance_m, logged.duration_s) if logged.is_cardio else None
                    yield SetRow(number, logged.exercise_id, name, logged.reps, logged.load, logged.hold_s,
                                 side=logged.side, fixed=fixed)
            yield Static("", id="form-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        started = self.workout.started_at.local
        self.query_one("#workout-form").border_title = f"Edit workout of {started:%a %d %b %Y, %H:%M}"

    def action_save(self) -> None:
        typed = [row.typed() for row in self.query(SetRow)]
        name = self.query_one("#form-name", Input).value
        note = self.query_one("#form-note", Input).value
        self.save(lambda: edited_workout(self.workout, name, note, typed, self.app.settings.units),
                  lambda workout: f"Saved '{workout.name}'.")
