"""Sets as CSV with Strong's columns, one row per set, and reading a Strong export (or ours) back into workouts.

Strong's columns come first, in Strong's order, so tools made for Strong read our file; ours follow (side,
band, unit, set id). Reading groups rows into workouts by Date and Workout Name. Strong writes no ids, so the
ids of what it brings in are derived from the rows themselves (uuid5): importing the same file again finds
everything already there.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

import pendulum

from tui.domain.exercise_names import CUSTOM_PREFIX, ExerciseNames
from tui.domain.moments import Moment
from tui.domain.set_values import SetValueError, parse_bands
from tui.domain.transfer_data import (
    ImportFileError, UserData, count, hold_problem, load_problem, reps_problem, rpe_problem, side_problem, unit_problem,
)
from tui.domain.workouts import LoggedSet, Workout

STRONG_COLUMNS = (
    "Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps", "Distance", "Seconds",
    "Notes", "Workout Notes", "RPE",
)
OUR_COLUMNS = ("Side", "Band", "Unit", "Set ID")
REQUIRED_COLUMNS = ("Date", "Workout Name", "Exercise Name", "Set Order", "Weight", "Reps")
# Strong's older exports: semicolons, a unit column, and the duration under another name.
OTHER_NAMES = {"Workout Duration": "Duration"}
# Fixed forever: changing it would give every imported row a new id, and a re-import would duplicate all.
ID_NAMESPACE = uuid.UUID("5f0c2d0e-8a4b-4c47-9d53-3c1e2b6a7f10")
DEFAULT_WORKOUT_NAME = "Imported workout"

_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %I:%M:%S %p",
                 "%Y-%m-%d %I:%M %p")
_DURATION = re.compile(r"(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


# --- writing -----------------------------------------------------------------------------------------------


def format_duration(seconds: float) -> str:
    """Strong's way: "1h 5m", "1h", "42m" (whole minutes, rounded down)."""
    hours, minutes = divmod(max(0, int(seconds)) // 60, 60)
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
    writer.writerow(STRONG_COLUMNS + OUR_COLUMNS)
    for workout in sorted(workouts, key=lambda w: (w.started_at.utc, w.name, w.id)):
        started = workout.started_at.local.format("YYYY-MM-DD HH:mm:ss")
        ended = workout.finished_at or workout.started_at
        duration = format_duration((ended.utc - workout.started_at.utc).total_seconds())
        set_order: dict[str, int] = {}  # Strong numbers the sets of each exercise from 1
        for logged in workout.sets:
            set_order[logged.exercise_id] = set_order.get(logged.exercise_id, 0) + 1
            writer.writerow((
                started, workout.name, duration, names.name_of(logged.exercise_id), set_order[logged.exercise_id],
                _number_text(logged.load), _number_text(logged.reps), "0", _number_text(logged.hold_s),
                logged.note, workout.note, _number_text(logged.rpe, absent=""),
                logged.side or "", "+".join(logged.bands), logged.unit if logged.load is not None else "", logged.id,
            ))
    return out.getvalue()


# --- reading -----------------------------------------------------------------------------------------------


@dataclass
class _Row:
    """One row as read, with the line it starts on."""

    line: int
    cells: dict[str, str]
    file: str

    def fail(self, problem: str) -> None:
        raise ImportFileError(self.file, f"line {self.line}", problem)

    def get(self, column: str) -> str:
        return (self.cells.get(column) or "").strip()

    def text(self, column: str) -> str:
        """A cell of the user's own words (a name, a note), exactly as written."""
        return self.cells.get(column) or ""

    def number(self, column: str, whole: bool = False) -> float | int | None:
        text = self.get(column).replace(",", ".")
        if not text:
            return None
        if not _NUMBER.fullmatch(text):
            self.fail(f"{column} should be a number, not {self.get(column)!r}")
        value = float(text)
        if whole:
            if not value.is_integer():
                self.fail(f"{column} should be a whole number, not {self.get(column)!r}")
            return int(value)
        return value

    def check(self, column: str, value, problem_of) -> None:
        problem = problem_of(value) if value is not None else None
        if problem:
            self.fail(f"{column} {problem}")


@dataclass
class _Group:
    """The rows of one workout (same Date and Workout Name)."""

    key: str
    name: str
    started: Moment
    duration_s: int
    note: str = ""
    sets: list[LoggedSet] = field(default_factory=list)


def from_csv(text: str, file: str, names: ExerciseNames, zone: str, units: str) -> UserData:
    """The finished workouts in a Strong (or our) CSV export; raises ImportFileError naming the line.

    Times without a zone are taken in `zone`; weights without a unit in `units` (Strong writes the user's unit).
    """
    rows = _rows(text, file)
    groups: dict[str, _Group] = {}
    seen_ids: dict[str, int] = {}
    occurrences: dict[str, int] = {}
    custom: dict[str, str] = {}
    remarks: list[str] = []
    assisted = distances = assumed_unit = 0
    ours = "Unit" in (rows[0].cells if rows else {})
    for row in rows:
        if row.get("Set Order").casefold() == "rest timer":  # Strong's newer exports log rests as rows
            continue
        group = _group_of(row, groups, zone)
        exercise_name = row.get("Exercise Name")
        if not exercise_name:
            row.fail("Exercise Name is empty")
        exercise_id = names.id_for(exercise_name)
        if exercise_id.startswith(CUSTOM_PREFIX) and not exercise_name.startswith(CUSTOM_PREFIX):
            custom.setdefault(exercise_id, exercise_name)
        load, unit = _load(row, ours, units)
        if load is not None and not ours and not row.get("Weight Unit"):
            assumed_unit += 1
        if load is not None and not ours and "assisted" in exercise_name.casefold():
            load = -abs(load)  # Strong logs assistance as a positive weight; ours is a negative load
            assisted += 1
        reps, hold_s = row.number("Reps", whole=True), row.number("Seconds", whole=True)
        if hold_s == 0:
            hold_s = None
        elif hold_s is not None and reps == 0:
            reps = None  # Strong writes 0 reps for a timed set
        row.check("Reps", reps, reps_problem)
        row.check("Seconds", hold_s, hold_problem)
        rpe = row.number("RPE")
        row.check("RPE", rpe, rpe_problem)
        side = row.get("Side").upper() or None
        row.check("Side", side, side_problem)
        try:
            bands = parse_bands(row.get("Band"))
        except SetValueError as error:
            row.fail(f"Band: {error}")
        note = row.text("Notes")
        distance = row.number("Distance")
        if distance:  # we keep no distance, so the user's figure goes into the note rather than being lost
            unit_text = row.get("Distance Unit")
            note = "; ".join(part for part in (note, f"distance {_number_text(distance)} {unit_text}".strip()) if part)
            distances += 1
        set_id = row.get("Set ID") or _derived_id(row, group.key, occurrences)
        if set_id in seen_ids:
            row.fail(f"Set ID {set_id} is the set ID of line {seen_ids[set_id]} too")
        seen_ids[set_id] = row.line
        group.sets.append(LoggedSet(
            id=set_id, exercise_id=exercise_id, logged_at=group.started, reps=reps, hold_s=hold_s, load=load,
            unit=unit, bands=bands, side=side, rpe=rpe, note=note,
        ))
    if custom:
        remarks.append(f"kept {count(len(custom), 'exercise')} we do not know as custom: {', '.join(custom.values())}")
    if assumed_unit:
        # Strong's file does not say; --dry-run shows this line before anything is written.
        remarks.append(f"took the weights of {count(assumed_unit, 'set')} to be in {units}, your unit setting")
    if assisted:
        remarks.append(f"stored the assistance of {count(assisted, 'assisted set')} as a negative load")
    if distances:
        remarks.append(f"kept the distance of {count(distances, 'set')} in the set notes")
    return UserData(workouts=tuple(_workout(group) for group in groups.values()), remarks=tuple(remarks))


def _rows(text: str, file: str) -> list[_Row]:
    text = text.removeprefix("\ufeff")  # spreadsheets often save a byte-order mark
    if not text.strip():
        raise ImportFileError(file, None, "is empty")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, strict=True)
    rows: list[_Row] = []
    try:
        header = [OTHER_NAMES.get(name.strip(), name.strip()) for name in next(reader)]
        missing = [column for column in REQUIRED_COLUMNS if column not in header]
        if missing:
            columns = f"the columns {', '.join(missing)} are" if len(missing) > 1 else f"the column {missing[0]} is"
            raise ImportFileError(file, "line 1", f"{columns} missing; a Strong export starts with "
                                                  f"{', '.join(STRONG_COLUMNS)}")
        while True:
            line = reader.line_num + 1  # a quoted note may span lines: a row is known by the line it starts on
            cells = next(reader, None)
            if cells is None:
                break
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) < len(header):
                raise ImportFileError(file, f"line {line}", f"has {len(cells)} of the {len(header)} columns; "
                                                             f"is the file cut short?")
            if len(cells) > len(header) and any(cell.strip() for cell in cells[len(header):]):
                raise ImportFileError(file, f"line {line}", f"has {len(cells)} columns, more than the "
                                                             f"{len(header)} of the first line")
            rows.append(_Row(line, dict(zip(header, cells)), file))
    except csv.Error as error:
        raise ImportFileError(file, f"line {reader.line_num}", f"is not valid CSV ({error}); "
                                                               f"is the file cut short?") from None
    return rows


