"""The kept records summary gives the finish exactly the records a scan of every year file gives, and the kept
record history a past workout's page its records at the time: on a generated history, and after a finish, an
edit, a delete, an import, a kill mid-write, and with its file missing, unreadable or out of date. Real stores on
temp dirs; the full scan is today's records_set_by."""

from __future__ import annotations

import os
import random
from dataclasses import replace
from datetime import date

import pendulum
import pytest

from bench.history import synthetic_workouts
from tests.builders import a_set, a_workout, moment
from tests.store.test_kill_and_concurrency import _ack, _killed_after
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.progress.metrics import sessions_by_exercise
from tui.domain.progress.record_bests import KEPT, UNITS, personal_records_of, records_against
from tui.domain.progress.record_history import records_at_the_time
from tui.domain.progress.records import RecordKind, personal_records, records_set_by
from tui.domain.streaks.weeks import training_day
from tui.domain.transfer.data import UserData
from tui.resources import data_dir as shipped_data_dir
from tui.store.kept_records import SHAPE, read_current, records_path
from tui.store.open import open_store
from tui.store.transfer import import_into

END = pendulum.datetime(2026, 11, 20, 12, tz="UTC")


BODYWEIGHT = load_catalogue(shipped_data_dir()).bodyweight


@pytest.fixture(scope="module")
def generated():
    """About a year and a half of workouts from the shipped routines, loads and reps drifting upward."""
    return synthetic_workouts(load_catalogue(shipped_data_dir()), 2500, END, years=2, seed=3)


def finished(workout):
    return replace(workout, finished_at=workout.sets[-1].logged_at if workout.sets else workout.started_at)


def lifted(day: int, *loads: float, unit: str = "kg", reps: int = 5, exercise: str = "goblet-squat"):
    start = moment(2026, 11, day, 18, 0)
    sets = tuple(a_set(exercise, at=start, reps=reps, load=load, unit=unit) for load in loads)
    return finished(replace(a_workout(at=start), sets=sets))


def assert_same_records_as_a_full_scan(store, workouts=None) -> int:
    """For every stored workout (or those given), in both units: kept-summary records == full-scan records;
    History's records list (every exercise's records, with the day each was first reached) too; and a past
    workout's page, its records at the time, from the kept record history."""
    every = list(store.history.all())
    bests, record_history = store.history.kept_bests(), store.history.record_history()
    started = {summary.id: summary.started_local for summary in store.history.summaries()}
    for units in UNITS:
        scanned = {exercise_id: personal_records(sessions, bodyweight=exercise_id in BODYWEIGHT)
                   for exercise_id, sessions in sessions_by_exercise(every, units).items()}
        listed = personal_records_of(bests, units, lambda workout_id: training_day(started[workout_id], 0), BODYWEIGHT)
        assert listed == {exercise_id: found for exercise_id, found in scanned.items() if found}, units
    found = 0
    for workout in workouts if workouts is not None else every:
        for units in UNITS:
            scanned = records_set_by(workout, (w for w in every if w.id != workout.id), units, BODYWEIGHT)
            kept = records_against(workout, bests, units, BODYWEIGHT)
            assert kept == scanned, f"{workout.name} on {workout.local_date} in {units}"
            found += len(kept)
            earlier = [w for w in every if w.started_at.utc < workout.started_at.utc]
            at_the_time = records_at_the_time(workout, record_history, units, BODYWEIGHT)
            assert at_the_time == records_set_by(workout, earlier, units, BODYWEIGHT), (workout.name, units)
    return found


def test_assisted_sets_give_the_same_least_assistance_from_the_kept_summary(data_dir):
    store = open_store(data_dir)
    store.history.save_many([
        lifted(2, -20.0, -25.0, exercise="pull-up"), lifted(4, -15.0, exercise="pull-up"),
        lifted(6, -30.0, unit="lb", exercise="pull-up"), lifted(8, -15.0, exercise="pull-up")])
    assert assert_same_records_as_a_full_scan(store) > 0
    records = personal_records_of(store.history.kept_bests(), "kg", lambda workout_id: date(2026, 11, 1), BODYWEIGHT)
    assert records["pull-up"][RecordKind.LEAST_ASSISTANCE].text() == "30 lb assisted"
    store.history.save_many([lifted(10, -15.0, 5.0, exercise="pull-up"), lifted(12, -10.0, exercise="pull-up")])
    assert assert_same_records_as_a_full_scan(store) > 0
    records = personal_records_of(store.history.kept_bests(), "kg", lambda workout_id: date(2026, 11, 1), BODYWEIGHT)
    assert RecordKind.LEAST_ASSISTANCE not in records["pull-up"], "a set with 5 kg added was less help than any"


def test_a_generated_history_gives_the_same_records_from_the_kept_summary(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated)
    assert read_current(data_dir) is not None, "written with the history, so no finish has to rebuild it"
    assert assert_same_records_as_a_full_scan(store) > 20, "the history has records to find"


