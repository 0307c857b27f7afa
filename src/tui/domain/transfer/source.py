"""The one interface every importer of another app's export has, and what they share to build workouts.

An importer (a SourceFormat) says whether a header is its own (`matches`) and reads a Table into UserData
(`read`). What every one of them does the same way lives in WorkoutCollector: grouping rows into workouts,
stable ids derived from the rows (importing a file twice, or a later export that overlaps it, adds only what is
new), exercise names to our ids or custom exercises, sets or cardio entries, units, unusual values, skipped rows,
and the report of it all.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import ClassVar, NamedTuple, NoReturn

from tui.domain.catalogue.custom_exercises import CUSTOM_PREFIX, CustomExercise
from tui.domain.catalogue.exercise_names import ExerciseNames
from tui.domain.catalogue.model import Exercise
from tui.domain.counts import count
from tui.domain.moments import Moment, utc_zone
from tui.domain.printable import one_line
from tui.domain.settings import UNITS
from tui.domain.transfer.data import (
    ImportFileError,
    ImportReport,
    UserData,
    custom_and_cardio,
)
from tui.domain.transfer.table import Table, duration_s, is_numeric_date, local_time, number, numeric_day_first
from tui.domain.workout.model import DROP, FAILURE, NORMAL, WARMUP, LoggedSet, Workout
from tui.domain.workout.set_rules import SET_FIELD_CHECKS, UNUSUAL_DURATION_S, unusual_values
from tui.domain.workout.set_values import SET_TYPE_NAMES

# Fixed forever: changing it would give every imported row a new id, and a re-import would duplicate all.
ID_NAMESPACE = uuid.UUID("5f0c2d0e-8a4b-4c47-9d53-3c1e2b6a7f10")
DEFAULT_WORKOUT_NAME = "Imported workout"

# Metres in one of each distance unit other apps write.
METRES_PER = {"m": 1.0, "meter": 1.0, "meters": 1.0, "metre": 1.0, "metres": 1.0, "km": 1000.0, "kms": 1000.0,
              "mi": 1609.344, "mile": 1609.344, "miles": 1609.344, "ft": 0.3048, "feet": 0.3048, "yd": 0.9144,
              "yds": 0.9144, "yards": 0.9144}
# Weight units as other apps write them -> ours.
WEIGHT_UNITS = {"kg": "kg", "kgs": "kg", "kilograms": "kg", "lb": "lb", "lbs": "lb", "pounds": "lb"}

SET_TYPES_WRITTEN = {
    "w": WARMUP, "warmup": WARMUP, "warm_up": WARMUP, "warm-up": WARMUP, "warm up": WARMUP,
    "d": DROP, "drop": DROP, "dropset": DROP, "drop_set": DROP, "drop set": DROP,
    "f": FAILURE, "failure": FAILURE,
    "normal": NORMAL, "": NORMAL,
}

# Names of cardio done with a time and maybe a distance (a "Plank" with a time is a hold, a "Treadmill" a run).
_CARDIO_WORDS = re.compile(
    r"\b(run|running|jog|jogging|treadmill|row|rowing|rower|erg|bike|biking|cycling|cycle|spin|spinning|swim|"
    r"swimming|walk|walking|hike|hiking|elliptical|cross trainer|stair|stairs|stairmaster|stepper|skierg|ski|"
    r"skipping|jump rope|sled|cardio|sprint|sprints)\b", re.IGNORECASE)


_NAMESPACE_BYTES = ID_NAMESPACE.bytes
# The variant's hex digit (binary 10xx) for each the hash gives there.
_VARIANT_DIGIT = {digit: "89ab"[int(digit, 16) & 0x3] for digit in "0123456789abcdef"}


def derived_id(name: str) -> str:
    """uuid.uuid5(ID_NAMESPACE, name) as text, made directly (uuid5 costs 20 µs a call: a second for 50k sets).
    The version (5) and variant digits are set in the hash's hex text: a third faster than on its bytes."""
    text = hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8")).hexdigest()
    return f"{text[:8]}-{text[8:12]}-5{text[13:16]}-{_VARIANT_DIGIT[text[16]]}{text[17:20]}-{text[20:32]}"


def looks_like_cardio(name: str, category: str = "") -> bool:
    """Whether an exercise we do not know is cardio: its category says so, or its name is a run, row, ride..."""
    return category.strip().casefold() == "cardio" or bool(_CARDIO_WORDS.search(name))


