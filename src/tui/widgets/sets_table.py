"""A workout's sets as a table: every value of each set, loads with their own unit, set types as Strong writes them."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual import events

from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.units import reps_text
from tui.domain.workout.breakdown import superset_letter
from tui.domain.workout.model import LoggedSet
from tui.domain.workout.set_values import format_clock, format_distance, load_text, set_type_letter
from tui.widgets.plain import plain_cells
from tui.widgets.row_table import RowTable
from tui.widgets.table_room import lines_in, room_left, share, wrapped

# Type holds Strong's letters (W warm-up, D drop, F failure), empty for a normal set. A cardio entry's distance
# and time get columns of their own; so does a superset's letter ("SS": the sets marked A were done in turn with
# the other exercises marked A). A column is shown only when some set of the workout fills it.
COLUMNS = ("#", "Exercise", "Type", "Reps", "Load", "Hold", "Side", "Band", "RPE", "Note")
CARDIO_COLUMNS = ("Distance", "Time")
# Under 80 columns (a phone's terminal among them) ten columns need sideways scrolling: each set is one cell
# instead, the exercise, then what was logged, each wrapped to the width rather than run off the edge.
NARROW_BELOW = 80
NARROW_COLUMNS = ("#", "Set")
SUPERSET_COLUMN = "SS"
# Wide, these wrap to the room the other columns leave (table_room.py): a long note ran past the right edge at 80.
FREE_TEXT = ("Exercise", "Note")
ALWAYS_SHOWN = ("#", "Exercise")


def columns(cardio: bool, superset: bool = False) -> tuple[str, ...]:
    shown = COLUMNS[:6] + CARDIO_COLUMNS + COLUMNS[6:] if cardio else COLUMNS
    return shown[:2] + (SUPERSET_COLUMN,) + shown[2:] if superset else shown


def set_cells(number: int, logged: LoggedSet, exercise_name: str, cardio: bool = False,
              superset: bool = False, *, bodyweight: bool, units: str = "kg") -> tuple[Text, ...]:
    """One row of the table; user text (names, notes) as Text, so brackets in it are never read as markup. A load
    reads as it was lifted; a distance in the user's units (km with kg, miles with lb)."""
    distance_and_time = (
        "" if logged.distance_m is None else format_distance(logged.distance_m, units),
        "" if logged.duration_s is None else format_clock(logged.duration_s),
    ) if cardio else ()
    superset_cell = ("" if logged.superset is None else superset_letter(logged.superset),) if superset else ()
    cells = (
        str(number),
        exercise_name,
        *superset_cell,
        set_type_letter(logged.set_type),
        "" if logged.reps is None else str(logged.reps),
        "" if logged.load is None else load_text(logged.load, logged.unit, bodyweight=bodyweight),
        "" if logged.hold_s is None else f"{logged.hold_s} s",
        *distance_and_time,
        logged.side or "",
        "+".join(logged.bands),
        "" if logged.rpe is None else f"{logged.rpe:g}",
        logged.note,
    )
    return tuple(plain_cells(*cells))  # the one text rule: control characters dropped too


def narrow_cells(number: int, logged: LoggedSet, exercise_name: str, width: int, *,
                 bodyweight: bool, units: str = "kg", named: bool = True) -> tuple[Text, Text]:
    """The number, and the set in lines of at most width cells: the exercise (and its superset), then every value
    logged, wrapped: cut short with an ellipsis, a phone lost the RPE, the band and the note. Not `named`, the
    values alone, for a set under the one that names its exercise, as a phone app lists a workout: a name on
    every set showed four sets of a workout at 40x20."""
    cardio, superset = logged.is_cardio, logged.superset is not None
    cell = {label: text.plain for label, text in zip(columns(cardio, superset),
                                                      set_cells(number, logged, exercise_name, cardio, superset,
                                                                bodyweight=bodyweight, units=units))}
    # Said in words here, where there is no column to name them.
    in_words = {"Type": "type {}", "RPE": "RPE {}"}
    values = [reps_text(int(text)) if label == "Reps" else in_words.get(label, "{}").format(text)
              for label, text in cell.items() if text and label not in ("#", "Exercise", SUPERSET_COLUMN)]
    line = wrapped(" · ".join(values), width)
    if not named:
        return Text(str(number)), line
    heading = exercise_name + (f" · superset {cell[SUPERSET_COLUMN]}" if superset else "")
    name = wrapped(heading, width)
    name.stylize("bold")
    return Text(str(number)), Text("\n").join((name, line))


def _exercise(logged: LoggedSet) -> tuple[str, int | None]:
    """What a set's name line says: its exercise, and its superset."""
    return logged.exercise_id, logged.superset


def _filled_columns(labels: tuple[str, ...], rows: list[tuple[Text, ...]]
                    ) -> tuple[tuple[str, ...], list[tuple[Text, ...]]]:
    """Only the columns some set fills (and the number and exercise): at 80 columns a run's empty Type, Load,
    Side, Band, RPE and Note left its name five letters wide, on three lines."""
    kept = [index for index, label in enumerate(labels)
            if label in ALWAYS_SHOWN or any(cells[index].plain for cells in rows)]
    return tuple(labels[index] for index in kept), [tuple(cells[index] for index in kept) for cells in rows]