def _local_time(row: _Row) -> datetime:
    text = re.sub(r"[\u202f\u00a0 ]+", " ", row.get("Date")).upper()
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            continue
    row.fail(f"Date should look like 2024-01-04 17:39:43, not {row.get('Date')!r}")
    raise AssertionError  # unreachable


def _duration_s(row: _Row) -> int:
    text = row.get("Duration")
    found = _DURATION.fullmatch(text)
    if not found or (text and not any(found.groups())):
        row.fail(f"Duration should look like 1h 5m or 42m, not {text!r}")
    hours, minutes, seconds = (int(part or 0) for part in found.groups())
    return hours * 3600 + minutes * 60 + seconds


def _group_of(row: _Row, groups: dict[str, _Group], zone: str) -> _Group:
    local = _local_time(row)
    name = row.text("Workout Name") if row.get("Workout Name") else DEFAULT_WORKOUT_NAME
    key = f"{local.isoformat()}\x1f{name}"
    group = groups.get(key)
    if group is None:
        started = Moment.at(
            pendulum.datetime(local.year, local.month, local.day, local.hour, local.minute, local.second, tz=zone),
            zone,
        )
        group = groups[key] = _Group(key, name, started, _duration_s(row))
    group.note = group.note or row.text("Workout Notes")
    return group


