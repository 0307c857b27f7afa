"""Editing a past workout as Strong users expect: its name, its note, and every set (each field, added, removed)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Static

from tui.domain import input_limits
from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.catalogue.model import Catalogue
from tui.domain.moments import Moment
from tui.domain.workout.forms import edited_workout
from tui.domain.workout.model import Workout
from tui.screens.services import services
from tui.screens.workout_form import WorkoutFormScreen
from tui.widgets.footer import Footer
from tui.widgets.sets_table import SetsTable


def form_row(label: str, field) -> Horizontal:
    return Horizontal(Label(label, classes="form-label"), field, classes="form-row")


class EditWorkoutScreen(WorkoutFormScreen):
    def __init__(self, workout: Workout, catalogue: Catalogue, exercise_names: ExerciseNameBook) -> None:
        super().__init__(list(workout.sets), catalogue, exercise_names)
        self.workout = workout

    def compose(self) -> ComposeResult:
        with Vertical(id="workout-form", classes="workout-form"):
            yield form_row("Name", Input(self.workout.name, id="form-name", compact=True,
                                         max_length=input_limits.WORKOUT_NAME))
            yield form_row("Note", Input(self.workout.note, placeholder="optional", id="form-note", compact=True,
                                         max_length=input_limits.WORKOUT_NOTE))
            yield SetsTable(id="form-sets")
            yield Static("", id="form-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        started = self.workout.started_at.local
        # A phone's 40 columns leave a border title about 34: the short form, so its time is not cut off.
        what = "Edit" if self.app.size.width < 60 else "Edit workout of"
        self.query_one("#workout-form").border_title = f"{what} {started:%a %d %b %Y, %H:%M}"

    def new_set_moment(self) -> Moment:
        return self.sets[-1].logged_at if self.sets else self.workout.started_at

    def build(self) -> Workout:
        return edited_workout(self.workout, self.query_one("#form-name", Input).value,
                              self.query_one("#form-note", Input).value, self.sets, self.names)

    def save_workout(self, workout: Workout) -> Workout:
        # Onto the workout as stored now: another window's changes since the form opened stay.
        return services(self).store.history.save_edit(self.workout, workout)

    def saved_message(self, workout: Workout) -> str:
        return f"Saved '{workout.name}'."
