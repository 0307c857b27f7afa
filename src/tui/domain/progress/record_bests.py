"""The best figures so far, per exercise and record kind, kept so a finish never reads ten years of workouts.

For each exercise and kind the few best values held by different workouts are kept, best first: the finish
summary asks what a workout did better than every *other* workout, and when that workout holds the best itself,
the runner-up is the best of the others. Keeping more than two lets a delete or an edit of a workout that holds
a best be taken out without reading every year file: the values below it move up. Only when fewer than two
would be left of values that were not all kept does it take a rebuild (see forget_workouts). Values are worked
out exactly as records.py works them out (one session per workout, compared in the user's units, read as their
sets were logged), so a record found against the bests is the record a full scan finds.

The best is held by the workout that reached it first (the earliest start among equal values, whatever order
the workouts were added in: an import adds older ones last), so History's records list dates each record as a
scan of every workout does.

Plain dicts and lists, so the store can write them as JSON and read them back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator
from datetime import date
from typing import Any

from tui.domain.numbers import is_number
from tui.domain.progress.metrics import workout_sessions
from tui.domain.progress.records import (
    KIND_TEXT,
    PersonalRecord,
    Reached,
    Record,
    RecordKind,
    WorkoutValues,
    session_values,
    shown_as,
)
from tui.domain.workout.model import Workout

UNITS = ("kg", "lb")  # records compare in the user's units; each is kept, as rounding may rank loads differently

# The values kept per exercise and kind. Two are needed (the best and the best of the others): four let two
# of their workouts be deleted or edited, one after the other, before a rebuild. A fifth of the recent workouts
# of a ten-year history hold a best or a runner-up, and that rebuild takes a second.
KEPT = 4

# One workout's value: [value, its workout's id, the workout's start as a UTC timestamp, the value as it reads,
# its unit (see records.Reached)].
Entry = list[Any]
# One kind's values: {"top": the best entries, best first (higher value, then earlier start), at most KEPT;
# "more": whether other workouts may have reached a value too, below those kept}.
Ranked = dict[str, Any]
# units -> exercise id -> record kind (its text) -> Ranked
Bests = dict[str, dict[str, dict[str, Ranked]]]


def no_bests() -> Bests:
    return {units: {} for units in UNITS}


def add_workout(bests: Bests, workout: Workout, summed: WorkoutValues | None = None) -> None:
    """Count one workout that is not in bests yet (an edited one is forgotten first: forget_workouts); summed: its
    sessions and values in UNITS, when worked out already (a change adds to every kept summary)."""
    started = workout.started_at.utc.timestamp()
    summed = summed or WorkoutValues(workout_sessions(workout, UNITS))
    for units, sessions in summed.by_unit.items():
        per_exercise = bests.setdefault(units, {})
        for exercise_id, session in sessions.items():
            kinds = per_exercise.setdefault(exercise_id, {})
            for kind_text, reached in summed.values_of(session):
                _add_value(kinds, kind_text, reached, workout.id, started)


def looks_right(bests: Any) -> bool:
    """Whether bests read back from a file have the shape written, down to each value's type: a hand edit that
    left the file's fingerprint as it was ("abc" for a value) crashed the records' tab, where it is now rebuilt.
    A few thousand entries at ten years: well under the time to read them."""
    return by_kind_looks_right(bests, _ranked_looks_right)


def by_kind_looks_right(summary: Any, kind_looks_right: Callable[[Any], bool]) -> bool:
    """Whether a summary read back is kept by units, exercise and record kind (as the bests are, and the record
    history), each kind's part as kind_looks_right says."""
    kinds = set(KIND_TEXT.values())
    return isinstance(summary, dict) and all(
        isinstance(per_exercise, dict) and all(
            isinstance(per_kind, dict) and per_kind.keys() <= kinds and all(map(kind_looks_right, per_kind.values()))
            for per_kind in per_exercise.values())
        for per_exercise in summary.values())


def _ranked_looks_right(ranked: Any) -> bool:
    return (isinstance(ranked, dict) and isinstance(ranked.get("more"), bool) and isinstance(ranked.get("top"), list)
            and bool(ranked["top"]) and all(map(_entry_looks_right, ranked["top"])))


def _entry_looks_right(entry: Any) -> bool:
    return (isinstance(entry, list) and len(entry) == 5 and is_number(entry[0]) and isinstance(entry[1], str)
            and is_number(entry[2]) and is_number(entry[3]) and isinstance(entry[4], str))


