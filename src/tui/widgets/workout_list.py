"""History's list of past workouts: its columns for the width, and its rows, a window of them at a time.

Wide, a row is the day, the time, the name (wrapped to the room the other columns leave), the sets, the duration
and the volume; narrow (a phone), the day and time over the name, and the sets in a column of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.cells import cell_len
from rich.text import Text
from textual.geometry import Size
from textual.widgets import DataTable

from tui.domain.streaks.weeks import time_on, training_day
from tui.domain.workout.breakdown import duration_text, volume_text
from tui.store.day_index import IndexedWorkout
from tui.widgets.plain import plain_cells
from tui.widgets.row_table import RowTable
from tui.widgets.table_room import fit, lines_in, room_left, usual, widest, wrapped

COLUMNS = ("Date", "Time", "Workout", "Sets", "Duration", "Volume")
COUNTED_COLUMNS = COLUMNS[-3:]  # the figures: as wide as their usual cells, a rare wider one wrapped in its row
NARROW_COLUMNS = ("Workout", "Sets")
# A narrow list's workout name: on two lines at most, so a long imported name leaves room for the others (the
# workout's detail shows it whole).
NAME_LINES = 2


# Rows built at a time: a screenful several times over. Ten years (3,500 workouts) never cost 3,500 rows to show
# 25: the list holds a window of the workouts, a page more added below as the cursor (or the wheel) nears its last
# row, and the window moved up a page as it nears its first. End and home build the window at the oldest or the
# newest workout (end listed every workout first: 1.2 s at ten years, in tmux).
PAGE = 100
NEAR = 10  # rows from the window's edge at which the next page is built
WIDEST = 3 * PAGE  # rows a window moved up keeps
# Screens from the window's edge at which the view, moved by the wheel or the scrollbar, builds the next page: a tap
# on the scrollbar's track cannot go past its thumb, which takes up its last cell well before the window's end.
NEAR_SCREENS = 3


class WorkoutList(RowTable):
    """The workouts, newest first, a window of them at a time (see PAGE). `show` gives the workouts and how a page
    of them is made rows (the columns depend on the width); the rest is the list's own."""

    def __init__(self, *, id: str) -> None:
        super().__init__(id=id)
        self.workouts: Sequence[IndexedWorkout] = ()
        self.first = 0  # the workout the first row shows
        self.built = 0  # the workout after the last row's
        self._add_rows: Callable[[Sequence[IndexedWorkout]], None] = lambda page: None
        self._scroll_followed = False  # a move of the view waits to be followed (watch_scroll_y)

    @property
    def under_cursor(self) -> IndexedWorkout | None:
        if not self.workouts:
            return None
        return self.workouts[min(self.first + self.cursor_row, len(self.workouts) - 1)]

    def show(self, workouts: Sequence[IndexedWorkout], add_rows: Callable[[Sequence[IndexedWorkout]], None],
             at: int) -> None:
        """List workouts with the cursor on the one at index `at`, on the line of the screen it was on (an edit, a
        delete or a return from a workout's detail moves nothing); add_rows makes a page of them rows."""
        self.workouts, self._add_rows = workouts, add_rows
        at = max(0, min(at, len(workouts) - 1))  # (the workout it was on may have been deleted meanwhile)
        line = self._line_on_screen(self.cursor_row) if self.row_count else None
        # A list at its top stays there, the newest workout first: the cursor's workout kept on its line pushed one
        # just finished out of sight above the screen's top, the scrollbar the only sign of it.
        if self.first == 0 and self.scroll_y == 0:
            line = None
        first = 0 if at < PAGE - NEAR else at - PAGE // 2
        self._build(first, max(first + PAGE, at + NEAR), at, None if line is None else (at, -line))

    def _build(self, first: int, stop: int, cursor: int, anchor: tuple[int, float] | None = None) -> None:
        """Rows for workouts[first:stop] only, the cursor on workout `cursor`. With an anchor (a workout, and how far
        above the screen's top its first line is) the view keeps that workout where it was, and a cursor out of
        sight (the wheel left it there) comes onto the screen's first row; without, the view shows the cursor."""
        self.clear()
        self.first = self.built = max(0, first)
        self._add_more(min(stop, len(self.workouts)) - self.first)
        if not self.workouts:
            return
        cursor = min(max(cursor, self.first), self.built - 1)
        if anchor is not None and self.first <= anchor[0] < self.built:
            self._measure_now()
            self.scroll_to(y=self._row_top(anchor[0] - self.first) + anchor[1], animate=False, immediate=True)
            if self._line_on_screen(cursor - self.first) is None:  # else the table would scroll back to it
                cursor = self.first + self._rows_on_screen()[0]
        self.move_cursor(row=cursor - self.first)  # (a screen that got shorter scrolls to it)

    def _measure_now(self) -> None:
        """The table's height now (it works it out only when idle), so that it scrolls at once: no frame shows the
        window's first rows in between."""
        self.virtual_size = Size(self.virtual_size.width, self._header_lines + self._row_top(self.row_count))

    def _row_top(self, row: int) -> int:
        """The line a row starts on, counted as scroll_y counts (from the first row, under the header)."""
        return sum(shown.height for shown in self.ordered_rows[:row])

    @property
    def _header_lines(self) -> int:
        return self.header_height if self.show_header else 0

    @property
    def _rows_height(self) -> int:
        """The lines the rows have on screen, under the header."""
        return self.scrollable_content_region.height - self._header_lines

    def _line_on_screen(self, row: int) -> float | None:
        """The line of the screen a row starts on, from the first under the header; None unless shown whole (a
        phone's row of two lines, its name cut off at the screen's foot, was taken as in sight)."""
        line = self._row_top(row) - self.scroll_y
        return line if 0 <= line and line + self.ordered_rows[row].height <= self._rows_height else None

    def _rows_on_screen(self) -> tuple[int, int]:
        """The first and the last row shown whole (the first row shown, when none is)."""
        top, rows = 0, []
        for row, shown in enumerate(self.ordered_rows):
            if top >= self.scroll_y and top + shown.height <= self.scroll_y + self._rows_height:
                rows.append(row)
            top += shown.height
        return (rows[0], rows[-1]) if rows else (self._top_on_screen()[0] - self.first,) * 2

    def _top_on_screen(self) -> tuple[int, float]:
        """The workout at the top of the screen, and how far above the screen's top its first line is."""
        top = 0
        for row, shown in enumerate(self.ordered_rows):
            if top + shown.height > self.scroll_y:
                return self.first + row, self.scroll_y - top
            top += shown.height
        return self.first, 0.0

    def _add_more(self, rows: int) -> None:
        page = self.workouts[self.built:self.built + rows]
        self._add_rows(page)
        self.built += len(page)

    def _more_above(self) -> None:
        """Move the window a page up, keeping what is on screen where it is."""
        if self.first > 0:
            cursor = self.first + self.cursor_row
            self._build(self.first - PAGE, min(self.built, self.first - PAGE + WIDEST), cursor,
                        self._top_on_screen())

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        # Where the cursor is now, not the event's row: a window built since told of its first row. (The event goes
        # on to the screen, which offers the keys for the workout under the cursor.)
        if self.cursor_row >= self.row_count - NEAR and self.built < len(self.workouts):
            self._add_more(PAGE)
        elif self.cursor_row < NEAR and self.first > 0:
            self._more_above()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """However the view moved: the wheel, a tap or a drag on the scrollbar (a phone's way over `serve`, with
        neither keys nor a wheel: the list stopped at the window's last row, a few months back), the keys."""
        super().watch_scroll_y(old_value, new_value)
        # Once it is still: the cursor moved onto the screen in the middle of a tap's scroll stopped it there.
        if new_value == self.scroll_target_y and not self._scroll_followed:
            self._scroll_followed = True
            self.call_after_refresh(self._scrolled)

    def _scrolled(self) -> None:
        """Once the view has moved: a page more where the screen nears an end of the window, and the cursor on a
        row of the screen (the one nearest where it was), so that enter opens a workout in sight, highlighted."""
        self._scroll_followed = False
        near = NEAR_SCREENS * self.size.height
        if self.scroll_y >= self.max_scroll_y - near and self.built < len(self.workouts):
            self._add_more(PAGE)
        elif self.scroll_y <= near and self.first > 0:
            self._more_above()
        if self.row_count and self._line_on_screen(self.cursor_row) is None:
            first, last = self._rows_on_screen()
            # Not scrolled by move_cursor, which scrolls to where the cursor was (back where the wheel left).
            self.move_cursor(row=min(max(self.cursor_row, first), last), scroll=False)

    def action_scroll_bottom(self) -> None:
        if self.built < len(self.workouts):
            self._build(len(self.workouts) - PAGE, len(self.workouts), len(self.workouts) - 1)
            # The table scrolls to its cursor only once it has measured the new rows, a frame later: End's first
            # frame showed the window's first rows, and the oldest came with a second (64 ms at ten years in tmux).
            self._measure_now()
            self.scroll_to(y=self.max_scroll_y, animate=False, immediate=True)
        super().action_scroll_bottom()

    def action_scroll_top(self) -> None:
        if self.first > 0:
            self._build(0, PAGE, 0)
        super().action_scroll_top()

    def set_layout(self, narrow: bool) -> None:
        """The columns for a phone (narrow) or a wider screen; the rows go with the old ones."""
        self.clear(columns=True)
        for label in NARROW_COLUMNS if narrow else COLUMNS:
            self.add_column(label, key=label.lower())

    def name_room(self, screen_width: int, widths: Sequence[int]) -> int:
        """The cells a workout's name has in the wide list, beside columns of these widths (measure_wide)."""
        return room_left(screen_width, self.cell_padding, widths)

    def add_narrow(self, page: Sequence[IndexedWorkout], screen_width: int, rollover_hour: int) -> None:
        # "Fri 30 Oct 2026 18:01 · 11 min" over the workout's name; the sets in a column of their own.
        width = room_left(screen_width, self.cell_padding, [len("Sets")])
        for summary in page:
            started = " ".join(_when(summary, rollover_hour))
            duration = duration_text(summary.lasted_s)
            if " h " in duration and len(started) + 3 + len(duration) > width:
                duration = duration.removesuffix(" min")  # "1 h 05": a workout of an hour took three lines
            # The duration on a line of its own when both do not fit: an hour's "1 h 05 min" was cut to "1 h 0…".
            when = [f"{started} · {duration}"] if duration and len(started) + 3 + len(duration) <= width else [
                started, *([duration] if duration else [])]
            name = wrapped(summary.name, width, max_lines=NAME_LINES)
            name.stylize("bold")
            sets = str(summary.sets) + (f"+{summary.cardio}" if summary.cardio else "")
            self.add_row(Text("\n").join((*(fit(line, width) for line in when), name)), sets, key=summary.id,
                         height=len(when) + 1 + name.plain.count("\n"))

    def add_wide(self, page: Sequence[IndexedWorkout], units: str, rollover_hour: int, widths: Sequence[int],
                 name_room: int) -> None:
        """Rows in columns of these widths (measure_wide's), the name wrapped to name_room."""
        counted_widths = widths[-len(COUNTED_COLUMNS):]
        for summary in page:
            day, time, *counted = wide_cells(summary, units, rollover_hour)
            name = wrapped(summary.name, name_room)
            # Text cells: a string cell is parsed as markup, which was most of the cost of listing ten years at once.
            cells = [wrapped(cell, width) if cell_len(cell) > width else plain_cells(cell)[0]
                     for cell, width in zip(counted, counted_widths, strict=True)]
            self.add_row(*plain_cells(day, time), name, *cells, key=summary.id, height=lines_in(name, *cells))


