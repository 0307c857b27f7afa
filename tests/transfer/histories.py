"""Generated training logs for the export/import properties, and writing one into a store the way the app does."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

import pendulum
from hypothesis import strategies as st

from tui.domain.catalogue.loading import load_catalogue
from tui.domain.catalogue.model import Catalogue, Focus, Routine, RoutineEntry, RoutineFormat
from tui.domain.moments import Moment
from tui.domain.ranges import IntRange
from tui.domain.settings import WEEKDAYS, Settings
from tui.domain.streaks.freezes import FreezeRefused
from tui.domain.workout.model import LoggedSet, Workout
from tui.domain.workout.session import WorkoutSession
from tui.resources import data_dir
from tui.store.open import Store

CATALOGUE: Catalogue = load_catalogue(data_dir())
ZONES = ("Europe/Paris", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC")
EXERCISES = tuple(sorted(CATALOGUE.exercises)) + ("custom:zercher-squat", "custom:4441631dd7cf")
BAND_COLOURS = ("yellow", "red", "green", "blue", "black")
TRICKY_TEXT = ('a, "quoted" note', "line one\nline two", "ünïcødé ✓ 跑步", "", " padded ", "tab\there",
               "'single'",
               # what a spreadsheet would run as a formula, which our CSV writes with a quote in front
               "=1+2", "+SUM(A1)", "-2+3", "@cmd", "\tfirst a tab", "'=already quoted", "''-1+1", "-7", "'-7")
RPES = tuple(value / 2 for value in range(2, 21))


def words(csv_safe: bool = False, min_size: int = 0) -> st.SearchStrategy[str]:
    """Text a user might type, with commas, quotes, newlines and any script; no lone surrogates (not UTF-8)."""
    excluded = ("Cs", "Cc") if csv_safe else ("Cs",)
    typed = st.text(st.characters(blacklist_categories=excluded) | st.sampled_from(',"\n'), min_size=min_size,
                    max_size=24)
    return st.one_of(typed, st.sampled_from(TRICKY_TEXT)).filter(lambda text: len(text) >= min_size)


def instants() -> st.SearchStrategy[pendulum.DateTime]:
    return st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2030, 12, 31)).map(
        lambda naive: pendulum.instance(naive, tz="UTC"))


@st.composite
def logged_sets(draw, at: Moment, csv_safe: bool = False) -> LoggedSet:
    load = draw(st.none() | st.floats(-1000, 1000, allow_nan=False) | st.sampled_from([-20.0, 0.0, 12.5, 100.0]))
    return LoggedSet(
        id="",  # given after drawing, so every id in a log is distinct
        exercise_id=draw(st.sampled_from(EXERCISES)),
        logged_at=Moment.at(at.utc.add(seconds=draw(st.integers(0, 7200))), at.zone),
        reps=draw(st.none() | st.integers(0, 500)),
        hold_s=draw(st.none() | st.integers(0, 3600)),
        load=load,
        unit=draw(st.sampled_from(("kg", "lb"))),
        bands=tuple(draw(st.lists(st.sampled_from(BAND_COLOURS), max_size=3))),
        side=draw(st.sampled_from((None, "L", "R"))),
        rpe=draw(st.none() | st.sampled_from(RPES)),
        note=draw(words(csv_safe)),
        round=draw(st.none() | st.integers(1, 5)),
    )


@st.composite
def workouts(draw, zones=ZONES, csv_safe: bool = False, finished: bool = True) -> Workout:
    started = Moment.at(draw(instants()), draw(st.sampled_from(zones)))
    sets = draw(st.lists(logged_sets(started, csv_safe), max_size=6))
    ended = Moment.at(started.utc.add(seconds=draw(st.integers(0, 3 * 3600))), started.zone) if finished else None
    return Workout(
        id="", routine_id=draw(st.none() | st.sampled_from(sorted(CATALOGUE.routines))),
        name=draw(words(csv_safe, min_size=1)), started_at=started, finished_at=ended, sets=tuple(sets),
        note=draw(words(csv_safe)),
    )


@st.composite
def routines(draw) -> Routine:
    circuit = draw(st.booleans())
    entries = []
    for exercise_id in draw(st.lists(st.sampled_from(sorted(CATALOGUE.exercises)), min_size=1, max_size=4)):
        measurement = CATALOGUE.exercises[exercise_id].measurement
        figure = draw(st.tuples(st.integers(1, 60), st.integers(0, 30)).map(lambda p: IntRange(p[0], p[0] + p[1])))
        entries.append(RoutineEntry(
            exercise_id=exercise_id, sets=IntRange.exactly(1) if circuit else IntRange(2, draw(st.integers(2, 5))),
            reps=None if measurement.is_hold else figure, hold_s=figure if measurement.is_hold else None,
            per_side=measurement.per_side, rest_s=None if circuit else draw(st.none() | st.just(IntRange(60, 90))),
        ))
    return Routine(
        # Routines reach the store through the editor or an import, which both drop control characters.
        id="", name=draw(words(csv_safe=True, min_size=1).filter(str.strip)).strip(),
        description=draw(words(csv_safe=True)).strip(),
        format=RoutineFormat.CIRCUIT if circuit else RoutineFormat.STRAIGHT_SETS,
        focus=tuple(draw(st.lists(st.sampled_from(list(Focus)), min_size=1, max_size=3, unique=True))),
        entries=tuple(entries), rounds=IntRange(2, 4) if circuit else None,
        rest_after_round_s=IntRange(60, 90) if circuit else None,
        weekly_sessions=draw(st.none() | st.just(IntRange(2, 3))),
    )


settings_values = st.builds(
    Settings, units=st.sampled_from(("kg", "lb")), default_rest_s=st.integers(0, 3600),
    weekly_target=st.integers(1, 7), first_weekday=st.sampled_from(WEEKDAYS),
    time_zone=st.sampled_from(("",) + ZONES), rollover_hour=st.integers(0, 23), bell=st.booleans(),
    theme=st.sampled_from(("textual-dark", "nord", "gruvbox")),
)


@dataclass(frozen=True)
class History:
    workouts: tuple[Workout, ...]
    in_progress: Workout | None
    routines: tuple[Routine, ...]
    settings: Settings | None
    freezes: tuple[date, ...]


def _with_ids(workout: Workout, number: int) -> Workout:
    sets = tuple(replace(logged, id=f"set-{number}-{index}") for index, logged in enumerate(workout.sets))
    return replace(workout, id=f"workout-{number}", sets=sets)


@st.composite
def histories(draw) -> History:
    finished = [_with_ids(w, n) for n, w in enumerate(draw(st.lists(workouts(), max_size=6)))]
    in_progress = None
    if draw(st.booleans()):
        drawn = _with_ids(draw(workouts(finished=False)), len(finished))
        session = WorkoutSession.begin(CATALOGUE.routines[draw(st.sampled_from(sorted(CATALOGUE.routines)))],
                                       drawn.started_at.utc, drawn.started_at.zone, 90)
        in_progress = replace(session.to_workout(), id=drawn.id, sets=drawn.sets, note=drawn.note)
    own = [r._replace(id=f"my-routine-{n}") for n, r in enumerate(draw(st.lists(routines(), max_size=3)))]
    return History(
        workouts=tuple(finished), in_progress=in_progress, routines=tuple(own),
        settings=draw(st.none() | settings_values),
        freezes=tuple(draw(st.lists(st.dates(date(2020, 1, 1), date(2030, 12, 31)), max_size=5, unique=True))),
    )


def populate(store: Store, history: History) -> None:
    """Write a generated log through the same repositories the app uses."""
    if history.settings is not None:
        store.settings.save(history.settings)
    first_weekday = store.settings.get().first_weekday
    for day in history.freezes:
        try:
            store.freezes.freeze(day, first_weekday)
        except FreezeRefused:
            pass  # already frozen, or the year's four are used: the app would refuse it too
    for routine in history.routines:
        store.routines.save(routine)
    if history.workouts:
        store.history.save_many(list(history.workouts))
    if history.in_progress is not None:
        store.workout.start(history.in_progress)
