"""The Calendar screen (screen 3): the month, 53 weeks of training, the streak, and freeze weeks."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from tui.domain.streaks.freezes import (
    MAX_FREEZES_PER_YEAR,
    FreezeRefused,
    freeze_stays_off,
    freezes_in_year,
)
from tui.domain.streaks.streak import Streak
from tui.domain.streaks.training_log import TrainingLog
from tui.domain.streaks.weeks import add_months, week_start, week_year
from tui.resources import styles_dir
from tui.screens.day_workouts import DayWorkoutsScreen, describe, workouts_on
from tui.screens.key_hints import key_for
from tui.screens.plain_commands import Command, PlainCommands
from tui.screens.services import services
from tui.screens.side_pane import SidePane
from tui.screens.store_calls import FAILED, attempt
from tui.store.day_index import IndexedWorkout
from tui.store.training_totals import training_now
from tui.widgets.footer import Footer
from tui.widgets.month_grid import COUNTED_MARK, FROZEN_MARK, MonthGrid
from tui.widgets.plain import say
from tui.widgets.scrolling import scroll_by
from tui.widgets.streak_panel import StreakPanel
from tui.widgets.title_bar import TitleBar
from tui.widgets.year_heatmap import LEGEND, YearHeatmap, legend_lines

_DAY = Binding.Group("Day", compact=True)
_MONTH = Binding.Group("Month", compact=True)
_YEAR = Binding.Group("Year", compact=True)
_PAGE = Binding.Group("Page")


class CalendarCommands(PlainCommands):
    """The screen's keys a phone's footer has no room for, in the palette (a tap on ≡): "freez" found nothing."""

    def commands(self) -> Iterable[Command]:
        calendar = self.screen
        if isinstance(calendar, CalendarScreen):
            yield "Freeze or unfreeze the week", calendar.action_toggle_freeze, "The cursor's week (at most 4 a year)"
            yield "Back to today", calendar.action_go_today, "The cursor on today"
            yield "Show the day's workouts", calendar.action_show_day, "The cursor's day"
            # A phone's footer had no room for [ ] { }, and its keyboard has none of them handy: a tap-only user saw
            # this month alone (a tap on a day of it moves the cursor there: MonthGrid.Picked).
            yield "Previous month", lambda: calendar.action_month(-1), "The same day a month earlier"
            yield "Next month", lambda: calendar.action_month(1), "The same day a month later"
            yield "Previous year", lambda: calendar.action_month(-12), "The same day a year earlier"
            yield "Next year", lambda: calendar.action_month(12), "The same day a year later"


class CalendarScreen(Screen):
    CSS_PATH = styles_dir() / "calendar.tcss"
    COMMANDS = {CalendarCommands}

    BINDINGS = [
        Binding("left", "move(-1)", "Day", key_display="←", group=_DAY, tooltip="The day before",
                id="calendar.previous_day"),
        Binding("right", "move(1)", "Day", key_display="→", group=_DAY, tooltip="The day after",
                id="calendar.next_day"),
        Binding("up", "move(-7)", "Week", key_display="↑", group=_DAY, tooltip="The same day a week earlier",
                id="calendar.previous_week"),
        Binding("down", "move(7)", "Week", key_display="↓", group=_DAY, tooltip="The same day a week later",
                id="calendar.next_week"),
        Binding("enter", "show_day", "Workouts", tooltip="List the workouts of the day under the cursor",
                id="calendar.show_day"),
        # z, not f: f finishes a workout (README, "Keys"). Before the months: on a phone's 40 columns the footer
        # has room for the days, the workouts and one more, and the arrows reach another month, not a freeze.
        Binding("z", "toggle_freeze", "Freeze", tooltip="Freeze or unfreeze the cursor's week (at most 4 a year)",
                id="calendar.toggle_freeze"),
        Binding("left_square_bracket", "month(-1)", "Month", key_display="[", group=_MONTH,
                tooltip="The previous month", id="calendar.previous_month"),
        Binding("right_square_bracket", "month(1)", "Month", key_display="]", group=_MONTH,
                tooltip="The next month", id="calendar.next_month"),
        Binding("t", "go_today", "Today", tooltip="Put the cursor back on today", id="calendar.today"),
        # Ten years of history is 120 presses of [: { and }, the pair beside it, move a year (the same day of the
        # month, as [ and ] keep it). After t: the footer leaves out what does not fit, and at 80 columns t fits.
        Binding("left_curly_bracket", "month(-12)", "Year", key_display="{", group=_YEAR,
                tooltip="The same day a year earlier", id="calendar.previous_year"),
        Binding("right_curly_bracket", "month(12)", "Year", key_display="}", group=_YEAR,
                tooltip="The same day a year later", id="calendar.next_year"),
        # On a phone's 40x20 the heatmap is below the month and the streak: these scroll down to it and back.
        Binding("pagedown", "scroll_body(1)", "Page down", show=False, group=_PAGE,
                tooltip="Scroll down (the heatmap, on a small screen)", id="calendar.page_down"),
        Binding("pageup", "scroll_body(-1)", "Page up", show=False, group=_PAGE, tooltip="Scroll back up",
                id="calendar.page_up"),
        Binding("end", "scroll_body(1, True)", "Bottom", show=False, group=_PAGE, tooltip="Scroll to the bottom",
                id="calendar.bottom"),
        Binding("home", "scroll_body(-1, True)", "Top", show=False, group=_PAGE, tooltip="Scroll to the top",
                id="calendar.top"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.cursor: date | None = None
        self.today: date = date.today()
        self.summaries: list[IndexedWorkout] = []
        self.freezes: list[date] = []
        self.training_log = TrainingLog({})
        self.streak: Streak | None = None

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield SidePane(streak=False)  # the streak is this screen's own
        with Vertical(id="calendar-body"):
            with Horizontal(id="calendar-top"):
                with Vertical(id="month-box"):
                    yield MonthGrid(id="month-grid")
                with Vertical(id="streak-box"):
                    yield StreakPanel(id="streak-panel")
            with Vertical(id="heatmap-box"):
                yield YearHeatmap(id="heatmap")
                # The legend, where the box's bottom edge is too short for it (a phone): wrapped, whole.
                yield Static("", id="heatmap-legend", markup=False)
            # The cursor day's workouts, in whatever room is left (two lines at 80x24; `enter` lists them all).
            yield Static("", id="calendar-day", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Calendar"
        self.query_one("#month-box").border_subtitle = f"{COUNTED_MARK} counts  {FROZEN_MARK} frozen"
        self.query_one("#streak-box").border_title = "Streak"
        # Left open overnight, the calendar moves on to the new day (and a new week) by itself.
        services(self).training_day_signal.subscribe(self, self._follow_the_day)

    def _follow_the_day(self, today: date) -> None:
        if self.streak is not None and today != self.today:
            self.reload()

    def on_settings_changed(self) -> None:
        # Saved in another window (week start, weekly target, time zone, rollover): recompute with them.
        self.reload()

    def on_screen_resume(self) -> None:
        # Every return to this screen re-reads: a workout finished or edited elsewhere, or new settings.
        self.reload()

    @property
    def settings(self):
        return services(self).settings

    def on_data_changed(self) -> None:  # an import added workouts
        self.reload()

    def on_history_may_have_changed(self) -> None:  # another window finished, edited or deleted a workout
        self.reload()

    def reload(self) -> None:
        """Read the index and the freezes again, and recompute everything against the clock."""
        # Shown before, the calendar stays as it was; never shown, it is blank ("as it was" was said of it).
        kept = "The calendar shows it as it was." if self.streak is not None else \
            "The calendar is shown once it can be read (come back to it)."
        now = attempt(self, lambda: training_now(services(self).store, self.settings, services(self).clock.now()),
                      "read your history", kept=kept, title="Not loaded")
        if now is FAILED:
            return
        self.summaries, self.freezes, self.today, self.training_log, self.streak = now
        if self.cursor is None:
            self.cursor = self.today
        self.redraw()

    def redraw(self) -> None:
        if self.streak is None or self.cursor is None:
            return
        settings, cursor = self.settings, self.cursor
        first_weekday = settings.first_weekday
        self.query_one(MonthGrid).show(
            self.training_log, self.streak, cursor, self.today, first_weekday, settings.weekly_target
        )
        self.query_one("#month-box").border_title = f"{cursor:%B %Y}"
        heatmap = self.query_one(YearHeatmap)
        heatmap.show(self.training_log, self.streak, cursor, self.today, first_weekday)
        self.call_after_refresh(self._fit_heatmap_box)  # once laid out: the first redraw comes before that
        self._show_day()
        first_day = week_start(cursor, first_weekday)
        year = week_year(first_day)
        freezes_used = freezes_in_year(self.freezes, year, first_weekday, self.streak.unspent)
        if self.streak.week_frozen(first_day):
            week = "week frozen"
        elif freeze_stays_off(self.freezes, cursor, first_weekday, self.streak.unspent):
            # A freeze handed back while the week counted, which the year's cap keeps off now that it does not:
            # shown as any week without a freeze, it was a week the user froze, and the streak ended there unsaid.
            week = f"your freeze stays off: {year}'s {MAX_FREEZES_PER_YEAR} are spent on other weeks"
        else:
            week = ""
        self.query_one(StreakPanel).show(self.streak, cursor, self.training_log.on(cursor), freezes_used, year, week)

    def _show_day(self) -> None:
        """The cursor day's workouts in the room under the heatmap, the last line saying how many more when they
        do not fit: at 80x24 the third of three was left out, with nothing to say so."""
        if self.cursor is None:
            return
        lines = [describe(entry, self.cursor) for entry in self.workouts_on(self.cursor)]
        day = self.query_one("#calendar-day", Static)
        room = 0 if self.has_class("-narrow") else day.content_size.height  # on a phone the screen scrolls
        if 0 < room < len(lines):
            more = len(lines) - room + 1
            lines[room - 1:] = [f"... and {more} more: {key_for(self, 'calendar.show_day')} lists them all"]
        day.update("\n".join(lines))

    def _fit_heatmap_box(self) -> None:
        """The heatmap's title and legend at the box's width, never cut: a shorter title, and the legend under the
        weeks, wrapped, where the box's edges are too short for them (a phone)."""
        box = self.query_one("#heatmap-box")
        shown = self.query_one(YearHeatmap).weeks_shown()
        first, last = shown[0], shown[-1] + timedelta(days=6)
        box.border_title = fitting(box, f"53 weeks: {first:%d %b %Y} to {last:%d %b %Y}",
                                   f"{first:%d %b %Y} to {last:%d %b %Y}", f"{first:%b %Y} to {last:%b %Y}")
        box.border_subtitle = fitting(box, LEGEND)
        legend = self.query_one("#heatmap-legend", Static)
        legend.update(legend_lines(box.content_size.width))
        legend.display = not box.border_subtitle

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_heatmap_box)
        self.call_after_refresh(self._show_day)  # in the room the new size leaves

    def action_scroll_body(self, step: int, whole: bool = False) -> None:
        scroll_by(self.query_one("#calendar-body"), step, page=True, whole=whole)

    def action_move(self, days: int) -> None:
        if self.cursor is not None:
            self.cursor += timedelta(days=days)
            self.redraw()

    def action_month(self, months: int) -> None:
        if self.cursor is not None:
            self.cursor = add_months(self.cursor, months)
            self.redraw()

    def on_month_grid_picked(self, event: MonthGrid.Picked) -> None:
        """A tap (a click) on a day of the month: the cursor there; on the cursor's day, its workouts, as enter."""
        if event.day == self.cursor:
            self.action_show_day()
        else:
            self.cursor = event.day
            self.redraw()

    def action_go_today(self) -> None:
        self.cursor = self.today
        self.redraw()

    def workouts_on(self, day: date) -> list[IndexedWorkout]:
        return workouts_on(self.summaries, day, self.settings.rollover_hour)

    def action_show_day(self) -> None:
        if self.cursor is not None:
            self.app.push_screen(DayWorkoutsScreen(self.cursor, self.workouts_on(self.cursor)))

    def action_toggle_freeze(self) -> None:
        cursor, streak = self.cursor, self.streak
        if cursor is None or streak is None:
            return
        first_weekday = self.settings.first_weekday
        first_day = week_start(cursor, first_weekday)
        week = f"the week of {first_day:%a %d %b %Y}"
        if streak.week_frozen(first_day):
            if attempt(self, lambda: services(self).store.freezes.unfreeze(cursor, first_weekday),
                       f"unfreeze {week}") is FAILED:
                return
            say(self, f"Unfroze {week}.", title="Freeze week")
        elif streak.week_counts(first_day):
            say(self, f"The week of {first_day:%a %d %b %Y} already counts toward your streak: it needs no freeze.",
                title="Freeze week", severity="warning")
            return
        elif streak.before_it_ran(first_day):
            say(self, f"No streak ran in {week}: a freeze keeps a streak alive, and yours starts with your first "
                      "week that counts.", title="Cannot freeze", severity="warning")
            return
        else:
            try:
                freezes = services(self).store.freezes
                if attempt(self, lambda: freezes.freeze(cursor, first_weekday, streak.unspent),
                           f"freeze {week}") is FAILED:
                    return
            except FreezeRefused as refused:
                say(self, refused, title="Cannot freeze", severity="error", timeout=8)
                return
            say(self, f"Froze {week}: it keeps your streak alive without adding to it.", title="Freeze week")
        self.reload()


def fitting(box: Widget, *wordings: str) -> str:
    """The first wording that a box's top or bottom edge shows whole ("" if none does): Textual cuts a longer one
    with "…", and keeps two cells at each end for the corner and a blank."""
    room = box.outer_size.width - 6
    return next((wording for wording in wordings if cell_len(wording) <= room), "")


def make_screen() -> Screen:
    return CalendarScreen()