def test_a_finished_workout_is_added_to_the_kept_bests_and_its_records_match(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated[:-5])
    for workout in generated[-5:]:
        store.history.save(workout)  # what finishing does, one at a time
        assert read_current(data_dir) is not None
    heavy = lifted(25, 80.0, 85.0, exercise=generated[-1].sets[0].exercise_id)
    store.history.save(heavy)
    records = records_against(heavy, store.history.kept_bests(), "kg", BODYWEIGHT)
    assert {(r.kind.value, r.value) for r in records} >= {("heaviest load", 85.0)}
    assert_same_records_as_a_full_scan(store)


def test_finishing_through_the_workout_in_progress_keeps_the_summary_current(data_dir):
    store = open_store(data_dir)
    store.history.save(lifted(2, 40.0))
    current = store.workout.start(a_workout(at=moment(2026, 11, 3, 18, 0)))
    store.workout.save(replace(current, sets=(a_set("goblet-squat", at=current.started_at, reps=5, load=42.5),)))
    done = store.workout.finish(current.id, current.started_at)
    assert read_current(data_dir) is not None
    records = records_against(done, store.history.kept_bests(), "kg", BODYWEIGHT)
    assert ("heaviest load", 42.5) in {(r.kind.value, r.value) for r in records}
    assert_same_records_as_a_full_scan(store)


def test_an_edit_that_lowers_a_best_gives_the_records_of_a_full_scan(data_dir):
    store = open_store(data_dir)
    best, other, later, light = lifted(2, 60.0), lifted(9, 50.0), lifted(16, 55.0), lifted(20, 20.0, reps=3)
    store.history.save_many([best, other, later, light])
    lowered = replace(best, sets=tuple(replace(s, load=30.0) for s in best.sets))
    store.history.save(lowered)
    assert_same_records_as_a_full_scan(store)
    heaviest = [r for r in records_against(later, store.history.kept_bests(), "kg", BODYWEIGHT)
                if r.kind.value == "heaviest load"]
    assert heaviest and heaviest[0].value == 55.0, "with the 60 kg edited away, 55 kg is the heaviest"
    store.history.save(replace(light, name="Renamed"))  # an edit of a workout that holds no best
    assert read_current(data_dir) is not None
    assert_same_records_as_a_full_scan(store)


def _holders(bests, places=1):
    """The workouts holding the first `places` values of any exercise's kind, in either unit."""
    return {entry[1] for per_exercise in bests.values() for kinds in per_exercise.values()
            for ranked in kinds.values() for entry in ranked["top"][:places]}


def test_deleting_the_workout_that_holds_a_best_gives_the_records_of_a_full_scan_at_once(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated[:60])
    # Sorted: a set's order changes with the hash seed, and which five go decides whether a kind runs short.
    for deleted, workout_id in enumerate(sorted(_holders(store.history.kept_bests()))[:5], start=1):
        assert store.history.delete(workout_id)
        if deleted <= KEPT - 2:
            # The values below move up: History's Records tab shows them at once, where ten years took a second.
            # (A third delete may leave a kind with one value kept of more: that one is rebuilt, by design.)
            assert read_current(data_dir) is not None, "taken out of the kept bests, not left for a rebuild"
        assert_same_records_as_a_full_scan(store)
    # A runner-up (a tie of reps done unassisted, say) moves up as the holders go; a workout holding neither
    # leaves the bests as they were.
    plain = next(w for w in generated[:60] if w.id not in _holders(store.history.kept_bests(), places=2)
                 and store.history.get(w.id) is not None)
    store.history.delete(plain.id)
    assert read_current(data_dir) is not None
    assert_same_records_as_a_full_scan(store)


@pytest.mark.parametrize("change", ["deleted", "lowered by an edit"])
def test_taking_away_best_after_best_rebuilds_once_too_few_are_kept(data_dir, change):
    store = open_store(data_dir)
    workouts = [lifted(day, load) for day, load in zip(range(2, 30, 2), range(80, 10, -5), strict=False)]
    store.history.save_many(workouts)  # one heavier than the next: each holds the best once those before it go
    kept_after = []
    for workout in workouts[:6]:
        if change == "deleted":
            store.history.delete(workout.id)
        else:  # below every other: where it ranks among the values not kept, only the year files know
            store.history.save(replace(workout, sets=tuple(replace(s, load=5.0) for s in workout.sets)))
        kept_after.append(read_current(data_dir) is not None)
        assert_same_records_as_a_full_scan(store)  # rebuilt when asked, where it was not kept
        records = personal_records_of(store.history.kept_bests(), "kg", lambda workout_id: date(2026, 11, 1),
                                      BODYWEIGHT)
        assert records["goblet-squat"][RecordKind.HEAVIEST_LOAD].value == workout.sets[0].load - 5
    # Four values kept: two are taken out; the third leaves one of many, and only a rebuild knows the next.
    assert kept_after[:3] == [True, True, False], kept_after
    assert kept_after[3:5] == [True, True], "the rebuild keeps four again"


