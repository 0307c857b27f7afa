"""Logged sets and workouts, and their plain-data form for the store and exports."""

from __future__ import annotations

import uuid
from dataclasses import MISSING, dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pendulum

from tui.domain.moments import Moment
from tui.domain.printable import one_line, printable

# A set's type, as Strong (W/D/F) and Hevy (set_type) mark it. A warm-up counts towards no record and not
# towards the sets that make a workout count for the streak; drop and failure sets count like normal ones.
NORMAL, WARMUP, DROP, FAILURE = "normal", "warmup", "drop", "failure"
SET_TYPES = (NORMAL, WARMUP, DROP, FAILURE)
SET_TYPE_LETTERS = {WARMUP: "W", DROP: "D", FAILURE: "F"}  # Strong's Set Order letters


def _keep_printable(record: object, fields: tuple[str, ...]) -> None:
    """Drop control characters from the record's text fields (a tuple of texts too), whichever way it was made: a
    form, an importer, a data file read back. The one place they are dropped for workouts and sets, so none can
    reach a terminal. Each field is checked in C first (str.isprintable): this runs for every set of ten years."""
    for name in fields:
        value = getattr(record, name)
        if isinstance(value, str):
            if not value.isprintable():
                object.__setattr__(record, name, printable(value))
        elif isinstance(value, tuple) and value and not all(isinstance(text, str) and text.isprintable()
                                                            for text in value):
            object.__setattr__(record, name, tuple(printable(text) if isinstance(text, str) else text
                                                   for text in value))


def new_id() -> str:
    """A client-made id, so a retried write of the same set or workout is recognised and never duplicated."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class LoggedSet:
    """One set as the user logged it, or one cardio entry.

    Cardio (a run, a row, a ride, as other apps log them next to sets) is kept in the same record rather than
    in a list of its own, so it keeps its place among the workout's sets, its id (an import recognises it) and
    its row in the CSV export. A LoggedSet is a cardio entry when it has a distance or a duration
    (`distance_m`, `duration_s`): it then has no reps and no hold, is not a set for the streak, the calendar's
    shading or any record, and shows as "5.0 km in 26:00". A hold (`hold_s`) stays what it was: a timed set
    of a strength or core exercise.
    """

    id: str
    exercise_id: str
    logged_at: Moment
    reps: int | None = None
    hold_s: int | None = None
    load: float | None = None  # added (+) or assisting (-) load; None for bodyweight alone
    unit: str = "kg"
    bands: tuple[str, ...] = ()  # band colours, several when combined
    side: str | None = None  # "L" or "R" for per-side exercises
    rpe: float | None = None
    note: str = ""
    round: int | None = None  # circuit round, from 1
    set_type: str = NORMAL  # one of SET_TYPES
    distance_m: float | None = None  # cardio: metres covered
    duration_s: int | None = None  # cardio: seconds it took
    # Hevy's superset: the exercises of a workout done in turn, set by set, share this number (from 0).
    superset: int | None = None

    def __post_init__(self) -> None:
        _keep_printable(self, _SET_TEXT)

    @property
    def is_warmup(self) -> bool:
        return self.set_type == WARMUP

    @property
    def is_cardio(self) -> bool:
        return self.distance_m is not None or self.duration_s is not None

    @property
    def counts_as_set(self) -> bool:
        """A working set: what the streak and the calendar count (not a warm-up, not cardio)."""
        return self.set_type != WARMUP and not self.is_cardio

    def to_data(self) -> dict[str, Any]:
        # A field at a time rather than a comprehension over them all: this runs for every set of an export.
        data: dict[str, Any] = {"id": self.id, "exercise": self.exercise_id, "logged_at": self.logged_at.to_data()}
        if self.reps is not None:
            data["reps"] = self.reps
        if self.hold_s is not None:
            data["hold_s"] = self.hold_s
        if self.load is not None:
            data["load"] = self.load
        if self.side is not None:
            data["side"] = self.side
        if self.rpe is not None:
            data["rpe"] = self.rpe
        if self.round is not None:
            data["round"] = self.round
        if self.distance_m is not None:
            data["distance_m"] = self.distance_m
        if self.duration_s is not None:
            data["duration_s"] = self.duration_s
        if self.load is not None:
            data["unit"] = self.unit
        if self.bands:
            data["bands"] = list(self.bands)
        if self.note:
            data["note"] = self.note
        if self.set_type != NORMAL:
            data["type"] = self.set_type
        if self.superset is not None:
            data["superset"] = self.superset
        return data

    @classmethod
    def made(cls, **values: Any) -> LoggedSet:
        """A LoggedSet from values already checked (read from a file, built by an importer), made without the
        frozen dataclass's field-by-field __init__: several times faster, and this runs for every set of ten years."""
        made = object.__new__(cls)
        fields = made.__dict__
        fields.update(_SET_DEFAULTS)
        fields.update(values)
        # Made printable as __post_init__ does: a file's text, however the set is made. Its usual texts checked in
        # one call first (a set is several times faster to make than through __init__; this keeps it so).
        try:
            clean = (fields["id"] + fields["exercise_id"] + fields["note"]).isprintable() and not fields["bands"]
        except TypeError:  # not text: left for whoever reads the file to refuse
            clean = False
        if not clean:
            _keep_printable(made, _SET_TEXT)
        return made

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> LoggedSet:
        return cls.made(
            id=data["id"],
            exercise_id=data["exercise"],
            logged_at=Moment.from_data(data["logged_at"]),
            reps=data.get("reps"),
            hold_s=data.get("hold_s"),
            load=data.get("load"),
            unit=data.get("unit", "kg"),
            bands=tuple(data.get("bands", ())),
            side=data.get("side"),
            rpe=data.get("rpe"),
            note=data.get("note") or "",
            round=data.get("round"),
            set_type=data.get("type") or NORMAL,
            distance_m=data.get("distance_m"),
            duration_s=data.get("duration_s"),
            superset=data.get("superset"),
        )


