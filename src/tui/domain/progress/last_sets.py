"""Each exercise's sets from the newest workouts that did it, kept so that starting a workout shows "Last time" and
its suggestion without reading a year file (reading this year's took 5 MiB at ten years, kept for the session).

For each exercise the KEPT newest workouts that did it are kept (the second for when the first is the workout
asked about itself, more so that deleting a week's workouts in History needs no rebuild: with two kept, it read ten
years again, and the next workout said "Last time: loading..." for seconds), and whether older ones may exist
beyond them. Forgetting a workout leaves the others in
order; only an exercise left with none listed, when older ones may exist, needs the year files (a rebuild).
"Newest" is by start, as a scan of the workouts newest first finds it (progression.previous_sets).

Plain dicts and lists, so the store can write them as JSON and read them back unchanged.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tui.domain.workout.model import LoggedSet, Workout
from tui.domain.workout.set_rules import set_record_problem

KEPT = 5

# One workout's sets of one exercise: [its start as a UTC timestamp, its id, its sets]; the sets as their data (what
# the file holds), or as LoggedSets when counted since the summary was read: most sets an import counts are pushed
# out by newer ones, and making each one's data took a ten-year import a fifth of a second.
Entry = list[Any]
# exercise id -> {"entries": [Entry, ...] newest first, at most KEPT, "more": whether older workouts did it too}
LastSets = dict[str, dict[str, Any]]


def last_sets_of(workouts: Iterable[Workout]) -> LastSets:
    kept: LastSets = {}
    for workout in workouts:
        add_workout(kept, workout)
    return kept


def add_workout(kept: LastSets, workout: Workout) -> None:
    """Count one workout (an edit's old version forgotten first)."""
    started = workout.started_at.utc.timestamp()
    by_exercise: dict[str, list[LoggedSet]] = {}
    for logged in workout.sets:
        by_exercise.setdefault(logged.exercise_id, []).append(logged)
    for exercise_id, sets in by_exercise.items():
        slot = kept.setdefault(exercise_id, {"entries": [], "more": False})
        entries: list[Entry] = slot["entries"]
        if slot["more"] and started < entries[-1][0]:
            continue  # older than every one listed, with others unlisted: where it ranks is not known, nor needed
        entries.append([started, workout.id, sets])
        entries.sort(key=lambda entry: -entry[0])  # stable: of two equal starts, the one counted first ranks first
        if len(entries) > KEPT:
            del entries[KEPT:]
            slot["more"] = True


def forget(kept: LastSets, workout_ids: Iterable[str]) -> bool:
    """Take these workouts out; False when an exercise is left with no workout listed but older ones may exist
    (only the year files can say which is now its newest)."""
    leaving = set(workout_ids)
    for exercise_id, slot in list(kept.items()):
        entries = [entry for entry in slot["entries"] if entry[1] not in leaving]
        if entries:
            slot["entries"] = entries
        elif slot["more"]:
            return False
        else:
            del kept[exercise_id]
    return True


def last_sets(kept: LastSets, exercise_id: str, exclude: str | None = None) -> tuple[LoggedSet, ...] | None:
    """Every set of the exercise from the newest workout that did it (the workout `exclude` aside): () when no
    workout did; None when the kept workouts do not say (each one listed is `exclude`, and older ones exist)."""
    slot = kept.get(exercise_id)
    if slot is None:
        return ()
    for _, workout_id, sets in slot["entries"]:
        if workout_id != exclude:
            return tuple(one if isinstance(one, LoggedSet) else LoggedSet.from_data(one) for one in sets)
    return None if slot["more"] else ()


def as_written(kept: LastSets) -> LastSets:
    """The summary as its file holds it: every set as its data."""
    return {exercise_id: {"entries": [[started, workout_id, [one.to_data() if isinstance(one, LoggedSet) else one
                                                             for one in sets]]
                                      for started, workout_id, sets in slot["entries"]],
                          "more": slot["more"]}
            for exercise_id, slot in kept.items()}


def looks_right(kept: Any) -> bool:
    """Whether what was read back from a file has the shape written, down to each set's values (a hand edit may
    have broken it, and one that left the file's fingerprint as it was, reps of "abc", crashed the workout's
    start, and every resume, in its prefill). A few hundred sets at ten years: a fraction of a millisecond."""
    return isinstance(kept, dict) and all(
        isinstance(slot, dict) and isinstance(slot.get("entries"), list) and slot["entries"]
        and isinstance(slot.get("more"), bool)
        and all(isinstance(entry, list) and len(entry) == 3 and isinstance(entry[2], list)
                and all(map(_set_looks_right, entry[2])) for entry in slot["entries"])
        for slot in kept.values())


def _set_looks_right(data: Any) -> bool:
    # Its moment is not checked here (a few hundred of them took 18 ms): one that cannot be read is found as the
    # set is made, and its exercise's last sets are then read from the year files (HistoryRepo.last_sets).
    return (isinstance(data, dict) and isinstance(data.get("id"), str) and isinstance(data.get("exercise"), str)
            and set_record_problem(data) is None)
