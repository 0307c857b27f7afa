"""53 weeks at a glance: weeks as columns, weekdays as rows, each day shaded by the sets logged.

Narrower than its 53 weeks (a phone), the weeks scroll sideways under weekday labels that stay at the left, as a
table's fixed column: scrolled to this week, each row still says which day it is."""

from __future__ import annotations

from datetime import date, timedelta

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Region, Size, Spacing
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.domain.streaks.streak import Streak
from tui.domain.streaks.training_log import TrainingLog
from tui.domain.streaks.weeks import week_start, weekday_names
from tui.widgets.month_grid import COUNTED_MARK, FROZEN_MARK, shade_level

WEEKS_SHOWN = 53
LABEL_WIDTH = 4
GLYPHS = ("·", "░", "▒", "▓", "█")  # by shade level; shapes as well as colours, so NO_COLOR still reads
LEGEND_ITEMS = ("· none", "░ 1-5", "▒ 6-10", "▓ 11-15", "█ 16+ sets", "~ cardio")
LEGEND = "  ".join(LEGEND_ITEMS)
CARDIO_GLYPH = "~"  # a day of cardio alone (a run, a row): no sets to shade, but not a day of nothing


def window_end(cursor_week: date, this_week: date) -> date:
    """The first day of the last week shown: this week, unless the cursor went beyond the 53 weeks it ends."""
    if cursor_week > this_week:
        return cursor_week
    if cursor_week <= this_week - timedelta(weeks=WEEKS_SHOWN):
        return cursor_week + timedelta(weeks=WEEKS_SHOWN - 1)
    return this_week


def legend_lines(width: int) -> str:
    """The legend in lines no wider than `width`, broken between its items only: a shade stays beside its sets."""
    lines: list[str] = []
    for item in LEGEND_ITEMS:
        if lines and cell_len(lines[-1]) + 2 + cell_len(item) <= width:
            lines[-1] += "  " + item
        else:
            lines.append(item)
    return "\n".join(lines)


def whole_words(line: str, start: int, end: int) -> str:
    """line[start:end], with blanks for the part of a word that goes on beyond either end."""
    shown = list(line[start:end].ljust(end - start))
    if 0 < start < len(line) and line[start - 1] != " ":
        for at, character in enumerate(shown):
            if character == " ":
                break
            shown[at] = " "
    if end < len(line) and line[end] != " ":
        for at in range(len(shown) - 1, -1, -1):
            if shown[at] == " ":
                break
            shown[at] = " "
    return "".join(shown)


