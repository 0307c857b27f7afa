"""History's list of past workouts: its columns for the width, and its rows, added a page at a time by the screen.

Wide, a row is the day, the time, the name (wrapped to the room the other columns leave), the sets, the duration
and the volume; narrow (a phone), the day and time over the name, and the sets in a column of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.text import Text

from tui.domain.workout.breakdown import duration_text, volume_text
from tui.store.day_index import IndexedWorkout
from tui.widgets.plain import plain_cells
from tui.widgets.row_table import RowTable
from tui.widgets.table_room import fit, lines_in, room_left, widest, wrapped

COLUMNS = ("Date", "Time", "Workout", "Sets", "Duration", "Volume")
NARROW_COLUMNS = ("Workout", "Sets")
# A narrow list's workout name: on two lines at most, so a long imported name leaves room for the others (the
# workout's detail shows it whole).
NAME_LINES = 2


class WorkoutList(RowTable):
    """End goes to the oldest workout, listing the rows not built yet first (it went to the last row built: a page
    more each time it was pressed)."""

    def __init__(self, list_the_rest: Callable[[], None], *, id: str) -> None:
        super().__init__(id=id)
        self._list_the_rest = list_the_rest

    def action_scroll_bottom(self) -> None:
        self._list_the_rest()
        super().action_scroll_bottom()

    def set_layout(self, narrow: bool) -> None:
        """The columns for a phone (narrow) or a wider screen; the rows go with the old ones."""
        self.clear(columns=True)
        for label in NARROW_COLUMNS if narrow else COLUMNS:
            self.add_column(label, key=label.lower())

    def name_room(self, screen_width: int, widths: Sequence[int]) -> int:
        """The cells a workout's name has in the wide list, beside columns of these widths (measure_wide)."""
        return room_left(screen_width, self.cell_padding, widths)

    def add_narrow(self, page: Sequence[IndexedWorkout], screen_width: int) -> None:
        # "Fri 30 Oct 2026 18:01 · 11 min" over the workout's name; the sets in a column of their own.
        width = room_left(screen_width, self.cell_padding, [len("Sets")])
        for summary in page:
            started = f"{summary.started_local:%a %d %b %Y %H:%M}"
            duration = duration_text(summary.lasted_s)
            # The duration on a line of its own when both do not fit: an hour's "1 h 05 min" was cut to "1 h 0…".
            when = [f"{started} · {duration}"] if duration and len(started) + 3 + len(duration) <= width else [
                started, *([duration] if duration else [])]
            name = wrapped(summary.name, width, max_lines=NAME_LINES)
            name.stylize("bold")
            sets = str(summary.sets) + (f"+{summary.cardio}" if summary.cardio else "")
            self.add_row(Text("\n").join((*(fit(line, width) for line in when), name)), sets, key=summary.id,
                         height=len(when) + 1 + name.plain.count("\n"))

    def add_wide(self, page: Sequence[IndexedWorkout], units: str, name_room: int) -> None:
        for summary in page:
            day, time, sets, duration, volume = wide_cells(summary, units)
            name = wrapped(summary.name, name_room)
            # Text cells: a string cell is parsed as markup, which was most of the cost of listing ten years at once.
            self.add_row(*plain_cells(day, time), name, *plain_cells(sets, duration, volume), key=summary.id,
                         height=lines_in(name))


def measure_wide(summaries: Sequence[IndexedWorkout], units: str, first_page: int) -> list[int]:
    """The widths of the wide list's columns but the name's, as its rows will have them: sets, duration and volume
    measured over every workout; day and time over the first page, as a day ("Wed 02 Dec 2026") and a time are as
    wide on every row (formatting them took half the time of the whole measure, at ten years)."""
    labels = [label for label in COLUMNS if label != "Workout"]
    first = [wide_cells(summary, units) for summary in summaries[:first_page]]
    counted = [_counted_cells(summary, units) for summary in summaries]
    day, time = ({cells[index] for cells in first} for index in (0, 1))
    sets, duration, volume = ({cells[index] for cells in counted} for index in (0, 1, 2))
    return [widest(label, column) for label, column in zip(labels, (day, time, sets, duration, volume), strict=True)]


def wide_cells(summary: IndexedWorkout, units: str) -> tuple[str, str, str, str, str]:
    """A workout's cells in the wide list, but its name: day, time, sets, duration and volume."""
    started = summary.started_local
    return (f"{started:%a %d %b %Y}", f"{started:%H:%M}", *_counted_cells(summary, units))


def _counted_cells(summary: IndexedWorkout, units: str) -> tuple[str, str, str]:
    sets = str(summary.sets) + (f" +{summary.cardio} cardio" if summary.cardio else "")
    return sets, duration_text(summary.lasted_s), volume_text(summary.volume(units), units)
