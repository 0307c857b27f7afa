"""Our JSON export: everything of the user's as one document, and reading such a document back, checked.

The document is lossless and reproducible: the same data always gives the same bytes (keys sorted, lists in a
fixed order, no export time stamped in), so export -> import into an empty directory -> export gives the same
file. A document that is wrong in any place is refused as a whole, with the place given as a path such as
``workouts[3].sets[2].reps`` (indexes from 0, as jq counts them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any, NoReturn

import orjson

from tui.domain.catalogue.codec import routine_from_data, routine_to_data
from tui.domain.catalogue.custom_exercises import CUSTOM_PREFIX, CustomExercise, as_exercise
from tui.domain.catalogue.loading import check_routine_entries
from tui.domain.catalogue.model import Catalogue, Routine
from tui.domain.errors import DataFileError
from tui.domain.moments import Moment, known_zone
from tui.domain.numbers import is_whole
from tui.domain.settings import Settings, SettingsError
from tui.domain.transfer.data import (
    CUT_SHORT,
    ImportFileError,
    ImportReport,
    NewerExportError,
    UserData,
    custom_and_cardio,
)
from tui.domain.workout.model import NORMAL, LoggedSet, Workout
from tui.domain.workout.set_rules import as_written, set_record_problem

EXPORT_FORMAT = "runstrength-export"
# 2: custom exercises ("exercises"), cardio entries (a set's "distance_m" and "duration_s"). 3: a custom exercise's
# "bodyweight" (an older app, which would refuse the field, says to upgrade instead). Older versions read as they are.
EXPORT_VERSION = 3

TOP_FIELDS = ("format", "version", "settings", "routines", "freezes", "workouts", "workout_in_progress", "exercises")
WORKOUT_FIELDS = ("id", "routine", "name", "started_at", "finished_at", "sets", "note", "progress")
SET_FIELDS = ("id", "exercise", "logged_at", "reps", "hold_s", "load", "unit", "bands", "side", "rpe", "note", "round",
              "type", "distance_m", "duration_s", "superset")
EXERCISE_FIELDS = ("id", "name", "category", "same_as", "bodyweight")
MOMENT_FIELDS = ("utc", "zone", "local_date")
# Which window drives the workout in progress is about a running app, not the user's data.
NOT_EXPORTED_PROGRESS = ("driver",)


# --- writing -----------------------------------------------------------------------------------------------


def to_document(data: UserData) -> dict[str, Any]:
    """The export document of data: finished workouts by start, routines by id, freeze dates in order."""
    document: dict[str, Any] = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "routines": [routine_to_data(routine) for routine in sorted(data.routines, key=lambda r: r.id)],
        "freezes": sorted(day.isoformat() for day in data.freezes),
        # Whether one is cardio is not written: an import finds it again from the workouts (custom_and_cardio).
        "exercises": [exercise._replace(cardio=False).to_data()
                      for exercise in sorted(data.custom_exercises, key=lambda e: e.id)],
        "workouts": [w.to_data() for w in sorted(data.workouts, key=lambda w: (w.started_at.utc, w.id))],
        "workout_in_progress": None,
    }
    if data.settings is not None:
        document["settings"] = data.settings.to_data()
    if data.in_progress is not None:
        progress = {k: v for k, v in data.in_progress.progress.items() if k not in NOT_EXPORTED_PROGRESS}
        document["workout_in_progress"] = replace(data.in_progress, progress=progress).to_data()
    return document


def encode(document: dict[str, Any]) -> bytes:
    """The document as the bytes of the file: indented, keys sorted, ending with a newline."""
    return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


# --- reading -----------------------------------------------------------------------------------------------


def looks_like_json(text: str) -> bool:
    """Whether a file's text is meant as JSON (our export) rather than CSV."""
    return text.lstrip().startswith(("{", "["))


def from_json(raw: bytes | str, file: str, catalogue: Catalogue) -> UserData:
    """Read and check a whole export; raises ImportFileError (NewerExportError for a newer version)."""
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        text = raw if isinstance(raw, str) else raw.decode("utf-8", "replace")
        why = CUT_SHORT if not text[error.pos:].strip() else "export it again"  # pos: where the fault is, in text
        raise ImportFileError(file, None, f"is not valid JSON ({error}): {why}") from None
    return from_document(document, file, catalogue)