def _load(row: _Row, ours: bool, units: str) -> tuple[float | None, str]:
    weight = row.number("Weight")
    if ours:  # our own file says when there is no load (empty unit) and when a load is truly 0
        unit = row.get("Unit")
        if not unit:
            return None, units
        row.check("Unit", unit, unit_problem)
    else:  # Strong writes 0 for no weight; its older files have a unit column ("kg", "lbs")
        unit = row.get("Weight Unit").lower().removesuffix("s") or units
        row.check("Weight Unit", unit, unit_problem)
        if not weight:
            return None, units
    if weight is None:
        row.fail("Weight is empty but Unit is given")
    row.check("Weight", weight, load_problem)
    return weight, unit


def _derived_id(row: _Row, group_key: str, occurrences: dict[str, int]) -> str:
    content = "\x1f".join([group_key] + [row.get(column) for column in STRONG_COLUMNS[3:]])
    # Two identical rows in one workout are two sets: the count of earlier twins keeps their ids apart.
    occurrences[content] = occurrences.get(content, 0) + 1
    return str(uuid.uuid5(ID_NAMESPACE, f"{content}\x1f{occurrences[content]}"))


def _workout(group: _Group) -> Workout:
    finished = Moment.at(group.started.utc.add(seconds=group.duration_s), group.started.zone)
    return Workout(
        id=str(uuid.uuid5(ID_NAMESPACE, f"workout\x1f{group.key}")),
        routine_id=None,
        name=group.name,
        started_at=group.started,
        finished_at=finished,
        sets=tuple(group.sets),
        note=group.note,
    )
