"""An import while the app is open in another process, logging sets: nothing from either is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from tests.builders import a_workout, moment
from tui.cli import main
from tui.store.open import open_store

pytestmark = pytest.mark.slow

REPO_ROOT = Path(__file__).resolve().parents[2]

# The other process: what the Workout screen does on every `space`, as fast as it can, until told to stop.
LOGGER = """
import sys, time
from pathlib import Path
from tui.store.open import open_store
from tests.builders import a_set, a_workout

directory, stop = Path(sys.argv[1]), Path(sys.argv[2])
store = open_store(directory)
workout = store.workout.start(a_workout(name="Live in the other window"))
print("ready", workout.id, flush=True)
while not stop.exists():
    logged = a_set()
    store.workout.log_set(workout.id, logged)
    print("set", logged.id, flush=True)  # acknowledged only once the write has returned
    time.sleep(0.001)
print("done", flush=True)
"""


def _export_of_many_workouts(directory: Path, out: Path, count: int, first_day: int) -> None:
    source = open_store(directory)
    source.history.save_many([
        replace(a_workout(at=moment(2020 + n % 6, 1 + n % 12, first_day, 7, n % 60), sets=5),
                finished_at=moment(2020 + n % 6, 1 + n % 12, first_day, 8, 0))
        for n in range(count)
    ])
    source.workout.start(a_workout(name="In progress in the file", sets=2))
    assert main(["--data-dir", str(directory), "export", "-o", str(out)]) == 0


def test_an_import_running_beside_a_logging_window_loses_nothing(tmp_path, capsys):
    target = tmp_path / "target"
    open_store(target)
    files = [tmp_path / f"export-{n}.json" for n in range(3)]
    for number, path in enumerate(files):
        _export_of_many_workouts(tmp_path / f"source-{number}", path, count=120, first_day=1 + number)
    capsys.readouterr()

    stop = tmp_path / "stop"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), os.environ.get("PYTHONPATH", "")])}
    logger = subprocess.Popen([sys.executable, "-c", LOGGER, str(target), str(stop)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env, cwd=REPO_ROOT)
    try:
        ready = logger.stdout.readline().split()
        assert ready[:1] == ["ready"], logger.stderr.read()
        for path in files:  # three imports, each holding the lock while the other process keeps logging
            assert main(["--data-dir", str(target), "import", str(path)]) == 0
            assert main(["--data-dir", str(target), "import", str(path)]) == 0
    finally:
        stop.touch()
        # Read through the stream readline read from: communicate reads the pipe itself, and the first sets'
        # lines, read ahead with "ready" into the stream's buffer under load, were lost (a set seen as unacked).
        out = logger.stdout.read()
        err = logger.stderr.read()
        logger.wait(timeout=60)
    assert logger.returncode == 0, err
    acked = [line.split()[1] for line in out.splitlines() if line.startswith("set ")]
    assert len(acked) > 10  # the two really ran side by side

    store = open_store(target)
    current = store.workout.current()
    assert current.id == ready[1] and current.name == "Live in the other window"
    assert [s.id for s in current.sets] == acked  # every acknowledged set, once, in order
    assert len(list(store.history.all())) == 360
    assert len(store.history.summaries()) == 360
    reports = capsys.readouterr().out.splitlines()
    assert reports.count("added 120 workouts (600 sets), 0 routines, the settings") == 1
    assert reports.count("added 120 workouts (600 sets), 0 routines") == 2
    assert sum("“Live in the other window” is in progress here" in line for line in reports) == 6
