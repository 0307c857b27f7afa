"""A routine's estimated length: work from reps (3 s each) or holds, both sides when per side, and rest;
circuits repeat rounds and rest between them."""

from __future__ import annotations

from tui.domain.catalogue.model import Routine, RoutineEntry, RoutineFormat
from tui.domain.ranges import IntRange
from tui.domain.routines.duration import SECONDS_PER_REP, DurationEstimate, estimate_duration


def straight(*entries: RoutineEntry) -> Routine:
    return Routine("r", "R", "", RoutineFormat.STRAIGHT_SETS, (), entries)


def r(low: int, high: int | None = None) -> IntRange:
    return IntRange(low, low if high is None else high)


def test_reps_take_three_seconds_each_and_rest_follows_every_set_but_the_last():
    routine = straight(RoutineEntry("push-up", sets=r(3), reps=r(10), rest_s=r(60)))
    assert SECONDS_PER_REP == 3
    assert estimate_duration(routine) == DurationEstimate(3 * 30 + 2 * 60, 3 * 30 + 2 * 60)


def test_ranges_give_a_low_and_a_high_estimate():
    routine = straight(RoutineEntry("push-up", sets=r(2, 3), reps=r(10, 20), rest_s=r(60, 90)))
    estimate = estimate_duration(routine)
    assert estimate.low_s == 2 * 30 + 60
    assert estimate.high_s == 3 * 60 + 2 * 90


def test_holds_count_as_written_and_per_side_doubles_the_work():
    routine = straight(
        RoutineEntry("plank", sets=r(1), hold_s=r(30)),
        RoutineEntry("overhead-triceps-stretch", sets=r(1), hold_s=r(30), per_side=True),
    )
    assert estimate_duration(routine).low_s == 30 + 60


def test_rest_between_exercises_counts_but_not_after_the_last_set():
    routine = straight(
        RoutineEntry("a", sets=r(1), reps=r(10), rest_s=r(60)),
        RoutineEntry("b", sets=r(1), reps=r(10), rest_s=r(45)),
    )
    assert estimate_duration(routine).low_s == 30 + 60 + 30


def test_a_circuit_repeats_its_round_and_rests_between_rounds_only():
    routine = Routine(
        "c", "C", "", RoutineFormat.CIRCUIT, (),
        (RoutineEntry("a", sets=r(1), reps=r(10)), RoutineEntry("b", sets=r(1), hold_s=r(20))),
        rounds=r(2, 3), rest_after_round_s=r(60, 90),
    )
    one_round = 30 + 20
    assert estimate_duration(routine) == DurationEstimate(2 * one_round + 60, 3 * one_round + 2 * 90)


def test_minutes_are_rounded_and_never_zero():
    assert str(DurationEstimate(1200, 1665)) == "20-28 min"
    assert str(DurationEstimate(20, 20)) == "1 min"


def test_shipped_routines_estimates(catalogue):
    minutes = {rid: str(estimate_duration(routine)) for rid, routine in catalogue.routines.items()}
    assert minutes["four-upper-body-exercises"] == "20-28 min"
    assert minutes["home-bodyweight-circuit"] == "12-13 min"
    assert minutes["post-workout-stretch"] == "2 min"


def test_a_rest_left_blank_is_the_default_rest_as_the_workout_rests_it():
    """An own routine of knee push-ups with no rest typed read "about 2 min", done in 5 with the default rest."""
    routine = straight(RoutineEntry("knee-push-up", sets=r(3), reps=r(10, 12), rest_s=None))
    assert estimate_duration(routine, default_rest_s=100) == DurationEstimate(3 * 30 + 2 * 100, 3 * 36 + 2 * 100)
    assert str(estimate_duration(routine, default_rest_s=100)) == "5 min"
    circuit = Routine("c", "C", "", RoutineFormat.CIRCUIT, (), (RoutineEntry("push-up", sets=r(1), reps=r(10)),),
                      rounds=r(3))
    assert estimate_duration(circuit, default_rest_s=60).low_s == 3 * 30 + 2 * 60, "between rounds only"
