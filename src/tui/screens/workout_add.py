"""Adding a workout that was not logged live: when, which routine or name, and its sets."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Select, Static

from tui.domain import input_limits
from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.catalogue.model import Catalogue, Routine
from tui.domain.counts import count
from tui.domain.moments import Moment
from tui.domain.printable import quoted
from tui.domain.streaks.weeks import day_of
from tui.domain.workout.forms import FormProblem, added_start_problems, logged_afterwards, planned_sets
from tui.domain.workout.model import LoggedSet, Workout
from tui.screens.confirm import ConfirmScreen
from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS
from tui.screens.workout_form import WorkoutFormScreen, form_row
from tui.widgets.footer import Footer
from tui.widgets.note_field import NoteInput, note_from_field
from tui.widgets.plain import plain
from tui.widgets.sets_table import SetsTable


class AddWorkoutScreen(WorkoutFormScreen):
    HINT = ("Pick a routine to fill in its sets, or add sets: {add_exercise} an exercise, {add_set} one more like "
            "it; enter changes a set, {remove_set} removes it.")
    FIELDS = {"date": "#form-date", "time": "#form-time", "minutes": "#form-minutes", "name": "#form-name",
              "note": "#form-note"}
    WHEN = ("date", "time", "minutes")
    DISCARD_DETAIL = "The workout is not added."

    def __init__(self, routines: list[Routine], catalogue: Catalogue, exercise_names: ExerciseNameBook) -> None:
        super().__init__([], catalogue, exercise_names)
        self.routines = {routine.id: routine for routine in routines}

    def compose(self) -> ComposeResult:
        now = services(self).clock.now().in_timezone(services(self).settings.zone)
        with Vertical(id="workout-form", classes="workout-form"):
            with Horizontal(classes="form-row"):
                yield Label("Date", classes="form-label")
                yield Input(f"{now:%Y-%m-%d}", placeholder="yyyy-mm-dd", id="form-date", compact=True,
                            max_length=input_limits.FIGURE)
                yield Label("Time", classes="form-label form-label-short")
                yield Input(f"{now:%H:%M}", placeholder="hh:mm", id="form-time", compact=True,
                            max_length=input_limits.FIGURE)
            # As the edit form has it: a Strong user enters how long it took (blank: not timed, no duration shown).
            yield form_row("Minutes", Input("", placeholder="blank: not timed", id="form-minutes", compact=True,
                                            max_length=input_limits.FIGURE))
            with Horizontal(classes="form-row"):
                yield Label("Routine", classes="form-label")
                yield Select([(plain(routine.name), routine.id) for routine in self.routines.values()],
                             prompt="none (name it below)", id="form-routine", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("Name", classes="form-label")
                yield Input("", placeholder="what you did", id="form-name", compact=True,
                            max_length=input_limits.WORKOUT_NAME)
            with Horizontal(classes="form-row"):
                yield Label("Note", classes="form-label")
                yield NoteInput("", placeholder="optional", id="form-note", compact=True,
                            max_length=input_limits.WORKOUT_NOTE)
            yield SetsTable(id="form-sets")
            yield Static("", id="form-error", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#workout-form").border_title = f"Add a workout ({services(self).settings.zone})"

    def new_set_moment(self) -> Moment:
        return Moment.at(services(self).clock.now(), services(self).settings.zone)

    def when_problems(self) -> tuple[FormProblem, ...]:
        date, time, minutes = (self.query_one(f"#form-{field}", Input).value for field in self.WHEN)
        return tuple(added_start_problems(date, time, minutes, services(self).settings.zone,
                                          services(self).clock.now()))

    # The routine whose sets the form holds, and its sets and name as filled in: picking another replaces them
    # at once while they are as filled in, and asks first once the user has changed them.
    _routine_shown: object = Select.NULL
    _filled: tuple[tuple[LoggedSet, ...], str] = ((), "")

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id != "form-routine" or event.value in (Select.NULL, self._routine_shown):
            return
        routine = self.routines[str(event.value)]
        if (tuple(self.sets), self.query_one("#form-name", Input).value) == self._filled:
            self._fill(routine)
            return
        question = ConfirmScreen(f"Replace the {count(len(self.sets), 'set')} in this form, and its name, with the "
                                 f"planned sets of {routine.name}?", yes="Replace", no="Keep mine")

        def answer(replace: bool | None) -> None:
            if replace:
                self._fill(routine)
            else:
                self.query_one("#form-routine", Select).value = self._routine_shown

        self.app.push_screen(question, answer)

    def _fill(self, routine: Routine) -> None:
        """The routine's name and planned sets, filled from last time's sets: read off the UI thread (from a kept
        summary, which may need rebuilding), as an exercise added to the form is."""
        self._routine_shown = routine.id
        exercise_ids = list(dict.fromkeys(entry.exercise_id for entry in routine.entries))
        self.run_worker(lambda: self._read_last_time_of(routine, exercise_ids), thread=True, exit_on_error=False,
                        description="read last time's sets")

    def _read_last_time_of(self, routine: Routine, exercise_ids: list[str]) -> None:
        try:
            last_time = services(self).store.history.last_sets(exercise_ids, None)
        except STORE_FAULTS:  # the sets are still filled in, from the routine's targets
            last_time = {}
        self.app.call_from_thread(self._fill_with, routine, last_time)

    def _fill_with(self, routine: Routine, last_time: Mapping[str, Sequence[LoggedSet]]) -> None:
        if not self.is_attached or self._routine_shown != routine.id:  # closed, or another routine picked since
            return
        self.query_one("#form-name", Input).value = routine.name
        self.sets = planned_sets(routine, self.new_set_moment(), services(self).settings.units, last_time)
        self._filled = (tuple(self.sets), routine.name)
        self.show_sets(0)
        them = "it" if len(self.sets) == 1 else "them"
        self.query_one("#form-error", Static).update(
            f"Filled in {count(len(self.sets), 'planned set')} of {routine.name}: correct {them} to what you did."
        )

    def build(self) -> Workout:
        routine_id = self.query_one("#form-routine", Select).value
        return logged_afterwards(
            self.query_one("#form-date", Input).value, self.query_one("#form-time", Input).value,
            services(self).settings.zone, services(self).clock.now(), self.query_one("#form-name", Input).value,
            None if routine_id is Select.NULL else str(routine_id),
            note_from_field(self.query_one("#form-note", Input).value),
            self.sets, self.names, self.query_one("#form-minutes", Input).value,
        )

    def saved_message(self, workout: Workout) -> str:
        return f"Added {quoted(workout.name)} on {day_of(workout, services(self).settings.rollover_hour):%a %d %b %Y}."
