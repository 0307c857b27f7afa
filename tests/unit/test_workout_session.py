"""The live workout state machine, with a clock the test moves: plans, logging, timers, undo, moving, resume."""

from __future__ import annotations

from dataclasses import replace

import pendulum
import pytest

from tests.builders import a_set
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.ranges import IntRange
from tui.domain.workout.model import DROP, WARMUP
from tui.domain.workout.prefill import set_in_its_place, values_for
from tui.domain.workout.session import WorkoutSession
from tui.domain.workout.set_values import SetValueError, SetValues
from tui.domain.workout.state_error import WorkoutStateError
from tui.domain.workout.timers import HoldTimer, RestTimer
from tui.resources import data_dir

CATALOGUE = load_catalogue(data_dir())
START = pendulum.datetime(2026, 11, 20, 17, 30, tz="UTC")


def begin(routine_id: str) -> WorkoutSession:
    return WorkoutSession.begin(CATALOGUE.routines[routine_id], START, "Europe/Paris", default_rest_s=90)


def test_straight_sets_walk_every_set_of_each_exercise_then_the_next():
    session = begin("four-upper-body-exercises")
    walked = []
    now = START
    while session.current_slot:
        slot = session.current_slot
        walked.append((slot.exercise_id, slot.set_number, slot.side))
        session.log(SetValues(reps=12), now)
        now = now.add(seconds=70)
    assert walked[:4] == [("superman", 1, None), ("superman", 2, None), ("superman", 3, None), ("pull-up", 1, None)]
    # the side plank is per side: left then right for each of its three sets
    assert walked[-6:] == [("side-plank-leg-raise", n, side) for n in (1, 2, 3) for side in ("L", "R")]
    assert session.all_done and len(session.workout.sets) == 15


def test_rest_starts_by_itself_after_a_set_and_is_a_wall_clock_deadline():
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=13), START)
    assert session.rest == RestTimer(START, START.add(seconds=60))  # the low end of the 60-90 s prescribed
    assert session.rest.remaining_s(START.add(seconds=45)) == 15
    assert session.rest.remaining_s(START.add(seconds=75)) == -15  # overtime counts up


def test_a_rest_of_an_hour_never_drifts():
    rest = RestTimer.start(START, 3600)
    for minutes in range(0, 61, 7):  # however often or rarely the screen ticks
        assert rest.remaining_s(START.add(minutes=minutes)) == 3600 - minutes * 60
    assert rest.remaining_s(START.add(seconds=3600, microseconds=50_000)) == pytest.approx(-0.05)


def test_plus_and_minus_move_the_deadline_by_15_s_and_minus_never_goes_past_now():
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)
    session.adjust_rest(START, +1)
    assert session.rest.remaining_s(START) == 75
    now = START.add(seconds=70)
    session.adjust_rest(now, -1)
    session.adjust_rest(now, -1)
    assert session.rest.remaining_s(now) == 0


def test_plus_makes_a_rest_an_hour_at_the_most_and_says_so():
    """250 presses of + made a rest of 1:40:49, past what the settings take for a default rest."""
    session = begin("four-upper-body-exercises")
    for _ in range(300):
        try:
            session.adjust_rest(START, +1)  # the rest after the next set
        except WorkoutStateError as refused:
            assert str(refused) == "a rest lasts 60 min at the most"
            break
    assert session.rest_after(session.current_slot) == 3600
    session.log(SetValues(reps=12), START)
    assert session.rest.total_s() == 3600
    with pytest.raises(WorkoutStateError):
        session.adjust_rest(START, +1)
    session.adjust_rest(START, -1)
    assert session.rest.total_s() == 3585


def test_no_rest_between_sides_nor_between_exercises_of_a_circuit_but_after_the_round():
    circuit = begin("home-bodyweight-circuit")
    rests = []
    while circuit.current_slot and circuit.current_slot.round == 1:
        circuit.log(SetValues(reps=5), START)
        rests.append(circuit.rest is not None)
    assert rests == [False] * 5 + [True]
    assert circuit.current_slot.exercise_id == "push-up" and circuit.current_slot.round == 2

    per_side = begin("upper-back-three-moves")
    per_side.next_exercise()  # to the kettlebell chainsaw row, done each side
    per_side.log(SetValues(reps=10), START)
    assert per_side.rest is None and per_side.current_slot.side == "R"
    per_side.log(SetValues(reps=10), START)
    assert per_side.rest is not None and per_side.current_slot.side == "L"


def test_a_circuit_rests_as_it_leaves_a_round_whichever_set_that_is():
    """The last round begun with `n` past the press: its last set, logged before going back to the press, started
    the round's rest, and the press, which completed the round, none (nor did the round asked for after it)."""
    circuit = begin("dumbbell-shoulder-circuit")  # 2-4 rounds of press, lateral raise, front raise each side
    round_rest = circuit.plan[3].rest_after_s  # after round 1's last set
    while circuit.current_slot.round == 1:
        circuit.log(SetValues(reps=10), START)
    assert circuit.rest is not None and circuit.rest.total_s() == round_rest
    circuit.skip_rest()
    press = circuit.current_slot
    assert circuit.next_exercise()
    while circuit.current_slot.key != press.key:
        circuit.log(SetValues(reps=10), START)
        assert circuit.rest is None, "back to the press skipped in this round: it goes on"
    circuit.log(SetValues(reps=10), START)
    assert circuit.rest is not None and circuit.rest.total_s() == round_rest, "another round may follow"

    home = begin("home-bodyweight-circuit")  # 3 rounds: a set skipped in round 1 waits for the end
    home.next_exercise()
    while home.current_slot.round == 1:
        home.log(SetValues(reps=5), START)
    assert home.rest is not None and home.current_slot.round == 2, "on to round 2, the push-up left for later"


def test_a_circuit_station_with_a_rest_of_its_own_rests_that_long_before_the_next_one():
    """A rest set in the editor on a circuit's exercise was shown ("rest 20 s") and counted in the routine's time,
    and the workout went straight on. The round's last exercise rests as the round does."""
    shipped = CATALOGUE.routines["dumbbell-shoulder-circuit"]  # press, lateral raise, front raise each side
    press, raise_, front = shipped.entries
    routine = shipped._replace(entries=(press._replace(rest_s=IntRange.exactly(20)), raise_,
                                        front._replace(rest_s=IntRange.exactly(15))))
    circuit = WorkoutSession.begin(routine, START, "Europe/Paris", default_rest_s=90)
    assert circuit.rest_after(circuit.current_slot) == 20  # "then rest 20 s"
    circuit.log(SetValues(reps=10), START)
    assert circuit.rest is not None and circuit.rest.total_s() == 20
    circuit.adjust_rest(START, +1)  # +: this station's rest, kept for its next rounds
    circuit.skip_rest()
    circuit.log(SetValues(reps=10), START)  # the lateral raise: none of its own
    assert circuit.rest is None
    circuit.log(SetValues(reps=10), START)
    assert circuit.rest is None, "between sides: straight on"
    circuit.log(SetValues(reps=10), START)
    assert circuit.rest is not None and circuit.rest.total_s() == 60, "the round's rest, not the front raise's"
    circuit.skip_rest()
    circuit.log(SetValues(reps=10), START)
    assert circuit.rest is not None and circuit.rest.total_s() == 35


def test_the_last_set_has_no_rest_after_it():
    session = begin("post-workout-stretch")
    while session.current_slot:
        session.log(SetValues(hold_s=30), START)
        assert session.rest is None  # stretches flow on, and nothing follows the last one


def test_undo_takes_back_the_last_set_and_returns_to_it_and_the_rest_before_it_runs_on():
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)
    first_rest = session.rest
    second = session.log(SetValues(reps=11), START.add(seconds=20))  # `space` again by mistake, mid-rest
    assert session.rest != first_rest
    assert session.undo() == second
    assert [s.reps for s in session.workout.sets] == [12]
    # The first set's rest, as it ran (`u` left no rest at all: PRODUCT.md, no key but `s` ends a rest).
    assert session.current_slot.set_number == 2 and session.rest == first_rest
    session.undo()
    assert session.rest is None
    assert session.undo() is None and session.current_slot.set_number == 1 and session.current_slot.entry_index == 0


