"""The Workout screen's keys that change the workout's plan or end it (`d`, `a`, `A`, `x`, `v`, `N`, `D`, `f`, and the
question after a circuit's last planned round): each asks first, in a dialog, whatever it might lose. The screen
itself (workout.py) shows the workout and drives the set loop; it is this class's subclass.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from tui.domain.counts import count, sets_and_cardio
from tui.domain.printable import quoted
from tui.screens.confirm import ConfirmScreen
from tui.screens.key_hints import key_for
from tui.screens.services import services
from tui.widgets.plain import say
from tui.widgets.workout_sets import WorkoutSets, set_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from tui.domain.catalogue.model import Exercise
    from tui.domain.moments import Moment
    from tui.domain.workout.plan import Slot
    from tui.domain.workout.session import WorkoutSession
    from tui.screens.workout_controller import WorkoutController


ANOTHER_EXERCISE = "Another exercise..."  # the last of `v`'s choices: the whole catalogue, to swap any in


def ask_for_another_round(controller: WorkoutController) -> None:
    """A circuit whose round range is reached asks for another round: once its last set is logged, and again as a
    workout left while it asked is resumed (see ResumeOffer: a kill or a dropped connection took the question away)."""
    session = controller.session
    if session is None or not session.all_done or not session.may_add_round:
        return
    total = session.routine.rounds
    question = ConfirmScreen(f"Round {session.planned_rounds} done. Another round? ({total} rounds)",
                             yes="Another round", no="That's all")

    def answer(another: bool | None) -> None:
        if another:
            controller.change(lambda s: s.add_round())
        elif controller.session and controller.session.rest:  # the rest kept for another round
            controller.change(lambda s: s.skip_rest())

    controller.app.push_screen(question, answer)


class WorkoutChanges(Screen):
    """The Workout screen's base: the workout it drives, the set under the cursor, and the keys that change the
    plan or end the workout."""

    @property
    def controller(self) -> WorkoutController:
        return services(self).workout

    @property
    def session(self) -> WorkoutSession | None:
        return self.controller.session

    # --- which set the cursor is on -------------------------------------------------------------------

    def _selected_key(self) -> str | None:
        return self.query_one(WorkoutSets).selected_key

    def _selected_slot(self) -> Slot | None:
        """The set a key acts on: the one under the cursor, else the next. In an empty workout there is none, and
        the key says how to add an exercise (`a`, `x`, `v` and `i` did nothing there, without a word)."""
        session, key = self.session, self._selected_key()
        if session is None or self.controller.told_no_exercise_yet():
            return None
        return (session.slot(key) if key else None) or session.current_slot

    def key(self, name: str) -> str:
        """The user's key for one of the workout's bindings ("log" is workout.log), for the hints on screen."""
        return key_for(self, f"workout.{name}")

    # --- changing the plan ----------------------------------------------------------------------------

    def _ask_for_another_round(self) -> None:
        ask_for_another_round(self.controller)

    def action_delete(self) -> None:
        """`d`: delete the logged set under the cursor (after asking), or take out a set added to the plan."""
        session = self.session
        key = self._selected_key()
        if session is None or self.controller.told_no_exercise_yet() or key is None:
            return
        logged = session.logged_set(key)
        if logged is None:
            self.controller.change(lambda s: s.remove_set(key))
            return
        names = services(self).exercise_names
        name = names.get(logged.exercise_id, logged.exercise_id)
        described = set_text(logged, bodyweight=names.is_bodyweight(logged.exercise_id))
        slot = session.slot(key)
        # Named as its form is: "this set of Lateral raise: 11 reps @ 5 kg" fitted rounds 2 and 3 alike.
        which = f"{name} - {slot.label()}" if slot else f"this set of {name}"
        question = ConfirmScreen(f"Delete {which}: {described}?", yes="Delete", no="Keep it")

        def answer(delete: bool | None) -> None:
            if delete:
                self.controller.change(lambda s: s.delete_set(logged.id))

        self.app.push_screen(question, answer)

    def action_add_set(self) -> None:
        slot = self._selected_slot()
        if slot is None:
            return
        self.controller.change(lambda s: s.add_set(slot.entry_index))

    def action_add_exercise(self) -> None:
        """`A`: add an exercise at the end; with no workout in progress, start an empty one with it (Strong's
        "Start an empty workout", in one step: the picker cancelled, no workout was started)."""
        from tui.screens.pickers import ExercisePickerScreen, add_picked

        starting = self.session is None

        def add(picked) -> None:
            exercise_id = add_picked(self, picked)  # one of the user's own, typed in the picker, is stored first
            if exercise_id is None or (starting and not self.controller.start(None)):
                return
            exercise = services(self).catalogue_with_own.exercises[exercise_id]
            if self.controller.change(lambda s: s.add_exercise(exercise)):
                self.controller.load_last_sets()
                say(self, f"Started with {exercise.name}: {self.key('add_exercise')} adds another." if starting else
                    f"{exercise.name} added at the end.")

        used = services(self)
        title, action, word = ("Start a workout with an exercise", "starts it", "Start") if starting else \
            ("Add an exercise", "adds", "Add")
        self.app.push_screen(ExercisePickerScreen(used.catalogue, title=title, action=action, word=word,
                                                  own=used.exercise_names.own()), add)

    def action_remove_exercise(self) -> None:
        """`x`: take the exercise under the cursor out of this workout (after asking): its sets to do go with it."""
        session, slot = self.session, self._selected_slot()
        if session is None or slot is None or not self.controller.allows(
                lambda s: s.no_hold_in_the_way(slot.entry_index)):
            return
        if not session.may_remove_exercise(slot.entry_index):
            self.controller.change(lambda s: s.remove_exercise(slot.entry_index))  # refused: it says why, and then
            return
        name = services(self).exercise_names.get(slot.exercise_id, slot.exercise_id)
        to_do = sum(1 for planned in session.plan if planned.entry_index == slot.entry_index)
        question = ConfirmScreen(f"Remove {name} and its {count(to_do, 'set')} to do from this workout?",
                                 yes="Remove", no="Keep it")

        def answer(remove: bool | None) -> None:
            if remove and self.controller.change(lambda s: s.remove_exercise(slot.entry_index)):
                say(self, f"{name} removed from this workout.")

        self.app.push_screen(question, answer)

    def action_swap(self) -> None:
        """`v`: do another exercise in this one's place from its next set on: its easier or harder variation (the
        suggestion may name one), or any other, as Hevy's "Replace exercise" (the bench is taken: dumbbells)."""
        from tui.screens.pickers import ChoiceScreen

        slot = self._selected_slot()
        if slot is None or not self.controller.allows(lambda s: s.no_hold_in_the_way(slot.entry_index)):
            return
        used = services(self)
        catalogue, name = used.catalogue, used.exercise_names.get(slot.exercise_id, slot.exercise_id)
        exercise = catalogue.exercises.get(slot.exercise_id)
        variations = [] if exercise is None else [
            (kind, other) for kind, others in (("easier", exercise.easier), ("harder", exercise.harder))
            for other in others if other in catalogue.exercises]
        if not variations:  # one of the user's own, or one with no variation known: straight to the whole list
            self._swap_for_any(slot, name)
            return
        labels = [f"{catalogue.exercises[other].name} ({kind})" for kind, other in variations]

        def swap(index: int | None) -> None:
            if index == len(variations):
                self._swap_for_any(slot, name)
            elif index is not None:
                self._swap(slot, catalogue.exercises[variations[index][1]])

        self.app.push_screen(ChoiceScreen(f"Do instead of {name}", [*labels, ANOTHER_EXERCISE]), swap)

    def _swap_for_any(self, slot: Slot, name: str) -> None:
        from tui.screens.pickers import ExercisePickerScreen, add_picked

        def swap(picked) -> None:
            exercise_id = add_picked(self, picked)  # one of the user's own, typed in the picker, is stored first
            if exercise_id is not None:
                self._swap(slot, services(self).catalogue_with_own.exercises[exercise_id])

        used = services(self)
        self.app.push_screen(ExercisePickerScreen(used.catalogue, title=f"Do instead of {name}", action="swaps",
                                                  word="Swap", own=used.exercise_names.own()), swap)

    def _swap(self, slot: Slot, exercise: Exercise) -> None:
        if self.controller.change(lambda s: s.swap_exercise(slot.entry_index, exercise)):
            self.controller.load_last_sets()

    # --- ending it -------------------------------------------------------------------------------------

    def action_note(self) -> None:
        from tui.screens.workout_dialogs import WorkoutNoteDialog

        session = self.session
        if session is None:
            return

        def keep(note: str | None) -> None:
            if note is not None and self.controller.change(lambda s: s.set_note(note)):
                say(self, "Note saved." if note else "Note removed.")

        self.app.push_screen(WorkoutNoteDialog(session.workout.note), keep)

    def action_discard(self) -> None:
        session = self.session
        if session is None:
            say(self, "No workout in progress.")
            return
        # Counted as the header counts them: "its 2 logged sets" stood over "1 of 8 sets logged", a warm-up between.
        workout = session.workout
        logged = sets_and_cardio(workout.working_sets, len(workout.cardio_entries), workout.warm_ups)
        question = ConfirmScreen(f"Discard {quoted(workout.name)} and everything logged in it ({logged}) for good?",
                                 yes="Discard", no="Keep going")
        self.app.push_screen(question, lambda yes: self.controller.discard(workout.id) if yes else None)

    def action_finish(self) -> None:
        session = self.session
        if session is None:
            return
        held = self.controller.held_so_far()  # a hold running is logged by the finish
        if not session.workout.sets and held is None:
            question = ConfirmScreen("No sets are logged. Discard this workout?", yes="Discard", no="Keep going")
            workout_id = session.workout.id
            self._ask_then(question, lambda: self.controller.discard(workout_id))
            return
        left = session.sets_left() - (held is not None)
        not_logged = f"{count(left, 'planned set')} {'is' if left == 1 else 'are'} not logged."
        left_at = session.workout.left_at(services(self).clock.now()) if held is None else None
        if left_at is not None and left_at != self.controller.kept_going_after:
            self._finish_left_open(left_at, not_logged if left else "")
            return
        if left:
            hold = f"The hold is logged at {held} s; " if held is not None else ""
            question = ConfirmScreen(f"Finish now? {hold}{not_logged}", yes="Finish", no="Keep going")
            self._ask_then(question, lambda: self.controller.finish(held=held))
            return
        self.controller.finish(held=held)

    def _ask_then(self, question: ConfirmScreen, then: Callable[[], None]) -> None:
        """Ask; a yes does `then`, unless the workout changed behind the question: a hold that ran to its end and
        was logged ("logged at 7 s" was answered, and 30 s saved; "No sets are logged. Discard this workout?" was
        answered, and the set logged behind it discarded), or one held a second since. Then it is asked again, as
        the workout now is."""
        asked = self._what_a_finish_asks_about()

        def answered(yes: bool | None) -> None:
            if yes and self._what_a_finish_asks_about() != asked:
                self.action_finish()
            elif yes:
                then()

        self.app.push_screen(question, answered)

    def _what_a_finish_asks_about(self) -> tuple[int, bool, bool] | None:
        session = self.session
        if session is None:
            return None
        return len(session.workout.sets), self.controller.held_so_far() is None, session.hold is None

    def _finish_left_open(self, left_at: Moment, not_logged: str) -> None:
        """A workout left open (overnight, say) ends at its last set, as the offer to resume finishes one left by a
        crash; kept going, the next finish ends it now."""
        from tui.screens.workout_dialogs import last_set_was

        finish = key_for(self, "workout.finish")
        when = last_set_was(left_at, services(self).clock.now())
        detail = f"{not_logged} Keep going, and {finish} finishes it now.".strip()
        question = ConfirmScreen(f"Your last set was {when}. Finish the workout as ending then?", yes="Finish",
                                 no="Keep going", detail=detail)

        def answered(yes: bool | None) -> None:
            if yes:
                self.controller.finish(as_of_last_set=True)
            else:
                self.controller.kept_going_after = left_at

        self.app.push_screen(question, answered)
