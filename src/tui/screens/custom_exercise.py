"""`N` in History: rename one of the user's own exercises, say it is one of the catalogue's, or whether its load is
added to the body's weight.

The rules live in domain/catalogue/custom_exercise_changes.py and the moving of sets in the store; this module is the
dialogs between them: what to do, the new name (checked as it is typed in), which of ours, and a last question
before sets move (that cannot be undone from the app).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.binding import Binding
from textual.screen import Screen

from tui.domain import input_limits
from tui.domain.catalogue.custom_exercise_changes import CustomExerciseError, mapped, renamed, why_unchangeable
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.catalogue.exercise_names import ExerciseNames
from tui.domain.counts import count
from tui.domain.printable import quoted
from tui.screens.confirm import ConfirmScreen
from tui.screens.one_field_dialog import OneFieldDialog, Refused
from tui.screens.services import services
from tui.screens.store_calls import FAILED, attempt
from tui.widgets.plain import say

RENAME, SAME_AS, BODYWEIGHT = 0, 1, 2
CHOICES = ("Rename", "Same as a catalogue exercise")
# The third choice turns the exercise's kind over: a load on it is added to the body's weight ("+10 kg", a weighted
# dip) or is the weight lifted (a machine press). Records and set lines follow at once (records.shown_as).
TO_BODYWEIGHT = "Bodyweight: a load adds to you"  # no figure: its unit would be one of two
TO_LIFTED = "Weight lifted, not bodyweight"


class NameDialog(OneFieldDialog[str | None]):
    """Asks for a name; `check` turns the typed text into the name or raises CustomExerciseError, whose message
    is shown under the field until the name is acceptable. Dismisses with the name, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Close without renaming", id="name_dialog.cancel"),
    ]
    CANCEL_ID = "name_dialog.cancel"
    DEFAULT_CSS = "NameDialog Input { background: $boost; }"
    FIELD_ID, PROBLEM_ID = "name-field", "name-problem"

    def __init__(self, title: str, current: str, check: Callable[[str], str]) -> None:
        super().__init__(title, current, "Rename", max_length=input_limits.EXERCISE_NAME, narrow=True)
        self.check = check

    def read(self, text: str) -> str:
        try:
            return self.check(text)
        except CustomExerciseError as error:
            raise Refused(f"{str(error)[:1].upper()}{str(error)[1:]}.") from None


def change_custom_exercise(screen: Screen, exercise_id: str, changed: Callable[[], None]) -> None:
    """Ask what to do with the user's own exercise exercise_id, and do it; changed() once something changed."""
    from tui.screens.pickers import ChoiceScreen, ExercisePickerScreen

    app, used = screen.app, services(screen)
    names = used.exercise_names
    unchangeable = why_unchangeable(exercise_id, names)
    if unchangeable is not None:  # the screens offer no N then; said if it is asked for all the same
        say(screen, unchangeable, severity="warning")
        return
    name = names.get(exercise_id, exercise_id)
    exercise = names.custom.get(exercise_id) or CustomExercise(exercise_id, name)
    catalogue_names = used.catalogue.names

    def store_done(what: str) -> None:
        used.forget_exercise_names()
        say(screen, what, title="History")
        changed()

    def rename_to(new_name: str | None) -> None:
        if new_name is None or new_name == exercise.name:
            return
        if attempt(screen, lambda: used.store.exercises.rename(exercise._replace(name=new_name)), "rename the exercise",
                   kept="It keeps its name.") is not FAILED:
            store_done(f"{quoted(exercise.name)} is now {quoted(new_name)}.")

    def confirm_target(target_id: str | CustomExercise | None) -> None:
        if not isinstance(target_id, str):  # cancelled (this picker offers no new exercise)
            return
        try:
            now = mapped(exercise, target_id, catalogue_names)
        except CustomExerciseError as error:
            say(screen, str(error), severity="warning")
            return
        ours = catalogue_names[target_id]

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            moved = attempt(screen, lambda: used.store.exercises.map_onto(now),
                            f"count {quoted(exercise.name)} as {ours}", kept="Its sets are as they were.")
            if moved is not FAILED:
                if (workout := used.workout_if_started) is not None:
                    workout.exercise_counted_as(exercise.id, now.same_as)
                verb = "counts" if moved == 1 else "count"
                store_done(f"{count(moved, 'set')} of {quoted(exercise.name)} now {verb} as {ours}.")

        app.push_screen(ConfirmScreen(
            f"Count every set of {quoted(exercise.name)} as {ours}?", yes="Same exercise", no="Keep apart",
            detail=f"History, records, progress and exports will show them as {ours}, and importing "
                   f"{quoted(exercise.name)} again brings it in as {ours}. This cannot be undone here."), answered)

    def chosen(choice: int | None) -> None:
        if choice == RENAME:
            others, ours_alone = names.custom.values(), ExerciseNames(used.catalogue.exercises)
            app.push_screen(NameDialog(f"New name for {quoted(exercise.name)}", exercise.name,
                                       lambda typed: renamed(exercise, typed, ours_alone, others).name),
                            rename_to)
        elif choice == BODYWEIGHT:
            now = exercise._replace(bodyweight=not exercise.bodyweight)
            if attempt(screen, lambda: used.store.exercises.count_as_bodyweight(now), "change the exercise",
                       kept="It is as it was.") is not FAILED:
                name = quoted(exercise.name)
                store_done(f"{name} is now a bodyweight exercise: a load adds to you." if now.bodyweight
                           else f"{name} now counts its load as the weight lifted.")
        elif choice == SAME_AS:
            # Its own name searched first: "Side Plank Leg Raise" lists our Side plank with leg raise first.
            app.push_screen(ExercisePickerScreen(used.catalogue, title=f"Which of ours is {quoted(exercise.name)}?",
                                                 action="chooses", word="Choose", typed=exercise.name), confirm_target)

    if exercise.cardio:  # a run or a ride: a name to change, but no sets to count as ours, nor a load
        app.push_screen(ChoiceScreen(f"{quoted(exercise.name)}: your own cardio", CHOICES[:SAME_AS]), chosen)
        return
    kind = TO_LIFTED if exercise.bodyweight else TO_BODYWEIGHT
    app.push_screen(ChoiceScreen(f"{quoted(exercise.name)}: your own exercise", (*CHOICES, kind)), chosen)
