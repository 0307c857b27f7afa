"""Per-exercise progress over time, from finished workouts: one summed-up session per workout, and the
chart's date marks. (Records are worked out from these sessions in records.py.)"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from tui.domain.streaks.weeks import day_of, week_start
from tui.domain.units import convert, reps_text, tenths, volume_number
from tui.domain.workout.breakdown import set_volume
from tui.domain.workout.model import LoggedSet, Workout


class Metric(str, Enum):
    """What a progress chart plots, one point per workout that did the exercise."""

    BEST_REPS = "best reps"  # most reps in one set
    BEST_LOAD = "best load"  # heaviest added load in one set
    BEST_HOLD = "best hold"  # longest hold in one set, seconds
    # Reps x added load over the workout's sets, as the finish summary counts it: bodyweight alone and
    # assistance (a negative load) add nothing.
    VOLUME = "volume"

    def next(self, among: Sequence[Metric] | None = None) -> Metric:
        """The metric after this one, among these (every metric when none are given)."""
        members = list(among or Metric)
        if self not in members:
            return members[0]
        return members[(members.index(self) + 1) % len(members)]


def charted(sessions: Iterable[Session]) -> list[Metric]:
    """The metrics an exercise has a value of in some session, in Metric's order: a crunch has no hold to chart,
    and `m` offered "Crunch: no best hold logged yet" on its way round."""
    sessions = list(sessions)
    return [metric for metric in Metric if any(session.value(metric) is not None for session in sessions)]


def load_in(logged: LoggedSet, units: str) -> float | None:
    """The set's added load in the user's units (kg or lb); None for bodyweight alone."""
    if logged.load is None:
        return None
    return convert(logged.load, logged.unit, units)


# A load as its set was logged: the value in that set's own unit, and the unit ("kg" or "lb").
AsLogged = tuple[float, str]


@dataclass(frozen=True, slots=True)  # slots: the charts hold one per exercise of every workout of ten years
class Session:
    """One workout's sets of one exercise, summed up."""

    day: date
    workout_id: str
    sets: int
    best_reps: int | None
    best_load: float | None
    best_hold: int | None
    volume: float  # in the user's units
    best_set_volume: float | None  # reps x load of the best single set, as the finish summary's record
    best_estimated_1rm: float | None = None  # see estimated_1rm
    # How the bests above read as records. A load, and the 1RM estimated from it, as the set that made it was
    # logged: a load reads in the unit it was lifted in (a 65 lb dumbbell stays 65 lb for a user whose settings
    # say kg). A set's volume reads in the user's units, as every volume does (455 kg beside a lb user's volumes
    # in lb read as a mistake).
    load_as_logged: AsLogged | None = None
    set_volume_shown: AsLogged | None = None
    estimated_1rm_as_logged: AsLogged | None = None
    # A set of reps done with no help at all: no load, and no band either (a band on a pull-up is help, of no
    # weight anyone wrote down). Such a set makes the workout's least assistance none (records.session_values).
    bodyweight_alone: bool = False

    def value(self, metric: Metric) -> float | None:
        if metric is Metric.BEST_REPS:
            return self.best_reps
        if metric is Metric.BEST_LOAD:
            return self.best_load
        if metric is Metric.BEST_HOLD:
            return self.best_hold
        return self.volume if self.volume else None


# Beyond about a dozen reps a one-rep-max estimate says more about endurance than strength, so such sets give none.
MAX_REPS_FOR_1RM = 12


def estimated_1rm(load: float | None, reps: int | None) -> float | None:
    """Epley's estimate of the most one could lift once: load x (1 + reps / 30); a single is itself.

    Only for an added load (bodyweight alone or assistance gives nothing to compare) and 1-12 reps.
    """
    if load is None or load <= 0 or reps is None or not 1 <= reps <= MAX_REPS_FOR_1RM:
        return None
    return load if reps == 1 else load * (1 + reps / 30)