def test_the_rest_before_the_last_set_runs_on_after_its_undo_in_a_resumed_workout_too():
    """After a dropped connection and a resume, `u` on the last set left no rest at all."""
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)
    first_rest = session.rest
    session.log(SetValues(reps=11), START.add(seconds=20))
    resumed = WorkoutSession.resume(session.to_workout())
    resumed.undo()
    assert resumed.rest == first_rest
    assert resumed.rest_entry == session.rest_before_last[1]
    # A hand edit that breaks it loses only that: the undone set takes its rest with it.
    broken = session.to_workout()
    broken.progress["rest_before_last"] = {"rest": "soon", "entry": "x"}
    resumed = WorkoutSession.resume(broken)
    resumed.undo()
    assert resumed.rest is None


def test_next_and_previous_move_between_exercises_and_skip_finished_ones():
    session = begin("four-upper-body-exercises")
    assert session.next_exercise() and session.current_slot.exercise_id == "pull-up"
    assert session.next_exercise() and session.current_slot.exercise_id == "bench-dip"
    assert session.previous_exercise() and session.current_slot.exercise_id == "pull-up"
    assert session.previous_exercise() and session.current_slot.exercise_id == "superman"
    assert not session.previous_exercise()
    for _ in range(3):
        session.log(SetValues(reps=12), START)
    assert session.current_slot.exercise_id == "pull-up"
    assert not session.previous_exercise(), "superman is done: nothing earlier is left"


def test_a_hold_runs_get_ready_then_the_hold_then_reports_done():
    session = begin("post-workout-stretch")
    session.start_hold(START, 30)
    hold = session.hold
    assert hold.getting_ready(START.add(seconds=4)) and hold.remaining_s(START.add(seconds=4)) == 1
    assert not hold.getting_ready(START.add(seconds=5)) and hold.remaining_s(START.add(seconds=20)) == 15
    assert hold.held_s(START.add(seconds=20)) == 15
    assert not hold.done(START.add(seconds=34)) and hold.done(START.add(seconds=35))
    assert hold.held_s(START.add(seconds=99)) == 30


def test_a_hold_given_another_length_as_it_runs_runs_to_it_or_ends_now_when_held_that_long():
    session = begin("post-workout-stretch")
    session.start_hold(START, 30)
    session.hold_for(45, START.add(seconds=10))  # 5 s held
    assert session.hold.hold_deadline == START.add(seconds=5 + 45)
    now = START.add(seconds=5 + 14)  # 14 s held, then 10 typed: it ends now, not 4 s ago (the rest counts from it)
    session.hold_for(10, now)
    assert session.hold.hold_deadline == now and session.hold.held_s(now) == 10


def test_a_hold_cannot_start_on_a_rep_exercise():
    with pytest.raises(WorkoutStateError, match="not a timed hold"):
        begin("four-upper-body-exercises").start_hold(START, 30)


def test_resume_restores_exercise_set_rest_and_hold_exactly():
    session = begin("four-upper-body-exercises")
    for _ in range(4):
        session.log(SetValues(reps=12, load=5.0), START)
    session.adjust_rest(START, +1)
    saved = session.to_workout()
    resumed = WorkoutSession.resume(saved)
    assert resumed.current_slot == session.current_slot
    assert resumed.rest == session.rest and resumed.done == session.done
    assert resumed.workout.sets == session.workout.sets

    stretch = begin("post-workout-stretch")
    stretch.start_hold(START, 30)
    assert WorkoutSession.resume(stretch.to_workout()).hold == HoldTimer(START.add(seconds=5), 30)


def test_values_edited_for_sets_not_logged_yet_are_saved_and_resumed_and_a_broken_one_is_dropped():
    session = begin("four-upper-body-exercises")
    edited = SetValues(reps=11, load=-9.0, bands=("red", "green"), side="L", rpe=8.5, note="slow", set_type=WARMUP)
    session.edited[session.cursor, session.current_slot.exercise_id] = edited
    saved = session.to_workout()
    assert WorkoutSession.resume(saved).edited == session.edited

    broken = [{"set": session.cursor, "exercise": "superman", "values": {"reps": -3}},
              {"set": session.cursor, "values": {"reps": 3}}, {"set": "x", "exercise": "y", "values": {"rep": 3}},
              *saved.progress["edited"]]
    resumed = WorkoutSession.resume(replace(saved, progress={**saved.progress, "edited": broken}))
    assert resumed.edited == session.edited


def test_a_resumed_workout_does_not_depend_on_the_routine_still_existing():
    session = begin("four-upper-body-exercises")
    saved = session.to_workout()
    assert WorkoutSession.resume(saved).routine.entries == CATALOGUE.routines["four-upper-body-exercises"].entries


def test_logged_sets_carry_time_zone_side_round_and_values():
    session = begin("upper-back-three-moves")
    session.next_exercise()
    logged = session.log(SetValues(reps=11, load=16.0, unit="kg", rpe=8.5, note="left grip slipped"), START)
    assert (logged.exercise_id, logged.side, logged.reps, logged.load, logged.rpe) == (
        "kettlebell-chainsaw-row", "L", 11, 16.0, 8.5,
    )
    assert logged.logged_at.zone == "Europe/Paris" and str(logged.logged_at.local_date) == "2026-11-20"
    circuit = begin("home-bodyweight-circuit")
    assert circuit.log(SetValues(reps=5), START).round == 1


def test_editing_a_logged_set_keeps_its_id_and_time():
    session = begin("four-upper-body-exercises")
    logged = session.log(SetValues(reps=12), START)
    edited = session.edit_set(logged.id, SetValues(reps=14, note="felt strong"))
    assert (edited.id, edited.logged_at, edited.reps, edited.note) == (logged.id, logged.logged_at, 14, "felt strong")
    assert session.workout.sets == (edited,)


def test_space_logs_last_times_matching_set_or_the_bottom_of_the_range():
    session = begin("four-upper-body-exercises")
    slot = session.current_slot
    assert values_for(slot, (), "kg") == SetValues(reps=12, unit="kg")
    last = (a_set("superman", reps=15), a_set("superman", reps=13, load=2.0, unit="lb"))
    session.log(SetValues(reps=12), START)
    assert values_for(session.current_slot, last, "kg") == SetValues(reps=13, load=2.0, unit="lb")


def test_each_set_is_matched_to_the_set_done_in_its_place_last_time():
    """Strong's "Previous": set n is last time's nth working set on its side (a circuit's round n), warm-ups aside;
    a set past what last time had has none."""
    plan = begin("sample-upper-body-workout").plan
    bench = [slot for slot in plan if slot.exercise_id == "bench-press"]
    last = (a_set("bench-press", reps=15, set_type=WARMUP), a_set("bench-press", reps=12, load=40.0),
            a_set("bench-press", reps=10, load=40.0))
    assert [getattr(set_in_its_place(slot, last), "reps", None) for slot in bench] == [12, 10, None]
    assert values_for(bench[2], last, "kg").reps == 10  # where last time had fewer, space starts from its last
    sided = [slot for slot in begin("four-upper-body-exercises").plan if slot.side]
    last = tuple(a_set(sided[0].exercise_id, reps=reps, side=side) for reps, side in ((9, "L"), (8, "R"), (7, "L")))
    assert [(slot.set_number, slot.side, getattr(set_in_its_place(slot, last), "reps", None))
            for slot in sided[:4]] == [(1, "L", 9), (1, "R", 8), (2, "L", 7), (2, "R", None)]
    # Imported from an app that writes no side (Strong): each side's set n starts from the nth set.
    imported = tuple(a_set(sided[0].exercise_id, reps=reps) for reps in (14, 15))
    assert [getattr(set_in_its_place(slot, imported), "reps", None) for slot in sided[:4]] == [14, 14, 15, 15]
    assert values_for(sided[0], imported, "kg").reps == 14
    circuit = begin("dumbbell-shoulder-circuit").plan
    first = [slot for slot in circuit if slot.exercise_id == circuit[0].exercise_id]
    last = (a_set(circuit[0].exercise_id, reps=11),)
    assert [(slot.round, slot.set_number) for slot in first] == [(1, 1), (2, 1)]
    assert [getattr(set_in_its_place(slot, last), "reps", None) for slot in first] == [11, None]