def _width_of(label: str, cells: list[Text]) -> int:
    """A column's width: its title's or its widest cell's."""
    return max([cell_len(label), *(_width(cell) for cell in cells)])


def _width(cell: Text) -> int:
    """The cells a cell's text takes: its longest line's."""
    return max(cell_len(line) for line in cell.plain.split("\n"))


class SetsTable(RowTable):
    """Rows keyed by position; `show` redraws them and keeps the cursor where it was (or where asked)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # What show() was last given, to draw again at another width: the cursor left where it is (None), or where
        # a show() made before the table had a width asked for it.
        self._shown: tuple[Sequence[LoggedSet], ExerciseNameBook, int | None, str] = (
            (), ExerciseNameBook({}), None, "kg")
        self._drawn_for: int | None = None  # the width of a narrow table's set cells, None when wide
        self._wide_for = 0  # the table's width when its wide rows were last drawn

    @property
    def narrow(self) -> bool:
        return 0 < self.app.size.width < NARROW_BELOW

    def _set_width(self) -> int:
        # The room left by the number column (cell padding on both sides of both columns, a scrollbar).
        return max(10, self.size.width - 4 - 2 * self.cell_padding - 2 * self.cell_padding - 2)

    def show(self, sets: Sequence[LoggedSet], names: ExerciseNameBook, cursor: int | None = None,
             units: str = "kg") -> None:
        """The sets, the cursor on row `cursor` (or where it was); distances in `units`' (the settings') kind."""
        if not self.size.width:
            # Not laid out yet (a page just opened): drawn as the table gets its width (on_resize). Drawn now, at no
            # width, a phone's first frame of a workout's page had every set wrapped in a column ten cells wide.
            self._shown = (sets, names, cursor, units)
            self._drawn_for = self._wide_for = -1
            return
        self._shown = (sets, names, None, units)
        row = self.cursor_row if cursor is None else cursor
        cardio = any(logged.is_cardio for logged in sets)
        superset = any(logged.superset is not None for logged in sets)
        labels: tuple[str, ...]
        rows: list[tuple[Text, ...]]
        if self.narrow:
            width = self._drawn_for = self._set_width()
            labels = NARROW_COLUMNS
            rows = [narrow_cells(number, logged, names.get(logged.exercise_id, logged.exercise_id), width,
                                 bodyweight=names.is_bodyweight(logged.exercise_id), units=units,
                                 named=number == 1 or _exercise(sets[number - 2]) != _exercise(logged))
                    for number, logged in enumerate(sets, start=1)]
        else:
            self._drawn_for, self._wide_for = None, self.size.width
            labels, rows = _filled_columns(columns(cardio, superset), [
                set_cells(number, logged, names.get(logged.exercise_id, logged.exercise_id), cardio, superset,
                          bodyweight=names.is_bodyweight(logged.exercise_id), units=units)
                for number, logged in enumerate(sets, start=1)])
            rows = self._fitted(rows, labels)
        self.clear(columns=True)
        # Each column as wide as its widest cell from the start. Left to fit its cells, a DataTable measures them
        # when it is next idle, and a row drawn before that stays drawn at the width of the column's title: after
        # a set was changed, a phone showed every exercise three letters wide, as "Set" is.
        for index, label in enumerate(labels):
            self.add_column(label, width=max(_width(cell) for cell in [Text(label), *(cells[index] for cells in rows)]))
        for cells in rows:
            self.add_row(*cells, height=lines_in(*cells))
        if sets:
            self.move_cursor(row=max(0, min(row, len(sets) - 1)))

    def _fitted(self, rows: list[tuple[Text, ...]], labels: tuple[str, ...]) -> list[tuple[Text, ...]]:
        """The rows with the exercise and the note wrapped to the room the other columns leave (table_room.py)."""
        free = [labels.index(label) for label in FREE_TEXT if label in labels]
        others = [_width_of(label, [cells[index] for cells in rows]) for index, label in enumerate(labels)
                  if index not in free]
        room = room_left(self.size.width, self.cell_padding, others, free_columns=len(free))
        widths = share(room, [_width_of(labels[index], [cells[index] for cells in rows]) for index in free])
        fitted = []
        for cells in rows:
            row = list(cells)
            for index, width in zip(free, widths, strict=True):
                row[index] = wrapped(cells[index].plain, width)
            fitted.append(tuple(row))
        return fitted

    def on_resize(self, event: events.Resize) -> None:
        # Drawn again only when the layout changes (narrow or not) or the room for the cut or wrapped text does.
        wanted = self._set_width() if self.narrow else None
        if wanted != self._drawn_for or (not self.narrow and event.size.width != self._wide_for):
            self.show(*self._shown)
