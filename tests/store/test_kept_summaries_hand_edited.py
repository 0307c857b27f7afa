"""A kept summary edited by hand with the year files left as they were, so that it still reads as current: a value of
the wrong type in it crashed what reads it (History's records tab on a record of "abc"; the workout's start, and
every resume, on last time's reps of "abc"). Whichever value the readers use is spoiled, with whatever, the summary
is rebuilt from the year files and reads as a rebuild does."""

from __future__ import annotations

import copy

import pendulum
import pytest

from bench.history import synthetic_workouts
from tui.domain.catalogue.loading import load_catalogue
from tui.resources import data_dir as shipped_data_dir
from tui.store.kept_last_sets import LAST_SETS
from tui.store.kept_progress import PROGRESS
from tui.store.kept_record_history import RECORD_HISTORY
from tui.store.kept_records import RECORDS
from tui.store.open import open_store

SPOILS = ["abc", "12", [], {}, True]


@pytest.fixture(scope="module")
def generated():
    return synthetic_workouts(load_catalogue(shipped_data_dir()), 300, pendulum.datetime(2026, 11, 28, 12, tz="UTC"),
                              years=1, seed=3)


def records_values(bests):
    """Where each value of the records lies: [value, workout id, start, value as it reads, unit] of every kind."""
    for units, per_exercise in bests.items():
        for exercise_id, per_kind in per_exercise.items():
            for kind in per_kind:
                yield (units, exercise_id, kind, "more")
                for index in range(5):
                    yield (units, exercise_id, kind, "top", 0, index)


def last_sets_values(kept):
    """Each figure and text of the newest workout's sets: what a workout's "Last time" and its prefill read."""
    for exercise_id, slot in kept.items():
        yield (exercise_id, "more")
        for index, one in enumerate(slot["entries"][0][2]):
            for field in ("id", "exercise", *(field for field in one if field != "logged_at")):
                yield (exercise_id, "entries", 0, 2, index, field)


def progress_values(rows):
    """Every figure of a row: [start, local start, sets, best reps, best hold, best load kg, lb, volume kg, lb]."""
    for exercise_id, per_workout in rows.items():
        for workout_id in list(per_workout)[:2]:
            for index in range(9):
                yield (exercise_id, workout_id, index)


def record_history_values(history):
    """Where each value of the record history lies: the newest start counted, and [value, workout id, start] of
    the first record of every kind."""
    for units, per_exercise in history.items():
        for exercise_id, per_kind in per_exercise.items():
            for kind in per_kind:
                yield (units, exercise_id, kind, "newest")
                yield (units, exercise_id, kind, "records")
                for index in range(3):
                    yield (units, exercise_id, kind, "records", 0, index)


KINDS = {"records": (RECORDS, records_values), "last sets": (LAST_SETS, last_sets_values),
         "charts": (PROGRESS, progress_values), "record history": (RECORD_HISTORY, record_history_values)}


def spoiled(summary, path, value):
    summary = copy.deepcopy(summary)
    node = summary
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return summary


def value_at(summary, path):
    for key in path:
        summary = summary[key]
    return summary


def read_by_the_app(store, kind: str):
    """What the app reads of the summary: History's records, a workout's last sets, the charts' sessions."""
    history = store.history
    if kind == "records":
        return history.kept_bests()
    if kind == "record history":
        return history.record_history()
    if kind == "last sets":
        exercise_ids = sorted({s.exercise_id for w in history.all() for s in w.sets})
        return history.last_sets(exercise_ids)
    return {units: history.progress(units, 4) for units in ("kg", "lb")}


@pytest.mark.parametrize("kind", KINDS)
def test_a_value_of_the_wrong_type_in_a_kept_summary_has_it_rebuilt(data_dir, generated, kind):
    store = open_store(data_dir)
    store.history.save_many(generated)
    summary_kind, values = KINDS[kind]
    as_rebuilt = read_by_the_app(store, kind)
    written = summary_kind.written_as(summary_kind.read_current(data_dir))
    spoiled_count = 0
    for number, path in enumerate(values(written)):
        value = value_at(written, path)
        for spoil in (SPOILS[number % len(SPOILS)], SPOILS[(number + 2) % len(SPOILS)]):
            if type(spoil) is type(value):
                continue  # a text for a text, a flag for a flag: not of the wrong type
            with store.data.locked():
                summary_kind.write(data_dir, spoiled(written, path, spoil))
            assert summary_kind.read_current(data_dir) is None, (path, value, spoil)
            assert read_by_the_app(store, kind) == as_rebuilt, (path, value, spoil)
            spoiled_count += 1
    assert spoiled_count > 100
