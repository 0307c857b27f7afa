"""A finish is marked in workout.json first (what the summary waits for) and filed into history after; whatever
happens in between, in this window or another, the finished workout ends up in history once and is never lost,
dropped by a discard, taken back into progress, or missed by an export."""

from __future__ import annotations

import pytest

from tests.builders import a_set, a_workout, moment
from tui.domain.transfer.data import UserData
from tui.store.open import open_store
from tui.store.transfer import import_into, read_everything
from tui.store.workout_in_progress import NoWorkoutInProgressError


def marked(store, sets: int = 3):
    """A workout finished in `store` and not yet filed: a window killed between the summary and the filing."""
    workout = store.workout.start(a_workout(at=moment(2026, 11, 20, 18, 0), sets=sets))
    return store.workout.mark_finished(workout.id, moment(2026, 11, 20, 18, 40))


def filed_once(store, workout) -> bool:
    return ([w.id for w in store.history.all()] == [workout.id]
            and [s.id for s in store.history.summaries()] == [workout.id])


def test_a_marked_finish_is_no_workout_in_progress_and_not_yet_history(store):
    finished = marked(store)
    assert store.workout.current() is None
    assert store.workout.waiting() == finished
    assert list(store.history.all()) == []


def test_a_finish_the_app_did_not_file_is_filed_as_the_data_dir_next_opens(store):
    finished = marked(store)
    reopened = open_store(store.directory)
    assert reopened.workout.current() is None and reopened.workout.waiting() is None
    assert filed_once(reopened, finished)
    assert reopened.history.get(finished.id).finished_at == finished.finished_at


def test_filing_twice_files_once(store):
    finished = marked(store)
    assert store.workout.file_finished() is True
    assert store.workout.file_finished() is False
    assert filed_once(store, finished)


def test_a_start_in_another_window_files_the_finish_first_and_never_overwrites_it(data_dir):
    here, there = open_store(data_dir), open_store(data_dir)
    finished = marked(here)
    started = there.workout.start(a_workout(at=moment(2026, 11, 21, 9, 0)))
    assert there.workout.current() == started
    assert filed_once(there, finished)


def test_a_window_that_missed_the_finish_cannot_take_the_workout_back_into_progress(data_dir):
    here, there = open_store(data_dir), open_store(data_dir)
    workout = here.workout.start(a_workout(at=moment(2026, 11, 20, 18, 0), sets=3))
    here.workout.mark_finished(workout.id, moment(2026, 11, 20, 18, 40))
    with pytest.raises(NoWorkoutInProgressError):
        there.workout.save(workout)  # the stale window's own copy, still unfinished
    with pytest.raises(NoWorkoutInProgressError):
        there.workout.log_set(workout.id, a_set())
    with pytest.raises(NoWorkoutInProgressError):
        there.workout.take_over(workout.id, {"id": "other window"})
    assert here.workout.waiting().sets == workout.sets


def test_a_discard_files_a_finish_that_waits_instead_of_dropping_it(data_dir):
    here, there = open_store(data_dir), open_store(data_dir)
    finished = marked(here)
    there.workout.discard()
    assert there.workout.waiting() is None
    assert filed_once(there, finished)


def test_an_export_holds_a_finish_that_waits_once(data_dir):
    here, there = open_store(data_dir), open_store(data_dir)
    finished = marked(here)
    exported = read_everything(there)
    assert [w.id for w in exported.workouts] == [finished.id] and exported.in_progress is None
    here.workout.file_finished()
    assert [w.id for w in read_everything(there).workouts] == [finished.id]


def test_an_import_files_a_finish_that_waits_and_does_not_add_it_again(data_dir):
    here, there = open_store(data_dir), open_store(data_dir)
    finished = marked(here)
    plan = import_into(there, UserData(workouts=(finished,)))
    assert not plan.workouts
    assert filed_once(there, finished)
