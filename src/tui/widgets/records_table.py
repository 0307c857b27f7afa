"""History's Records tab: each exercise's personal records, one row each, the exercise named on its first row only,
so the groups read as a list. Wide, the exercise wraps to the room the kind, the best and the day leave; narrow (a
phone), the exercise sits over the record's kind, and the best over the day it was first reached."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text

from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.progress.records import PersonalRecord, RecordKind
from tui.widgets.plain import plain_cells
from tui.widgets.row_table import RowTable
from tui.widgets.table_room import lines_in, room_left, widest, wrapped

COLUMNS = ("Exercise", "Record", "Best", "First reached")
NARROW_COLUMNS = ("Record", "Best")
A_DAY = "Sun 30 Nov 2026"  # as wide as any day a record was first reached

Records = Mapping[str, Mapping[RecordKind, PersonalRecord]]  # exercise id -> its records, in the screens' order


class RecordsTable(RowTable):
    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.exercises: list[str] = []  # the exercise of each row
        self.workouts: list[str] = []  # the workout that set each row's record
        self.kinds: list[RecordKind] = []  # each row's kind of record

    def set_layout(self, narrow: bool) -> None:
        """The columns for a phone (narrow) or a wider screen; the rows go with the old ones."""
        self.clear(columns=True)
        self.add_columns(*(NARROW_COLUMNS if narrow else COLUMNS))

    def exercise_under_cursor(self) -> str | None:
        return self.exercises[min(self.cursor_row, len(self.exercises) - 1)] if self.row_count else None

    def kind_under_cursor(self) -> RecordKind | None:
        record = self._record_under_cursor()
        return record[1] if record else None

    def _record_under_cursor(self) -> tuple[str, RecordKind] | None:
        return (self.exercises[self.cursor_row], self.kinds[self.cursor_row]) \
            if self.row_count and self.cursor_row < len(self.kinds) else None

    def workout_under_cursor(self) -> str | None:
        return self.workouts[min(self.cursor_row, len(self.workouts) - 1)] if self.row_count else None

    def show(self, records: Records, names: ExerciseNameBook, narrow: bool, screen_width: int) -> None:
        """The records, exercises in the order of their names, in the columns set_layout(narrow) gave; the text
        fits screen_width (a table on a hidden tab has no width of its own). The cursor stays on its record: back
        from the workout a record opens, it was on the first row."""
        under_cursor = self._record_under_cursor()
        self.clear()
        if narrow:
            width = room_left(screen_width, self.cell_padding, [len(A_DAY)])
        else:
            cells = [(str(record.kind), record.text(), _day(record)) for found in records.values()
                     for record in found.values()]
            width = room_left(screen_width, self.cell_padding,
                              [widest(label, (row[index] for row in cells)) for index, label in enumerate(COLUMNS[1:])])
        self.exercises, self.workouts, self.kinds = [], [], []
        for exercise_id in sorted(records, key=lambda exercise_id: names.get(exercise_id, exercise_id).lower()):
            for number, record in enumerate(records[exercise_id].values()):
                self.exercises.append(exercise_id)
                self.workouts.append(record.workout_id)
                self.kinds.append(record.kind)
                name = names.get(exercise_id, exercise_id) if number == 0 else ""
                if narrow:
                    # The exercise's name over its records, each record's value beside its kind, its day under
                    # the value. The value went beside the name: a name on two lines left "most reps" alone under
                    # its own value and day.
                    kind = wrapped(str(record.kind), width)  # whole: "estimated 1RM (Epl…" was cut on a phone
                    first, second = kind, Text("\n").join(plain_cells(record.text(), _day(record)))
                    if name:
                        title = wrapped(name, width)
                        title.stylize("bold")
                        first, second = Text("\n").join((title, kind)), Text("\n" * lines_in(title)) + second
                    self.add_row(first, second, height=lines_in(first, second))
                else:
                    title = wrapped(name, width)
                    self.add_row(title, *plain_cells(str(record.kind), record.text(), _day(record)),
                                 height=lines_in(title))
        rows = list(zip(self.exercises, self.kinds, strict=True))
        if under_cursor in rows:
            self.move_cursor(row=rows.index(under_cursor), animate=False)


def _day(record: PersonalRecord) -> str:
    return f"{record.day:%a %d %b %Y}"