def test_finishing_stamps_the_end_and_drops_the_tracker_state():
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)
    finished = session.finished(START.add(minutes=30))
    assert finished.finished_at.utc == START.add(minutes=30) and finished.progress == {}


# --- the loop a Strong user expects (values carry, every set fixable, rests kept, holds, circuits) ----------------


def test_a_hold_stopped_early_carries_no_lower_than_the_targets_bottom_and_a_longer_one_carries_on():
    """A plank stopped at 5 s of 30-60 made the next set's timer a 5 s hold."""
    session = begin("runner-ab-workout")
    plank = next(slot for slot in session.plan if slot.exercise_id == "plank")
    session.go_to(plank.key)
    session.log(SetValues(hold_s=5), START)
    assert session.next_values((), "kg").hold_s == 30
    session.log(SetValues(hold_s=50), START.add(seconds=90))
    assert session.next_values((), "kg").hold_s == 50


def test_load_band_and_assistance_carry_to_the_next_set_and_the_other_side():
    session = begin("sample-upper-body-workout")
    session.log(SetValues(reps=8, load=40.0, unit="kg"), START)
    assert session.next_values((), "kg") == SetValues(reps=8, load=40.0, unit="kg")
    session.log(session.next_values((), "kg").changed(reps=10), START.add(seconds=90))
    assert session.next_values((), "kg").reps == 10, "reps carry as just logged, not last time's"
    # a band and an assisting load carry the same way, and so does a per-side exercise's load to the right side
    session = begin("four-upper-body-exercises")
    session.next_exercise()
    session.log(SetValues(reps=8, load=-20.0, unit="kg"), START)
    assert session.next_values((), "kg").load == -20.0
    session = begin("dumbbell-shoulder-circuit")
    while session.current_slot.exercise_id != "alternating-front-raise":
        session.log(SetValues(reps=12, load=5.0, unit="lb"), START)
    session.log(SetValues(reps=10, load=4.0, unit="kg", bands=("green",)), START)
    right = session.next_values((), "kg")
    assert (session.current_slot.side, right.load, right.unit, right.bands) == ("R", 4.0, "kg", ("green",))


def test_the_first_set_of_an_exercise_starts_from_last_time_but_a_warm_up_never_carries():
    session = begin("sample-upper-body-workout")
    last_time = (a_set("bench-press", reps=10, load=50.0),)
    assert session.next_values(last_time, "kg").load == 50.0
    session.log(SetValues(reps=10, load=20.0, set_type="warmup"), START)
    assert session.next_values(last_time, "kg").load == 50.0, "the warm-up's 20 kg is not the working weight"
    assert session.workout.sets[0].set_type == "warmup" and session.workout.working_sets == 0


def test_the_rest_survives_next_and_previous():
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)
    rest = session.rest
    assert session.next_exercise() and session.rest == rest
    assert session.previous_exercise() and session.rest == rest


def test_a_skipped_exercise_gets_its_rest_when_the_last_one_is_finished_first():
    session = begin("four-upper-body-exercises")
    session.next_exercise()
    while session.current_slot.exercise_id != "superman":
        session.log(SetValues(reps=8), START)
    assert session.rest is not None, "sets are left (the skipped first exercise): rest before them"
    assert session.current_slot.exercise_id == "superman"


def test_a_plus_or_minus_adjustment_is_kept_for_that_exercises_next_rests():
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)
    session.adjust_rest(START, +1)
    session.adjust_rest(START, +1)
    session.log(SetValues(reps=12), START.add(seconds=100))
    assert session.rest.total_s() == 90, "60 s prescribed, +30 s last time"
    resumed = WorkoutSession.resume(session.to_workout())
    resumed.log(SetValues(reps=12), START.add(seconds=200))
    assert resumed.current_slot.exercise_id == "pull-up" and resumed.rest.total_s() == 90


def test_with_no_rest_running_plus_or_minus_change_the_rest_after_the_next_set():
    session = begin("four-upper-body-exercises")  # 60 s rests
    for _ in range(5):
        session.adjust_rest(START, -1)
    session.log(SetValues(reps=12), START)
    assert session.rest is None, "taken down to nothing: no rest after the set"
    session.adjust_rest(START, +1)
    session.log(SetValues(reps=12), START.add(seconds=30))
    assert session.rest.total_s() == 15
    session.skip_rest()
    with pytest.raises(WorkoutStateError, match="no rest is running"):
        session.skip_rest()


def test_the_workouts_last_set_rests_too_so_a_set_added_then_has_its_rest():
    """A workout built as it goes (an empty one, `A` for each exercise, `a` for one more set) never rested: every
    set was its last when logged. As in Strong, every set of straight sets starts its rest, the last one too."""
    session = begin("four-upper-body-exercises")
    now = START
    while len(session.workout.sets) < len(session.plan) - 1:
        session.log(SetValues(reps=12), now)
        now = now.add(seconds=70)
    last = session.current_slot
    assert session.rest_after(last) == 60, "then rest 60 s, the routine's"
    session.adjust_rest(now, +1)
    session.log(SetValues(reps=12), now)
    assert session.all_done and session.rest is not None and session.rest.total_s() == 75

    built = WorkoutSession.begin_empty(START, "Europe/Paris", default_rest_s=90)
    built.add_exercise(CATALOGUE.exercises["bench-press"])
    while not built.all_done:
        built.log(SetValues(reps=8, load=40.0), now)
        assert built.rest is not None and built.rest.total_s() == 90
        built.skip_rest()
    built.add_set(0)  # `a`: one more set of the exercise
    built.log(SetValues(reps=8, load=40.0), now)
    assert built.all_done and built.rest is not None and built.rest.total_s() == 90, "the set added rests too"


def test_minus_steps_the_rest_by_15_s_from_its_length_even_once_it_has_run_out():
    session = begin("four-upper-body-exercises")  # 60 s rests
    session.log(SetValues(reps=12), START)
    later = START.add(seconds=8)
    for _ in range(4):
        session.adjust_rest(later, -1)
    assert session.rest.remaining_s(later) == 0, "cut to nothing: the rest is over"
    session.adjust_rest(later, +1)
    assert session.rest.remaining_s(later) == 15, "over: 15 s from now"
    session.log(SetValues(reps=12), START.add(seconds=100))
    assert session.rest.total_s() == 15, "the next set rests 15 s, not the 8 s that had gone by, nor 8 + 15"


def test_a_hold_starts_from_last_time_but_never_below_the_targets_bottom():
    session = begin("post-workout-stretch")  # 30 s holds
    slot = session.current_slot
    stopped_early = (a_set(slot.exercise_id, hold_s=9),)
    held_longer = (a_set(slot.exercise_id, hold_s=45),)
    assert values_for(slot, stopped_early, "kg").hold_s == 30
    assert values_for(slot, held_longer, "kg").hold_s == 45


def test_any_logged_set_can_be_deleted_and_its_set_is_done_again():
    session = begin("four-upper-body-exercises")
    first = session.log(SetValues(reps=12), START)
    session.log(SetValues(reps=11), START)
    session.delete_set(first.id)
    assert [s.reps for s in session.workout.sets] == [11]
    assert session.current_slot.set_number == 1
    session.log(SetValues(reps=13), START)
    assert session.current_slot.set_number == 3
    with pytest.raises(WorkoutStateError):
        session.delete_set(first.id)


def test_a_drop_sets_lighter_load_does_not_carry_to_the_next_working_set():
    """Set 1 at 40 kg, set 2 dropped to 25 kg: `space` on set 3 logged 25 kg as a working set (a warm-up's load
    was already left out)."""
    session = begin("sample-upper-body-workout")
    session.log(SetValues(reps=12, load=40.0), START)
    session.log(SetValues(reps=10, load=25.0, set_type=DROP), START)
    assert session.current_slot.set_number == 3
    assert (session.next_values((), "kg").load, session.next_values((), "kg").reps) == (40.0, 12)


