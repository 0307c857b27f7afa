"""A past workout as a plan to do again (History, `s`): what was done, in its order, with its routine's targets
where it came from one."""

from __future__ import annotations

from dataclasses import replace

import pendulum

from tests.builders import a_set, a_workout
from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.catalogue.model import RoutineFormat
from tui.domain.progress.progression import summarise
from tui.domain.ranges import IntRange
from tui.domain.workout.again import plan_of
from tui.domain.workout.breakdown import by_exercise, per_exercise
from tui.domain.workout.model import WARMUP
from tui.domain.workout.session import WorkoutSession
from tui.domain.workout.set_values import SetValues
from tui.resources import data_dir
from tui.screens.workout_summary import summary_text

CATALOGUE = load_catalogue(data_dir())
KNOWN = {*CATALOGUE.exercises, "custom:sled-push", "custom:running"}  # the user's own, a run imported among them
NOW = pendulum.datetime(2026, 12, 5, 18, 0, tz="UTC")


def test_an_empty_workout_built_as_it_went_is_planned_as_it_was_done_warm_ups_and_runs_aside():
    done = replace(a_workout(name="Evening workout"), sets=(
        a_set("push-up", reps=5, set_type=WARMUP),
        a_set("push-up", reps=12), a_set("push-up", reps=10), a_set("push-up", reps=9),
        a_set("custom:sled-push", reps=8, load=80.0), a_set("custom:sled-push", reps=8, load=80.0),
        a_set("side-plank-leg-raise", reps=10, side="L"), a_set("side-plank-leg-raise", reps=11, side="R"),
        a_set("plank", reps=None, hold_s=45), a_set("plank", reps=None, hold_s=60),
        a_set("custom:running", reps=None, distance_m=5000.0, duration_s=1560),
        a_set("gone-from-the-catalogue", reps=10),
        a_set("push-up", reps=0),  # a failed fourth set: a set done, no target
    ))
    plan = plan_of(done, KNOWN)
    assert plan.name == "Evening workout" and plan.format is RoutineFormat.STRAIGHT_SETS
    assert [(e.exercise_id, e.sets, e.reps, e.hold_s, e.per_side) for e in plan.entries] == [
        ("push-up", IntRange(4, 4), IntRange(9, 12), None, False),
        ("custom:sled-push", IntRange(2, 2), IntRange(8, 8), None, False),
        ("side-plank-leg-raise", IntRange(1, 1), IntRange(10, 11), None, True),
        ("plank", IntRange(2, 2), None, IntRange(45, 60), False),
    ]
    session = WorkoutSession.begin(plan, NOW, "Europe/Paris", default_rest_s=90)
    assert session.workout.routine_id is None, "done from no routine, as the first time"
    assert session.sets_logged() == (0, 4 + 2 + 2 + 2)
    session.log(SetValues(reps=12), NOW)
    resumed = WorkoutSession.resume(session.to_workout())
    assert [slot.key for slot in resumed.plan] == [slot.key for slot in session.plan]


def test_a_routines_workout_keeps_its_targets_and_rests_with_the_sets_and_exercises_of_the_day():
    routine = CATALOGUE.routines["four-upper-body-exercises"]  # superman, pull-up, bench dip, side plank
    done = replace(a_workout(name=routine.name), routine_id=routine.id, sets=(
        *(a_set("superman", reps=15) for _ in range(4)),  # a set added
        *(a_set("diamond-push-up", reps=8) for _ in range(2)),  # swapped in, or added
        a_set("side-plank-leg-raise", reps=12, side="L"), a_set("side-plank-leg-raise", reps=12, side="R"),
    ))
    plan = plan_of(done, KNOWN, routine)
    superman = next(e for e in routine.entries if e.exercise_id == "superman")
    assert plan.entries[0] == superman._replace(sets=IntRange.exactly(4))
    assert plan.entries[1].exercise_id == "diamond-push-up" and plan.entries[1].reps == IntRange(8, 8)
    assert [e.exercise_id for e in plan.entries] == ["superman", "diamond-push-up", "side-plank-leg-raise"]
    session = WorkoutSession.begin(plan, NOW, "Europe/Paris", default_rest_s=90)
    assert session.workout.routine_id == routine.id and session.workout.name == routine.name


def test_a_circuit_stays_a_circuit_of_as_many_rounds_and_nothing_to_do_is_none():
    circuit = CATALOGUE.routines["home-bodyweight-circuit"]
    sets = [a_set(entry.exercise_id, reps=10, round=number) for number in (1, 2) for entry in circuit.entries]
    plan = plan_of(replace(a_workout(), routine_id=circuit.id, sets=tuple(sets)), KNOWN, circuit)
    assert plan.format is RoutineFormat.CIRCUIT and plan.rounds == IntRange(2, 2)
    assert plan.rest_after_round_s == circuit.rest_after_round_s
    assert len(WorkoutSession.begin(plan, NOW, "UTC", 90).plan) == 2 * len(circuit.entries)
    only_a_run = replace(a_workout(), sets=(a_set("custom:running", reps=None, distance_m=5000.0, duration_s=1560),))
    assert plan_of(only_a_run, KNOWN) is None


def test_a_workout_keeps_its_routines_order_whatever_order_its_sets_were_done_in():
    """`n` to the leg raise (the crunch bench busy), then back: the summary, History and a workout done again
    listed the leg raise first, and every workout done again from it kept it so."""
    routine = CATALOGUE.routines["runner-ab-workout"]  # crunch, leg raise, Russian twist, plank
    done = replace(a_workout(name=routine.name), routine_id=routine.id, sets=(
        a_set("leg-raise", reps=10), a_set("crunch", reps=20),
        a_set("superman", reps=12),  # swapped in after the crunch
        a_set("leg-raise", reps=10), a_set("russian-twist", reps=20), a_set("plank", reps=None, hold_s=45),
        a_set("custom:sled-push", reps=8, load=80.0)))  # added at the end
    in_order = ["crunch", "superman", "leg-raise", "russian-twist", "plank", "custom:sled-push"]
    assert list(by_exercise(done, routine)) == in_order
    assert [line.exercise_id for line in per_exercise(done, "kg", routine)] == in_order
    assert [entry.exercise_id for entry in plan_of(done, KNOWN, routine).entries] == in_order
    names = ExerciseNameBook({})
    listed = summary_text(summarise(done, "kg"), done, names, routine).split("Exercises\n")[1]
    assert [line.split(":")[0].strip() for line in listed.splitlines()] == [names.get(e, e) for e in in_order]
    # Without its routine (deleted since, or an empty workout), as first done.
    assert list(by_exercise(done)) == ["leg-raise", "crunch", "superman", "russian-twist", "plank", "custom:sled-push"]
