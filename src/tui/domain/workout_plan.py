"""A routine laid out as the ordered list of sets the tracker walks through."""

from __future__ import annotations

from dataclasses import dataclass, replace

from tui.domain.catalogue import Routine, RoutineEntry, RoutineFormat
from tui.domain.ranges import IntRange


@dataclass(frozen=True)
class Slot:
    """One set to do: which exercise, which set (and round, and side), the target, and the rest after it."""

    entry_index: int
    exercise_id: str
    set_number: int
    sets_total: IntRange
    target_reps: IntRange | None
    target_hold_s: IntRange | None
    rest_after_s: int | None  # None: go straight on (between sides, between exercises in a circuit)
    round: int | None = None
    rounds_total: IntRange | None = None
    side: str | None = None

    @property
    def is_hold(self) -> bool:
        return self.target_hold_s is not None

    def target_text(self) -> str:
        """The target as the user reads it: "12-15 reps", "30-60 s hold", "10-12 reps each side"."""
        text = f"{self.target_hold_s} s hold" if self.is_hold else f"{self.target_reps} reps"
        return f"{text} each side" if self.side else text

    def position_text(self) -> str:
        """ "Set 2 of 3", "Round 1 of 2-4", with the side when there is one."""
        if self.round is not None:
            text = f"Round {self.round} of {self.rounds_total}"
            if self.sets_total.high > 1:
                text += f", set {self.set_number} of {self.sets_total}"
        else:
            text = f"Set {self.set_number} of {self.sets_total}"
        if self.side:
            text += f" - {'left' if self.side == 'L' else 'right'} side"
        return text


def rest_seconds(rest: IntRange | None, default_rest_s: int) -> int:
    # Start at the low end of a prescribed range: `+` adds 15 s when the set was hard.
    return rest.low if rest is not None else default_rest_s


def plan_for(routine: Routine, default_rest_s: int) -> tuple[Slot, ...]:
    """Every set of the routine in the order it is done.

    Straight sets do all sets of one exercise, resting after each. A circuit does each exercise once per
    round, goes straight on to the next exercise, and rests after the round. A per-side set is two slots,
    left then right, with the rest after the right side. The top of a range of sets or rounds is planned;
    `f` finishes early.
    """
    if routine.format is RoutineFormat.CIRCUIT:
        slots = _circuit(routine, default_rest_s)
    else:
        slots = _straight_sets(routine, default_rest_s)
    if slots:  # nothing to rest for after the very last set
        slots[-1] = replace(slots[-1], rest_after_s=None)
    return tuple(slots)


def _sides(entry: RoutineEntry) -> tuple[str | None, ...]:
    return ("L", "R") if entry.per_side else (None,)


def _straight_sets(routine: Routine, default_rest_s: int) -> list[Slot]:
    slots = []
    for index, entry in enumerate(routine.entries):
        rest = rest_seconds(entry.rest_s, default_rest_s)
        for number in range(1, entry.sets.high + 1):
            sides = _sides(entry)
            for side in sides:
                slots.append(
                    Slot(
                        entry_index=index, exercise_id=entry.exercise_id, set_number=number, sets_total=entry.sets,
                        target_reps=entry.reps, target_hold_s=entry.hold_s, side=side,
                        rest_after_s=rest if side == sides[-1] else None,
                    )
                )
    return slots


def _circuit(routine: Routine, default_rest_s: int) -> list[Slot]:
    rounds = routine.rounds or IntRange.exactly(1)
    rest_after_round = rest_seconds(routine.rest_after_round_s, default_rest_s)
    slots = []
    for round_number in range(1, rounds.high + 1):
        for index, entry in enumerate(routine.entries):
            for number in range(1, entry.sets.high + 1):
                for side in _sides(entry):
                    slots.append(
                        Slot(
                            entry_index=index, exercise_id=entry.exercise_id, set_number=number,
                            sets_total=entry.sets, target_reps=entry.reps, target_hold_s=entry.hold_s, side=side,
                            rest_after_s=None, round=round_number, rounds_total=rounds,
                        )
                    )
        slots[-1] = replace(slots[-1], rest_after_s=rest_after_round)
    return slots
