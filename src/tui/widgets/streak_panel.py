"""The streak in words: current and longest streak, this week's progress, freezes left, the cursor's day."""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.widget import Widget

from tui.domain.counts import count
from tui.domain.streaks.freezes import MAX_FREEZES_PER_YEAR
from tui.domain.streaks.streak import Streak
from tui.domain.streaks.training_log import Totals
from tui.widgets.hanging import HangingIndent, HangingLines

LABEL_WIDTH = 16  # "Current streak" and two blanks


def weeks(number: int) -> str:
    return count(number, "week")


def day_summary(totals: Totals) -> str:
    """ "1 workout, 12 sets" or "no workout"."""
    if not totals.workouts:
        return "no workout"
    return f"{count(totals.workouts, 'workout')}, {count(totals.sets, 'set')}"


class StreakPanel(Widget):
    DEFAULT_CSS = """
    StreakPanel {
        width: 1fr;
        height: auto;
    }
    StreakPanel > .streak--label { color: $text-muted; }
    StreakPanel > .streak--figure { color: $text; text-style: bold; }
    StreakPanel > .streak--good { color: $success; text-style: bold; }
    StreakPanel > .streak--frozen { color: $accent; text-style: bold; }
    """
    COMPONENT_CLASSES = {"streak--label", "streak--figure", "streak--good", "streak--frozen"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._lines: list[tuple[str, str, str]] = []
        self._day: tuple[str, str] = ("", "")

    def show(
        self, streak: Streak, cursor: date, cursor_day: Totals, freezes_used: int, freeze_year: int,
        cursor_week: str = "",
    ) -> None:
        """cursor_week: what to say of the cursor's week after its day ("week frozen"), or "" for nothing."""
        week = streak.this_week
        week_style = "good" if week.counts else "frozen" if week.frozen else "figure"
        self._lines = [
            ("Current streak", weeks(streak.current), "good" if streak.current else "figure"),
            ("Longest streak", weeks(streak.longest), "figure"),
            ("This week", week.text, week_style),
            ("Freezes left", f"{MAX_FREEZES_PER_YEAR - freezes_used} of {MAX_FREEZES_PER_YEAR} in {freeze_year}",
             "figure"),
        ]
        self._day = (f"{cursor:%a %d %b %Y}", day_summary(cursor_day) + (f" ({cursor_week})" if cursor_week else ""))
        self.refresh(layout=True)

    def render(self) -> HangingLines:
        # A value too long for a phone's width goes on under itself, clear of the labels.
        label, figure = self.get_visual_style("streak--label"), self.get_visual_style("streak--figure")
        lines = [
            HangingIndent(Content.assemble((f"{name:<{LABEL_WIDTH}}", label),
                                           (value, self.get_visual_style(f"streak--{style}"))), LABEL_WIDTH)
            for name, value, style in self._lines
        ]
        if self._lines:
            day, summary = self._day
            lines += [HangingIndent("", 0), HangingIndent(Content(day).stylize(figure), 0),
                      HangingIndent(Content(summary).stylize(label), 0)]
        return HangingLines.of(lines)
