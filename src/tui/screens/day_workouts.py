"""A modal listing the workouts of one day, opened from the Calendar with `enter`; `enter` opens one."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from tui.domain.counts import count, sets_and_cardio
from tui.domain.streaks.training_log import QUALIFYING_SETS
from tui.domain.streaks.weeks import time_on, training_day
from tui.resources import styles_dir
from tui.screens.dialog import Dialog
from tui.screens.pickers import move_bindings
from tui.screens.services import services
from tui.screens.store_calls import FAILED, attempt
from tui.screens.workout_detail import WorkoutDetailScreen
from tui.store.day_index import IndexedWorkout
from tui.widgets.focus import focus_if_shown
from tui.widgets.footer import Footer
from tui.widgets.nav_list import NavList
from tui.widgets.plain import say


def workouts_on(summaries: list[IndexedWorkout], day: date, rollover_hour: int) -> list[IndexedWorkout]:
    """The workouts of one training day (one started before the rollover hour counts for the day before)."""
    return [summary for summary in summaries if training_day(summary.started_local, rollover_hour) == day]


def describe(summary: IndexedWorkout, day: date) -> str:
    """ "18:05  Ab workout for runners  12 sets"; the date is added when the workout started on another date
    (before the rollover hour), and the zone when it was logged elsewhere."""
    when = time_on(summary.started_local, day)
    if summary.sets >= QUALIFYING_SETS:
        counts = ""
    elif summary.cardio and not summary.sets:
        counts = " (cardio only: not a strength workout for the streak)"
    else:
        counts = f" (under {count(QUALIFYING_SETS, 'set')}: not counted)"
    return f"{when}  {summary.name}  {sets_and_cardio(summary.sets, summary.cardio)}{counts}"


class DayWorkoutsScreen(Dialog[None]):
    CSS_PATH = styles_dir() / "calendar.tcss"
    # It puts the focus itself (show_workouts): Textual's auto focus gave it to the list even while hidden.
    AUTO_FOCUS = ""

    BINDINGS = [
        Binding("enter", "open", "Open", tooltip="Show the sets of the workout under the cursor",
                id="day_workouts.open"),
        Binding("escape", "dismiss", "Close", tooltip="Back to the calendar", id="day_workouts.close"),
        *move_bindings("day_workouts"),
    ]

    def __init__(self, day: date, workouts: list[IndexedWorkout]) -> None:
        super().__init__()
        self.day = day
        self.workouts = workouts
        self._history_seen: object = None  # HistoryRepo.version() when the list was made

    def compose(self) -> ComposeResult:
        with Vertical(id="day-workouts"):
            yield NavList(id="day-workouts-list")
            yield Static("No workout on this day.", id="day-workouts-empty", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self._history_seen = services(self).store.history.version()
        self.query_one("#day-workouts").border_title = f"{self.day:%A %d %B %Y}"
        self.show_workouts()

    def on_screen_resume(self) -> None:  # back from a workout edited, moved to another day or deleted there
        self.follow_history()

    def on_history_may_have_changed(self) -> None:  # another window edited or deleted one
        self.follow_history()

    def follow_history(self) -> None:
        """List the day's workouts as stored now, when the history changed since the list was made (a few stat
        calls): an edit shows its new name and sets, a workout moved to another day or deleted leaves the list, one
        moved here joins it. Before, only a deleted workout was followed: an edit went on showing its old sets."""
        history = services(self).store.history
        kept = "The list shows the day as it was."
        version = attempt(self, history.version, "read your history", kept=kept, title="Not loaded")
        if version is FAILED or version == self._history_seen:
            return
        summaries = attempt(self, history.summaries, "read your history", kept=kept,
                            title="Not loaded")
        if summaries is FAILED:
            return
        self._history_seen = version
        self.workouts = workouts_on(summaries, self.day, services(self).settings.rollover_hour)
        self.show_workouts()

    def show_workouts(self) -> None:
        listed = self.query_one(NavList)
        under_cursor = listed.highlighted_id()
        listed.clear_options()
        # Names are the user's text: drawn as text, never read as markup.
        listed.add_options(Option(Text(describe(summary, self.day)), id=summary.id) for summary in self.workouts)
        listed.display = bool(self.workouts)
        self.query_one("#day-workouts-empty").display = not self.workouts
        if self.workouts:  # the cursor stays on the workout it was on
            ids = [summary.id for summary in self.workouts]
            listed.highlighted = ids.index(under_cursor) if under_cursor in ids else 0
        focus_if_shown(listed)  # (hidden on a day with none, or once its last one is deleted)

    def action_move(self, step: int) -> None:
        self.query_one(NavList).move_cursor(step)

    def action_open(self) -> None:
        chosen = self.query_one(NavList).highlighted_id()
        if chosen is None:
            self.dismiss()
            return
        workout = attempt(self, lambda: services(self).store.history.get(chosen), "read the workout",
                          title="Not loaded")
        if workout is FAILED:
            return
        if workout is None:
            say(self, "That workout is no longer in your history (deleted elsewhere?).", severity="warning")
            self.follow_history()
            return
        self.app.push_screen(WorkoutDetailScreen(workout, services(self).exercise_names))

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        event.stop()
        self.action_open()  # a tap on a workout
