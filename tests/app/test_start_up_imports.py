"""What the app imports before its first frame. The benchmark measures how long start-up takes; this test says
why when it grows. The first screen shows no dates and no workout, so these wait until first needed:
pendulum with the dateutil it brings (about 20 ms, see tui/domain/clock.py), and the workout records with the
moments and training log they bring (about 5 ms, see tui/store/history.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.slow

PROBE = """
import sys
from pathlib import Path
from tui.cli import prepared_app

app = prepared_app(Path(sys.argv[1]))

async def first_frame(pilot):
    await pilot.pause()
    later = ("pendulum", "dateutil", "tui.domain.workout.model", "tui.domain.moments")
    print("LOADED", sorted(name for name in later if name in sys.modules))
    pilot.app.exit()

app.run(headless=True, size=(100, 30), auto_pilot=first_frame)
"""


def test_the_first_screen_is_drawn_without_importing_dates_or_workouts(data_dir):
    result = subprocess.run([sys.executable, "-c", PROBE, str(data_dir)], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    assert "LOADED []" in result.stdout, result.stdout