def _add_value(kinds: dict[str, Ranked], kind: str, reached: Reached, workout_id: str, started: float) -> None:
    value, ranked = reached.value, kinds.get(kind)
    if ranked is None:
        kinds[kind] = {"top": [[value, workout_id, started, reached.shown, reached.unit]], "more": False}
        return
    top = ranked["top"]
    last = top[-1]
    if (len(top) == KEPT or ranked["more"]) and (value < last[0] or (value == last[0] and started >= last[2])):
        # Below every value kept: most values of a long history. With values left unkept (a forgotten one made
        # room), it ranks somewhere among those, which only the year files know: an edit lowering the best four
        # times over listed the new, lower value as the best, above the unkept ones.
        ranked["more"] = True
        return
    at = 0
    while at < len(top) and (value < top[at][0] or (value == top[at][0] and started >= top[at][2])):
        at += 1  # below, or equalled earlier (first reached then)
    top.insert(at, [value, workout_id, started, reached.shown, reached.unit])
    if len(top) > KEPT:
        top.pop()
        ranked["more"] = True


def bests_of(workouts: Iterable[Workout]) -> Bests:
    """The bests of every workout given (one per id: the last given of an id counts)."""
    by_id = {workout.id: workout for workout in workouts}
    bests = no_bests()
    for workout in by_id.values():
        add_workout(bests, workout)
    return bests


def forget_workouts(bests: Bests, leaving: Iterable[str]) -> bool:
    """Take out the values of these workouts (deleted, or an edit's old version); False when that leaves fewer
    than two of an exercise's values that were not all kept: which workout's value comes next is then only in
    the year files, and `bests` is left half changed, to be rebuilt."""
    leaving = set(leaving)
    for per_exercise in bests.values():
        for kinds in per_exercise.values():
            for kind, ranked in list(kinds.items()):
                top = ranked["top"]
                if not any(entry[1] in leaving for entry in top):
                    continue
                top[:] = [entry for entry in top if entry[1] not in leaving]
                if ranked["more"] and len(top) < 2:
                    return False
                if not top:
                    del kinds[kind]
    return True


def records_against(workout: Workout, bests: Bests, units: str, bodyweight: Container[str], *,
                    beaten_only: bool = False) -> list[Record]:
    """What this workout did better than every other workout, as records_set_by finds it from a full scan;
    beaten_only: only where another workout had a value to beat (a first time is no news while it is logged).

    The workout itself may be counted in bests (it was stored before the summary is shown): where it holds
    the best, the runner-up is what it had to beat.
    """
    kept = bests.get(units, {})
    found = []
    for exercise_id, kind, shown, reached in values_shown(workout, units, bodyweight):
        to_beat = _best_of_others(kept.get(exercise_id, {}).get(kind.value), workout.id)
        if (to_beat is None and not beaten_only) or (to_beat is not None and reached.value > to_beat):
            found.append(Record(exercise_id, shown, reached.shown, reached.unit))
    return found


def values_shown(workout: Workout, units: str,
                  bodyweight: Container[str]) -> Iterator[tuple[str, RecordKind, RecordKind, Reached]]:
    """Each value the workout reached that reads as a record (its exercise, kind, the kind it reads as, and the
    value), as records_set_by goes through them."""
    for exercise_id, session in workout_sessions(workout, (units,))[units].items():
        for kind, reached in session_values(session).items():
            if reached is not None and (shown := shown_as(kind, exercise_id in bodyweight, reached.value)) is not None:
                yield exercise_id, kind, shown, reached


def _best_of_others(ranked: Ranked | None, workout_id: str) -> float | None:
    if ranked is None:
        return None
    value: float | None = next((entry[0] for entry in ranked["top"] if entry[1] != workout_id), None)
    return value


def personal_records_of(bests: Bests, units: str, day_of: Callable[[str], date | None],
                        bodyweight: Container[str]) -> dict[str, dict[RecordKind, PersonalRecord]]:
    """Every exercise's personal records, as records.personal_records finds them from all its sessions, from the
    kept bests: day_of gives the day a workout counts for (None for one unknown, whose records are left out);
    bodyweight: the ids of the bodyweight exercises (see records.shown_as)."""
    found = {}
    for exercise_id, kinds in bests.get(units, {}).items():
        records = {}
        for kind in RecordKind:  # in the order the screens list them
            ranked = kinds.get(kind.value)
            best = ranked["top"][0] if ranked is not None else None
            shown = shown_as(kind, exercise_id in bodyweight, best[0]) if best is not None else None
            day = day_of(best[1]) if best is not None else None
            if shown is not None and best is not None and day is not None:
                records[shown] = PersonalRecord(shown, best[0], day, best[1], best[3], best[4])
        if records:
            found[exercise_id] = records
    return found
