"""What an export holds and an import brings in, the import file's errors, and the limits a set's values keep.

Both file formats (our JSON export and Strong's CSV) read into UserData, so the import is planned and written
the same way whatever the file was.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tui.domain.catalogue import Routine
from tui.domain.errors import DataFileError
from tui.domain.set_values import MAX_HOLD_S, MAX_LOAD, MAX_REPS, SIDES
from tui.domain.settings import UNITS, Settings
from tui.domain.workouts import Workout


@dataclass(frozen=True)
class UserData:
    """Everything of the user's that an export carries; an import brings in what is not there yet."""

    workouts: tuple[Workout, ...] = ()  # finished
    in_progress: Workout | None = None
    routines: tuple[Routine, ...] = ()  # the user's own, never shipped ones
    settings: Settings | None = None  # None: the file says nothing about settings
    freezes: tuple[date, ...] = ()
    # What the user should know about how the file was read ("kept 2 exercises we do not know as custom ones").
    remarks: tuple[str, ...] = field(default=(), compare=False)

    @property
    def sets(self) -> int:
        """Sets in the finished workouts."""
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


# Each check returns what is wrong with a value the file gives for a set, or None when it is fine. The limits
# are the set editor's, so an import never brings in a set the app could not have logged. A note may be longer
# than the editor allows: other apps allow long notes, and cutting them would lose the user's words.


def reps_problem(value: Any) -> str | None:
    if not is_whole(value):
        return f"should be a whole number of reps, not {value!r}"
    if not 0 <= value <= MAX_REPS:
        return f"should be from 0 to {MAX_REPS} reps, not {value}"
    return None


def hold_problem(value: Any) -> str | None:
    if not is_whole(value):
        return f"should be a whole number of seconds, not {value!r}"
    if not 0 <= value <= MAX_HOLD_S:
        return f"should be from 0 to {MAX_HOLD_S} seconds, not {value}"
    return None


def load_problem(value: Any) -> str | None:
    if not is_number(value):
        return f"should be a number such as 12.5 or -20 (assistance), not {value!r}"
    if not -MAX_LOAD <= value <= MAX_LOAD:
        return f"should be between -{MAX_LOAD:g} and {MAX_LOAD:g}, not {value:g}"
    return None


def unit_problem(value: Any) -> str | None:
    return None if value in UNITS else f"should be {' or '.join(UNITS)}, not {value!r}"


def side_problem(value: Any) -> str | None:
    return None if value in SIDES else f"should be {' or '.join(SIDES)}, not {value!r}"


def rpe_problem(value: Any) -> str | None:
    if not is_number(value) or not (1 <= value <= 10 and (value * 2) == int(value * 2)):
        return f"should be an RPE from 1 to 10 in steps of 0.5, not {value!r}"
    return None


def band_problem(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"should be a band colour such as red, not {value!r}"
    return None