def from_document(document: Any, file: str, catalogue: Catalogue) -> UserData:
    """UserData from a parsed export document, every entry checked."""
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise ImportFileError(file, "format", f'should be "{EXPORT_FORMAT}": this is not a runstrength-tui export')
    top = _Entry(file, "", document)
    version = document.get("version")
    if not isinstance(version, int) or not is_whole(version) or version < 1:
        top.fail("version", f"should be a whole number from 1, not {as_written(version)}")
    if version > EXPORT_VERSION:
        raise NewerExportError(file, version, EXPORT_VERSION)
    top.only(*TOP_FIELDS)
    settings = _settings(top.child("settings")) if document.get("settings") is not None else None
    custom = tuple(_custom_exercises(top, catalogue))
    routines = tuple(_routines(top, with_own(catalogue, custom)))
    freezes = tuple(_freeze(day) for day in top.items("freezes"))
    workouts = tuple(_workout(entry, finished=True) for entry in top.items("workouts"))
    in_progress = None
    if document.get("workout_in_progress") is not None:
        in_progress = _workout(top.child("workout_in_progress"), finished=False)
        _check_resumable(top.child("workout_in_progress"), in_progress, with_own(catalogue, custom))
    _check_unique_ids(top, workouts, in_progress)
    _check_exercises(top, workouts, in_progress, catalogue)
    custom, custom_names, cardio_names = custom_and_cardio(custom, workouts)
    sets = [logged for workout in workouts for logged in workout.sets]
    cardio = sum(1 for logged in sets if logged.is_cardio)
    report = ImportReport(file, f"our JSON export (version {version})", workouts=len(workouts),
                          sets=len(sets) - cardio, cardio=cardio, custom=custom_names, cardio_names=cardio_names)
    return UserData(workouts, in_progress, routines, settings, freezes, custom, report=report)


def _custom_exercises(top: _Entry, catalogue: Catalogue) -> list[CustomExercise]:
    found, seen = [], set()
    for entry in top.items("exercises"):
        if not isinstance(entry, _Entry):
            entry.fail("should be an object of fields")
        entry.only(*EXERCISE_FIELDS)
        exercise_id = entry.text("id")
        if not exercise_id.startswith(CUSTOM_PREFIX) or len(exercise_id) == len(CUSTOM_PREFIX):
            entry.fail("id", f"should start with {CUSTOM_PREFIX} (a custom exercise's id), not {exercise_id!r}")
        if exercise_id in seen:
            entry.fail("id", f"{exercise_id!r} is the id of another exercise in the file")
        seen.add(exercise_id)
        name = entry.text("name").strip()
        category = (entry.maybe_text("category") or "").strip()
        same_as = entry.maybe_text("same_as") or ""
        if same_as and same_as not in catalogue.exercises:
            entry.fail("same_as", f"names no exercise of our catalogue ({same_as!r})")
        bodyweight = entry.checked("bodyweight",
                                   lambda value: None if isinstance(value, bool) else "should be true or false")
        found.append(CustomExercise(exercise_id, name, category, same_as, bodyweight is True))
    return found


class _Entry:
    """One value of the document and where it is, so every complaint names its path."""

    def __init__(self, file: str, path: str, raw: Any, kind: type = dict) -> None:
        self.file, self.path, self.raw = file, path, raw
        if not isinstance(raw, kind):
            what = "an object of fields" if kind is dict else "a list"
            raise ImportFileError(file, path or None, f"should be {what}")

    def at(self, key: str | int | None) -> str:
        if key is None:
            return self.path
        if isinstance(key, int):
            return f"{self.path}[{key}]"
        return f"{self.path}.{key}" if self.path else key

    def fail(self, key: str | int | None, problem: str) -> NoReturn:
        raise ImportFileError(self.file, self.at(key) or None, problem)

    def only(self, *allowed: str) -> None:
        for name in self.raw:
            if name not in allowed:
                self.fail(name, f"is not a known field (known: {', '.join(allowed)})")

    def child(self, key: str, kind: type = dict) -> _Entry:
        return _Entry(self.file, self.at(key), self.raw.get(key), kind)

    def items(self, key: str) -> list[_Entry | _Leaf]:
        """The entries of an optional list field, each an _Entry when it is an object."""
        if self.raw.get(key) is None:
            return []
        listed = self.child(key, list)
        return [
            _Entry(self.file, listed.at(index), item) if isinstance(item, dict) else _Leaf(listed, index, item)
            for index, item in enumerate(listed.raw)
        ]

    def text(self, key: str, non_empty: bool = True) -> str:
        value = self.raw.get(key)
        if not isinstance(value, str) or (non_empty and not value.strip()):
            self.fail(key, "is missing" if value is None else f"should be {'non-empty ' if non_empty else ''}text")
        return value

    def maybe_text(self, key: str, non_empty: bool = True) -> str | None:
        """An optional text field: None when absent."""
        return None if self.raw.get(key) is None else self.text(key, non_empty)

    def checked(self, key: str, problem_of: Callable[[Any], str | None]) -> Any:
        value = self.raw.get(key)
        if value is not None:
            problem = problem_of(value)
            if problem:
                self.fail(key, problem)
        return value


