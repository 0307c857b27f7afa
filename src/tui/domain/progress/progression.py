"""Last time's sets, the double-progression suggestion and the finish summary's totals (records: records.py)."""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations

import pendulum

from tui.domain.catalogue.model import BandReference, Category, Equipment, Exercise
from tui.domain.counts import count
from tui.domain.units import LOAD_STEP, convert
from tui.domain.workout.breakdown import volume
from tui.domain.workout.model import DROP, LoggedSet, Workout
from tui.domain.workout.plan import Slot
from tui.domain.workout.set_values import load_text


def previous_sets(
    exercise_id: str, newest_first: Iterable[Workout], exclude: str | None = None
) -> tuple[LoggedSet, ...]:
    """Every set of the exercise from the last workout that had it (the workout `exclude` aside)."""
    for workout in newest_first:
        if workout.id == exclude:
            continue
        sets = tuple(s for s in workout.sets if s.exercise_id == exercise_id)
        if sets:
            return sets
    return ()


HOLD_STEP_S = 10  # a hold at the top of its range, with no harder variation to move to, grows by this much


@dataclass(frozen=True)
class Suggestion:
    text: str
    harder_exercise_id: str | None = None
    load: float | None = None
    hold_s: int | None = None  # the hold it asks for, which the hold's timer starts from (prefill.carried_values)
    first_time: bool = False  # only the target again ("First time: aim for 8-12 reps"): no advice of its own


def suggest(
    slot: Slot, exercise: Exercise, last: tuple[LoggedSet, ...], harder_names: Mapping[str, str], bands: BandReference,
    in_workout: Collection[str] = (),
) -> Suggestion:
    """Double progression: once every set reached the top of the range, move up; until then, one more rep.

    Moving up means more load when load was used, a heavier band when a band was, else the harder variation: one
    the workout does not have already (`in_workout`, its exercises' ids). The runner's ab workout said "try Leg
    raise" over crunches, with leg raises next on its list.
    """
    target = slot.target_hold_s if slot.is_hold else slot.target_reps
    # Warm-ups count towards no progress (PRODUCT.md): a warm-up of 5 light reps before three sets of 12 read as
    # "3 of 4 sets reached 12 reps", and the load was never moved up. Nor do drop sets, lighter by design after a
    # working set: three sets of 12 and a drop set of 6 at less load read "3 of 4", as did most of the Strong and
    # Hevy histories imported. A set to failure is a working set at its load, and counts. When drop sets were all
    # the work done, they are what there is to go by.
    working = tuple(logged for logged in last if logged.counts_as_set)
    worked = tuple(logged for logged in working if logged.set_type != DROP) or working
    if last and not worked:
        return Suggestion(f"Last time was a warm-up only: aim for {slot.target_text()}.", first_time=True)
    # A failed set (0 reps) lifted nothing, as no record counts it: "your best was 0 reps: aim for 1 reps" stood
    # over a set that `space` would log at the target's bottom.
    done = tuple(logged for logged in worked if slot.is_hold or logged.reps != 0)
    if worked and not done:
        return Suggestion(f"Last time no rep was done: aim for {slot.target_text()}.")
    last = done
    if not last or target is None:
        return Suggestion(f"First time: aim for {slot.target_text()}.", first_time=True)
    values = [(s.hold_s if slot.is_hold else s.reps) or 0 for s in last]
    unit_word = "s" if slot.is_hold else "reps"
    # A circuit does each exercise once a round; an exercise done per side logs each side on its own, so it is
    # counted in sides: two rounds of left and right read "3 of 4 rounds reached 15 reps".
    each = "side" if any(logged.side for logged in last) else "set" if slot.round is None else "round"
    if all(value >= target.high for value in values):
        top = f"Every {each} reached {target.high} {unit_word} last time:"
        loaded = [s for s in last if s.load is not None]
        used_bands = [s.bands for s in last if s.bands]
        if loaded:
            # In the unit of the first set, which the next workout's first set starts from: 60 kg and 135 lb
            # compared as numbers made "add 5 lb (140 lb)" over "space logs: 8 reps @ 60 kg". A load from the other
            # unit is converted, and the load suggested is a whole step, as plates make it.
            unit = loaded[0].unit
            step = LOAD_STEP.get(unit, 2.5)
            loads = [convert(s.load, s.unit, unit) for s in loaded if s.load is not None]
            heavier = max(loads) + step
            if any(s.unit != unit for s in loaded):  # the next step above the heaviest: 80 lb (36.3 kg) gives 37.5
                heavier = (math.floor(max(loads) / step) + 1) * step
            heavier_text = load_text(heavier, unit, bodyweight=exercise.bodyweight)
            # Assisted (a negative load), more load is less help: "add 2.5 kg (17.5 kg assisted)" read as more.
            change = "take" if max(loads) < 0 else "add"
            what = f"{step:g} {unit}{' of assistance off' if change == 'take' else ''}"
            return Suggestion(f"{top} {change} {what} ({heavier_text}).", load=heavier)
        if used_bands:
            return Suggestion(f"{top} {_band_advice(used_bands[-1], bands, helps=_bands_help(exercise))}")
        harder = next((variation for variation in exercise.harder if variation not in in_workout), None)
        if harder is not None:
            return Suggestion(f"{top} try {harder_names.get(harder, harder)}.", harder_exercise_id=harder)
        if exercise.category is Category.MOBILITY:
            # A stretch is done as planned, not made harder: "slow the lowering" read oddly over a cat-cow.
            return Suggestion(f"The same {target.high} {unit_word} again: a stretch need not get harder.")
        if slot.is_hold:
            longer = target.high + HOLD_STEP_S
            return Suggestion(f"{top} hold it {HOLD_STEP_S} s longer ({longer} s).", hold_s=longer)
        if not exercise.has_lowering:
            return Suggestion(f"{top} add two reps a set ({target.high + 2} {unit_word}) to make it harder.")
        return Suggestion(f"{top} slow the lowering to three seconds to make it harder.")
    best = max(values)
    aim_at = min(best + (5 if slot.is_hold else 1), target.high)
    if slot.is_hold:
        # As the timer starts a hold: one stopped early (8 s of 30-60) is no new target; "aim for 13 s" was read
        # as the plan while `space` would log 30 s.
        aim_at = max(aim_at, slot.bottom)
    aim = f"{aim_at} s" if slot.is_hold else count(aim_at, "rep")
    hold_s = aim_at if slot.is_hold else None
    if best >= target.high:
        # A set past the top and another short of it: "your best was 16 reps: aim for 15" read as going back.
        reached = sum(value >= target.high for value in values)
        return Suggestion(f"{reached} of {count(len(values), each)} reached {target.high} {unit_word} last time: "
                          f"aim for {aim} on every {each}.", hold_s=hold_s)
    best_text = f"{best} s" if slot.is_hold else count(best, "rep")
    return Suggestion(f"Last time your best was {best_text}: aim for {aim} on every {each}.", hold_s=hold_s)