def test_a_failed_sets_no_reps_do_not_carry_but_its_load_does():
    """0 reps at 60 kg failed: `space` then logged 0 reps again, set after set."""
    session = begin("sample-upper-body-workout")
    session.log(SetValues(reps=0, load=60.0), START)
    assert (session.next_values((), "kg").load, session.next_values((), "kg").reps) == (60.0, 8), "the target's 8"


def test_a_warm_up_comes_on_top_of_the_planned_sets_and_is_taken_back_as_such():
    """As in Strong: a warm-up took the first working set's place, and the plan had a set fewer."""
    session = begin("sample-upper-body-workout")
    warm_up = session.log(SetValues(reps=10, load=20.0, set_type=WARMUP), START)
    assert (session.current_slot.exercise_id, session.current_slot.set_number) == ("bench-press", 1)
    assert session.sets_logged() == (0, 18) and session.rest is not None
    assert session.loose_sets("bench-press") == [(f"set:{warm_up.id}", warm_up)]
    assert session.logged_set(f"set:{warm_up.id}") == warm_up
    session.log(SetValues(reps=8, load=40.0), START)
    assert session.current_slot.set_number == 2 and session.sets_logged() == (1, 18)
    assert session.next_values((), "kg").load == 40.0, "the working set carries, not the warm-up"
    session.undo()
    session.undo()
    assert session.workout.sets == () and session.current_slot.set_number == 1


def test_the_last_set_deleted_takes_its_rest_with_it_and_an_earlier_one_leaves_the_rest_running():
    """A warm-up logged then deleted left its rest counting down, as if a set had been done."""
    session = begin("sample-upper-body-workout")
    warm_up = session.log(SetValues(reps=10, load=20.0, set_type=WARMUP), START)
    assert session.rest is not None
    session.delete_set(warm_up.id)
    assert session.rest is None and session.workout.sets == ()
    first = session.log(SetValues(reps=8, load=40.0), START)
    second = session.log(SetValues(reps=8, load=40.0), START)
    rest = session.rest
    session.delete_set(first.id)
    assert session.rest == rest, "the rest follows the set still logged"
    session.delete_set(second.id)
    assert session.rest is None


def test_a_set_marked_a_warm_up_after_it_was_done_gives_its_place_back_and_takes_it_again_when_unmarked():
    """Marked W after the fact, Set 1 stayed done by a warm-up and the exercise had a working set fewer; a warm-up
    made a working set stayed on top of the plan and took no set."""
    session = begin("sample-upper-body-workout")
    first = session.log(SetValues(reps=10, load=20.0), START)
    assert session.current_slot.set_number == 2
    session.edit_set(first.id, SetValues(reps=10, load=20.0, set_type=WARMUP))
    assert session.sets_logged() == (0, 18) and session.current_slot.set_number == 1, "Set 1 is to do again"
    assert session.loose_sets("bench-press") == [(f"set:{first.id}", session.workout.sets[0])]
    session.edit_set(first.id, SetValues(reps=10, load=20.0))  # not a warm-up after all
    assert session.sets_logged() == (1, 18) and session.current_slot.set_number == 2
    assert session.loose_sets("bench-press") == []
    session.log(SetValues(reps=8, load=40.0), START)
    later = session.log(SetValues(reps=8, load=40.0), START)  # Set 3; the next exercise is next
    session.edit_set(later.id, SetValues(reps=8, load=40.0, set_type=WARMUP))
    assert session.sets_logged() == (2, 18), "Set 3 is to do again"
    assert session.current_slot.exercise_id == "overhead-press", "as a deleted set, it does not pull the user back"


def test_a_warm_up_made_a_working_set_once_every_set_is_done_is_one_more_set():
    """It stayed listed apart ("Also"), and the workout counted a working set fewer than was done."""
    session = begin("four-upper-body-exercises")
    warm_up = session.log(SetValues(reps=5, set_type=WARMUP), START)
    while session.current_slot:
        session.log(SetValues(reps=12), START)
    assert session.sets_logged() == (15, 15)
    session.edit_set(warm_up.id, SetValues(reps=5))
    assert session.sets_logged() == (16, 16) and session.all_done
    assert session.loose_sets("superman") == []
    fourth = next(slot for slot in session.plan if session.done.get(slot.key) == warm_up.id)
    assert (fourth.exercise_id, fourth.set_number) == ("superman", 4)


def test_a_one_sided_warm_up_made_a_working_set_past_the_plan_leaves_its_other_side_to_do():
    session = begin("four-upper-body-exercises")
    while session.current_slot.exercise_id != "side-plank-leg-raise":
        session.log(SetValues(reps=12), START)
    warm_up = session.log(SetValues(reps=5, side="R", set_type=WARMUP), START)
    while session.current_slot:
        session.log(SetValues(reps=12), START)
    session.edit_set(warm_up.id, SetValues(reps=5, side="R"))
    assert session.sets_logged() == (16, 17)
    left = session.current_slot
    assert (left.exercise_id, left.set_number, left.side) == ("side-plank-leg-raise", 4, "L")


def test_a_warm_up_in_a_circuits_second_round_is_that_rounds_and_leaves_its_rest_running():
    """Done in round 2, it was listed in round 1; and logged during the rest between rounds, it ended that rest."""
    circuit = begin("home-bodyweight-circuit")
    while circuit.current_slot.round == 1:
        circuit.log(SetValues(reps=5), START)
    rest = circuit.rest
    assert rest is not None, "the rest between rounds"
    warm_up = circuit.log(SetValues(reps=2, set_type=WARMUP), START)
    exercise = warm_up.exercise_id
    assert circuit.loose_sets(exercise, 2) == [(f"set:{warm_up.id}", warm_up)] and circuit.loose_sets(exercise, 1) == []
    assert circuit.rest == rest and circuit.current_slot.round == 2


def test_a_set_left_undone_before_one_done_out_of_order_is_the_next():
    """enter on Set 3 with Set 2 to do, then Set 3 logged: the next set was the next exercise's (or, on the last
    exercise, the first exercise's), not Set 2."""
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)
    third = next(slot for slot in session.plan if slot.exercise_id == "superman" and slot.set_number == 3)
    session.go_to(third.key)
    session.log(SetValues(reps=12), START)
    assert (session.current_slot.exercise_id, session.current_slot.set_number) == ("superman", 2)
    session.log(SetValues(reps=12), START)
    assert (session.current_slot.exercise_id, session.current_slot.set_number) == ("pull-up", 1)


def test_a_set_deleted_from_an_exercise_done_earlier_leaves_the_next_set_where_it_was():
    """Deleting a slip in the first exercise from the third pulled the user back to the first; undo still goes
    back to the set it takes back, and a set deleted once every set is done is the one to do."""
    session = begin("four-upper-body-exercises")
    first = session.log(SetValues(reps=12), START)
    while session.current_slot.exercise_id == "superman":
        session.log(SetValues(reps=12), START)
    session.log(SetValues(reps=10), START)
    session.delete_set(first.id)
    assert (session.current_slot.exercise_id, session.current_slot.set_number) == ("pull-up", 2)
    assert session.logged_set(session.plan[0].key) is None, "the deleted superman set is to do again"
    session.undo()
    assert (session.current_slot.exercise_id, session.current_slot.set_number) == ("pull-up", 1)
    circuit = begin("home-bodyweight-circuit")
    round_one = circuit.log(SetValues(reps=5), START)
    while circuit.current_slot.round == 1:
        circuit.log(SetValues(reps=5), START)
    circuit.log(SetValues(reps=5), START)
    circuit.delete_set(round_one.id)
    assert (circuit.current_slot.round, circuit.current_slot.entry_index) == (2, 1), "round 2 goes on"
    while circuit.current_slot is not None:
        circuit.log(SetValues(reps=5), START)
    deleted = circuit.workout.sets[0]
    its_slot = next(key for key, done_id in circuit.done.items() if done_id == deleted.id)
    circuit.delete_set(deleted.id)
    assert circuit.cursor == its_slot, "every set was done: the deleted one is next"