def _session(workout_id: str, day: date, sets: list[LoggedSet], units: str, warm_up_volume: float = 0.0) -> Session:
    """The working sets of one exercise in one workout, summed up in units, its warm-ups adding their volume; one
    pass over them (a full import sums up tens of thousands of sessions, twice: once per unit the records are kept
    in)."""
    best_reps: int | None = None
    best_load: float | None = None
    best_hold: int | None = None
    best_set: float | None = None
    best_1rm: float | None = None
    load_logged: AsLogged | None = None
    set_logged: AsLogged | None = None
    one_rm_logged: AsLogged | None = None
    volume = warm_up_volume
    unassisted = False
    for logged in sets:
        reps, load = logged.reps, load_in(logged, units)
        if reps == 0 and logged.hold_s is None:
            # A failed set: nothing was lifted. It read "most reps 0 reps" and "heaviest load 60 kg" as records.
            continue
        if reps is not None and (best_reps is None or reps > best_reps):
            best_reps = reps
        if logged.hold_s is not None and (best_hold is None or logged.hold_s > best_hold):
            best_hold = logged.hold_s
        if load is None or logged.load is None:
            unassisted = unassisted or (reps is not None and logged.hold_s is None and not logged.bands)
            continue
        if best_load is None or load > best_load:
            best_load, load_logged = load, (logged.load, logged.unit)
        if load > 0:
            set_volume = (reps or 0) * load
            volume += set_volume
            if best_set is None or set_volume > best_set:
                best_set, set_logged = set_volume, (set_volume, units)
        one_rm = estimated_1rm(load, reps)
        if one_rm is not None and (best_1rm is None or one_rm > best_1rm):
            best_1rm, one_rm_logged = one_rm, (estimated_1rm(logged.load, reps) or 0.0, logged.unit)
    if unassisted and best_load is not None and best_load < 0:
        # A set with no help at all is less help than any: the workout's least assistance is none, and no
        # record ("least assistance 20 kg" after a set of 30 unassisted pull-ups).
        best_load, load_logged = None, None
    if best_load is not None:
        # To a hundredth, as records show it: 25 lb is 11.33981 kg, and beat an import's 11.3398 kg (Hevy's 25 lb)
        # as a new heaviest load, though both read "25 lb" and "11.34 kg". Loads are compared as they read.
        best_load = round(best_load, 2)
    return Session(
        day, workout_id, len(sets), best_reps, best_load, best_hold, round(volume, 1),
        round(best_set, 1) if best_set else None, round(best_1rm, 1) if best_1rm is not None else None,
        load_logged, set_logged if best_set else None, one_rm_logged, unassisted,
    )


# units -> exercise id -> that exercise's Session in the workout
ByUnit = dict[str, dict[str, Session]]


def workout_sessions(workout: Workout, units: Iterable[str], rollover_hour: int = 0) -> ByUnit:
    """One workout summed up per exercise it counted sets of, in each of these units: units -> exercise -> Session.

    The one place a workout's sets become sessions: the charts, the records of a full scan and the kept bests
    all come from here, so a record found one way is the record found the others.
    """
    day = day_of(workout, rollover_hour)
    per_exercise: dict[str, list[LoggedSet]] = {}
    warm_ups: dict[str, list[LoggedSet]] = {}
    for logged in workout.sets:
        if logged.counts_as_set:  # a warm-up or a cardio entry is never a record
            per_exercise.setdefault(logged.exercise_id, []).append(logged)
        elif not logged.is_cardio:
            warm_ups.setdefault(logged.exercise_id, []).append(logged)
    units = tuple(units)
    by_unit: ByUnit = {unit: {} for unit in units}
    for exercise_id, sets in per_exercise.items():
        warm = warm_ups.get(exercise_id, ())
        if any(logged.load is not None for logged in sets) or any(logged.load is not None for logged in warm):
            for unit in units:
                # A warm-up's work is volume, as the workout's page and History count it (PRODUCT.md: warm-ups
                # count towards no record); an exercise done only as warm-ups has no working set to chart.
                by_unit[unit][exercise_id] = _session(workout.id, day, sets, unit,
                                                      sum(set_volume(logged, unit) for logged in warm))
        elif units:
            # No load, so nothing to convert: one session reads alike in every unit, made once and shared (most
            # sets of a runner's history are bodyweight, and an import sums up every workout in both units).
            session = _session(workout.id, day, sets, units[0])
            for unit in units:
                by_unit[unit][exercise_id] = session
    return by_unit


def sessions_by_exercise(
    workouts: Iterable[Workout], units: str = "kg", rollover_hour: int = 0
) -> dict[str, list[Session]]:
    """For every exercise done, one Session per workout that did it, oldest first.

    The workouts are read as they come (ten years of them, one year file at a time) and only their sessions
    are kept and sorted: sorting the workouts themselves held every set of ten years in memory at once.
    """
    found: dict[str, list[tuple[datetime, Session]]] = {}
    for workout in workouts:
        started = workout.started_at.utc
        for exercise_id, session in workout_sessions(workout, (units,), rollover_hour)[units].items():
            found.setdefault(exercise_id, []).append((started, session))
    # A stable sort: workouts that started at the same moment keep the order they came in.
    return {exercise_id: [session for _, session in sorted(sessions, key=lambda pair: pair[0])]
            for exercise_id, sessions in found.items()}