class _Leaf:
    """A list item that is not an object (a freeze date), with its path."""

    def __init__(self, parent: _Entry, index: int, raw: Any) -> None:
        self.file, self.path, self.raw = parent.file, parent.at(index), raw

    def fail(self, problem: str) -> NoReturn:
        raise ImportFileError(self.file, self.path, problem)


def _settings(entry: _Entry) -> Settings:
    entry.only(*Settings().to_data())
    try:
        return Settings.from_data(entry.raw)
    except (SettingsError, TypeError) as error:
        entry.fail(None, str(error))
        raise  # unreachable: fail() raises


def with_own(catalogue: Catalogue, custom: tuple[CustomExercise, ...]) -> Catalogue:
    """The catalogue with the file's own exercises in it, to check routines that name one (added by hand)."""
    return catalogue.with_exercises({exercise.id: as_exercise(exercise) for exercise in custom})


def _routines(top: _Entry, catalogue: Catalogue) -> list[Routine]:
    routines: list[Routine] = []
    seen: set[str] = set()
    for entry in top.items("routines"):
        if not isinstance(entry, _Entry):
            entry.fail("should be an object of fields")
        try:
            routine = routine_from_data(entry.raw, top.file, shipped=False)
            # Checked against the catalogue (an unknown exercise would break the routine screens) but kept as
            # the file has it, so a second export gives the same document.
            check_routine_entries(routine, catalogue.exercises, top.file)
        except DataFileError as error:
            where = ", ".join(part for part in (error.entry, f"field '{error.field}'" if error.field else "") if part)
            raise ImportFileError(top.file, entry.path, f"{where}: {error.problem}") from None
        if routine.id in catalogue.routines:
            entry.fail("id", f"'{routine.id}' is a shipped routine's; give your routine another id")
        if routine.id in seen:
            entry.fail("id", f"'{routine.id}' is used by another routine in the file")
        seen.add(routine.id)
        routines.append(routine)
    return routines


def _freeze(leaf: _Leaf | _Entry) -> date:
    value = leaf.raw
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        if isinstance(leaf, _Entry):
            leaf.fail(None, "should be a date such as 2026-03-02")
        leaf.fail(f"should be a date such as 2026-03-02, not {as_written(value)}")
        raise  # unreachable


_MOMENT_FIELD_SET = frozenset(MOMENT_FIELDS)


def _moment(entry: _Entry) -> Moment:
    raw = entry.raw
    if not raw.keys() <= _MOMENT_FIELD_SET:
        entry.only(*MOMENT_FIELDS)
    utc, zone = entry.text("utc"), entry.text("zone")
    try:
        instant = datetime.fromisoformat(utc.replace("Z", "+00:00"))
    except ValueError:
        entry.fail("utc", f"should be a UTC time such as 2026-11-20T17:30:00.000000Z, not {as_written(utc)}")
    if instant.tzinfo is None:
        entry.fail("utc", f"should end in Z (a UTC time), not {utc!r}")
    try:
        known_zone(zone)
    except Exception:  # pendulum raises several kinds for a name it does not know
        entry.fail("zone", f"{zone!r} is not a time zone name such as Europe/Paris")
    try:
        # Parsed once: a UTC time is made straight from it (this runs for every set of ten years).
        moment = Moment._in_utc(instant, zone) if instant.utcoffset() == _NO_OFFSET else \
            Moment.from_data({"utc": utc, "zone": zone})
    except ValueError as error:  # a year out of range
        entry.fail("utc", str(error))
    local_date = raw.get("local_date")
    if local_date is not None:
        computed = moment.to_data()["local_date"]  # the fast way, and kept for when the moment is written
        if local_date != computed:
            entry.fail("local_date", f"{local_date!r} is not the date of that time in {zone} ({computed})")
    return moment


_NO_OFFSET = timedelta(0)


_SET_FIELD_SET = frozenset(SET_FIELDS)


def _logged_set(entry: _Entry) -> LoggedSet:
    raw = entry.raw
    if not raw.keys() <= _SET_FIELD_SET:
        entry.only(*SET_FIELDS)
    found = set_record_problem(raw)
    if found:
        entry.fail(*found)
    bands = raw.get("bands")
    # Made without the dataclass's field-by-field __init__ (every value is checked above): ten years of sets are
    # read here. LoggedSet.made makes its text printable.
    return LoggedSet.made(
        id=entry.text("id"),
        exercise_id=entry.text("exercise"),
        logged_at=_moment(entry.child("logged_at")),
        reps=raw.get("reps"),
        hold_s=raw.get("hold_s"),
        load=raw.get("load"),
        unit=raw.get("unit") or "kg",
        bands=tuple(bands or ()),
        side=raw.get("side"),
        rpe=raw.get("rpe"),
        note=entry.maybe_text("note", non_empty=False) or "",
        round=raw.get("round"),
        set_type=raw.get("type") or NORMAL,  # null: a normal set, as a missing type is
        distance_m=raw.get("distance_m"),
        duration_s=raw.get("duration_s"),
        superset=raw.get("superset"),
    )


