"""A data dir nobody may write (a backup on a read-only mount, a snapshot): it can still be looked at and
exported; every change is refused by name and leaves it as it was."""

from __future__ import annotations

from dataclasses import replace

import orjson
import pytest

from tests.app.disks import made_read_only
from tests.app.test_history_screen import rows
from tests.app.waiting import until
from tests.builders import a_workout, moment
from tui.app import make_app
from tui.cli import main
from tui.screens.history import HistoryScreen
from tui.store.open import open_store


@pytest.fixture
def backup(data_dir):
    store = open_store(data_dir)
    for day in (10, 18):
        workout = a_workout(at=moment(2026, 11, day, 18, 0), sets=3, name=f"Session of the {day}th")
        store.history.save(replace(workout, finished_at=workout.started_at))
    with made_read_only(data_dir):
        yield data_dir


def files(directory) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


def test_a_read_only_data_dir_exports_everything_and_refuses_an_import(backup, tmp_path, capsys):
    before = files(backup)
    out = tmp_path / "export.json"
    assert main(["--data-dir", str(backup), "export", "-o", str(out)]) == 0
    assert [w["name"] for w in orjson.loads(out.read_bytes())["workouts"]] == ["Session of the 10th",
                                                                               "Session of the 18th"]
    capsys.readouterr()
    assert main(["--data-dir", str(backup), "import", str(out)]) == 2
    assert "Read-only file system" in capsys.readouterr().err
    assert files(backup) == before


async def test_the_app_opens_a_read_only_data_dir_says_so_shows_its_history_and_refuses_a_delete(backup, clock):
    before = files(backup)
    app = make_app(open_store(backup), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: "cannot be written" in said(app))
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await app.workers.wait_for_complete()
        await until(pilot, lambda: [row[2] for row in rows(app)] == ["Session of the 18th", "Session of the 10th"])
        await pilot.press("d", "y")
        await until(pilot, lambda: "Could not delete the workout: Read-only file system" in said(app))
        assert app.is_running and len(rows(app)) == 2
    assert files(backup) == before


def said(app) -> str:
    return " ".join(str(notification.message) for notification in app._notifications)