def format_metric(metric: Metric, value: float, units: str) -> str:
    """A chart value as the user reads it: "15 reps", "22.5 kg", "45 s", "1,350 kg"."""
    if metric is Metric.BEST_REPS:
        return reps_text(value)
    if metric is Metric.BEST_HOLD:
        return f"{value:g} s"
    return f"{axis_number(metric, value)} {units}"


def axis_number(metric: Metric, value: float) -> str:
    """A chart value's number, as its axis marks it: a load to a tenth (a converted one read 27.5578), a volume as
    every volume reads."""
    return volume_number(value) if metric is Metric.VOLUME else f"{tenths(value):g}"


def periods(first_weekday: str) -> tuple[tuple[str, Callable[[date], date]], ...]:
    """The spans a long history's points are gathered into, shortest first, each with how its start is found.
    A week is the user's calendar week, as their streak and Calendar count it (a Sunday starts it for some)."""
    return (
        ("week", lambda day: week_start(day, first_weekday)),
        ("month", lambda day: day.replace(day=1)),
        ("quarter", lambda day: date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)),
        ("year", lambda day: date(day.year, 1, 1)),
    )


def gathered(
    points: Sequence[tuple[date, float]], most: int, first_weekday: str
) -> tuple[list[tuple[date, float]], str | None]:
    """A chart's points, oldest first, as many as it has room for: when there are more than `most` (ten years of
    workouts on a phone's 30 columns drew a solid block), the best of each week (from first_weekday), month,
    quarter or year, the shortest that fits, dated by the period's first day; and the period's name (None when
    each point is a day's).
    """
    if len(points) <= most:
        return list(points), None
    for name, start_of in periods(first_weekday):
        best: dict[date, float] = {}
        for day, value in points:
            start = start_of(day)
            best[start] = max(value, best.get(start, value))
        if len(best) <= most or name == "year":
            return sorted(best.items()), name
    raise AssertionError("unreachable: the year is the last period")


def value_ticks(low: float, high: float, whole: bool, most: int = 5) -> list[float]:
    """Where to mark a chart's value axis: round steps (1, 2, 2.5 or 5 times a power of ten; whole numbers for reps
    and seconds) between low and high, at most `most` of them; a single value is marked as itself, so the one
    point of a first workout sits on its own label (plotext's own marks skipped it at 40 columns)."""
    if high <= low:
        return [low]
    raw = (high - low) / max(most - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(power * factor for factor in (1, 2, 2.5, 5, 10) if power * factor >= raw)
    if whole:
        step = max(1, math.ceil(step))
    first = math.ceil(low / step) * step
    count = int((high - first) / step + 1e-9) + 1  # the top mark too, whatever the float division gives
    return [round(first + index * step, 10) for index in range(count)]


def _month_starts(first: date, last: date, step: int) -> list[date]:
    found: list[date] = []
    year, month = first.year, first.month
    while True:
        if (year, month) != (first.year, first.month) or first.day == 1:
            start = date(year, month, 1)
            if start > last:
                return found
            if (year * 12 + month - 1) % step == 0:
                found.append(start)
        month += 1
        if month > 12:
            year, month = year + 1, 1


def date_ticks(days: Sequence[date], most: int = 5) -> list[tuple[int, str]]:
    """Where to mark a chart's time axis (as day ordinals) and what to write there: real dates at any span.

    One day reads "18 Nov 2026"; up to three months "18 Nov"; up to three years "Nov 2025" on the first of a
    month; beyond that the year on 1 January. At most `most` marks, so the labels never run into each other.
    """
    if not days:
        return []
    first, last = min(days), max(days)
    span = (last - first).days
    if span == 0:
        return [(first.toordinal(), f"{first:%d %b %Y}")]
    if span <= 92:
        count = min(most, span + 1)
        marks = sorted({first.toordinal() + round(i * span / (count - 1)) for i in range(count)})
        return [(mark, f"{date.fromordinal(mark):%d %b}") for mark in marks]
    if span <= 3 * 366:
        months = (last.year - first.year) * 12 + last.month - first.month
        step = max(1, math.ceil(months / most))
        return [(start.toordinal(), f"{start:%b %Y}") for start in _month_starts(first, last, step)]
    years = last.year - first.year
    step = max(1, math.ceil(years / most))
    starts = [date(year, 1, 1) for year in range(first.year + 1, last.year + 1) if year % step == 0]
    return [(start.toordinal(), f"{start:%Y}") for start in starts]
