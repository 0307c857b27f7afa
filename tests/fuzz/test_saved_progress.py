"""A workout in progress whose saved tracker state (workout.json's `progress`) a hand edit, a sync tool or another
version changed, one value at a time, into any JSON value. Resuming it either says it cannot be resumed (the offer
then takes a finish or a discard) or gives a workout on which every key of the workout loop works or is refused
in words: never an error that stops the app. A rest entry saved as a list did (the first `+` of a rest)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace

import pendulum
from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.conftest import fuzz_settings
from tests.fuzz.test_hostile_files import json_values
from tui.domain.workout.session import WorkoutSession
from tui.domain.workout.state_error import WorkoutStateError
from tui.screens.resume_offer import resumed

NOW = pendulum.datetime(2026, 11, 20, 18, 0, tz="UTC")
# Straight sets with a per-side exercise and a hold, and a circuit of rounds.
ROUTINES = ("runner-ab-workout", "four-upper-body-exercises", "home-bodyweight-circuit")


def left_in_progress(catalogue, routine_id: str) -> WorkoutSession:
    """Two sets logged, a rest running, its length changed, the next set's values typed: most of what is saved."""
    session = WorkoutSession.begin(catalogue.routines[routine_id], NOW, "Europe/Paris", 90)
    for minute in (1, 3):
        session.log(session.next_values((), "kg"), NOW.add(minutes=minute))
    with suppress(WorkoutStateError):  # a circuit rests only after its round
        session.adjust_rest(NOW.add(minutes=3, seconds=5), 1)
    next_set = session.cursor
    if next_set is not None and session.current_slot is not None:
        session.edited[next_set, session.current_slot.exercise_id] = session.next_values((), "kg").changed(reps=7)
    return session


def keys_of_the_workout_loop(session: WorkoutSession) -> None:
    """What the workout's keys do, each in turn; a refusal (said to the user) is fine."""
    later = NOW.add(minutes=5)
    steps = [
        lambda: session.adjust_rest(later, 1), lambda: session.adjust_rest(later, -1), session.skip_rest,
        lambda: session.log(session.next_values((), "kg"), later), session.undo,
        lambda: session.start_hold(later, 30), lambda: session.hold_now(later), session.cancel_hold,
        session.next_exercise, session.previous_exercise,
        lambda: session.edit_set(session.workout.sets[0].id, session.next_values((), "kg").changed(reps=9)),
        lambda: session.delete_set(session.workout.sets[-1].id),
    ]
    for step in steps:
        with suppress(WorkoutStateError):
            step()
        # What the screen shows after each key.
        assert isinstance(session.sets_logged_text, str)
        session.exercise_position()
        if session.current_slot is not None:
            session.next_values(session.workout.sets, "kg")
    # Saved again, it resumes as itself.
    assert resumed(session.to_workout()) is not None


@fuzz_settings(300)
@given(routine_id=st.sampled_from(ROUTINES), field=st.sampled_from([
    "routine", "default_rest_s", "cursor", "done", "extra_sets", "joined_round", "begun_per_side", "rest_for",
    "rounds", "rest_entry", "rest", "rest_before_last", "hold", "driver", "edited", "planned",
]), value=json_values)
@example(routine_id="four-upper-body-exercises", field="rest_entry", value=[1])
@example(routine_id="four-upper-body-exercises", field="rest_entry", value={"1": 2})
def test_a_changed_tracker_state_resumes_or_is_refused_never_a_crash(catalogue, routine_id, field, value):
    workout = left_in_progress(catalogue, routine_id).to_workout()
    session = resumed(replace(workout, progress={**workout.progress, field: value}))
    if session is not None:
        keys_of_the_workout_loop(session)


def test_a_rest_saved_past_the_longest_is_left_out(catalogue):
    """rest_for at 100,000,000 s: "then rest 27777:46:40", which no `+` can make."""
    workout = left_in_progress(catalogue, "four-upper-body-exercises").to_workout()
    entry = str(resumed(workout).current_slot.entry_index)
    session = resumed(replace(workout, progress={**workout.progress, "rest_for": {entry: 100_000_000}}))
    assert session is not None and session.rest_for == {}
    assert session.rest_after(session.current_slot) <= 3600
