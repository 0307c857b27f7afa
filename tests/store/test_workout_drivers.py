"""Two windows never both drive the same workout unnoticed."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

import pytest

from tests.builders import a_set, a_workout
from tui.store.open import open_store
from tui.store.workout_in_progress import (
    NoWorkoutInProgressError,
    WorkoutTakenOverError,
    driven_elsewhere,
    this_window,
)


def test_a_window_that_was_taken_over_can_no_longer_save(store):
    first, second = this_window(), this_window()
    workout = a_workout()
    workout = replace(workout, progress={"driver": first})
    store.workout.start(workout)
    store.workout.save(workout.with_set(a_set()))
    store.workout.take_over(workout.id, second)
    with pytest.raises(WorkoutTakenOverError, match="taken over by another window"):
        store.workout.save(workout.with_set(a_set()).with_set(a_set()))
    assert len(store.workout.current().sets) == 1


def test_a_live_process_counts_as_another_window_and_a_dead_one_does_not():
    me = this_window()
    assert not driven_elsewhere(me, me)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        alive = {**this_window(), "pid": child.pid}
        assert driven_elsewhere(alive, me)
    finally:
        child.kill()
        child.wait()
    assert not driven_elsewhere({**this_window(), "pid": child.pid}, me)
    assert driven_elsewhere({**this_window(), "host": "another-" + os.uname().nodename}, me)
    assert not driven_elsewhere({}, me)


def test_the_window_driving_a_workout_writes_it_again_when_its_file_is_gone_and_never_after_a_discard(store,
                                                                                                      data_dir):
    workout = replace(a_workout(), progress={"driver": this_window()})
    store.workout.start(workout)
    # Moved away by hand (a broken workout.json's message says to): the driving window's next save writes it again.
    (data_dir / "workout.json").rename(data_dir.parent / "workout.json.broken")
    store.workout.save(workout.with_set(a_set()))
    assert len(open_store(data_dir).workout.current().sets) == 1
    # Discarded in another window: the file is there, emptied, and the save is refused.
    open_store(data_dir).workout.discard()
    with pytest.raises(NoWorkoutInProgressError):
        store.workout.save(workout.with_set(a_set()).with_set(a_set()))
    assert open_store(data_dir).workout.current() is None