def test_an_extra_set_is_added_then_logged_and_can_be_taken_out_again_before():
    session = begin("four-upper-body-exercises")
    for _ in range(3):
        session.log(SetValues(reps=12), START)
    session.add_set(0)
    assert (session.current_slot.exercise_id, session.current_slot.set_number) == ("superman", 4)
    assert session.sets_left() == 13
    session.add_set(0)
    session.remove_set(session.current_slot.key)
    session.log(SetValues(reps=9), START)
    assert [s.reps for s in session.workout.sets] == [12, 12, 12, 9]
    with pytest.raises(WorkoutStateError):
        session.remove_set(session.current_slot.key)  # a routine's own set: n skips it instead
    resumed = WorkoutSession.resume(session.to_workout())
    assert resumed.logged_set("0.0.4.-").reps == 9 and resumed.current_slot.exercise_id == "pull-up"


def test_an_added_set_taken_out_takes_its_typed_values_with_it_and_the_next_added_set_keeps_its_own():
    """Values typed for an added set stayed behind when it was taken out, and went to the added set after it; the
    next set, the one after it, jumped back to the workout's first set left undone."""
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)  # superman set 1; sets 2 and 3 left for later
    session.add_set(0)
    session.add_set(0)  # sets 4 and 5, both added
    session.edited[("0.0.4.-", "superman")] = SetValues(reps=4)
    session.edited[("0.0.5.-", "superman")] = SetValues(reps=5)
    session.go_to("0.0.5.-")
    session.remove_set("0.0.4.-")
    assert session.current_slot.key == "0.0.4.-" and session.current_slot.position_text() == "Set 4 of 4"
    assert session.edited == {("0.0.4.-", "superman"): SetValues(reps=5)}, "set 5's values, now set 4's"
    resumed = WorkoutSession.resume(session.to_workout())
    assert (resumed.cursor, resumed.edited) == (session.cursor, session.edited)


def test_a_set_added_before_the_others_are_done_goes_at_the_end_and_the_count_grows():
    """`a` after set 1 made the added set the next one, "Set 4 of 3": it was logged before sets 2 and 3, and the
    cursor then went on to the next exercise, leaving them undone."""
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)
    added = session.add_set(0)
    assert added.position_text() == "Set 4 of 4"
    assert session.current_slot.position_text() == "Set 2 of 4"
    for _ in range(2):
        session.log(SetValues(reps=10), START)
    assert session.current_slot.position_text() == "Set 4 of 4"
    session.log(SetValues(reps=8), START)
    assert session.current_slot.exercise_id == "pull-up"
    assert [s.reps for s in session.workout.sets] == [12, 10, 10, 8]


def test_a_set_added_to_another_exercise_or_a_round_added_mid_circuit_leaves_the_next_set_next():
    """`a` on a bench dip's row after superman set 1 made bench dip set 1 next, leaving supermans 2 and 3 behind;
    in a circuit, `a` after two sets of round 1 jumped to round 4, past the rest of round 1 and rounds 2 and 3."""
    session = begin("four-upper-body-exercises")  # superman, pull-up, bench dip, side plank
    session.log(SetValues(reps=12), START)
    added = session.add_set(2)
    assert (added.exercise_id, added.position_text()) == ("bench-dip", "Set 4 of 4")
    assert session.current_slot.position_text() == "Set 2 of 3" and session.current_slot.exercise_id == "superman"
    side_planks = session.add_set(3)  # per side: the set added is its left side, and superman stays next
    assert (side_planks.side, side_planks.set_number) == ("L", 4) and session.current_slot.exercise_id == "superman"

    circuit = begin("home-bodyweight-circuit")
    circuit.log(SetValues(reps=5), START)
    circuit.log(SetValues(reps=10), START)
    added = circuit.add_set(0)
    assert added.position_text().startswith("Round 4 of 4")
    assert (circuit.current_slot.round, circuit.current_slot.entry_index) == (1, 2), "round 1's third exercise"
    assert WorkoutSession.resume(circuit.to_workout()).cursor == circuit.cursor


def test_a_set_added_to_an_exercise_done_before_the_one_begun_leaves_the_one_begun_next():
    """Supermans done, pull-up set 1 logged, then `a` on the last superman: Superman set 4 became next, pull-ups 2
    and 3 behind. Straight after the last superman, one more superman is still next (see the test above)."""
    session = begin("four-upper-body-exercises")
    for _ in range(4):
        session.log(SetValues(reps=12), START)  # three supermans and pull-up set 1
    added = session.add_set(0)
    assert added.position_text() == "Set 4 of 4"
    assert (session.current_slot.exercise_id, session.current_slot.set_number) == ("pull-up", 2)


def test_no_change_throws_a_running_hold_away():
    """`v` swapped the plank mid-hold, `x` could remove it, and `d` on a set logged before sent the workout back to
    that set: each stopped the hold without a word. The swap and the removal are refused; the set deleted waits."""
    session = begin("runner-ab-workout")
    plank = next(slot.entry_index for slot in session.plan if slot.exercise_id == "plank")
    session.go_to(next(slot.key for slot in session.plan if slot.entry_index == plank))
    session.start_hold(START, 30)
    for change in (lambda: session.swap_exercise(plank, CATALOGUE.exercises["side-plank-leg-raise"]),
                   lambda: session.remove_exercise(plank)):
        with pytest.raises(WorkoutStateError, match="the hold.s timer is running"):
            change()
    first = session.log(SetValues(hold_s=40), START)  # space: the hold logged
    session.start_hold(START, 30)
    holding = session.current_slot.key
    session.delete_set(first.id)
    assert session.hold is not None and session.current_slot.key == holding, "the hold runs on, on its set"
    assert session.log(SetValues(hold_s=30), START).hold_s == 30
    assert session.current_slot.set_number == 1, "then the set deleted, to do again"


@pytest.mark.parametrize("take_back", ["undo", "delete"])
def test_a_set_taken_back_after_a_swap_to_an_exercise_done_each_side_comes_back_with_its_sides(take_back):
    """Plank set 1 logged (40 s), the plank swapped for the side plank with leg raise (each side), then the set
    undone: it came back as one set of reps with no side, logged so, with no right side to do and no Side to fix
    in its form, and the workout counted a set fewer."""
    session = begin("runner-ab-workout")
    plank = next(slot.entry_index for slot in session.plan if slot.exercise_id == "plank")
    session.go_to(next(slot.key for slot in session.plan if slot.exercise_id == "plank"))
    done = session.log(SetValues(hold_s=40), START)
    session.swap_exercise(plank, CATALOGUE.exercises["side-plank-leg-raise"])
    planned = session.sets_logged()[1]
    if take_back == "undo":
        session.undo()
    else:
        session.delete_set(done.id)
    assert session.sets_logged()[1] == planned + 1, "set 1 is two sides again"
    first = [slot for slot in session.plan if slot.entry_index == plank and slot.set_number == 1]
    assert [slot.side for slot in first] == ["L", "R"]
    assert session.current_slot.key == first[0].key
    assert session.log(SetValues(reps=8), START).side == "L"
    assert session.current_slot.key == first[1].key


def test_a_set_done_each_side_then_whole_again_has_its_side_left_as_the_set_and_a_hold_under_way_runs_on():
    """Side plank set 1 done on both sides, the plank swapped back in, its right side deleted: the plank's "Set 1
    R" was to do, logged as a plank on the right. Its left side is the set now. And a hold under way on set 2
    runs on when that left side is deleted too (the hold's set was gone once, and "All sets logged" read with
    nothing logged)."""
    session = begin("runner-ab-workout")
    plank = next(slot.entry_index for slot in session.plan if slot.exercise_id == "plank")
    session.go_to(next(slot.key for slot in session.plan if slot.exercise_id == "plank"))
    session.swap_exercise(plank, CATALOGUE.exercises["side-plank-leg-raise"])
    left, right = session.log(SetValues(reps=8), START), session.log(SetValues(reps=8), START)
    session.swap_exercise(plank, CATALOGUE.exercises["plank"])
    session.delete_set(right.id)
    assert (session.current_slot.set_number, session.current_slot.side) == (2, None)
    session.start_hold(START, 30)
    session.delete_set(left.id)
    assert [slot.label() for slot in session.plan if slot.entry_index == plank] == ["Set 1", "Set 2", "Set 3"]
    assert session.hold is not None and (session.current_slot.set_number, session.current_slot.side) == (2, None)
    logged = session.log(SetValues(hold_s=30), START)
    assert (logged.hold_s, logged.side) == (30, None)


