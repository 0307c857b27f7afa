"""A modal listing the workouts of one day, opened from the Calendar with `enter`."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.domain.training_log import QUALIFYING_SETS
from tui.resources import styles_dir
from tui.store.day_index import IndexedWorkout
from tui.widgets.footer import Footer


def describe(summary: IndexedWorkout, day: date) -> str:
    """ "18:05  Ab workout for runners  12 sets"; the date is added when the workout started on another date
    (before the rollover hour), and the zone when it was logged elsewhere."""
    started = summary.started_local
    when = f"{started:%H:%M}" if started.date() == day else f"{started:%a %H:%M}"
    sets = "1 set" if summary.sets == 1 else f"{summary.sets} sets"
    cardio = f", {summary.cardio} cardio" if summary.cardio else ""
    if summary.sets >= QUALIFYING_SETS:
        counts = ""
    elif summary.cardio and not summary.sets:
        counts = " (cardio only: not a strength workout for the streak)"
    else:
        counts = f" (under {QUALIFYING_SETS} sets: not counted)"
    return f"{when}  {summary.name}  {sets}{cardio}{counts}"


class DayWorkoutsScreen(ModalScreen[None]):
    CSS_PATH = styles_dir() / "calendar.tcss"

    BINDINGS = [
        Binding("escape", "dismiss", "Close", tooltip="Back to the calendar", id="day_workouts.close"),
        Binding("enter", "dismiss", "Close", show=False, tooltip="Back to the calendar", id="day_workouts.close_enter"),
    ]

    def __init__(self, day: date, workouts: list[IndexedWorkout]) -> None:
        super().__init__()
        self.day = day
        self.workouts = workouts

    def compose(self) -> ComposeResult:
        with Vertical(id="day-workouts"):
            if self.workouts:
                lines = [describe(summary, self.day) for summary in self.workouts]
            else:
                lines = ["No workout on this day."]
            yield Static("\n".join(lines), id="day-workouts-list", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#day-workouts").border_title = f"{self.day:%A %d %B %Y}"
