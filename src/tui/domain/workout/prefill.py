"""What `space` logs for a set unless it is edited: carried from the set just done of its exercise, else from last
time's matching set, else the bottom of its target; always within what the set's form takes."""

from __future__ import annotations

from dataclasses import replace

from tui.domain.workout.model import NORMAL, LoggedSet
from tui.domain.workout.plan import Slot
from tui.domain.workout.set_rules import MAX_HOLD_S, MAX_LOAD, MAX_REPS
from tui.domain.workout.set_values import SetValues


def carried_values(slot: Slot, earlier: list[LoggedSet], last_time: tuple[LoggedSet, ...], unit: str,
                   advised_hold_s: int | None = None) -> SetValues:
    """A set's values, from the last working set of its exercise done in this workout (`earlier`): load, unit,
    bands, assistance, reps or hold carry to the next set and the other side; with none done yet, from last
    time (values_for). A hold never starts below the suggestion's (`advised_hold_s`): its timer ends the hold, and
    started from last time's 30 s under "aim for 50 s on every set" (or from the target's bottom after a hold
    stopped early), it stopped the user short of what the suggestion asked."""
    if not earlier:
        values = values_for(slot, last_time, unit)
    else:
        just = earlier[-1]
        carried = SetValues(load=just.load, unit=just.unit, bands=just.bands, side=slot.side)
        values = (replace(carried, hold_s=hold_to_start(just.hold_s, slot)) if slot.is_hold
                  else replace(carried, reps=just.reps or slot.bottom))  # a failed set's 0 is no target
    if slot.is_hold and advised_hold_s:
        values = replace(values, hold_s=min(max(values.hold_s or 0, advised_hold_s), MAX_HOLD_S))
    return values


def hold_to_start(carried: int | None, slot: Slot) -> int:
    """The hold a set's timer starts from, carried from the set just done or from last time: never below the
    target's bottom (a hold stopped early, 5 s or 9 s of 30-60, is not the next target, and the timer would end
    the next hold there); one held longer than the bottom carries on."""
    return min(max(carried or 0, slot.bottom), MAX_HOLD_S)


def _working_sets_on_its_side(slot: Slot, last: tuple[LoggedSet, ...]) -> list[LoggedSet]:
    """Last time's working sets on the slot's side; for a side, with none of that side, those of no side: an
    import from an app that writes no side (Strong's) started a side plank from the target's bottom, every time."""
    working = [s for s in last if not s.is_warmup]
    same = [s for s in working if s.side == slot.side]
    return same or ([s for s in working if s.side is None] if slot.side else [])


def set_in_its_place(slot: Slot, last: tuple[LoggedSet, ...]) -> LoggedSet | None:
    """The set done in this set's place last time (Strong's "Previous"): the nth working set on its side, a
    circuit's nth round's; none where last time had fewer."""
    same = _working_sets_on_its_side(slot, last)
    number = slot.round if slot.round is not None else slot.set_number  # a circuit's nth set is its nth round
    return same[number - 1] if number <= len(same) else None


def values_for(slot: Slot, last: tuple[LoggedSet, ...], unit: str) -> SetValues:
    """The first set of an exercise: last time's matching set (its last one where it had fewer), else the bottom
    of the target range."""
    same = _working_sets_on_its_side(slot, last)
    previous = set_in_its_place(slot, last) or (same[-1] if same else None)
    # Last time may be an imported set past what a form takes (history keeps any value): the prefill stays
    # within the form's limits, so `space` always logs.
    if slot.is_hold:
        return SetValues(hold_s=hold_to_start(previous.hold_s if previous else None, slot), side=slot.side, unit=unit)
    reps = min(previous.reps if previous and previous.reps else slot.bottom, MAX_REPS)
    if previous is None:
        return SetValues(reps=reps, side=slot.side, unit=unit)
    load = None if previous.load is None else max(-MAX_LOAD, min(previous.load, MAX_LOAD))
    return SetValues(reps=reps, load=load, unit=previous.unit if previous.load is not None else unit,
                     bands=previous.bands, side=slot.side, set_type=NORMAL)
