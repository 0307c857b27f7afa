"""Sets as CSV with Strong's columns, one row per set (and cardio entry), and reading such a file back.

Strong's columns come first, in Strong's order, so tools made for Strong read our file; ours follow (side,
band, unit, set id, the distance's unit, a custom exercise's category). A warm-up, drop or failure set has W, D
or F as its Set Order, as Strong writes them; the normal sets of an exercise are numbered from 1. A cardio entry
has its distance in kilometres and its duration in Seconds. A cell a spreadsheet would run as a formula (a
note "=1+2") is written with a quote in front, which our import takes off (see spreadsheet.py). Reading is
transfer.strong's (with every other app's export), through `from_csv`.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal

from tui.domain.catalogue.exercise_names import ExerciseNames
from tui.domain.transfer.data import UserData
from tui.domain.transfer.source import DEFAULT_WORKOUT_NAME, ID_NAMESPACE
from tui.domain.transfer.spreadsheet import spreadsheet_safe
from tui.domain.workout.breakdown import nearest_minutes
from tui.domain.workout.model import SET_TYPE_LETTERS, Workout

__all__ = ["DEFAULT_WORKOUT_NAME", "ID_NAMESPACE", "STRONG_COLUMNS", "OUR_COLUMNS", "format_duration", "from_csv",
           "to_csv"]

STRONG_COLUMNS = (
    "Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps", "Distance", "Seconds",
    "Notes", "Workout Notes", "RPE",
)
OUR_COLUMNS = ("Side", "Band", "Unit", "Set ID", "Distance Unit", "Category", "Superset")


# --- writing -----------------------------------------------------------------------------------------------


def format_duration(seconds: float) -> str:
    """Strong's way: "1h 5m", "1h", "42m"; under a minute "42s", never "0m". To the nearest minute, as the app
    shows it (rounded down, a workout of 1:35 read "1m" here and "2 min" in History)."""
    if seconds < 60:
        return f"{max(0, int(seconds))}s"
    hours, minutes = divmod(nearest_minutes(int(seconds)), 60)
    if hours:
        return f"{hours}h {minutes}m" if minutes else f"{hours}h"
    return f"{minutes}m"


def _number_text(value: float | int | None, absent: str = "0") -> str:
    if value is None:
        return absent
    if float(value).is_integer():
        return str(int(value))
    # Plain digits, never "1e-05": spreadsheets and other apps read these; the shortest repr keeps it exact.
    return format(Decimal(repr(float(value))), "f")


def to_csv(workouts: Iterable[Workout], names: ExerciseNames) -> str:
    """One row per set of each workout, oldest workout first; Strong's columns, then ours."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    write = writer.writerow
    write(STRONG_COLUMNS + OUR_COLUMNS)
    for workout in sorted(workouts, key=lambda w: (w.started_at.utc, w.name, w.id)):
        started = workout.started_at.local.strftime("%Y-%m-%d %H:%M:%S")
        ended = workout.finished_at or workout.started_at
        duration = format_duration(ended.seconds_after(workout.started_at))
        set_order: dict[str, int] = {}  # Strong numbers the normal sets of each exercise from 1
        for logged in workout.sets:
            order = SET_TYPE_LETTERS.get(logged.set_type)
            if order is None:
                set_order[logged.exercise_id] = set_order.get(logged.exercise_id, 0) + 1
                order = str(set_order[logged.exercise_id])
            seconds = logged.duration_s if logged.is_cardio else logged.hold_s
            distance = "0" if logged.distance_m is None else _number_text(round(logged.distance_m / 1000, 6))
            write(spreadsheet_safe((
                started, workout.name, duration, names.name_of(logged.exercise_id), order,
                _number_text(logged.load), _number_text(logged.reps), distance, _number_text(seconds),
                logged.note, workout.note, _number_text(logged.rpe, absent=""),
                logged.side or "", "+".join(logged.bands), logged.unit if logged.load is not None else "", logged.id,
                "km" if logged.distance_m is not None else "", names.book.category_of(logged.exercise_id),
                "" if logged.superset is None else str(logged.superset),
            )))
    return out.getvalue()


# --- reading -----------------------------------------------------------------------------------------------


def from_csv(text: str, file: str, names: ExerciseNames, zone: str, units: str, unit_given: str | None = None,
             format_key: str | None = None, distance_unit_given: str | None = None) -> UserData:
    """The finished workouts in a Strong (or our, or another app's) CSV export; raises ImportFileError naming the
    line. Times without a zone are taken in `zone`; weights in a file naming no unit in `unit_given`, else `units`;
    distances in a file naming no unit for them in `distance_unit_given`, else as its weights go (Strong's classic
    export)."""
    from tui.domain.transfer.formats import ImportContext, read_csv_export

    context = ImportContext(file, names, names.exercises, zone, units, unit_given, distance_unit_given)
    return read_csv_export(text, context, format_key)