# A set's text that a file can bring: the ids (our CSV's Set ID, our JSON's ids), the exercise (a custom
# exercise's id is made from its name), the note and the band colours.
_SET_TEXT = ("id", "exercise_id", "note", "bands")
_SET_DEFAULTS = {field.name: field.default for field in fields(LoggedSet) if field.default is not MISSING}


# No set logged for over an hour: longer than any rest, so the workout was left (see Workout.left_at).
LEFT_AFTER_S = 3600

_WORKOUT_TEXT = ("id", "routine_id", "name", "note")  # a workout's text that a file can bring


@dataclass(frozen=True)
class Workout:
    """A workout, in progress (finished_at is None) or finished; sets in the order they were logged."""

    id: str
    routine_id: str | None
    name: str
    started_at: Moment
    finished_at: Moment | None = None
    sets: tuple[LoggedSet, ...] = ()
    note: str = ""
    # The live tracker's own state (cursor, rest deadline...), saved with the workout so a restart resumes it.
    progress: dict[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        _keep_printable(self, _WORKOUT_TEXT)
        if isinstance(self.name, str) and not self.name.isprintable():  # a line break or a tab (a note keeps them)
            object.__setattr__(self, "name", one_line(self.name))

    @property
    def working_sets(self) -> int:
        """Sets that count for the streak: every set but warm-ups and cardio entries."""
        return sum(1 for logged in self.sets if logged.counts_as_set)

    @property
    def warm_ups(self) -> int:
        """Warm-up sets: logged and shown, but not among the sets counted (the summary, History, the calendar)."""
        return sum(1 for logged in self.sets if logged.set_type == WARMUP and not logged.is_cardio)

    @property
    def cardio_entries(self) -> tuple[LoggedSet, ...]:
        return tuple(logged for logged in self.sets if logged.is_cardio)

    @property
    def local_date(self) -> pendulum.Date:
        return self.started_at.local_date

    @property
    def last_done_at(self) -> Moment:
        """When its last set was done (its start, with none): where a workout left in progress ends, finished once
        the app is running again."""
        return self.sets[-1].logged_at if self.sets else self.started_at

    def left_at(self, now: pendulum.DateTime) -> Moment | None:
        """When the workout was left, if it was: its last set, logged over LEFT_AFTER_S before now (the app left
        open overnight finished as a workout of 14 hours)."""
        if not self.sets or (now - self.last_done_at.utc).total_seconds() <= LEFT_AFTER_S:
            return None
        return self.last_done_at

    def with_set(self, logged: LoggedSet) -> Workout:
        """The workout with this set added, unless a set with the same id is already there (a retry)."""
        if any(existing.id == logged.id for existing in self.sets):
            return self
        return replace(self, sets=self.sets + (logged,))

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "routine": self.routine_id,
            "name": self.name,
            "started_at": self.started_at.to_data(),
            "finished_at": self.finished_at.to_data() if self.finished_at else None,
            "sets": [logged.to_data() for logged in self.sets],
        }
        if self.note:
            data["note"] = self.note
        if self.progress:
            data["progress"] = self.progress
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Workout:
        finished = data.get("finished_at")
        return cls(
            id=data["id"],
            routine_id=data.get("routine"),
            name=data["name"],
            started_at=Moment.from_data(data["started_at"]),
            finished_at=Moment.from_data(finished) if finished else None,
            sets=tuple(LoggedSet.from_data(item) for item in data.get("sets", ())),
            note=data.get("note") or "",
            # A tracker state that is no object at all (a hand edit) is one that cannot be read: the workout and
            # its sets are kept, and the offer to resume says it cannot be resumed (the app refused to start).
            progress=dict(progress) if isinstance(progress := data.get("progress", {}), dict) else {},
        )