def _bands_help(exercise: Exercise) -> bool:
    """Whether a band takes weight off the body rather than adds to the work: under a pull-up or a dip (the
    band-assisted pull-up, and those done with help as often as not), not on a band row."""
    return exercise.bodyweight and (exercise.assisted or Equipment.BAND in exercise.equipment)


def _band_advice(used: tuple[str, ...], bands: BandReference, *, helps: bool) -> str:
    """The next step from the bands of the last set, by the force they give together (the reference's pounds):
    less help when they help, more resistance when they resist; the step is a band or bands together, whichever is
    nearest. On a band-assisted pull-up, "move up to the green band" (more help) read as progress; red+green
    (12.2 lb) was told to move up to blue (8.6 lb), and, resisting, to "combine two bands" it already combined."""
    force = {band.colour: band.pounds_at_reference for band in bands.bands}
    if not all(colour in force for colour in used):  # a colour the reference does not list: no force to go by
        return "use a lighter band." if helps else "use a heavier band or step further from the anchor."
    total = sum(force[colour] for colour in used)
    steps = [tuple(band.colour for band in together) for size in range(1, min(3, len(bands.bands)) + 1)
             for together in combinations(bands.bands, size)]

    def pull(colours: tuple[str, ...]) -> float:
        return sum(force[colour] for colour in colours)

    if helps:
        lighter = [step for step in steps if pull(step) < total]
        return f"move down to {_bands_named(max(lighter, key=pull))}." if lighter else "try it without the band."
    heavier = [step for step in steps if pull(step) > total]
    if heavier:
        return f"move up to {_bands_named(min(heavier, key=pull))}."
    return "add a band or step further from the anchor."


def _bands_named(colours: tuple[str, ...]) -> str:
    """ "the green band", "the red and blue bands together"."""
    if len(colours) == 1:
        return f"the {colours[0]} band"
    return f"the {', '.join(colours[:-1])} and {colours[-1]} bands together"


@dataclass(frozen=True)
class Summary:
    duration: pendulum.Duration
    sets: int  # working sets, as History and the calendar count them
    warm_ups: int
    reps: int
    hold_s: int
    volume: float
    unit: str


def summarise(workout: Workout, unit: str) -> Summary:
    """The finish summary's totals: duration, sets, reps, total hold, volume (reps x added load); its records
    need the whole history and come from records.py a moment later."""
    end = workout.finished_at.utc if workout.finished_at else workout.started_at.utc
    return Summary(
        duration=end - workout.started_at.utc,
        sets=workout.working_sets,
        warm_ups=workout.warm_ups,
        reps=sum(s.reps or 0 for s in workout.sets),
        hold_s=sum(s.hold_s or 0 for s in workout.sets),
        volume=volume(workout, unit),  # as History lists it
        unit=unit,
    )
