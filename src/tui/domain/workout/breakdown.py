"""What one finished workout added up to, whole and per exercise, as History lists and details it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.domain.counts import count
from tui.domain.units import convert, reps_text, tenths, volume_number
from tui.domain.workout.model import WARMUP, LoggedSet, Workout
from tui.domain.workout.set_values import describe_cardio

if TYPE_CHECKING:
    from tui.domain.catalogue.model import Routine


def lasted_s(workout: Workout) -> int | None:
    """Seconds from start to finish; None when nobody measured it (added afterwards, or not finished)."""
    if workout.finished_at is None:
        return None
    seconds = workout.finished_at.seconds_after(workout.started_at)
    return int(seconds) if seconds > 0 else None


def nearest_minutes(seconds: int) -> int:
    """To the nearest minute, as a watch rounds it (1:57 is 2 min): every duration the user reads, or exports."""
    return (seconds + 30) // 60


def duration_text(seconds: int | None) -> str:
    """ "45 s", "1 min", "1 h 05 min"; empty when unmeasured. Under a minute reads in seconds, never "0 min"."""
    if seconds is None:
        return ""
    if seconds < 60:
        return f"{seconds} s"
    minutes = nearest_minutes(seconds)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


def hold_time_text(seconds: int) -> str:
    """Time held, to the second, as a stopwatch counts it: "45 s", "1 min 47 s", "2 min" ("107 s" read as a count
    to work out, not a time)."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return f"{rest} s"
    return f"{minutes} min {rest} s" if rest else f"{minutes} min"


def set_volume(logged: LoggedSet, units: str) -> float:
    """Reps x added load in the user's units; bodyweight alone and assistance (a negative load) add nothing."""
    if logged.load is None or logged.load <= 0 or not logged.reps:
        return 0.0
    return logged.reps * convert(logged.load, logged.unit, units)


def volume(workout: Workout, units: str) -> float:
    """The workout's volume as the finish summary counts it: every set, warm-ups included."""
    return tenths(sum(set_volume(logged, units) for logged in workout.sets))


def volume_text(value: float, units: str) -> str:
    return f"{volume_number(value)} {units}" if value else ""


@dataclass(frozen=True)
class ExerciseLine:
    """One exercise of a workout, summed up: "Push-up  3 sets  36 reps". Its sets are counted as the workout's are
    (warm-ups apart: "7 sets, 1 warm-up" over an exercise line of "3 sets" counting it did not add up); its reps
    and volume are every set's, as the workout's volume is."""

    exercise_id: str
    sets: int  # working sets
    reps: int
    hold_s: int
    volume: float  # in the user's units
    cardio: tuple[str, ...] = ()  # its cardio entries as they read: "5 km in 26:00"
    warm_ups: int = 0

    def text(self, units: str) -> str:
        if self.cardio and not self.sets and not self.warm_ups:
            return ", ".join(self.cardio)
        parts = [] if not self.sets and self.warm_ups else [count(self.sets, "set")]
        if self.warm_ups:
            parts.append(count(self.warm_ups, "warm-up"))
        if self.reps:
            parts.append(reps_text(self.reps))
        if self.hold_s:
            parts.append(f"{hold_time_text(self.hold_s)} held")
        if self.volume:
            parts.append(f"volume {volume_text(self.volume, units)}")
        return ", ".join(parts)


def by_exercise(workout: Workout, routine: Routine | None = None) -> dict[str, list[LoggedSet]]:
    """The workout's sets by exercise, in the workout's order: its routine's (the one it was done from, if it still
    exists), each exercise the routine does not have (added, or a variation swapped in) after the one done just
    before it; without its routine, as first done. A skip ahead with `n` and back listed the exercise skipped to
    first, in the summary, History and a workout done again."""
    grouped: dict[str, list[LoggedSet]] = {}
    for logged in workout.sets:
        grouped.setdefault(logged.exercise_id, []).append(logged)
    if routine is None or routine.id != workout.routine_id:
        return grouped
    # (the routine's place, 0) for its exercises; another's is (that of the routine's exercise done before it, n).
    place: dict[str, tuple[int, int]] = {}
    for index, entry in enumerate(routine.entries):
        place.setdefault(entry.exercise_id, (index, 0))
    before = (-1, 0)
    for logged in workout.sets:  # in the order done
        if logged.exercise_id not in place:
            place[logged.exercise_id] = (before[0], len(place))
        before = place[logged.exercise_id]
    return dict(sorted(grouped.items(), key=lambda item: place[item[0]]))


def sets_as_listed(workout: Workout, routine: Routine | None = None) -> tuple[LoggedSet, ...]:
    """The workout's sets in its order (by_exercise), as its page in History numbers them and its edit form too."""
    return tuple(logged for sets in by_exercise(workout, routine).values() for logged in sets)


def per_exercise(workout: Workout, units: str, routine: Routine | None = None) -> list[ExerciseLine]:
    """One line per exercise, in the workout's order (by_exercise); a cardio entry reads as itself."""
    lines = []
    for exercise_id, done in by_exercise(workout, routine).items():
        sets = [s for s in done if not s.is_cardio]
        warm_ups = sum(1 for s in sets if s.set_type == WARMUP)
        lines.append(ExerciseLine(
            exercise_id, len(sets) - warm_ups, sum(s.reps or 0 for s in sets), sum(s.hold_s or 0 for s in sets),
            tenths(sum(set_volume(s, units) for s in sets)),
            tuple(describe_cardio(s.distance_m, s.duration_s, units) for s in done if s.is_cardio), warm_ups,
        ))
    return lines


def superset_letter(number: int) -> str:
    """A superset's mark in a workout's detail: A for the first, B for the next... (AA after Z)."""
    letters = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def supersets(workout: Workout) -> list[tuple[str, tuple[str, ...]]]:
    """Each superset of the workout: its letter and its exercises (ids, in the order first done)."""
    found: dict[int, list[str]] = {}
    for logged in workout.sets:
        if logged.superset is not None:
            exercises = found.setdefault(logged.superset, [])
            if logged.exercise_id not in exercises:
                exercises.append(logged.exercise_id)
    return [(superset_letter(number), tuple(exercises)) for number, exercises in sorted(found.items())]
