"""How long a routine takes, estimated from its sets, reps or holds, rest and rounds.

The sources give no time per rep, so SECONDS_PER_REP is ours: a controlled lift and lower of about
three seconds. The estimate is a range: the low ends of every figure, then the high ends.
"""

from __future__ import annotations

from typing import NamedTuple

from tui.domain.catalogue.model import Routine, RoutineEntry, RoutineFormat
from tui.domain.ranges import IntRange

SECONDS_PER_REP = 3  # ours: about one second up, a short pause, about one second down


class DurationEstimate(NamedTuple):
    """The shortest and longest likely length of a routine, in seconds."""

    low_s: int
    high_s: int

    @property
    def minutes(self) -> IntRange:
        """To the nearest whole minute, never less than one, so a short stretch still reads "1 min"."""
        low = max(1, round(self.low_s / 60))
        return IntRange(low, max(low, round(self.high_s / 60)))

    def __str__(self) -> str:
        return f"{self.minutes} min"


def _pick(value: IntRange | None, high: bool) -> int:
    if value is None:
        return 0
    return value.high if high else value.low


def _set_seconds(entry: RoutineEntry, high: bool) -> int:
    """One set's work: holds as written, reps at SECONDS_PER_REP; a per-side set is done twice."""
    if entry.hold_s is not None:
        work = _pick(entry.hold_s, high)
    else:
        work = _pick(entry.reps, high) * SECONDS_PER_REP
    return work * (2 if entry.per_side else 1)


def _straight_sets(routine: Routine, high: bool, default_rest_s: int) -> int:
    total = 0
    last_rest = 0
    for entry in routine.entries:
        sets = _pick(entry.sets, high)
        rest = _pick(entry.rest_s, high) if entry.rest_s is not None else default_rest_s
        total += sets * (_set_seconds(entry, high) + rest)
        last_rest = rest if sets else last_rest
    return total - last_rest  # nobody rests after the final set


def _circuit(routine: Routine, high: bool, default_rest_s: int) -> int:
    # A round is the exercises once through, timed like straight sets (an exercise with no rest of its own has
    # none in a round): the rest after the round replaces the last exercise's own rest.
    one_round = _straight_sets(routine, high, 0)
    rounds = max(1, _pick(routine.rounds, high))
    after_round = (_pick(routine.rest_after_round_s, high) if routine.rest_after_round_s is not None
                   else default_rest_s)
    return rounds * one_round + (rounds - 1) * after_round


def estimate_duration(routine: Routine, default_rest_s: int = 0) -> DurationEstimate:
    """The routine's likely length from its own figures (rest included, warm-up not); a rest left blank is the
    default rest (the settings'), as the workout rests it: an own routine of blank rests read "about 2 min"."""
    count = _circuit if routine.format is RoutineFormat.CIRCUIT else _straight_sets
    return DurationEstimate(count(routine, False, default_rest_s), count(routine, True, default_rest_s))
