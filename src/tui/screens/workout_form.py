"""What History's add and edit forms share: the sets table and its keys, saving, and showing every problem.

A set is changed in the Workout screen's own set form (SetForm, here in the SetEditor dialog), so a past set and
a live one take the same fields and the same rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Input, Label, Select, Static

from tui.domain.catalogue.custom_exercises import CustomExercise, ExerciseNameBook
from tui.domain.catalogue.model import Catalogue
from tui.domain.moments import Moment
from tui.domain.workout.forms import (
    FormProblem,
    WorkoutFormError,
    another_set,
    first_set,
    values_of,
    with_values,
)
from tui.domain.workout.model import LoggedSet, Workout
from tui.domain.workout.set_fields import set_fields
from tui.domain.workout.set_values import SetValueError
from tui.resources import screens_styles, styles_dir
from tui.screens.dialog import Dialog
from tui.screens.key_hints import key_for
from tui.screens.pickers import ExercisePickerScreen, add_picked
from tui.screens.services import services
from tui.screens.set_editor import SetEditor
from tui.screens.store_calls import FAILED, STORE_FAULTS, attempt
from tui.screens.unsaved import leave_unless_changed
from tui.store.errors import WorkoutGoneError
from tui.widgets.focus import focus_at_fault, focus_now
from tui.widgets.plain import say, withdraw_notes
from tui.widgets.sets_table import SetsTable

SETS = Binding.Group("Sets")


def form_row(label: str, field) -> Horizontal:
    """A labelled field on a line of its own."""
    return Horizontal(Label(label, classes="form-label"), field, classes="form-row")


class WorkoutFormScreen(Dialog[Workout | None]):
    """Dismisses with the saved workout, or None when nothing was saved."""

    CSS_PATH = [screens_styles(), styles_dir() / "history.tcss"]  # screens.tcss: the form rows and labels

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Check and save the workout", id="workout_form.save"),
        Binding("ctrl+n", "add_set", "Add set", tooltip="Add a set like the one under the cursor",
                id="workout_form.add_set", group=SETS),
        # Priority: it opens a search, and what is typed with it goes there (keys_in_order.py).
        Binding("ctrl+o", "add_exercise", "Add exercise", tooltip="Add a set of another exercise",
                id="workout_form.add_exercise", group=SETS, priority=True),
        Binding("ctrl+r", "remove_set", "Remove set", tooltip="Remove the set under the cursor",
                id="workout_form.remove_set", group=SETS),
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving (asks first if you changed anything)",
                id="workout_form.cancel"),
    ]

    # What the keys do, each {name} the user's key for the binding workout_form.name (enter is the table's own).
    HINT = ("enter: change a set · {add_set}: add one like it · {add_exercise}: another exercise · {remove_set}: "
            "remove it")

    # The form's fields by the name its problems give them.
    FIELDS: dict[str, str] = {"name": "#form-name", "note": "#form-note"}
    # The fields that say when the workout was: one at fault may be put right by another (a start later than now
    # blames the date, an earlier time puts it right), so once a problem with them shows, they are checked again
    # together as any of them is typed, and the problem goes once they are right. Other fields' problems go as
    # their field is typed, and are checked again on saving.
    WHEN: tuple[str, ...] = ()
    # Under "Discard your changes?": what discarding leaves.
    DISCARD_DETAIL = "Nothing is saved."

    def __init__(self, sets: list[LoggedSet], catalogue: Catalogue, exercise_names: ExerciseNameBook) -> None:
        super().__init__()
        self.sets = list(sets)
        self.catalogue = catalogue
        self.names = exercise_names
        self.problems: tuple[FormProblem, ...] = ()
        self.opened_with: object = None  # what the form held when it opened (see typed)
        self.deleted_meanwhile = False  # the workout edited was deleted in another window: a save brings it back

    def build(self) -> Workout:
        """The workout as the form has it; raises WorkoutFormError with every problem."""
        raise NotImplementedError

    def saved_message(self, workout: Workout) -> str:
        raise NotImplementedError

    def new_set_moment(self) -> Moment:
        raise NotImplementedError

    def on_mount(self) -> None:
        self.show_sets(0)
        self.show_problems(())
        self.opened_with = self.typed()

    def typed(self) -> object:
        """What the form holds: every field's value and the sets. Escape asks before throwing away a change."""
        texts = tuple(field.value for field in self.query(Input))
        choices = tuple(field.value for field in self.query(Select))
        return texts, choices, tuple(self.sets)

    # --- the sets ----------------------------------------------------------------------------------------

    def show_sets(self, cursor: int | None = None) -> None:
        self.query_one("#form-sets", SetsTable).show(self.sets, self.names, cursor, services(self).settings.units)

    def cursor(self) -> int | None:
        table = self.query_one("#form-sets", SetsTable)
        return min(table.cursor_row, len(self.sets) - 1) if self.sets else None

    def is_hold(self, logged: LoggedSet) -> bool:
        """Whether the set editor asks for a hold: the count the set has, else (none, or both: an import's plank
        of 1 rep and 45 s) the exercise's."""
        if (logged.hold_s is None) != (logged.reps is None):
            return logged.hold_s is not None
        exercise = self.catalogue.exercises.get(logged.exercise_id)
        return bool(exercise and exercise.measurement.is_hold)

    def edit_set(self, position: int, added: bool = False) -> None:
        """Open the live set editor on set `position` (from 0); an added set that is cancelled goes away."""
        logged = self.sets[position]
        if logged.is_cardio:  # a distance and a time, which the set editor has no fields for
            say(self, f"A cardio entry is kept as it was imported; it can be removed ({self._key('remove_set')}), not "
                      "changed here.", severity="warning")
            return
        try:
            values = values_of(logged, services(self).settings.units)
        except SetValueError as error:  # an imported set beyond what the editor takes: say so, keep it as it is
            if added:  # a copy of it would be refused on saving, and the form kept until it was removed
                del self.sets[position]
                self.show_sets(position - 1)
            say(self, f"This set cannot be {'copied' if added else 'changed'} here: {error}.", severity="warning")
            return
        name = self.names.get(logged.exercise_id, logged.exercise_id)

        def done(edited) -> None:
            if edited is not None:
                self.sets[position] = with_values(self.sets[position], edited)
            elif added:
                del self.sets[position]
            self.show_sets(position)
            self.forget_problems("sets")

        fields = set_fields(values, self.catalogue.exercises.get(logged.exercise_id))
        self.app.push_screen(SetEditor(values, f"Set {position + 1}: {name}", self.is_hold(logged),
                                       self.names.may_be_assisted(logged.exercise_id), fields), done)

    def on_data_table_row_selected(self, event: SetsTable.RowSelected) -> None:
        event.stop()
        self.edit_set(event.cursor_row)

    def action_add_set(self) -> None:
        position = self.cursor()
        if position is None or self.sets[position].is_cardio:
            self.action_add_exercise()
            return
        self.sets.insert(position + 1, another_set(self.sets[position]))
        self.show_sets(position + 1)
        focus_now(self.query_one("#form-sets", SetsTable))
        self.edit_set(position + 1, added=True)

    def action_add_exercise(self) -> None:
        def picked(choice: str | CustomExercise | None) -> None:
            exercise_id = add_picked(self, choice)  # one of the user's own, typed in the picker, is stored first
            if exercise_id is None:
                return
            if isinstance(choice, CustomExercise):
                self.names = services(self).exercise_names  # the new name, read again
            on_form = [s for s in reversed(self.sets) if s.exercise_id == exercise_id]
            if on_form:
                self._add_first_set(exercise_id, on_form)
            else:  # last time's sets come from a kept summary, which may need rebuilding: off the UI thread
                self.run_worker(lambda: self._read_last_time(exercise_id), thread=True, exit_on_error=False,
                                description="read last time's sets")

        self.app.push_screen(ExercisePickerScreen(self.catalogue, own=services(self).exercise_names.own()), picked)

    def excluded_from_last_time(self) -> str | None:
        """The workout whose sets are not "last time" (the one being edited)."""
        return None

    def _read_last_time(self, exercise_id: str) -> None:
        try:
            last_time = services(self).store.history.last_sets([exercise_id], self.excluded_from_last_time())
        except STORE_FAULTS:  # a set to correct is still added; it starts at one rep
            last_time = {}
        self.app.call_from_thread(self._add_first_set, exercise_id, last_time.get(exercise_id, ()))

    def _add_first_set(self, exercise_id: str, like: Sequence[LoggedSet]) -> None:
        if not self.is_attached:  # closed while last time's sets were read
            return
        exercise = self.catalogue.exercises.get(exercise_id)
        is_hold = bool(exercise and exercise.measurement.is_hold)
        units = services(self).settings.units
        self.sets.append(first_set(exercise_id, self.new_set_moment(), is_hold, units, like))
        self.show_sets(len(self.sets) - 1)
        focus_now(self.query_one("#form-sets", SetsTable))
        self.edit_set(len(self.sets) - 1, added=True)

    def action_remove_set(self) -> None:
        position = self.cursor()
        if position is None:
            say(self, "There is no set to remove.", severity="warning")
            return
        removed = self.sets.pop(position)
        self.show_sets(position)
        name = self.names.get(removed.exercise_id, removed.exercise_id)
        say(self, f"Removed set {position + 1} ({name}); escape asks before closing without saving.", title="History")

    # --- saving and problems -------------------------------------------------------------------------------

    def save_workout(self, workout: Workout) -> Workout:
        """Save the form's workout; the workout as saved."""
        services(self).store.history.save(workout)
        return workout

    def _key(self, name: str) -> str:
        """The user's key for one of the form's bindings ("save" is workout_form.save)."""
        return key_for(self, f"workout_form.{name}")

    def _hint(self) -> str:
        return self.HINT.format(**{name: self._key(name) for name in ("add_set", "add_exercise", "remove_set")})

    def action_save(self) -> None:
        try:
            workout = self.build()
        except WorkoutFormError as error:
            self.show_problems(error.problems)
            self.app.bell()
            return
        try:
            saved = attempt(self, lambda: self.save_workout(workout), "save the workout",
                            kept=f"What you typed is still in the form: press {self._key('save')} to try again.")
        except WorkoutGoneError as gone:
            # The edits are the user's still (the form closed on them): saved again, the workout comes back as
            # edited, under its id; left, it stays deleted. As the routine editor does.
            self.deleted_meanwhile = True
            told = (f"Not saved: {gone}. {self._key('save')} again saves yours as it is here; "
                    f"{self._key('cancel')} leaves it deleted.")
            line = self.query_one("#form-error", Static)
            line.update(told)
            line.set_class(True, "-problems")
            # Said too: on a phone the form's last line is cut by its border, and what esc does went unread.
            say(self, told, title="Not saved", severity="error", timeout=10)
            self.app.bell()
            return
        if saved is FAILED:
            self.query_one("#form-error", Static).update(f"Not saved: see the message. {self._key('save')} tries "
                                                         "again.")
            self.app.bell()
            return
        withdraw_notes(self)  # "Removed set 1 ...; escape asks before closing without saving" stayed over "Saved"
        say(self, self.saved_message(saved), title="History")
        self.dismiss(saved)

    def show_problems(self, problems: tuple[FormProblem, ...], move: bool = True) -> None:
        """Every problem on the form's error line, and the cursor on the first field at fault."""
        self.problems = tuple(problems)
        error = self.query_one("#form-error", Static)
        error.update("\n".join(problem.message for problem in problems) if problems else self._hint())
        error.set_class(bool(problems), "-problems")
        if not problems or not move:
            return
        first = problems[0]
        if first.field == "sets":
            table = self.query_one("#form-sets", SetsTable)
            if first.position is not None:
                table.move_cursor(row=first.position - 1)
            focus_now(table)
        elif first.field in self.FIELDS:
            focus_at_fault(self.query_one(self.FIELDS[first.field]))

    def forget_problems(self, *fields: str) -> None:
        """The user changed these fields: their old problems no longer apply."""
        if any(problem.field in fields for problem in self.problems):
            self.show_problems(tuple(p for p in self.problems if p.field not in fields), move=False)

    def when_problems(self) -> tuple[FormProblem, ...]:
        """What is wrong with the fields of WHEN as typed now."""
        return ()

    def on_input_changed(self, event: Input.Changed) -> None:
        # Textual runs this for the form's every class that has it: the forms keep to WHEN and when_problems (the
        # add form's own handler re-checked the start, then this one, run after it, took the new problem away).
        for field, selector in self.FIELDS.items():
            if event.input.id != selector.removeprefix("#"):
                continue
            if field not in self.WHEN:
                self.forget_problems(field)
            elif any(problem.field in self.WHEN for problem in self.problems):
                others = tuple(problem for problem in self.problems if problem.field not in self.WHEN)
                self.show_problems(self.when_problems() + others, move=False)

    def unsaved_changes(self) -> bool:
        return self.typed() != self.opened_with

    def action_cancel(self) -> None:
        detail = "The workout stays deleted." if self.deleted_meanwhile else self.DISCARD_DETAIL
        leave_unless_changed(self, self.unsaved_changes(), lambda: self.dismiss(None), detail=detail)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

