"""What an export holds and an import brings in, the import file's errors, and what a set's values must be.

Every file format (our JSON export, our CSV, and each other app's export) reads into UserData, so the import is
planned and written the same way whatever the file was.

The limits of the set editor (500 reps, an hour's hold, 1000 kg) catch typing mistakes in our forms; they are
not limits on history. An import takes any value another app can write (a 90-minute run, 1000 reps of skipping,
a 1200 lb leg press) and lists the ones past those limits in its report, so a real mistake in the file can
still be found. Only what cannot be a value at all (text, a negative count) refuses the file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tui.domain.catalogue.model import Routine
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.errors import DataFileError
from tui.domain.workout.set_values import MAX_HOLD_S, MAX_LOAD, MAX_REPS, SIDES
from tui.domain.settings import UNITS, Settings
from tui.domain.workout.model import Workout

# Past these, a cardio entry is listed as unusual (kept all the same): a day's effort, a very long way.
UNUSUAL_DURATION_S = 24 * 3600
UNUSUAL_DISTANCE_M = 500_000


@dataclass(frozen=True)
class UserData:
    """Everything of the user's that an export carries; an import brings in what is not there yet."""

    workouts: tuple[Workout, ...] = ()  # finished
    in_progress: Workout | None = None
    routines: tuple[Routine, ...] = ()  # the user's own, never shipped ones
    settings: Settings | None = None  # None: the file says nothing about settings
    freezes: tuple[date, ...] = ()
    custom_exercises: tuple[CustomExercise, ...] = ()  # the user's exercises that the catalogue does not have
    # What the user should know about how the file was read ("kept 2 exercises we do not know as custom ones").
    remarks: tuple[str, ...] = field(default=(), compare=False)
    report: ImportReport | None = field(default=None, compare=False)  # how an import file was read

    @property
    def sets(self) -> int:
        """Entries (sets and cardio) in the finished workouts."""
        return sum(len(workout.sets) for workout in self.workouts)

    def summary(self, output_format: str = "json") -> str:
        """What an export of this data holds: "3 workouts (9 sets), 1 routine, the workout in progress"."""
        parts = [f"{count(len(self.workouts), 'workout')} ({count(self.sets, 'set')})"]
        if output_format == "json":  # CSV carries the sets of finished workouts only
            parts.append(count(len(self.routines), "routine"))
            if self.in_progress is not None:
                parts.append("the workout in progress")
        return ", ".join(parts)


def count(number: int, thing: str) -> str:
    """ "1 workout", "12 workouts"."""
    return f"{number} {thing}{'' if number == 1 else 's'}"


def cardio_count(number: int) -> str:
    """ "1 cardio entry", "3 cardio entries"."""
    return f"{number} cardio {'entry' if number == 1 else 'entries'}"


@dataclass(frozen=True)
class ImportReport:
    """How one import file was read, in the user's words: what --dry-run shows before anything is written."""

    file: str
    format: str  # "Strong (current export)", "Hevy", "our JSON export"
    workouts: int = 0
    sets: int = 0  # strength and core sets (warm-ups included)
    cardio: int = 0  # cardio entries
    custom: tuple[str, ...] = ()  # names of the exercises we do not know, kept as custom exercises
    units: str = ""  # which unit the weights were taken in, and why
    skipped: tuple[tuple[str, int], ...] = ()  # (why, how many rows)
    unusual: tuple[str, ...] = ()  # values past the forms' limits, kept: "line 12: 1000 reps"
    set_types: tuple[tuple[str, int], ...] = ()  # ("warm-up", 4): sets that are not normal ones

    SHOWN_UNUSUAL = 8  # the first few are named; the rest are counted

    def lines(self) -> list[str]:
        """The report, a line per fact; the file and format first."""
        lines = [f"{self.file}: read as {self.format}"]
        found = [count(self.workouts, "workout"), count(self.sets, "set"), cardio_count(self.cardio)]
        lines.append("  found " + ", ".join(found))
        if self.set_types:
            lines.append("  set types kept: " + ", ".join(f"{number} {kind}" for kind, number in self.set_types))
        if self.units:
            lines.append(f"  units: {self.units}")
        if self.custom:
            more = len(self.custom) - 20
            shown = ", ".join(self.custom[:20]) + (f" and {more} more" if more > 0 else "")
            lines.append(f"  {count(len(self.custom), 'exercise')} we do not have, kept by name as custom: {shown}")
        for why, number in self.skipped:
            lines.append(f"  skipped {count(number, 'row')}: {why}")
        if self.unusual:
            lines.append(f"  {count(len(self.unusual), 'unusual value')} kept as written (past what our forms take; "
                         f"check them if they are typing mistakes):")
            lines.extend(f"    {text}" for text in self.unusual[:self.SHOWN_UNUSUAL])
            if len(self.unusual) > self.SHOWN_UNUSUAL:
                lines.append(f"    and {len(self.unusual) - self.SHOWN_UNUSUAL} more")
        return lines


