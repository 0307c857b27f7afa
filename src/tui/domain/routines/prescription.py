"""What a routine asks of each exercise, in the words a runner reads on screen: "3 x 12-15 reps each side".

Each piece comes with whether it is our default (the `ours` fields), so a screen can mark it.
"""

from __future__ import annotations

from typing import NamedTuple

from tui.domain.catalogue.model import Routine, RoutineEntry, RoutineFormat
from tui.domain.ranges import IntRange


class Figure(NamedTuple):
    """One figure of a prescription and whether the sources left it out (so the number is ours)."""

    text: str
    ours: bool = False


def _seconds(value: IntRange) -> str:
    return f"{value} s"


def rest_text(rest: IntRange) -> str:
    """ "rest 60-90 s", or "no rest" for a rest of nothing (stretches done back to back)."""
    return "no rest" if rest == IntRange.exactly(0) else f"rest {_seconds(rest)}"


def target_text(entry: RoutineEntry) -> str:
    """One set's target: "12-15 reps", "30-60 s hold", "10-12 reps each side"."""
    if entry.hold_s is not None:
        text = f"{_seconds(entry.hold_s)} hold"
    else:
        reps = entry.reps or IntRange.exactly(1)
        text = f"{reps} {'rep' if reps == IntRange.exactly(1) else 'reps'}"
    return f"{text} each side" if entry.per_side else text


def entry_figures(entry: RoutineEntry, routine_format: RoutineFormat) -> list[Figure]:
    """Sets and target, then rest: ["3 x 12-15 reps", "rest 60-90 s"], each marked when it is ours."""
    ours = set(entry.ours)
    amount_field = "hold_s" if entry.hold_s is not None else "reps"
    target = target_text(entry)
    figures: list[Figure] = []
    single_circuit_set = routine_format is RoutineFormat.CIRCUIT and entry.sets == IntRange.exactly(1)
    if single_circuit_set:
        figures.append(Figure(target, amount_field in ours))
    else:
        sets_word = "set" if entry.sets == IntRange.exactly(1) else "sets"
        if "sets" in ours and amount_field not in ours:
            # Keep the two marks apart when only one of the figures is ours.
            figures.append(Figure(f"{entry.sets} {sets_word}", True))
            figures.append(Figure(target, False))
        else:
            figures.append(Figure(f"{entry.sets} x {target}", bool({"sets", amount_field} & ours)))
    if entry.rest_s is not None:
        figures.append(Figure(rest_text(entry.rest_s), "rest_s" in ours))
    return figures


def routine_figures(routine: Routine) -> list[Figure]:
    """The routine-wide figures: rounds and rest after each round (circuits), sessions a week."""
    ours = set(routine.ours)
    figures = []
    if routine.format is RoutineFormat.CIRCUIT:
        rounds = routine.rounds or IntRange.exactly(1)
        word = "round" if rounds == IntRange.exactly(1) else "rounds"
        figures.append(Figure(f"{rounds} {word}", "rounds" in ours))
        if routine.rest_after_round_s is not None:
            figures.append(Figure(f"{rest_text(routine.rest_after_round_s)} after each round",
                                  "rest_after_round_s" in ours))
    if routine.weekly_sessions is not None:
        sessions = routine.weekly_sessions
        times = "time" if sessions == IntRange.exactly(1) else "times"
        figures.append(Figure(f"{sessions} {times} a week", "weekly_sessions" in ours))
    return figures


def has_our_figures(routine: Routine) -> bool:
    """Whether any figure of the routine is our default, so the screen knows to explain the mark."""
    return bool(routine.ours) or any(entry.ours for entry in routine.entries)


FORMAT_NAMES = {
    RoutineFormat.STRAIGHT_SETS: "straight sets",
    RoutineFormat.CIRCUIT: "circuit",
}