class ImportContext(NamedTuple):
    """What an import needs besides the file: names to match, the user's zone and unit, and the --unit given."""

    file: str
    names: ExerciseNames
    exercises: dict[str, Exercise]  # the catalogue's, to tell a hold from cardio
    zone: str
    unit_setting: str  # the settings' unit
    unit_given: str | None = None  # import --unit
    distance_unit_given: str | None = None  # import --distance-unit


class Row:
    """One row of a table, read by column index, with the line it starts on."""

    __slots__ = ("line", "cells", "decimal_comma", "file", "table")

    def __init__(self, table: Table, line: int, cells: list[str]) -> None:
        self.line, self.cells, self.decimal_comma, self.file = line, cells, table.decimal_comma, table.file
        self.table = table

    def fail(self, problem: str) -> NoReturn:
        raise ImportFileError(self.file, f"line {self.line}", problem)

    def get(self, index: int | None) -> str:
        return self.cells[index].strip() if index is not None else ""

    def text(self, index: int | None) -> str:
        """A cell of the user's own words (a name, a note), as written."""
        return self.cells[index] if index is not None else ""

    def number(self, index: int | None, what: str) -> float | None:
        if index is None:
            return None
        text = self.cells[index]
        if not text:  # most cells of most exports: checked before anything else
            return None
        try:
            return number(text, self.decimal_comma)
        except ValueError:
            self.fail(f"{what} should be a number, not {self.cells[index].strip()!r}")
            raise  # unreachable

    def whole(self, index: int | None, what: str) -> int | None:
        """A count (reps, seconds): a number with nothing after the point ("13.0" is 13); never negative."""
        value = self.number(index, what)
        if value is None:
            return None
        if not value.is_integer() or value < 0:
            self.fail(f"{what} should be a whole number from 0, not {self.cells[index].strip()!r}")  # type: ignore[index]
        return int(value)

    def duration(self, index: int | None, what: str) -> int | None:
        if index is None or not self.cells[index]:
            return None
        try:
            return duration_s(self.cells[index])
        except ValueError:
            self.fail(f"{what} should be a duration such as 1h 5m, 38min, 0:45:00 or seconds, "
                      f"not {self.cells[index].strip()!r}")
            raise  # unreachable

    def time(self, index: int | None, what: str, day_first: bool = True) -> tuple[datetime, str | None]:
        text = self.get(index)
        try:
            return local_time(text, day_first)
        except ValueError:
            self.fail(f"{what} should be a date and time such as 2024-01-04 17:39:43 or 15 Jan 2024, 18:02, "
                      f"not {text!r}")
            raise  # unreachable


@dataclass
class _Group:
    """The rows of one workout."""

    key: str
    name: str
    started: Moment
    finished: Moment
    note: str = ""
    sets: list[LoggedSet] = field(default_factory=list)
    exercise_notes: dict[str, str] = field(default_factory=dict)  # by exercise id
    seen: dict[str, int] = field(default_factory=dict)  # rows per exercise, for ids
    supersets: dict[str, int] = field(default_factory=dict)  # the file's superset ids -> ours, from 0


# A set's values as a file's reader names them in a refusal ("line 3: the time should be ...").
_VALUE_NAMES = {"reps": "the reps count", "hold_s": "the time", "duration_s": "the time", "load": "the load",
                "distance_m": "the distance", "superset": "the superset", "side": "the side", "type": "the set type",
                "unit": "the unit", "bands": "the bands", "note": "the note"}


