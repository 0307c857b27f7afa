"""An unexpected error in the running app: the workout in progress is saved, a crash log is written to the user's
state dir, and the app leaves with a short message naming it and a non-zero status (it printed a Rich traceback
and the command line exited 0). A worker's failure is shown instead of leaving a tab silently empty."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import orjson
import pytest

import tui.cli
from tests.app.waiting import until
from tests.builders import a_workout, moment
from tui.app import make_app
from tui.crash import EXIT_CRASHED
from tui.screens.history import HistoryScreen
from tui.store.open import open_store


async def test_an_unexpected_error_saves_the_workout_writes_a_crash_log_and_exits_non_zero(store, clock,
                                                                                             monkeypatch):
    app = make_app(store, clock)

    def broken() -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(app, "action_toggle_help", broken)
    with pytest.raises(RuntimeError):
        async with app.run_test() as pilot:
            app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
            await pilot.pause()
            await pilot.press("space")
            await until(pilot, lambda: len(app.session.workout.sets) == 1)
            sets = app.session.workout.sets
            await pilot.press("question_mark")
            await pilot.pause()
    assert app.return_code == EXIT_CRASHED
    logs = list((Path(os.environ["XDG_STATE_HOME"]) / "runstrength-tui").glob("crash-*.log")) if os.environ.get(
        "XDG_STATE_HOME") else list((Path.home() / ".local" / "state" / "runstrength-tui").glob("crash-*.log"))
    assert len(logs) == 1 and "RuntimeError: a bug" in logs[0].read_text()
    assert logs[0].stat().st_mode & 0o777 == 0o600
    assert open_store(store.directory).workout.current().sets == sets


def test_the_command_line_exits_with_the_apps_status():
    class Crashed:
        return_code = EXIT_CRASHED

        def run(self) -> None:
            pass

    assert tui.cli.run_app(Crashed()) == EXIT_CRASHED


async def test_a_corrupt_year_file_is_named_on_the_progress_tab_instead_of_leaving_it_empty(store, clock):
    workout = a_workout(at=moment(2025, 3, 1, 18, 0), sets=3)
    store.history.save(replace(workout, finished_at=workout.started_at))
    path = store.data.history_path(2025)
    good = path.read_bytes()
    document = orjson.loads(good)
    document["workouts"]["1"]["sets"] = "not a list of sets"
    app = make_app(open_store(store.directory), clock)

    def said(doing: str) -> bool:
        return any(n.message.startswith(f"Could not load your {doing}:") and "history-2025.json" in n.message
                   for n in app._notifications)

    async with app.run_test(size=(80, 24)) as pilot:
        path.write_bytes(orjson.dumps(document))  # broken by another tool while the app runs
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        for key, doing, shown in (("g", "progress", "#progress-chart"), ("r", "records", "#records-table")):
            await pilot.press(key)
            await until(pilot, lambda doing=doing: said(doing))
            assert not app.screen.query_one(shown).loading, "the tab says it is not loaded, not loading for ever"
        assert app.is_running
        assert path.read_bytes() == orjson.dumps(document), "the broken file is left as it is, byte for byte"
        await pilot.press("w")
        path.write_bytes(good)  # mended: the tabs load when next shown
        await pilot.press("g")
        await until(pilot, lambda: app.screen.query_one("#progress-exercises").option_count > 0)