class YearHeatmap(ScrollView):
    """The screen owns the data and the cursor and calls show(). It takes no focus: the arrows move the screen's
    day cursor (a focused scroll view would take them, and home and end, to scroll itself)."""

    can_focus = False

    DEFAULT_CSS = """
    YearHeatmap {
        width: 57;
        max-width: 100%;
        height: auto;
        overflow-x: auto;
        overflow-y: hidden;
    }
    YearHeatmap > .heatmap--label { color: $text-muted; }
    YearHeatmap > .heatmap--empty { color: $text-disabled; }
    YearHeatmap > .heatmap--level-1 { color: $success 45%; }
    YearHeatmap > .heatmap--level-2 { color: $success 65%; }
    YearHeatmap > .heatmap--level-3 { color: $success 85%; }
    YearHeatmap > .heatmap--level-4 { color: $success; }
    YearHeatmap > .heatmap--cursor { color: $block-cursor-foreground; background: $block-cursor-background; }
    YearHeatmap > .heatmap--counted { color: $success; text-style: bold; }
    YearHeatmap > .heatmap--frozen { color: $accent; text-style: bold; }
    YearHeatmap > .heatmap--cardio { color: $accent; }
    """
    COMPONENT_CLASSES = {
        "heatmap--label", "heatmap--empty", "heatmap--level-1", "heatmap--level-2", "heatmap--level-3",
        "heatmap--level-4", "heatmap--cursor", "heatmap--counted", "heatmap--frozen", "heatmap--cardio",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._log: TrainingLog | None = None
        self._streak: Streak | None = None
        self._cursor = date.today()
        self._today = date.today()
        self._first_weekday = "monday"
        self._rows: list[Strip] | None = None  # the whole rows drawn, until the data or the theme changes
        self.virtual_size = Size(LABEL_WIDTH + WEEKS_SHOWN, 9)

    def show(self, log: TrainingLog, streak: Streak, cursor: date, today: date, first_weekday: str) -> None:
        self._log, self._streak = log, streak
        self._cursor, self._today, self._first_weekday = cursor, today, first_weekday
        self._rows = None
        self.refresh()
        self.call_after_refresh(self.scroll_to_cursor)  # once laid out: the first show() comes before that

    def on_resize(self) -> None:
        # Narrower (the screen's scrollbar came, a phone turned): the cursor's week could have gone out of view.
        self.call_after_refresh(self.scroll_to_cursor)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._rows = None  # another theme: other colours

    def _style(self, name: str):
        return self.get_component_rich_style(f"heatmap--{name}")

    def weeks_shown(self) -> list[date]:
        """The first days of the weeks shown, oldest first."""
        end = window_end(week_start(self._cursor, self._first_weekday), week_start(self._today, self._first_weekday))
        return [end - timedelta(weeks=offset) for offset in range(WEEKS_SHOWN - 1, -1, -1)]

    def cursor_column(self) -> int:
        """The column of the cursor's week, counted from the heatmap's left edge (after the weekday labels)."""
        first = week_start(self._cursor, self._first_weekday)
        weeks = self.weeks_shown()
        return LABEL_WIDTH + (weeks.index(first) if first in weeks else len(weeks) - 1)

    def scroll_to_cursor(self) -> None:
        """Bring the cursor's week into view, clear of the weekday labels that cover the left of the view."""
        self.scroll_to_region(Region(self.cursor_column(), 0, 1, 1), spacing=Spacing(left=LABEL_WIDTH),
                              animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        rows = self._drawn_rows()
        width = self.scrollable_content_region.width
        if y >= len(rows):
            return Strip.blank(width, self.rich_style)
        row, left = rows[y], LABEL_WIDTH + int(self.scroll_x)
        labels, weeks = row.crop(0, LABEL_WIDTH), row.crop(left, left + width - LABEL_WIDTH)
        if y == 0:  # the months: a name the view's edge cuts in two ("r May", "Oct No") is left out
            weeks = Strip([Segment(whole_words(row.text, left, left + width - LABEL_WIDTH), self._style("label"))])
        return Strip.join([labels, weeks]).extend_cell_length(width).apply_style(self.rich_style)

    def _drawn_rows(self) -> list[Strip]:
        if self._rows is None:
            console = self.app.console
            self._rows = [Strip(line.render(console)) for line in self.text().split("\n")]
        return self._rows

    def text(self) -> Text:
        """All the rows, labels and 53 weeks, as the widget draws them when it is wide enough."""
        text = Text(no_wrap=True, overflow="crop")
        if self._log is None or self._streak is None:
            return text
        weeks = self.weeks_shown()
        text.append(self._month_labels(weeks) + "\n", self._style("label"))
        for row, name in enumerate(weekday_names(self._first_weekday)):
            text.append(f"{name[:2]:<{LABEL_WIDTH}}", self._style("label"))
            for first_day in weeks:
                self._append_day(text, first_day + timedelta(days=row))
            text.append("\n")
        text.append(f"{'wk':<{LABEL_WIDTH}}", self._style("label"))
        for first_day in weeks:
            if self._streak.week_counts(first_day):
                text.append(COUNTED_MARK, self._style("counted"))
            elif self._streak.week_frozen(first_day):
                text.append(FROZEN_MARK, self._style("frozen"))
            else:
                text.append(" ")
        return text

    def _append_day(self, text: Text, day: date) -> None:
        if day > self._today:
            glyph, style = " ", None
        else:
            assert self._log is not None  # nothing is drawn before show()
            totals = self._log.on(day)
            level = shade_level(totals.sets)
            glyph, style = GLYPHS[level], self._style(f"level-{level}" if level else "empty")
            if not level and totals.cardio:
                glyph, style = CARDIO_GLYPH, self._style("cardio")
        if day == self._cursor:
            style = self._style("cursor")
        text.append(glyph, style)

    @staticmethod
    def _month_labels(weeks: list[date]) -> str:
        # A label sits over the first week that holds the 1st of its month, when there is room for it, within the
        # weeks (a label running past the last week would push the row beyond the widget, which wraps it). The
        # month the weeks begin in mid-way is named over the first week, when there is room before the next: a
        # window from 02 Dec began with four weeks under no name, and "Jan" read as the cursor's month.
        width = LABEL_WIDTH + len(weeks)
        line = [" "] * width
        starts = [(column, first_day + timedelta(days=6)) for column, first_day in enumerate(weeks)
                  if (first_day + timedelta(days=6)).day <= 7]  # the weeks that hold a 1st (of their last day's month)
        room = starts[0][0] - 1 if starts else len(weeks)  # the columns before the first 1st, less a blank
        if weeks and len(f"{weeks[0]:%b}") <= room:
            starts.insert(0, (0, weeks[0]))
        # Placed from the right: a month begun in the last two weeks is named ending at the last week (its name ran
        # past it), and the month before moves left to make room (with weeks from Sunday 29 Nov, December's name
        # clashed with November's and was dropped: the weeks up to today read as November). Two 1sts are at least
        # four weeks apart, room for a name and a blank, so nothing moves by more than two columns.
        room_up_to = width
        for column, day in reversed(starts):
            label = f"{day:%b}"
            at = min(LABEL_WIDTH + column, room_up_to - len(label))
            if at >= LABEL_WIDTH:
                line[at:at + len(label)] = label
                room_up_to = at - 1  # a blank between two names
        return "".join(line).rstrip()
