"""The finish summary's line for each exercise: as short as what was done allows."""

from __future__ import annotations

from dataclasses import replace

from tests.builders import a_set, a_workout, moment
from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.progress.progression import summarise
from tui.screens.workout_summary import summary_text


def exercise_line(*sets) -> str:
    start = moment(2026, 11, 20, 18, 0)
    workout = replace(a_workout(at=start), finished_at=start, sets=sets)
    return summary_text(summarise(workout, "kg"), workout, ExerciseNameBook({})).splitlines()[-1]


def test_sets_alike_read_as_sets_times_one():
    assert exercise_line(*(a_set("push-up", reps=12) for _ in range(3))) == "  push-up: 3 x 12 reps"


def test_each_side_alike_reads_once_for_both_sides():
    """It read "6 sets, 14 reps, L · 14 reps, R · 14 reps, L · 14 reps, R · 14 reps, L · 14 reps, R"."""
    sides = [a_set("side-plank-leg-raise", reps=14, side=side) for _ in range(3) for side in "LR"]
    assert exercise_line(*sides) == "  side-plank-leg-raise: 3 x 14 reps each side"


def test_sides_that_differ_are_each_written():
    sets = [a_set("side-plank-leg-raise", reps=14, side="L"), a_set("side-plank-leg-raise", reps=12, side="R")]
    assert exercise_line(*sets) == "  side-plank-leg-raise: 2 sets, 14 reps, L · 12 reps, R"
    left_only = [a_set("side-plank-leg-raise", reps=14, side="L"), a_set("side-plank-leg-raise", reps=14, side="L")]
    assert exercise_line(*left_only) == "  side-plank-leg-raise: 2 x 14 reps, L"