def test_edits_and_deletes_in_any_order_give_the_records_of_a_full_scan(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated[:40])
    rng = random.Random(20261207)
    taken_in = 0
    for _ in range(25):
        stored = list(store.history.all())
        holders = _holders(store.history.kept_bests(), places=2)
        workout = rng.choice([w for w in stored if w.id in holders] if rng.random() < 0.7 else stored)
        if rng.random() < 0.5:
            store.history.delete(workout.id)
        else:  # a load or reps typed wrong, put right: higher or lower
            factor = rng.choice([0.5, 0.9, 1.1, 2.0])
            store.history.save(replace(workout, sets=tuple(
                replace(s, load=round(s.load * factor, 1) if s.load else s.load, reps=s.reps and max(1, round(
                    s.reps * factor))) for s in workout.sets)))
        taken_in += read_current(data_dir) is not None
        assert_same_records_as_a_full_scan(store)
    assert taken_in >= 15, f"only {taken_in} of 25 changes of holders were taken in without a rebuild"


def test_an_import_gives_the_records_of_a_full_scan(data_dir, generated):
    store = open_store(data_dir)
    store.history.save_many(generated[:40])
    import_into(store, UserData(workouts=tuple(generated[40:80])))
    assert read_current(data_dir) is not None, "the import added its workouts to the kept bests: no rebuild"
    assert_same_records_as_a_full_scan(store)


def test_an_imported_older_workout_that_equalled_a_best_dates_the_record_from_its_day(data_dir):
    store = open_store(data_dir)
    store.history.save_many([lifted(16, 50.0), lifted(20, 40.0)])
    import_into(store, UserData(workouts=(lifted(2, 50.0), lifted(9, 45.0))))  # other apps' history: older
    assert read_current(data_dir) is not None
    started = {summary.id: summary.started_local for summary in store.history.summaries()}
    records = personal_records_of(store.history.kept_bests(), "kg", lambda workout_id: started[workout_id].date(),
                                  BODYWEIGHT)
    assert records["goblet-squat"][RecordKind.HEAVIEST_LOAD].day.day == 2, "first reached on the 2nd, not the 16th"
    assert_same_records_as_a_full_scan(store)


def test_loads_in_pounds_and_kilograms_rank_as_each_unit_reads_them(data_dir):
    store = open_store(data_dir)
    store.history.save_many([lifted(2, 100.0), lifted(9, 220.5, unit="lb"), lifted(16, 100.02), lifted(23, 220.6,
                                                                                                     unit="lb")])
    assert_same_records_as_a_full_scan(store)


@pytest.mark.parametrize("spoil", ["missing", "garbage", "cut short", "year file touched", "another shape"])
def test_a_missing_or_stale_summary_heals_itself(data_dir, generated, spoil):
    store = open_store(data_dir)
    store.history.save_many(generated[:50])
    path = records_path(data_dir)
    if spoil == "missing":
        path.unlink()
    elif spoil == "garbage":
        path.write_bytes(b"\x00not json")
    elif spoil == "cut short":
        path.write_bytes(path.read_bytes()[:200])
    elif spoil == "another shape":
        path.write_bytes(path.read_bytes().replace(f'"shape":{SHAPE}'.encode(), b'"shape":99'))
    else:  # a year file restored from a backup: same bytes, another time
        year_file = next(data_dir.glob("history-*.json"))
        os.utime(year_file, ns=(1, 1))
    assert read_current(data_dir) is None
    assert_same_records_as_a_full_scan(open_store(data_dir))
    assert read_current(data_dir) is not None, "rebuilt and written back"


def test_a_summary_from_before_a_finish_is_not_trusted_after_it(data_dir, generated):
    # The state a kill leaves between the year file's write and the summary's: the old summary next to the new
    # year file. Its record of the year files gives it away.
    store = open_store(data_dir)
    store.history.save_many(generated[:30])
    before = records_path(data_dir).read_bytes()
    heavy = lifted(25, 300.0, exercise=generated[0].sets[0].exercise_id)
    store.history.save(heavy)
    records_path(data_dir).write_bytes(before)
    assert read_current(data_dir) is None
    assert assert_same_records_as_a_full_scan(open_store(data_dir), [heavy])


def _finish_many(fd: int, directory, workouts) -> None:
    store = open_store(directory)
    _ack(fd, "ready")
    for workout in workouts:
        store.history.save(workout)
        _ack(fd, "saved", workout.id)


@pytest.mark.slow
def test_sigkill_while_finishing_workouts_never_leaves_wrong_records(tmp_path, generated):
    directory = tmp_path / "data"
    rng = random.Random(20261130)
    open_store(directory).history.save_many(generated[:20])
    remaining = list(generated[20:80])
    for _ in range(12):
        acks = _killed_after(rng.uniform(0.0, 0.08), _finish_many, directory, remaining)
        saved = {ack[1] for ack in acks if ack[0] == "saved"}
        store = open_store(directory)
        stored = {w.id for w in store.history.all()}
        assert saved <= stored
        assert_same_records_as_a_full_scan(store, [w for w in generated[:80] if w.id in stored][-15:])
        remaining = [w for w in remaining if w.id not in stored] or remaining
