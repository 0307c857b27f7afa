"""A routine laid out as the ordered list of sets the tracker walks through."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from tui.domain.catalogue.model import Routine, RoutineEntry, RoutineFormat
from tui.domain.ranges import IntRange
from tui.domain.routines.prescription import target_text


@dataclass(frozen=True)
class Slot:
    """One set to do: which exercise, which set (and round, and side), the target, and the rest after it."""

    entry_index: int
    entry: RoutineEntry
    set_number: int
    rest_after_s: int | None  # None: go straight on (between sides, between exercises in a circuit)
    round: int | None = None
    rounds_total: IntRange | None = None
    side: str | None = None
    # Past the bottom of a range of sets ("2-3 sets"): planned, but finishing without it is no shortfall.
    optional: bool = False
    added_sets: int = 0  # sets of this exercise added during the workout (`a`): "Set 4 of 4", not "of 3"

    @property
    def key(self) -> str:
        """Names this set for good: adding sets or exercises elsewhere never changes it (saved in progress)."""
        return f"{self.entry_index}.{self.round or 0}.{self.set_number}.{self.side or '-'}"

    @property
    def set_key(self) -> str:
        """Names the set this slot is (or is one side of): its key without the side."""
        return self.key.rsplit(".", 1)[0]

    @property
    def exercise_id(self) -> str:
        return self.entry.exercise_id

    @property
    def sets_total(self) -> IntRange:
        return IntRange(self.entry.sets.low + self.added_sets, self.entry.sets.high + self.added_sets)

    @property
    def target_reps(self) -> IntRange | None:
        return self.entry.reps

    @property
    def target_hold_s(self) -> IntRange | None:
        return self.entry.hold_s

    @property
    def is_hold(self) -> bool:
        return self.entry.hold_s is not None

    @property
    def bottom(self) -> int:
        """The bottom of the target range: the seconds of a hold, else the reps (an entry has one or the other)."""
        target = self.entry.hold_s or self.entry.reps
        return target.low if target is not None else 1

    def target_text(self) -> str:
        """The target as the user reads it: "12-15 reps", "30-60 s hold", "10-12 reps each side"."""
        return target_text(self.entry)

    def label(self) -> str:
        """The set's short name in the whole-workout list: "Set 2", "Round 1", "Set 1 L"."""
        one_set_a_round = self.round is not None and self.sets_total.high == 1
        text = f"Round {self.round}" if one_set_a_round else f"Set {self.set_number}"
        return f"{text} {self.side}" if self.side else text

    def position_text(self, side: str | None = None, warm_up: bool = False) -> str:
        """ "Set 2 of 3", "Round 1 of 2-4", with the side when there is one: `side`, the one it is to be done on
        when the user typed the other (some start with the right), else the planned one. A warm-up typed for it
        comes on top, before it: "Warm-up before set 1 of 3"."""
        if self.round is not None:
            text = f"Round {self.round} of {self.rounds_total}"
            if self.sets_total.high > 1:
                text += f", set {self.set_number} of {self.sets_total}"
        else:
            text = f"Set {self.set_number} of {self.sets_total}"
        side = (side or self.side) if self.side else None
        if side:
            text += f" - {'left' if side == 'L' else 'right'} side"
        return f"Warm-up before {text[0].lower()}{text[1:]}" if warm_up else text


def rest_seconds(rest: IntRange | None, default_rest_s: int) -> int:
    # Start at the low end of a prescribed range: `+` adds 15 s when the set was hard.
    return rest.low if rest is not None else default_rest_s


@dataclass(frozen=True)
class PlanShape:
    """What the user changed about the plan mid-workout: extra sets, rounds, exercises joining a circuit late."""

    extra_sets: Mapping[int, int]  # entry index -> sets added beyond the routine's
    rounds: int | None = None  # circuits: rounds planned so far (the bottom of the range, then each one asked for)
    joined_round: Mapping[int, int] | None = None  # circuits: an exercise added mid-workout joins from this round
    # Sets begun before their exercise was swapped for one done the other way (per side, or not): Slot.set_key ->
    # whether the set is done per side, as it was begun. A superman logged, then swapped for the alternating-arm
    # one (done each side), stays a whole Set 1, and Set 2 L is next. (It took Set 1 L, and the right side alone
    # was asked for next and saved as a set.)
    begun_per_side: Mapping[str, bool] | None = None


def plan_for(routine: Routine, default_rest_s: int, shape: PlanShape | None = None) -> tuple[Slot, ...]:
    """Every set of the routine in the order it is done.

    Straight sets do all sets of one exercise, resting after each; sets past the bottom of a range are planned
    but optional. A circuit does each exercise once per round, goes straight on to the next exercise (after its
    own rest, when the routine gives it one: a station's), and rests after the round; only the bottom of a range
    of rounds is planned, and each round past it is asked for. A per-side set is two slots, left then right, with
    the rest after the right side.
    """
    shape = shape or PlanShape({})
    if routine.format is RoutineFormat.CIRCUIT:
        return tuple(_circuit(routine, default_rest_s, shape))
    return tuple(_straight_sets(routine, default_rest_s, shape))


def _sides(entry: RoutineEntry, shape: PlanShape, set_key: str) -> tuple[str | None, ...]:
    per_side = (shape.begun_per_side or {}).get(set_key, entry.per_side)
    return ("L", "R") if per_side else (None,)


def _straight_sets(routine: Routine, default_rest_s: int, shape: PlanShape) -> list[Slot]:
    slots = []
    for index, entry in enumerate(routine.entries):
        rest = rest_seconds(entry.rest_s, default_rest_s)
        added = shape.extra_sets.get(index, 0)
        for number in range(1, entry.sets.high + added + 1):
            sides = _sides(entry, shape, f"{index}.0.{number}")
            for side in sides:
                slots.append(
                    Slot(
                        entry_index=index, entry=entry, set_number=number, side=side,
                        rest_after_s=rest if side == sides[-1] else None,
                        optional=entry.sets.low < number <= entry.sets.high, added_sets=added,
                    )
                )
    return slots


def _circuit(routine: Routine, default_rest_s: int, shape: PlanShape) -> list[Slot]:
    rounds = routine.rounds or IntRange.exactly(1)
    planned = shape.rounds or rounds.low
    # Rounds added past the range's top count as sets added do ("Round 4 of 4", not "of 3").
    total = rounds if planned <= rounds.high else IntRange.exactly(planned)
    joined = shape.joined_round or {}
    rest_after_round = rest_seconds(routine.rest_after_round_s, default_rest_s)
    slots: list[Slot] = []
    for round_number in range(1, planned + 1):
        in_round = []
        for index, entry in enumerate(routine.entries):
            if joined.get(index, 1) > round_number:
                continue
            # Its own rest, set in the editor: shown, and counted in the routine's time, it was never run.
            station_rest = (entry.rest_s.low or None) if entry.rest_s is not None else None
            for number in range(1, entry.sets.high + 1):
                sides = _sides(entry, shape, f"{index}.{round_number}.{number}")
                for side in sides:
                    in_round.append(
                        Slot(
                            entry_index=index, entry=entry, set_number=number, side=side,
                            rest_after_s=station_rest if side == sides[-1] else None, round=round_number,
                            rounds_total=total,
                        )
                    )
        if in_round:
            in_round[-1] = replace(in_round[-1], rest_after_s=rest_after_round)
        slots += in_round
    return slots
