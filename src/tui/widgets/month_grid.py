"""A month of days as a grid, one row per calendar week, with each week's progress toward the target."""

from __future__ import annotations

from datetime import date

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widget import Widget

from tui.domain.streaks.streak import Streak
from tui.domain.streaks.training_log import TrainingLog
from tui.domain.streaks.weeks import month_weeks, weekday_names

COUNTED_MARK = "✓"
FROZEN_MARK = "*"


def shade_level(sets: int) -> int:
    """0 for a day without sets, then 1-4 as the day's sets grow (1-5, 6-10, 11-15, 16 and more)."""
    if sets <= 0:
        return 0
    return min(4, 1 + (sets - 1) // 5)


class MonthGrid(Widget):
    """Shows the cursor's month; the screen owns the data and the cursor and calls show()."""

    DEFAULT_CSS = """
    MonthGrid {
        width: 28;
        height: 7;
    }
    MonthGrid > .month--header { color: $text-muted; text-style: bold; }
    MonthGrid > .month--other { color: $text-disabled; }
    MonthGrid > .month--plain { color: $text; }
    MonthGrid > .month--level-1 { color: $text; background: $success 20%; }
    MonthGrid > .month--level-2 { color: $text; background: $success 40%; }
    MonthGrid > .month--level-3 { color: $text; background: $success 60%; text-style: bold; }
    MonthGrid > .month--level-4 { color: $text; background: $success 85%; text-style: bold; }
    MonthGrid > .month--today { text-style: bold underline; }
    MonthGrid > .month--cursor {
        color: $block-cursor-foreground; background: $block-cursor-background; text-style: bold;
    }
    MonthGrid > .month--counted { color: $success; text-style: bold; }
    MonthGrid > .month--frozen { color: $accent; text-style: bold; }
    MonthGrid > .month--week { color: $text-muted; }
    MonthGrid > .month--cardio { color: $accent; text-style: underline; }
    """
    COMPONENT_CLASSES = {
        "month--header", "month--other", "month--plain", "month--level-1", "month--level-2", "month--level-3",
        "month--level-4", "month--today", "month--cursor", "month--counted", "month--frozen", "month--week",
        "month--cardio",
    }

    class Picked(Message):
        """A day of the grid was tapped (clicked): a phone has no arrow keys to move the cursor with."""

        def __init__(self, day: date) -> None:
            super().__init__()
            self.day = day

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._log: TrainingLog | None = None
        self._streak: Streak | None = None
        self._cursor = date.today()
        self._today = date.today()
        self._first_weekday = "monday"
        self._target = 2

    def show(
        self, log: TrainingLog, streak: Streak, cursor: date, today: date, first_weekday: str, target: int
    ) -> None:
        self._log, self._streak = log, streak
        self._cursor, self._today, self._first_weekday, self._target = cursor, today, first_weekday, target
        self.refresh()

    def day_at(self, x: int, y: int) -> date | None:
        """The day drawn at a cell of the widget (under the header, each day two columns and a blank), if any."""
        weeks = month_weeks(self._cursor.year, self._cursor.month, self._first_weekday)
        row, column = y - 1, x // 3
        if self._log is None or x % 3 == 2 or not 0 <= row < len(weeks) or column >= 7:
            return None
        return weeks[row][column]

    def on_click(self, event: events.Click) -> None:
        day = self.day_at(event.x, event.y)
        if day is not None:
            self.post_message(self.Picked(day))

    def _style(self, name: str):
        return self.get_component_rich_style(f"month--{name}")

    def render(self) -> Text:
        text = Text(no_wrap=True, overflow="crop")
        header = " ".join(name[:2] for name in weekday_names(self._first_weekday))
        text.append(header + "  week\n", self._style("header"))
        if self._log is None or self._streak is None:
            return text
        weeks = month_weeks(self._cursor.year, self._cursor.month, self._first_weekday)
        for row, days in enumerate(weeks):
            for column, day in enumerate(days):
                if column:
                    text.append(" ")
                text.append(f"{day.day:>2}", self._day_style(day))
            text.append(self._week_mark(days[0]))
            if row < len(weeks) - 1:
                text.append("\n")
        return text

    def _day_style(self, day: date):
        if day == self._cursor:
            return self._style("cursor")
        if day.month != self._cursor.month:
            style = self._style("other")
        else:
            assert self._log is not None  # nothing is drawn before show()
            totals = self._log.on(day)
            level = shade_level(totals.sets) if day <= self._today else 0
            # A day of cardio alone (a run, a row) is marked as what it was, apart from the strength shading.
            style = self._style(f"level-{level}" if level else "cardio" if totals.cardio else "plain")
        # Today is underlined over its shade: its colours (the widget's own background) hid a workout done today.
        return style + self._style("today").without_color if day == self._today else style

    def _week_mark(self, first_day: date) -> Text:
        # The gap after Sunday is a segment of its own: a screenshot (SVG) draws each styled segment at its own
        # column, and a viewer that squeezes the spaces inside a segment would run "15" into "2/2" ("152/2").
        assert self._log is not None and self._streak is not None  # nothing is drawn before show()
        mark = Text("  ")
        if first_day > self._today:
            # Not lived yet: only a freeze planned ahead (a race, a trip) is worth showing.
            mark.append(" " * 3)
        else:
            done = self._log.week_of(first_day, self._first_weekday).qualifying
            mark.append(f"{done}/{self._target}", self._style("week"))
        if self._streak.week_counts(first_day):
            mark.append(" ")
            mark.append(COUNTED_MARK, self._style("counted"))
        elif self._streak.week_frozen(first_day):
            mark.append(" ")
            mark.append(FROZEN_MARK, self._style("frozen"))
        return mark