def test_an_exercise_is_added_from_the_catalogue_and_a_variation_swapped_in():
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)
    index = session.add_exercise(CATALOGUE.exercises["push-up"])
    added = [slot for slot in session.plan if slot.entry_index == index]
    assert [slot.target_text() for slot in added] == ["8-12 reps"] * 3
    session.swap_exercise(index, CATALOGUE.exercises["diamond-push-up"])
    session.swap_exercise(0, CATALOGUE.exercises["pull-up"])
    assert session.workout.sets[0].exercise_id == "superman", "a set logged stays what it was done as"
    assert {slot.exercise_id for slot in session.plan if slot.entry_index == index} == {"diamond-push-up"}
    resumed = WorkoutSession.resume(session.to_workout())
    assert [e.exercise_id for e in resumed.routine.entries][-1] == "diamond-push-up"


def test_an_exercise_with_no_set_logged_is_removed_and_what_is_kept_for_the_ones_after_it_moves_up():
    """Strong's "Remove exercise": an exercise added by mistake, or one there is no bar for at this gym, stayed
    as sets to do: `d` removes only sets added mid-workout."""
    session = begin("four-upper-body-exercises")  # superman, pull-up, bench dip, side plank
    session.log(SetValues(reps=12), START)  # superman set 1
    session.add_set(2)  # a fourth set of bench dips
    session.go_to("3.0.1.L")
    session.edited[("3.0.1.L", "side-plank-leg-raise")] = SetValues(reps=9)
    session.adjust_rest(START, 1)  # superman's rest 15 s longer, kept for its next sets
    session.go_to("1.0.1.-")  # on the pull-up
    removed = session.remove_exercise(1)
    assert removed.exercise_id == "pull-up"
    assert [e.exercise_id for e in session.routine.entries] == ["superman", "bench-dip",
                                                                "side-plank-leg-raise"]
    assert session.current_slot.exercise_id == "bench-dip", "on to the exercise that took its place"
    # One logged, then two supermans, four bench dips and three side planks a side to do.
    assert session.exercise_position() == (2, 3) and session.sets_logged() == (1, 13)
    assert session.logged_set("0.0.1.-").reps == 12, "the set logged stays where it was"
    assert [slot.position_text() for slot in session.plan if slot.entry_index == 1][-1] == "Set 4 of 4"
    assert session.edited == {("2.0.1.L", "side-plank-leg-raise"): SetValues(reps=9)}
    assert session.rest_for == {0: session.rest_for[0]}
    resumed = WorkoutSession.resume(session.to_workout())
    assert [slot.key for slot in resumed.plan] == [slot.key for slot in session.plan]
    assert resumed.current_slot.exercise_id == "bench-dip" and resumed.sets_logged() == (1, 13)
    with pytest.raises(WorkoutStateError, match="a set logged stays"):
        session.remove_exercise(0)  # the superman has a set logged: it is deleted first, with `d`
    session.delete_set(session.workout.sets[0].id)
    session.remove_exercise(0)
    assert [e.exercise_id for e in session.routine.entries] == ["bench-dip", "side-plank-leg-raise"]


def test_an_exercise_with_only_a_warm_up_logged_stays_and_the_last_one_removed_leaves_nothing_to_do():
    session = WorkoutSession.begin_empty(START, "Europe/Paris", default_rest_s=90)
    session.add_exercise(CATALOGUE.exercises["push-up"])
    session.log(SetValues(reps=5, set_type=WARMUP), START)
    with pytest.raises(WorkoutStateError):
        session.remove_exercise(0)
    session.delete_set(session.workout.sets[0].id)
    session.remove_exercise(0)
    assert session.no_exercises_yet and session.current_slot is None
    assert WorkoutSession.resume(session.to_workout()).plan == ()


def test_an_exercise_removed_from_a_circuit_leaves_every_round_and_a_later_joiner_keeps_its_round():
    session = begin("home-bodyweight-circuit")
    first, second = (e.exercise_id for e in session.routine.entries[:2])
    session.log(SetValues(reps=5), START)  # round 1, the first exercise
    session.log(SetValues(reps=5), START)  # round 1, the second
    index = session.add_exercise(CATALOGUE.exercises["plank"])
    joined = session.joined_round[index]
    session.remove_exercise(2)
    removed_id = CATALOGUE.routines["home-bodyweight-circuit"].entries[2].exercise_id
    assert removed_id not in {slot.exercise_id for slot in session.plan}
    assert session.joined_round == {index - 1: joined}
    assert [slot.exercise_id for slot in session.plan[:2]] == [first, second]
    assert session.current_slot.round == 1 and session.current_slot.entry_index == 2


@pytest.mark.parametrize(("hour", "name"), [(4, "Night workout"), (5, "Morning workout"), (11, "Morning workout"),
                                           (12, "Afternoon workout"), (17, "Evening workout"), (22, "Night workout")])
def test_an_empty_workout_is_named_for_the_time_of_day_where_the_user_is(hour, name):
    at = pendulum.datetime(2026, 11, 20, hour, 30, tz="America/New_York")
    session = WorkoutSession.begin_empty(at.in_tz("UTC"), "America/New_York", default_rest_s=90)
    assert session.workout.name == name and session.workout.routine_id is None


def test_an_empty_workout_has_nothing_to_do_until_an_exercise_is_added_and_resumes_at_every_step():
    session = WorkoutSession.begin_empty(START, "Europe/Paris", default_rest_s=90)
    assert session.current_slot is None and session.sets_logged() == (0, 0)
    resumed = WorkoutSession.resume(session.to_workout())  # killed before its first exercise
    assert resumed.plan == () and resumed.workout.name == "Evening workout"
    resumed.add_exercise(CATALOGUE.exercises["push-up"])
    resumed.log(SetValues(reps=10), START.add(minutes=2))
    again = WorkoutSession.resume(resumed.to_workout())
    assert [slot.exercise_id for slot in again.plan] == ["push-up"] * 3
    assert again.sets_logged() == (1, 3) and again.current_slot.set_number == 2
    assert again.finished(START.add(minutes=20)).routine_id is None


def test_a_variation_counted_another_way_brings_its_own_target_and_the_sets_done_keep_their_places():
    """A plank swapped for a side plank done in reps each side kept "30-60 s hold", and space started a hold. The
    plank held stays a whole set: it was the side plank's Set 1 L, and the right side was asked for next."""
    session = begin("runner-ab-workout")
    plank = next(slot.entry_index for slot in session.plan if slot.exercise_id == "plank")
    session.go_to(next(slot.key for slot in session.plan if slot.entry_index == plank))
    session.log(SetValues(hold_s=40), START)
    session.start_hold(START, 30)
    with pytest.raises(WorkoutStateError, match="the hold.s timer is running"):  # `v` threw it away without a word
        session.swap_exercise(plank, CATALOGUE.exercises["side-plank-leg-raise"])
    assert session.hold is not None and session.current_slot.exercise_id == "plank"
    session.cancel_hold()  # s: the hold started for the plank is not a side plank's set
    session.swap_exercise(plank, CATALOGUE.exercises["side-plank-leg-raise"])
    slots = [slot for slot in session.plan if slot.entry_index == plank]
    assert {slot.target_text() for slot in slots} == {"8-12 reps each side"}
    assert not session.current_slot.is_hold and session.current_slot.exercise_id == "side-plank-leg-raise"
    assert [slot.label() for slot in slots] == ["Set 1", "Set 2 L", "Set 2 R", "Set 3 L", "Set 3 R"]
    assert session.logged_set(slots[0].key).exercise_id == "plank", "the plank done keeps the first place"
    assert session.current_slot.label() == "Set 2 L"
    session.log(SetValues(reps=10), START)
    session.log(SetValues(reps=10), START)
    session.swap_exercise(plank, CATALOGUE.exercises["plank"])  # and back: a hold again, one set a place
    slots = [slot for slot in session.plan if slot.entry_index == plank]
    assert [slot.target_text() for slot in slots] == ["30-60 s hold"] * 4 and session.current_slot.is_hold
    assert [slot.label() for slot in slots] == ["Set 1", "Set 2 L", "Set 2 R", "Set 3"], "each as it was done"
    assert [session.logged_set(slot.key).exercise_id for slot in slots[:3]] == [
        "plank", "side-plank-leg-raise", "side-plank-leg-raise"]
    assert session.current_slot.key == slots[3].key
    resumed = WorkoutSession.resume(session.to_workout())
    assert resumed.current_slot.key == slots[3].key
    assert [resumed.logged_set(slot.key) is not None for slot in slots] == [True, True, True, False]


