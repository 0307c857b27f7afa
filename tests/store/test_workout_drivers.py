"""Two windows never both drive the same workout unnoticed."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace

import pytest

from tests.builders import a_set, a_workout
from tui.store.workout_in_progress import WorkoutTakenOverError, driven_elsewhere, this_window


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