class WorkoutCollector:
    """Builds the workouts of one file, row by row, and the report of how it was read."""

    def __init__(self, context: ImportContext, format_label: str, ours: bool = False) -> None:
        self.context = context
        self.format_label = format_label
        # Our own export (ours) holds what the app holds, as it holds it. Every other app logs the help on an
        # assisted exercise (Strong's and Hevy's "Pull Up (Assisted)") as a positive weight, where ours is negative,
        # and may write a set with nothing in it.
        self._ours = ours
        # Ours whose name says they are done with help (Band-assisted pull-up): a weight on one, under any of the
        # names it is found by (their "Pull Up (Band)"), is that help too.
        self._assisted_kind = frozenset(exercise.id for exercise in context.exercises.values()
                                        if "assisted" in exercise.name.casefold())
        self._groups: dict[str, _Group] = {}
        self._times: dict[str, tuple[datetime, str | None]] = {}
        self._moments: dict[tuple[datetime, str | None], Moment] = {}
        self._ids: dict[str, tuple[str, str]] = {}  # name as written -> (id, kind), looked up once per name
        self._custom: dict[str, CustomExercise] = {}
        self._skipped: dict[str, int] = {}
        self._dates_day_first: bool | None = None  # see _day_first
        self._dates_shown_by: str | None = None  # and the date that showed it, if one did
        self._remarks: list[str] = []
        self._unusual: list[str] = []
        self._repeated: list[str] = []
        self._set_types: dict[str, int] = {}
        self._units: set[str] = set()
        self._unit_reasons: set[str] = set()
        self.distance_unit_guessed = False  # see ImportReport
        self._assisted = 0
        self._set_lines: dict[str, int] = {}  # a set id the file gives -> the line giving it

    # --- units -------------------------------------------------------------------------------------------

    def unit_named(self, written: str, row: Row | None = None) -> str:
        """The file's own unit for a weight ("kg", "lbs", "kgs"); refuses one we do not know."""
        unit = WEIGHT_UNITS.get(written.strip().casefold())
        if unit is None:
            if row is not None:
                row.fail(f"the weight unit should be kg or lbs, not {written.strip()!r}")
            raise ImportFileError(self.context.file, "line 1", f"the weight unit should be kg or lbs, not {written!r}")
        self._unit_reasons.add("file")
        return unit

    def unit_not_named(self) -> str:
        """The unit for weights in a file that names none: --unit, else the settings' unit."""
        if self.context.unit_given:
            self._unit_reasons.add("given")
            return self.context.unit_given
        self._unit_reasons.add("setting")
        return self.context.unit_setting

    def _units_text(self) -> str:
        if not self._units:
            return "no weights in the file"
        setting = self.context.unit_setting
        if len(self._units) == 1 and setting not in self._units:
            # An lb user's first import showed every total in kg, and runs in km, unsaid.
            shown = (f"; your unit setting is {setting}, so History's totals show in {setting} until you change it "
                     f"in Settings")
        else:
            shown = ""
        return self._units_read() + shown

    def _units_read(self) -> str:
        units = " and ".join(sorted(self._units))
        if self._unit_reasons == {"file"}:
            given = self.context.unit_given
            ignored = f" (--unit {given} not needed)" if given and given not in self._units else ""
            return f"{units}, as the file names them{ignored}"
        if "setting" in self._unit_reasons:
            return (f"{units}: the file does not say, so your unit setting was used here; import it with "
                    f"{' or '.join(f'--unit {unit}' for unit in UNITS)}")
        return f"{units}, as given with --unit"

    # --- workouts ----------------------------------------------------------------------------------------

    def moment(self, row: Row, index: int | None, what: str) -> tuple[Moment, str]:
        """The time in a cell as a Moment in the user's zone (or at the offset the text names), and that local
        time as text ("2024-01-04T17:39:43": a workout's key starts with it, as in earlier versions)."""
        text = row.get(index)
        parsed = self._times.get(text)
        if parsed is None:
            day_first = self._day_first(row, index, text)
            if self._dates_shown_by is not None and is_numeric_date(text):
                try:
                    local_time(text, day_first)
                except ValueError:  # "14/4/2023" in a file whose "4/13/2023" shows its month first
                    order = "day/month/year" if day_first else "month/day/year"
                    row.fail(f"{what} {text!r} is not a date as {order}, as the file's {self._dates_shown_by!r} "
                             f"has its dates: they must all be one way")
            parsed = self._times[text] = row.time(index, what, day_first)
        found = self._moments.get(parsed)
        if found is None:
            try:
                found = self._moments[parsed] = self._moment_of(*parsed)
            except ValueError as error:  # a year at the ends of the calendar (see moments.check_year)
                row.fail(f"{what} {text!r}: {error}")
        return found, parsed[0].isoformat()

    def _day_first(self, row: Row, index: int | None, text: str) -> bool:
        """Whether the file's dates such as "9/4/2023" (a spreadsheet's) have their day first: worked out once, from
        the whole column, and said in the report."""
        if self._dates_day_first is None and "/" in text and is_numeric_date(text):
            column = (cells[index] for _, cells in row.table.rows if index is not None and index < len(cells))
            self._dates_day_first, self._dates_shown_by = numeric_day_first(column, self.context.zone)
            order, example = ("day/month/year", "9 April") if self._dates_day_first else ("month/day/year",
                                                                                       "September 4")
            why = (f"as {self._dates_shown_by} in the file shows" if self._dates_shown_by else
                   "as spreadsheets write them in your time zone, since no date in the file has a day past the "
                   "12th: check them")
            self._remarks.append(f"read dates such as 9/4/2023 as {order} ({example}), {why}")
        return True if self._dates_day_first is None else self._dates_day_first

    def remark(self, text: str) -> None:
        """A line for the report, after what was added: how the file was read where it does not say."""
        if text not in self._remarks:
            self._remarks.append(text)

    def moment_at_noon(self, row: Row, index: int | None) -> tuple[Moment, str]:
        """A date-only cell as noon that day: a rollover hour can then never move it to the day before."""
        local, _ = self._times[row.get(index)]
        noon = (local.replace(hour=12), None)
        found = self._moments.get(noon)
        if found is None:
            found = self._moments[noon] = self._moment_of(*noon)
        return found, noon[0].isoformat()

    def _moment_of(self, local: datetime, offset: str | None) -> Moment:
        import pendulum

        zone = self.context.zone
        if offset is None:
            return Moment.at_local(local, zone)
        aware = datetime.fromisoformat(local.isoformat() + ("+00:00" if offset == "Z" else offset))
        return Moment(pendulum.instance(aware).in_timezone(utc_zone()), zone)

    def workout(self, key: str, name: str, started: Moment, row: Row, *, duration: int | None = None,
                finished: Moment | None = None, note: str = "") -> _Group:
        """The workout a row belongs to, made on its first row; key tells workouts apart within the file."""
        group = self._groups.get(key)
        if group is None:
            if finished is not None and finished.utc < started.utc:
                # Kept with no duration, as before, and now said: it was kept unsaid.
                self._unusual.append(f"line {row.line}: a workout that ends before it starts, kept with no duration")
            elif finished is not None and finished.seconds_after(started) > UNUSUAL_DURATION_S:
                # Kept as long as it is (a year, read from Hevy), which no form of ours takes: a later edit of its
                # name was refused for its length.
                hours = round(finished.seconds_after(started) / 3600)
                self._unusual.append(f"line {row.line}: a workout of {hours:,} h (a form takes at most 24 h)")
            if finished is None or finished.utc < started.utc:
                finished = started.later(duration or 0)
            group = self._groups[key] = _Group(key, name, started, finished)
        if note and not group.note:
            group.note = note
        return group

    def superset(self, group: _Group, written: str) -> int | None:
        """The workout's number for a superset id the file writes (any text); None for a set in none."""
        if not written:
            return None
        return group.supersets.setdefault(written, len(group.supersets))

    def repeated(self, row: Row) -> None:
        """A set's row the same as the row before it, set number and all, in a format that numbers its sets: a line
        copied twice, most likely. Kept as one more set all the same (a set done twice?), but said, so that the user
        can look. Only the row before is compared: a lookup of every row cost a twentieth of a 50,000-row read."""
        self._repeated.append(f"line {row.line} is the same as the line before it")

    def skip(self, why: str) -> None:
        self._skipped[why] = self._skipped.get(why, 0) + 1

    def exercise_note(self, group: _Group, exercise_name: str, note: str) -> None:
        """A note about one exercise in one workout (Strong's Note rows, Hevy's exercise_notes): it goes on that
        exercise's first entry in the workout."""
        note = note.strip()
        if note:
            exercise_id, _ = self._exercise(exercise_name, "")
            group.exercise_notes.setdefault(exercise_id, note)

    def _exercise(self, name: str, category: str) -> tuple[str, str]:
        """Our id for an exercise name, and its kind: "hold" (a catalogue hold), "ours", "cardio" or "custom"."""
        found = self._ids.get(name)
        if found is not None:
            return found
        # Matched as it reads: "Crunch<ESC>[2J" is our crunch. Matched as written, it was kept as an exercise of
        # the user's own called "Crunch" (its id made from the escape's letters too), beside ours.
        shown = one_line(name)
        exercise_id = self.context.names.id_for(shown)
        exercise = self.context.exercises.get(exercise_id)
        if exercise is not None:
            kind = "hold" if exercise.measurement.is_hold else "ours"
        else:
            kind = "cardio" if looks_like_cardio(shown, category) else "custom"
            if not shown.startswith(CUSTOM_PREFIX) and exercise_id not in self._custom:
                known = self.context.names.book.custom.get(exercise_id)
                self._custom[exercise_id] = known or CustomExercise(exercise_id, shown, category.strip())
        self._ids[name] = (exercise_id, kind)
        return exercise_id, kind

    def add(self, group: _Group, row: Row, exercise_name: str, *, category: str = "", reps: int | None = None,
            seconds: int | None = None, load: float | None = None, unit: str = "kg", distance_m: float | None = None,
            set_type: str = NORMAL, rpe: float | None = None, note: str = "", side: str | None = None,
            bands: tuple[str, ...] = (), set_id: str | None = None, superset: int | None = None) -> None:
        """One set or cardio entry of the workout: cardio when it has a distance, or a time and no reps for an
        exercise that is cardio (a run, a row, a ride); otherwise a set (a time alone is a hold)."""
        exercise_name = exercise_name.strip()
        if not exercise_name:
            row.fail("the exercise name is empty")
        if distance_m == 0:
            distance_m = None
        if seconds == 0:
            seconds = None
        if not reps and seconds is None and distance_m is None and not load and not self._ours:
            # Nothing done: a set ticked with its cells empty (Hevy), or all 0 (Strong). Kept, it counted for the
            # week's streak and showed as a blank row in History.
            self.skip("empty sets (no weight, reps, time or distance)")
            return
        exercise_id, kind = self._exercise(exercise_name, category)
        duration = None
        is_cardio = distance_m is not None or (seconds is not None and not reps and kind == "cardio")
        if is_cardio:
            duration, seconds = seconds, None
            reps = reps or None
        elif seconds is not None and reps == 0:
            reps = None  # Strong and Hevy write 0 reps for a timed set
        if load is not None and load > 0 and not self._ours and (
                "assisted" in exercise_name.casefold() or exercise_id in self._assisted_kind):
            load = -load  # the help, as another app logs it; ours is a negative load
            self._assisted += 1
        if rpe is not None and not (0 < rpe <= 10):
            row.fail(f"RPE should be from 1 to 10, not {rpe:g}")
        # What the reader of the stored files refuses is refused here, by line, with the checks it uses: a
        # negative Seconds cell was imported, and then no workout of that year could be opened or exported.
        values = {"reps": reps, "hold_s": seconds, "duration_s": duration, "load": load, "distance_m": distance_m,
                  "superset": superset, "side": side, "type": set_type, "unit": unit if load is not None else None,
                  "bands": list(bands) or None, "note": note}
        for name, value in values.items():
            if value is not None and (problem := SET_FIELD_CHECKS[name](value)):
                row.fail(f"{_VALUE_NAMES[name]} {problem}")
        for text in unusual_values(reps, seconds, load, unit, duration, distance_m):
            self._unusual.append(f"line {row.line}: {text}")
        if load is not None:
            self._units.add(unit)
        if set_type != NORMAL:
            self._set_types[set_type] = self._set_types.get(set_type, 0) + 1
        group.seen[exercise_id] = group.seen.get(exercise_id, 0) + 1
        if set_id is not None:
            if set_id in self._set_lines:
                row.fail(f"Set ID {set_id} is the set ID of line {self._set_lines[set_id]} too")
            self._set_lines[set_id] = row.line
        else:
            # The n-th entry of this exercise in this workout: the same whatever the file's format or numbering,
            # so Strong's newer export of a workout an older export brought in is recognised.
            set_id = derived_id(f"{group.key}\x1f{exercise_id}\x1f{group.seen[exercise_id]}")
        group.sets.append(LoggedSet.made(
            id=set_id, exercise_id=exercise_id, logged_at=group.started, reps=reps, hold_s=seconds, load=load,
            unit=unit if load is not None else self.context.unit_setting, bands=bands, side=side, rpe=rpe,
            note=note, set_type=set_type, distance_m=distance_m, duration_s=duration, superset=superset,
        ))

    # --- the result --------------------------------------------------------------------------------------

    def result(self) -> UserData:
        workouts, seen_sets = [], set()
        for group in self._groups.values():
            if not group.sets:  # only rests or notes: nothing was done that we keep
                continue
            sets = _with_exercise_notes(group)
            for logged in sets:
                if logged.id in seen_sets:
                    raise ImportFileError(self.context.file, None, f"two rows share the set ID {logged.id}")
                seen_sets.add(logged.id)
            workouts.append(Workout(
                id=derived_id(f"workout\x1f{group.key}"), routine_id=None, name=group.name,
                started_at=group.started, finished_at=group.finished, sets=tuple(sets), note=group.note,
            ))
        entries = [logged for workout in workouts for logged in workout.sets]
        cardio = sum(1 for logged in entries if logged.is_cardio)
        used = {logged.exercise_id for logged in entries}
        custom, custom_names, cardio_names = custom_and_cardio(
            (exercise for exercise_id, exercise in self._custom.items() if exercise_id in used), workouts)
        remarks = list(self._remarks)
        if self._assisted:
            remarks.append(f"stored the assistance of {count(self._assisted, 'assisted set')} as a negative load")
        report = ImportReport(
            file=self.context.file, format=self.format_label, workouts=len(workouts), sets=len(entries) - cardio,
            cardio=cardio, custom=custom_names, cardio_names=cardio_names, units=self._units_text(),
            unit_guessed=bool(self._units) and "setting" in self._unit_reasons,
            distance_unit_guessed=self.distance_unit_guessed,
            skipped=tuple(sorted(self._skipped.items())), unusual=tuple(self._unusual), repeated=tuple(self._repeated),
            set_types=tuple((SET_TYPE_NAMES[kind], number) for kind, number in sorted(self._set_types.items())),
        )
        return UserData(workouts=tuple(workouts), custom_exercises=custom, remarks=tuple(remarks), report=report)


