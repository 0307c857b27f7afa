"""A Hevy superset as History shows it: each set marked with its superset's letter, and the superset named."""

from __future__ import annotations

from textual.widgets import DataTable

from tests.app.waiting import until
from tests.transfer.conftest import FIXTURES
from tui.app import make_app
from tui.cli import main
from tui.screens.history import HistoryScreen
from tui.screens.workout_detail import WorkoutDetailScreen
from tui.store.open import open_store


async def test_a_workouts_detail_marks_the_sets_of_each_superset(data_dir, clock, capsys):
    assert main(["--data-dir", str(data_dir), "import", str(FIXTURES / "imports" / "hevy_supersets.csv")]) == 0
    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        table = app.screen.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert [row[:3] for row in rows[:7]] == [
            ["1", "Bench press", "A"], ["2", "Bench press", "A"], ["3", "Barbell row", "A"], ["4", "Barbell row", "A"],
            ["5", "Push-up", "B"], ["6", "Pull-up", "B"], ["7", "Plank", ""]]
        breakdown = app.screen.query_one("#detail-breakdown")
        await until(pilot, lambda: "Superset A: Bench press + Barbell row" in str(breakdown.render()))
        assert "Superset B: Push-up + Pull-up" in str(breakdown.render())