def measure_wide(summaries: Sequence[IndexedWorkout], units: str, rollover_hour: int, first_page: int) -> list[int]:
    """The widths of the wide list's columns but the name's, as its rows will have them: sets, duration and volume
    measured over every workout, as wide as their usual cells (the rare wider one wraps in its row: see
    table_room.usual); day and time over the first page, as a day ("Wed 02 Dec 2026") and a time are as wide on
    every row (formatting them took half the time of the whole measure, at ten years), but the time of a workout
    begun before the rollover hour, on the next date ("Tue 00:49"): the first one of those is measured too."""
    late = [summary for summary in summaries if summary.started_local.hour < rollover_hour][:1]
    first = [wide_cells(summary, units, rollover_hour) for summary in (*summaries[:first_page], *late)]
    counted = [_counted_cells(summary, units) for summary in summaries]
    day, time = ({cells[index] for cells in first} for index in (0, 1))
    return [widest("Date", day), widest("Time", time),
            *(usual(label, [cells[index] for cells in counted]) for index, label in enumerate(COUNTED_COLUMNS))]


def wide_cells(summary: IndexedWorkout, units: str, rollover_hour: int) -> tuple[str, str, str, str, str]:
    """A workout's cells in the wide list, but its name: day, time, sets, duration and volume."""
    return (*_when(summary, rollover_hour), *_counted_cells(summary, units))


def _when(summary: IndexedWorkout, rollover_hour: int) -> tuple[str, str]:
    """The day the workout counts for, as the Calendar, the streak and the records date it ("Mon 07 Dec 2026"),
    and its start beside that day ("00:49", or "Tue 00:49" past midnight, before the rollover hour): a workout at
    00:49 was listed under the next date, and its record was dated the day before."""
    day = training_day(summary.started_local, rollover_hour)
    return f"{day:%a %d %b %Y}", time_on(summary.started_local, day)


def _sets_cell(summary: IndexedWorkout) -> str:
    """ "12", "12 +1 cardio", and a run alone "1 cardio", as sentences say it (counts.sets_and_cardio): not "0 +1
    cardio"."""
    if not summary.cardio:
        return str(summary.sets)
    return f"{summary.sets} +{summary.cardio} cardio" if summary.sets else f"{summary.cardio} cardio"


def _counted_cells(summary: IndexedWorkout, units: str) -> tuple[str, str, str]:
    return _sets_cell(summary), duration_text(summary.lasted_s), volume_text(summary.volume(units), units)