def _with_exercise_notes(group: _Group) -> list[LoggedSet]:
    if not group.exercise_notes:
        return group.sets
    from dataclasses import replace

    notes = dict(group.exercise_notes)
    sets = []
    for logged in group.sets:
        note = notes.pop(logged.exercise_id, None)
        if note and note not in logged.note:
            logged = replace(logged, note="; ".join(part for part in (note, logged.note) if part))
        sets.append(logged)
    return sets


def set_type_of(row: Row, written: str) -> str:
    """A set type as Strong (W, D, F, WARM_UP...) or Hevy (warmup, dropset, failure) writes it."""
    found = SET_TYPES_WRITTEN.get(written.strip().casefold())
    if found is None:
        row.fail(f"the set type should be W, D, F (warm-up, drop, failure) or normal, not {written.strip()!r}")
    return found


def metres(row: Row, value: float | None, unit: str) -> float | None:
    """A distance in metres, from a value in a unit other apps write."""
    if value is None or value == 0:
        return None
    factor = METRES_PER.get(unit.strip().casefold())
    if factor is None:
        row.fail(f"the distance unit should be m, km or mi, not {unit.strip()!r}")
    if value < 0:
        row.fail(f"a distance should not be negative, not {value:g}")
    return round(value * factor, 3)


class SourceFormat:
    """One other app's export (or ours as CSV): how to know it from its header, and how to read it."""

    key: ClassVar[str]  # what `import --format` takes
    label: ClassVar[str]  # what the report calls it

    def matches(self, table: Table) -> bool:
        """Whether the table's header is this format's."""
        raise NotImplementedError

    def check(self, table: Table) -> None:
        """Refuse a header that lacks a column this format needs (called before any row is read)."""
        self.require(table, self.label, *self.required)

    required: ClassVar[tuple[tuple[str, ...], ...]] = ()  # each required column, as the names it may have

    def read(self, table: Table, context: ImportContext) -> UserData:
        """Every workout in the table; raises ImportFileError naming the line at fault."""
        raise NotImplementedError

    @staticmethod
    def require(table: Table, label: str, *columns: tuple[str, ...]) -> list[int]:
        """The index of each required column (each given as the names it may have); refuses a missing one."""
        found, missing = [], []
        for names in columns:
            index = table.column(*names)
            if index is None:
                missing.append(names[0])
            found.append(index)
        if missing:
            what = f"the columns {', '.join(missing)} are" if len(missing) > 1 else f"the column {missing[0]} is"
            raise ImportFileError(table.file, "line 1", f"{what} missing for {label}")
        return found  # type: ignore[return-value]


__all__ = ["ImportContext", "Row", "SourceFormat", "WorkoutCollector", "looks_like_cardio", "metres",
           "set_type_of", "DEFAULT_WORKOUT_NAME", "ID_NAMESPACE"]
