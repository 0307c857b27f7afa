"""A workout's sets as a table: every value of each set, loads with their own unit, set types as Strong writes them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rich.text import Text
from textual.widgets import DataTable

from tui.domain.set_values import format_clock, format_distance, format_load, set_type_letter
from tui.domain.workout_breakdown import superset_letter
from tui.domain.workouts import LoggedSet
from tui.widgets.plain import plain_cells

# Type holds Strong's letters (W warm-up, D drop, F failure), empty for a normal set. A cardio entry's distance
# and time get columns of their own, there only when the workout has one; so does a superset's letter ("SS": the
# sets marked A were done in turn with the other exercises marked A).
COLUMNS = ("#", "Exercise", "Type", "Reps", "Load", "Hold", "Side", "Band", "RPE", "Note")
CARDIO_COLUMNS = ("Distance", "Time")
SUPERSET_COLUMN = "SS"


def columns(cardio: bool, superset: bool = False) -> tuple[str, ...]:
    shown = COLUMNS[:6] + CARDIO_COLUMNS + COLUMNS[6:] if cardio else COLUMNS
    return shown[:2] + (SUPERSET_COLUMN,) + shown[2:] if superset else shown


def set_cells(number: int, logged: LoggedSet, exercise_name: str, cardio: bool = False,
              superset: bool = False) -> tuple[Text, ...]:
    """One row of the table; user text (names, notes) as Text, so brackets in it are never read as markup."""
    distance_and_time = (
        "" if logged.distance_m is None else format_distance(logged.distance_m),
        "" if logged.duration_s is None else format_clock(logged.duration_s),
    ) if cardio else ()
    superset_cell = ("" if logged.superset is None else superset_letter(logged.superset),) if superset else ()
    cells = (
        str(number),
        exercise_name,
        *superset_cell,
        set_type_letter(logged.set_type),
        "" if logged.reps is None else str(logged.reps),
        "" if logged.load is None else f"{format_load(logged.load)} {logged.unit}",
        "" if logged.hold_s is None else f"{logged.hold_s} s",
        *distance_and_time,
        logged.side or "",
        "+".join(logged.bands),
        "" if logged.rpe is None else f"{logged.rpe:g}",
        logged.note,
    )
    return tuple(plain_cells(*cells))  # the one text rule: control characters dropped too


class SetsTable(DataTable):
    """Rows keyed by position; `show` redraws them and keeps the cursor where it was (or where asked)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)

    def show(self, sets: Sequence[LoggedSet], names: Mapping[str, str], cursor: int | None = None) -> None:
        row = self.cursor_row if cursor is None else cursor
        cardio = any(logged.is_cardio for logged in sets)
        superset = any(logged.superset is not None for logged in sets)
        self.clear(columns=True)
        self.add_columns(*columns(cardio, superset))
        for number, logged in enumerate(sets, start=1):
            name = names.get(logged.exercise_id, logged.exercise_id)
            self.add_row(*set_cells(number, logged, name, cardio, superset))
        if sets:
            self.move_cursor(row=max(0, min(row, len(sets) - 1)))