def _workout(entry: _Entry | _Leaf, finished: bool) -> Workout:
    if not isinstance(entry, _Entry):
        entry.fail("should be an object of fields")
    entry.only(*WORKOUT_FIELDS)
    finished_at = None
    if finished:
        finished_at = _moment(entry.child("finished_at"))
    elif entry.raw.get("finished_at") is not None:
        entry.fail("finished_at", "should be null: a workout in progress has not finished")
    sets = []
    for item in entry.items("sets"):
        if not isinstance(item, _Entry):
            item.fail("should be an object of fields")
        sets.append(_logged_set(item))
    progress = entry.child("progress").raw if entry.raw.get("progress") is not None else {}
    return Workout(
        id=entry.text("id"),
        routine_id=entry.maybe_text("routine"),
        name=entry.text("name", non_empty=False),
        started_at=_moment(entry.child("started_at")),
        finished_at=finished_at,
        sets=tuple(sets),
        note=entry.maybe_text("note", non_empty=False) or "",
        progress=dict(progress),
    )


def _check_resumable(entry: _Entry, workout: Workout, catalogue: Catalogue) -> None:
    # The Workout screen resumes from the saved tracker state, and walks its routine through the catalogue:
    # refuse a routine there that names an exercise we do not have. State without a routine is fine (the app
    # then offers to finish or discard the workout).
    routine = workout.progress.get("routine")
    if routine is None:
        return
    try:
        check_routine_entries(routine_from_data(routine, entry.file, shipped=False), catalogue.exercises, entry.file)
    except DataFileError as error:
        entry.fail("progress.routine", f"field '{error.field}': {error.problem}" if error.field else error.problem)


def _names_an_exercise(exercise_id: str, catalogue: Catalogue) -> bool:
    """Whether a set may name this exercise: one of our catalogue, or a custom one (recorded in the file or the
    data directory, or left without a record by imports before names were kept: it is named from its id)."""
    return exercise_id in catalogue.exercises or (
        exercise_id.startswith(CUSTOM_PREFIX) and len(exercise_id) > len(CUSTOM_PREFIX))


def _check_exercises(top: _Entry, workouts: tuple[Workout, ...], in_progress: Workout | None,
                     catalogue: Catalogue) -> None:
    # Refused by path like any other wrong value: a set of an exercise that is nowhere showed as a bare id, with
    # no name, no records, and nothing History could map it onto. (A CSV names exercises, so an unknown name
    # there becomes a custom exercise; an id here is not a name to make one from.)
    listed = [(f"workouts[{i}]", w) for i, w in enumerate(workouts)]
    if in_progress is not None:
        listed.append(("workout_in_progress", in_progress))
    named = {logged.exercise_id for _, workout in listed for logged in workout.sets}
    # Each exercise checked once, not each of ten years of sets.
    if all(_names_an_exercise(exercise_id, catalogue) for exercise_id in named):
        return
    for path, workout in listed:
        for index, logged in enumerate(workout.sets):
            if not _names_an_exercise(logged.exercise_id, catalogue):
                raise ImportFileError(
                    top.file, f"{path}.sets[{index}].exercise",
                    f"names no exercise we have ({logged.exercise_id!r} is not in our catalogue, and a custom "
                    f"exercise's id starts with {CUSTOM_PREFIX})")


def _check_unique_ids(top: _Entry, workouts: tuple[Workout, ...], in_progress: Workout | None) -> None:
    # Ids are how a second import recognises what is already there: two entries sharing one would lose one.
    seen_workouts: dict[str, str] = {}
    seen_sets: dict[str, str] = {}
    listed = [(f"workouts[{i}]", w) for i, w in enumerate(workouts)]
    if in_progress is not None:
        listed.append(("workout_in_progress", in_progress))
    for path, workout in listed:
        if workout.id in seen_workouts:
            raise ImportFileError(top.file, f"{path}.id", f"is the id of {seen_workouts[workout.id]} too")
        seen_workouts[workout.id] = path
        for index, logged in enumerate(workout.sets):
            where = f"{path}.sets[{index}]"
            if logged.id in seen_sets:
                raise ImportFileError(top.file, f"{where}.id", f"is the id of {seen_sets[logged.id]} too")
            seen_sets[logged.id] = where