def test_a_set_logged_then_swapped_for_a_variation_done_each_side_stays_a_whole_set():
    """Superman set 1 logged, then the alternating-arm superman (each side) in its place: the next set was "Set 1
    R", and finishing then saved a right side alone as a set. Now Set 2 L is next, and each set done after it is
    both sides."""
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)
    session.swap_exercise(0, CATALOGUE.exercises["alternating-superman"])
    slots = [slot for slot in session.plan if slot.entry_index == 0]
    assert [slot.label() for slot in slots] == ["Set 1", "Set 2 L", "Set 2 R", "Set 3 L", "Set 3 R"]
    assert session.current_slot.position_text() == "Set 2 of 3 - left side"
    assert session.sets_logged() == (1, len(session.plan))
    session = WorkoutSession.resume(session.to_workout())  # the app killed and started again
    assert session.current_slot.position_text() == "Set 2 of 3 - left side"
    for _ in range(4):
        session.log(SetValues(reps=12), START)
    done = [session.logged_set(slot.key) for slot in session.plan if slot.entry_index == 0]
    assert [(s.exercise_id, s.side) for s in done] == [("superman", None)] + [("alternating-superman", side)
                                                                             for side in "LRLR"]
    assert session.current_slot.exercise_id == "pull-up"


def test_a_circuits_set_begun_on_one_side_then_swapped_goes_on_to_the_next_round_in_its_order():
    """Round 1's front raise L logged, then a plank in its place: the plank of round 2 was next, ahead of round 2's
    press and lateral raise, and logged there."""
    session = begin("dumbbell-shoulder-circuit")
    for _ in range(3):  # press, lateral raise, front raise L
        session.log(SetValues(reps=10), START)
    session.swap_exercise(2, CATALOGUE.exercises["plank"])
    assert (session.current_slot.round, session.current_slot.exercise_id) == (2, "dumbbell-shoulder-press")
    assert session.sets_logged()[0] == 3, "round 1 done: its front raise's one side is the set"


def test_a_set_begun_on_one_side_then_swapped_for_an_exercise_done_whole_is_that_set_done():
    """Side plank set 1 L, then back to the plank: "Set 1 R" of a plank was next, the plan one set longer, and the
    summary read "Plank: 1 set, R"."""
    session = begin("runner-ab-workout")
    plank = next(slot.entry_index for slot in session.plan if slot.exercise_id == "plank")
    planned = len(session.plan)
    session.go_to(next(slot.key for slot in session.plan if slot.entry_index == plank))
    session.swap_exercise(plank, CATALOGUE.exercises["side-plank-leg-raise"])
    session.log(SetValues(reps=10), START)
    assert session.current_slot.label() == "Set 1 R"
    session.swap_exercise(plank, CATALOGUE.exercises["plank"])
    slots = [slot for slot in session.plan if slot.entry_index == plank]
    assert [slot.label() for slot in slots] == ["Set 1", "Set 2", "Set 3"] and len(session.plan) == planned
    assert session.logged_set(slots[0].key).side == "L", "done as it was: one side of a side plank"
    assert session.current_slot.key == slots[1].key
    resumed = WorkoutSession.resume(session.to_workout())
    assert resumed.current_slot.key == slots[1].key and resumed.sets_logged() == (1, planned)


def test_one_side_deleted_of_a_set_done_each_side_before_a_swap_back_leaves_the_other_side_the_set():
    """Side plank set 1 L and R, back to the plank, set 2 logged, then set 1 L deleted: "Set 1 L" of a plank was
    next, logged and saved as a plank done on the left, and "Do again" planned the plank each side."""
    session = begin("runner-ab-workout")
    plank = next(slot.entry_index for slot in session.plan if slot.exercise_id == "plank")
    planned = len(session.plan)
    session.go_to(next(slot.key for slot in session.plan if slot.entry_index == plank))
    session.swap_exercise(plank, CATALOGUE.exercises["side-plank-leg-raise"])
    left, right = (session.log(SetValues(reps=10, side=side), START) for side in "LR")
    session.swap_exercise(plank, CATALOGUE.exercises["plank"])
    session.log(SetValues(hold_s=45), START)
    session.delete_set(left.id)
    slots = [slot for slot in session.plan if slot.entry_index == plank]
    assert [slot.label() for slot in slots] == ["Set 1", "Set 2", "Set 3"] and len(session.plan) == planned
    assert session.logged_set(slots[0].key) == right, "its right side is the set"
    assert session.current_slot.key == slots[2].key and session.current_slot.side is None
    assert session.sets_logged() == (2, planned)


def test_a_variation_counted_another_way_and_back_gets_the_routines_own_target_again():
    """Plank to a plank to press and back read "30 s hold", not the routine's 30-60 s, also after a restart."""
    session = begin("runner-ab-workout")
    plank = next(slot.entry_index for slot in session.plan if slot.exercise_id == "plank")
    own_target = session.routine.entries[plank].hold_s
    session.swap_exercise(plank, CATALOGUE.exercises["side-plank-leg-raise"])
    session = WorkoutSession.resume(session.to_workout())  # the app restarted between the two swaps
    session.swap_exercise(plank, CATALOGUE.exercises["plank"])
    entry = session.routine.entries[plank]
    assert (entry.hold_s, entry.ours) == (own_target, CATALOGUE.routines["runner-ab-workout"].entries[plank].ours)
    assert "hold_s" not in entry.ours, "the routine's figure, not ours"


def test_space_in_the_get_ready_countdown_starts_the_hold_at_once_and_a_hold_lasts_at_least_1_s():
    session = begin("post-workout-stretch")
    session.start_hold(START, 30)
    session.hold_now(START.add(seconds=2))
    assert not session.hold.getting_ready(START.add(seconds=2))
    assert session.hold.hold_deadline == START.add(seconds=32)
    with pytest.raises(SetValueError):
        SetValues(hold_s=0)
    with pytest.raises(WorkoutStateError):
        session.log(SetValues(), START)  # a hold with no seconds
    with pytest.raises(WorkoutStateError):
        session.start_hold(START, 0)


def test_a_circuit_with_2_to_4_rounds_plans_2_and_asks_for_each_more():
    session = begin("dumbbell-shoulder-circuit")
    while session.current_slot:
        session.log(SetValues(reps=12), START)
    assert session.planned_rounds == 2 and session.sets_left() == 0
    assert session.may_add_round and session.rest is not None, "rest while the app asks about another round"
    session.add_round()
    assert session.current_slot.round == 3 and session.current_slot.position_text() == "Round 3 of 2-4"
    session.add_round()
    assert not session.may_add_round, "the app asks no more"
    session.add_round()  # `a`: a fifth round, past the range, as Strong adds a set anywhere
    assert session.planned_rounds == 5 and session.current_slot.position_text() == "Round 3 of 5"
    assert session.plan[-1].position_text().startswith("Round 5 of 5")


