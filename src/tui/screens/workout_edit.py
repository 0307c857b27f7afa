"""Editing a past workout as Strong users expect: its name, its note, when it started and how long it lasted, and
every set (each field, added, removed)."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Static

from tui.domain import input_limits
from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.catalogue.model import Catalogue
from tui.domain.moments import Moment
from tui.domain.printable import quoted
from tui.domain.streaks.weeks import day_of
from tui.domain.workout.breakdown import sets_as_listed
from tui.domain.workout.forms import (
    FormProblem,
    WhenTyped,
    edited_workout,
    in_logged_order,
    start_and_duration_problems,
    when_of,
)
from tui.domain.workout.model import Workout
from tui.screens.services import services
from tui.screens.workout_again import routine_done
from tui.screens.workout_form import WorkoutFormScreen, form_row
from tui.widgets.footer import Footer
from tui.widgets.note_field import NoteInput, note_from_field, note_in_field
from tui.widgets.sets_table import SetsTable


class EditWorkoutScreen(WorkoutFormScreen):
    FIELDS = {"name": "#form-name", "note": "#form-note", "date": "#form-date", "time": "#form-time",
              "minutes": "#form-minutes"}
    WHEN = ("date", "time", "minutes")  # a duration ends in the future as the start moves, too
    DISCARD_DETAIL = "The workout stays as it was saved."

    def __init__(self, workout: Workout, catalogue: Catalogue, exercise_names: ExerciseNameBook) -> None:
        super().__init__(list(workout.sets), catalogue, exercise_names)
        self.workout = workout

    def compose(self) -> ComposeResult:
        when = when_of(self.workout)
        with Vertical(id="workout-form", classes="workout-form"):
            # The name first, as before the start could be changed: `e` and a new name typed at once go there.
            yield form_row("Name", Input(self.workout.name, id="form-name", compact=True,
                                         max_length=input_limits.WORKOUT_NAME))
            yield form_row("Note", NoteInput(note_in_field(self.workout.note), placeholder="optional", id="form-note",
                                         compact=True, max_length=input_limits.WORKOUT_NOTE))
            with Horizontal(classes="form-row"):
                yield Label("Date", classes="form-label")
                yield Input(when.date, placeholder="yyyy-mm-dd", id="form-date", compact=True,
                            max_length=input_limits.FIGURE)
                yield Label("Time", classes="form-label form-label-short")
                yield Input(when.time, placeholder="hh:mm", id="form-time", compact=True,
                            max_length=input_limits.FIGURE)
            yield form_row("Minutes", Input(when.minutes, placeholder="blank: not timed", id="form-minutes",
                                            compact=True, max_length=input_limits.FIGURE))
            yield SetsTable(id="form-sets")
            yield Static("", id="form-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        # Numbered as the workout's page numbers them: listed as logged, set 3 on the page was set 11 here.
        self.sets = list(sets_as_listed(self.workout, routine_done(self, self.workout)))
        super().on_mount()
        # The date and time are the workout's own zone's (where it was lived), which may not be the settings' now.
        what = "Edit" if self.app.size.width < 60 else "Edit workout"
        self.query_one("#workout-form").border_title = f"{what} ({self.workout.started_at.zone})"

    def new_set_moment(self) -> Moment:
        return self.sets[-1].logged_at if self.sets else self.workout.started_at

    def excluded_from_last_time(self) -> str | None:
        return self.workout.id

    def when_typed(self) -> WhenTyped:
        return WhenTyped(*(self.query_one(f"#form-{field}", Input).value for field in ("date", "time", "minutes")))

    def when_problems(self) -> tuple[FormProblem, ...]:
        return tuple(start_and_duration_problems(self.workout, self.when_typed(), services(self).clock.now()))

    def build(self) -> Workout:
        # Checked as listed (a problem names the set by its number here), saved in the order done.
        edited = edited_workout(self.workout, self.query_one("#form-name", Input).value,
                                note_from_field(self.query_one("#form-note", Input).value), self.sets, self.names,
                                self.when_typed(), services(self).clock.now())
        return replace(edited, sets=tuple(in_logged_order(edited.sets, self.workout.sets)))

    def save_workout(self, workout: Workout) -> Workout:
        history = services(self).store.history
        if self.deleted_meanwhile:  # the user was told, and saves it again: it comes back as the form has it
            history.save(workout)
            return workout
        # Onto the workout as stored now: another window's changes since the form opened stay.
        return history.save_edit(self.workout, workout)

    def saved_message(self, workout: Workout) -> str:
        from tui.screens.week_without_freeze import freeze_kept_off

        rollover_hour = services(self).settings.rollover_hour
        day = day_of(workout, rollover_hour)
        moved = day != day_of(self.workout, rollover_hour)
        saved = f"Saved {quoted(workout.name)}" + (f", now on {day:%a %d %b %Y}." if moved else ".")
        # Moved out of its week, or a set of it taken out: the week it counted for may no longer count.
        return f"{saved} {freeze_kept_off(self, self.workout)}".rstrip()
