"""A past workout done again (Strong's "Perform again") or kept as a routine of the user's own ("Save as
template"): from History's list and from a workout's page alike."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tui.domain import input_limits
from tui.screens.key_hints import key_for
from tui.screens.messages import StartWorkout
from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS
from tui.widgets.plain import say

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.screen import Screen

    from tui.domain.catalogue.model import Routine
    from tui.domain.workout.model import Workout


def routine_done(node: DOMNode, workout: Workout) -> Routine | None:
    """The routine the workout was done from, if it still exists (its order and targets, for the workout's)."""
    if workout.routine_id is None:
        return None
    try:
        return next((r for r in services(node).all_routines() if r.id == workout.routine_id), None)
    except STORE_FAULTS:  # your own routines unreadable (a file broken meanwhile): the sets as they were done
        return None


def plan_of_workout(screen: Screen, workout: Workout) -> Routine | None:
    """The workout as a plan to do again (domain/workout/again.py); None, said why, when nothing is left."""
    from tui.domain.workout.again import plan_of

    used = services(screen)
    plan = plan_of(workout, used.catalogue_with_own.exercises, routine_done(screen, workout))
    if plan is None:
        say(screen, "Nothing here to do again: no set of an exercise you have (runs are not done as sets).")
    return plan


def do_again(screen: Screen, workout: Workout) -> None:
    """Start a workout of the same exercises and sets: an empty workout built as it went is done once more without
    building it again."""
    plan = plan_of_workout(screen, workout)
    if plan is not None:
        screen.post_message(StartWorkout(plan))


def save_as_routine(screen: Screen, workout: Workout) -> None:
    """The routine editor opens on the workout's plan, for the user to name and check; nothing is saved until it
    saves."""
    from tui.domain.catalogue.ids import copy_name
    from tui.domain.routines.editing import draft_of, without_our_marks
    from tui.screens.routine_editor import RoutineEditorScreen

    plan = plan_of_workout(screen, workout)
    if plan is None:
        return
    used = services(screen)
    try:
        taken = [routine.name for routine in used.all_routines()]
    except STORE_FAULTS:  # your own routines unreadable: the editor says so when it saves
        taken = [routine.name for routine in used.catalogue.routines.values()]
    # A routine's name is shorter than a workout's: cut to it, as a copy's is (the editor refused the whole one).
    name = plan.name[:input_limits.ROUTINE_NAME].rstrip()
    name = copy_name(name, taken) if name.casefold() in {n.casefold() for n in taken} else name
    draft = replace(draft_of(without_our_marks(plan)), name=name, base=None)  # every figure now the user's

    def saved(routine_id: str | None) -> None:
        if routine_id is not None:  # the editor said "Saved" with its name, as the user may have changed it
            say(screen, f"It is on Routines ({key_for(screen.app, 'screen.routines')}), under Your routines.")

    screen.app.push_screen(RoutineEditorScreen(draft, f"A routine from {workout.name}"), saved)