def test_a_circuit_of_fixed_rounds_takes_one_more_and_says_round_4_of_4():
    """ "This circuit has no more rounds in its range": a user who felt good could not do a fourth round of three."""
    session = begin("home-bodyweight-circuit")
    while session.current_slot:
        session.log(SetValues(reps=5), START)
    assert session.planned_rounds == 3 and not session.may_add_round
    assert session.rest is not None and session.rest.total_s() == session.plan[-1].rest_after_s, (
        "the last round rests as every round does (and as straight sets' last set): `a` adds one in it")
    session.add_set(0)
    assert (session.current_slot.round, session.current_slot.position_text()) == (4, "Round 4 of 4")
    assert session.sets_logged() == (18, 24)
    session.remove_set(session.current_slot.key)  # `d`: pressed `a` by mistake
    assert session.planned_rounds == 3 and session.all_done and session.sets_logged() == (18, 18)
    fresh = begin("home-bodyweight-circuit")
    with pytest.raises(WorkoutStateError, match="only a round added"):
        fresh.remove_set(fresh.plan[-1].key)  # the routine's own rounds stay


def test_a_workout_saved_by_the_older_tracker_resumes_where_it_was():
    session = begin("four-upper-body-exercises")
    first = session.log(SetValues(reps=12), START)
    older = session.to_workout()
    older.progress.update(done={"0": first.id}, cursor=1)
    resumed = WorkoutSession.resume(older)
    assert resumed.logged_set("0.0.1.-") == first and resumed.current_slot.set_number == 2


def test_an_imported_set_past_the_forms_limits_never_breaks_the_next_sets_values():
    session = begin("four-upper-body-exercises")
    last_time = (a_set("superman", reps=1000),)  # another app wrote it; our forms stop at 500
    assert session.next_values(last_time, "kg").reps == 500, "kept as far as the form goes"


def test_a_side_done_first_takes_its_own_place_and_the_other_side_comes_next():
    """R typed on "Set 1 L" left "Set 1 R" to do: space logged the right side again and the left was never asked."""
    session = begin("upper-back-three-moves")
    session.next_exercise()  # the kettlebell chainsaw row, done each side
    left, right = session.plan[session._by_key[session.cursor]], session.plan[session._by_key[session.cursor] + 1]
    assert (left.side, right.side) == ("L", "R")
    rest = right.rest_after_s
    done = session.log(SetValues(reps=10, side="R"), START)
    assert session.logged_set(right.key) == done and session.logged_set(left.key) is None
    assert session.current_slot == left and session.next_values((), "kg").side == "L"
    assert session.rest is None, "the other side comes straight on"
    assert session.rest_after(left) == rest  # "then rest 60 s": the pair's rest, after its second side
    session.adjust_rest(START, +1)  # + before the set: on the rest that follows it
    session.log(session.next_values((), "kg"), START)
    assert session.rest is not None and session.rest.total_s() == rest + 15
    assert (session.current_slot.set_number, session.current_slot.side) == (2, "L")
    assert session.undo() is not None and session.current_slot == left, "undo goes back to the side taken back"


def test_a_per_side_set_done_out_of_order_is_followed_by_its_other_side():
    session = begin("upper-back-three-moves")
    session.next_exercise()
    second_left = next(slot for slot in session.plan if slot.entry_index == session.current_slot.entry_index
                       and (slot.set_number, slot.side) == (2, "L"))
    session.go_to(second_left.key)  # enter on "Set 2 L"
    session.log(SetValues(reps=10), START)
    assert (session.current_slot.set_number, session.current_slot.side) == (2, "R"), "not back to Set 1 L yet"
    session.log(SetValues(reps=10), START)
    assert (session.current_slot.set_number, session.current_slot.side) == (1, "L")


def test_a_side_corrected_after_the_set_moves_it_to_that_sides_place():
    session = begin("upper-back-three-moves")
    session.next_exercise()
    left = session.current_slot
    done = session.log(SetValues(reps=10), START)  # logged as planned, on the left...
    right = session.current_slot
    session.edit_set(done.id, SetValues(reps=10, side="R"))  # ...but it was the right side
    assert session.logged_set(right.key).id == done.id and session.logged_set(left.key) is None
    assert session.current_slot == left
    session.edit_set(done.id, SetValues(reps=10, side="L"))  # and back: the right side is to do
    assert session.logged_set(left.key).id == done.id and session.current_slot == right


def test_a_side_corrected_to_one_its_set_has_goes_to_a_set_of_that_side_still_to_do():
    """Set 3 R corrected to L (Set 3 L logged already) read "Set 3 L" twice, and no right side was asked again."""
    session = begin("upper-back-three-moves")
    session.next_exercise()
    pairs = {(slot.set_number, slot.side): slot for slot in session.plan
             if slot.entry_index == session.current_slot.entry_index}
    session.log(SetValues(reps=10), START)  # Set 1 L
    session.log(SetValues(reps=10), START)  # Set 1 R
    session.go_to(pairs[3, "L"].key)
    session.log(SetValues(reps=10), START)  # Set 3 L, then its right side
    right = session.log(SetValues(reps=10), START)
    session.edit_set(right.id, SetValues(reps=10, side="L"))
    assert session.logged_set(pairs[2, "L"].key).id == right.id, "the left set still to do"
    assert session.logged_set(pairs[3, "R"].key) is None, "the right side is to do again"
    assert session.sets_logged()[0] == 4


def test_the_last_set_done_right_side_first_rests_once_after_its_pair():
    session = begin("upper-back-three-moves")
    for _ in range(len(session.plan) - 2):  # all but the last pair, left then right
        session.log(session.next_values((), "kg"), START)
    session.log(SetValues(reps=10, side="R"), START)
    assert session.current_slot is not None and session.current_slot.side == "L"
    assert session.rest is None, "between sides: straight on"
    session.log(SetValues(reps=10), START)
    assert session.all_done and session.rest is not None, "after its pair, as the workout's last set"


def test_a_new_default_rest_reaches_the_rests_left_blank_from_the_next_set_on():
    """The settings' default rest changed mid-workout: "then rest 100 s" stayed, an exercise added since too."""
    session = begin("four-upper-body-exercises")  # the routine's own rests, 60-90 s; a default of 90
    index = session.add_exercise(CATALOGUE.exercises["push-up"])  # an added exercise: no rest of its own
    added = next(slot for slot in session.plan if slot.entry_index == index)
    assert session.rest_after(added) == 90
    session.use_default_rest(20)
    added = next(slot for slot in session.plan if slot.entry_index == index)
    assert session.rest_after(added) == 20
    assert session.rest_after(session.current_slot) == 60, "a rest the routine gives stays the routine's"
    assert WorkoutSession.resume(session.to_workout()).default_rest_s == 20


def test_a_rest_run_over_gets_15_s_more_from_now_with_plus_and_keeps_its_time_over_with_minus():
    """+ 9 s past a rest's end gave 6 s (15 s counted from the rest's start), 20 s past it none, and - set the time
    over shown back to +0:00: how long the user had rested was lost."""
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START)  # a 60 s rest
    over = START.add(seconds=80)
    session.adjust_rest(over, -1)
    assert session.rest.remaining_s(over) == -20  # still 20 s over
    session.adjust_rest(over, +1)
    assert session.rest.remaining_s(over) == 15
    assert session.rest_after(session.current_slot) == 60  # -, then +: the next rests as they were
    session.adjust_rest(over, +1)
    assert session.rest.remaining_s(over) == 30, "a second + adds 15 s more"
    session.adjust_rest(over, -1)
    assert session.rest.remaining_s(over) == 15, "and - takes them back"
    session.log(SetValues(reps=12), over)
    assert session.rest.remaining_s(over) == 60


def test_a_workout_finished_after_the_clock_was_put_back_ends_at_its_last_set_not_before_its_start():
    """A clock put back two hours mid-workout: finished at 17:23 a workout begun at 19:23, "Duration -7192 s"."""
    session = begin("four-upper-body-exercises")
    session.log(SetValues(reps=12), START.add(minutes=5))
    finished = session.finished(START.subtract(hours=2))
    assert finished.finished_at.utc == START.add(minutes=5)