class ImportFileError(DataFileError):
    """A file given to import is wrong; the message names the file and the line or entry (JSON path)."""

    def __init__(self, file: str, where: str | None, problem: str) -> None:
        super().__init__(file, where or None, None, problem)


class NewerExportError(ImportFileError):
    """The export was written by a newer runstrength-tui, in a version of the format this one cannot read."""

    def __init__(self, file: str, found: int, supported: int) -> None:
        self.found, self.supported = found, supported
        super().__init__(
            file, None,
            f"was written by a newer runstrength-tui (export version {found}; this one reads up to {supported}). "
            f"Nothing was imported. Upgrade runstrength-tui to import it.",
        )


def is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


# Each check returns what is wrong with a value the file gives for a set, or None when it is fine: only what
# cannot be the value at all. A note may be longer than the editor allows: cutting it would lose the user's words.


def reps_problem(value: Any) -> str | None:
    if not is_whole(value) or value < 0:
        return f"should be a whole number of reps, not {value!r}"
    return None


def hold_problem(value: Any) -> str | None:
    if not is_whole(value) or value < 0:
        return f"should be a whole number of seconds, not {value!r}"
    return None


def duration_problem(value: Any) -> str | None:
    if not is_whole(value) or value < 0:
        return f"should be a whole number of seconds, not {value!r}"
    return None


def distance_problem(value: Any) -> str | None:
    if not is_number(value) or value < 0:
        return f"should be a distance in metres such as 5000, not {value!r}"
    return None


def load_problem(value: Any) -> str | None:
    if not is_number(value):
        return f"should be a number such as 12.5 or -20 (assistance), not {value!r}"
    return None


def unusual_values(reps: int | None, hold_s: int | None, load: float | None, unit: str,
                   duration_s: int | None = None, distance_m: float | None = None) -> list[str]:
    """The values of a set that no form of ours takes (kept, but worth a look), in words."""
    found = []
    if reps is not None and reps > MAX_REPS:
        found.append(f"{reps} reps (a form takes at most {MAX_REPS})")
    if hold_s is not None and hold_s > MAX_HOLD_S:
        found.append(f"a hold of {hold_s} s (a form takes at most {MAX_HOLD_S})")
    if load is not None and abs(load) > MAX_LOAD:
        found.append(f"a load of {load:g} {unit} (a form takes at most {MAX_LOAD:g})")
    if duration_s is not None and duration_s > UNUSUAL_DURATION_S:
        found.append(f"a cardio entry of {duration_s} s (more than a day)")
    if distance_m is not None and distance_m > UNUSUAL_DISTANCE_M:
        found.append(f"a distance of {distance_m / 1000:g} km")
    return found


def unit_problem(value: Any) -> str | None:
    return None if value in UNITS else f"should be {' or '.join(UNITS)}, not {value!r}"


def side_problem(value: Any) -> str | None:
    return None if value in SIDES else f"should be {' or '.join(SIDES)}, not {value!r}"


def rpe_problem(value: Any) -> str | None:
    # Our forms take steps of 0.5; other apps' RPE may be finer, and history keeps it as written.
    if not is_number(value) or not 0 < value <= 10:
        return f"should be an RPE from 1 to 10, not {value!r}"
    return None


def band_problem(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"should be a band colour such as red, not {value!r}"
    return None
