"""What an export holds and an import brings in, and the import file's errors (a set's values: set_rules.py).

Every file format (our JSON export, our CSV, and each other app's export) reads into UserData, so the import is
planned and written the same way whatever the file was.

The limits of the set editor (500 reps, an hour's hold, 1000 kg) catch typing mistakes in our forms; they are
not limits on history. An import takes any value another app can write (a 90-minute run, 1000 reps of skipping,
a 1200 lb leg press) and lists the ones past those limits in its report, so a real mistake in the file can
still be found. Only what cannot be a value at all (text, a negative count) refuses the file.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.catalogue.model import Routine
from tui.domain.counts import cardio_count, count, sets_and_cardio
from tui.domain.errors import DataFileError
from tui.domain.settings import Settings
from tui.domain.workout.model import Workout


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
        """Sets in the finished workouts (warm-ups included; cardio entries are counted on their own)."""
        return entries_in(self.workouts, cardio=False)

    @property
    def cardio(self) -> int:
        """Cardio entries in the finished workouts."""
        return entries_in(self.workouts, cardio=True)

    def summary(self, output_format: str = "json") -> str:
        """What an export of this data holds, counted as an import counts it: "3 workouts (9 sets, 1 cardio
        entry), 1 routine, the workout in progress"."""
        parts = [f"{count(len(self.workouts), 'workout')} ({sets_and_cardio(self.sets, self.cardio)})"]
        if output_format == "json":  # CSV carries the sets of finished workouts only
            parts.append(count(len(self.routines), "routine"))
            if self.in_progress is not None:
                parts.append("the workout in progress")
        return ", ".join(parts)


def entries_in(workouts: Iterable[Workout], *, cardio: bool) -> int:
    """How many sets (warm-ups included), or with cardio how many cardio entries, these workouts hold: what every
    summary of an import or an export counts."""
    return sum(1 for workout in workouts for logged in workout.sets if logged.is_cardio == cardio)


def cardio_only(workouts: Iterable[Workout]) -> frozenset[str]:
    """The exercises that only cardio entries name (a run, a ride): what a user calls cardio, not an exercise of
    theirs, though it is kept by name like a custom one (its entries show as "Running")."""
    cardio: set[str] = set()
    sets: set[str] = set()
    for workout in workouts:
        for logged in workout.sets:
            (cardio if logged.is_cardio else sets).add(logged.exercise_id)
    return frozenset(cardio - sets)


def custom_and_cardio(custom: Iterable[CustomExercise], workouts: Iterable[Workout]
                      ) -> tuple[tuple[CustomExercise, ...], tuple[str, ...], tuple[str, ...]]:
    """A file's exercises we do not have: its custom exercises, those its workouts name only in cardio entries
    marked as cardio (see cardio_only; every import marks them so, as no picker is to offer a run for sets); and
    their names as its report lists them, the custom exercises, then the cardio kept by name. One the user counted
    as one of ours (its same_as, in our JSON export) is not named: its sets come in as ours ("kept by name as
    custom" was said of it)."""
    only_cardio = cardio_only(workouts)
    marked = tuple(exercise._replace(cardio=True) if exercise.id in only_cardio else exercise for exercise in custom)
    named = [exercise for exercise in marked if not exercise.same_as]
    return (marked, tuple(exercise.name for exercise in named if exercise.id not in only_cardio),
            tuple(exercise.name for exercise in named if exercise.id in only_cardio))


@dataclass(frozen=True)
class ImportReport:
    """How one import file was read, in the user's words: what --dry-run shows before anything is written."""

    file: str
    format: str  # "Strong (current export)", "Hevy", "our JSON export"
    workouts: int = 0
    sets: int = 0  # strength and core sets (warm-ups included)
    cardio: int = 0  # cardio entries
    custom: tuple[str, ...] = ()  # names of the exercises we do not know, kept as custom exercises
    cardio_names: tuple[str, ...] = ()  # names of the cardio we do not know (a run), kept for its entries
    units: str = ""  # which unit the weights were taken in, and why
    unit_guessed: bool = False  # the file has weights and names no unit: they were taken in the settings' unit
    # The file has distances and names no unit for them: they were taken in the weights' (km with kg, mi with lb).
    distance_unit_guessed: bool = False
    skipped: tuple[tuple[str, int], ...] = ()  # (why, how many rows)
    unusual: tuple[str, ...] = ()  # values past the forms' limits, kept: "line 12: 1000 reps"
    # Rows the same as the row before them, kept: "line 9 is the same as the line before it".
    repeated: tuple[str, ...] = ()
    set_types: tuple[tuple[str, int], ...] = ()  # ("warm-up", 4): sets that are not normal ones
    # Workouts that start later than the import, kept: "“Push” of Mon 12 Jul 2027, 18:00" (see with_dates_ahead).
    ahead: tuple[str, ...] = ()

    SHOWN_UNUSUAL = 8  # the first few are named; the rest are counted

    def lines(self) -> list[str]:
        """The report, a line per fact; the file and format first."""
        lines = [f"{self.file}: read as {self.format}"]
        found = [count(self.workouts, "workout"), count(self.sets, "set"), cardio_count(self.cardio)]
        lines.append("  found " + ", ".join(found))
        if self.set_types:
            kept = (_set_type_count(kind, number) for kind, number in self.set_types)
            lines.append("  set types kept: " + ", ".join(kept))
        if self.units:
            lines.append(f"  units: {self.units}")
        if self.custom:
            shown = listed(self.custom)
            lines.append(f"  {count(len(self.custom), 'exercise')} we do not have, kept by name as custom: {shown}")
        if self.cardio_names:
            lines.append(f"  cardio kept as cardio entries, by name: {listed(self.cardio_names)}")
        for why, number in self.skipped:
            lines.append(f"  skipped {count(number, 'row')}: {why}")
        if self.unusual:
            lines += self._some(self.unusual, f"{count(len(self.unusual), 'unusual value')} kept as written (past "
                                              f"what our forms take; check them if they are typing mistakes):")
        if self.ahead:
            lines += self._some(self.ahead, f"{count(len(self.ahead), 'workout')} dated later than now, kept as "
                                            f"written (check them: a day and a month the wrong way round put a "
                                            f"workout months ahead):")
        if self.repeated:
            lines += self._some(self.repeated, f"{count(len(self.repeated), 'row')} the same as the row before, set "
                                               f"number and all, each kept as one more set (check them: a line "
                                               f"copied twice?):")
        return lines

    def _some(self, found: tuple[str, ...], heading: str) -> list[str]:
        """The heading, the first few found, and how many more."""
        more = len(found) - self.SHOWN_UNUSUAL
        return [f"  {heading}", *(f"    {text}" for text in found[:self.SHOWN_UNUSUAL]),
                *([f"    and {more} more"] if more > 0 else [])]


def with_dates_ahead(data: UserData, now: datetime) -> UserData:
    """The data with its report naming the workouts that start after `now` (aware). Imported without a word, such a
    workout led History's list and gave a new workout its "Last time" while `status` skipped it as not yet
    done: a file's day and month read the wrong way round is the usual cause."""
    from tui.domain.printable import quoted

    ahead = sorted((workout for workout in data.workouts if workout.started_at.utc > now),
                   key=lambda workout: workout.started_at.utc)
    if data.report is None or not ahead:
        return data
    named = tuple(f"{quoted(workout.name)} of {workout.started_at.local:%a %d %b %Y, %H:%M}" for workout in ahead)
    return replace(data, report=replace(data.report, ahead=named))


def listed(names: tuple[str, ...], shown: int = 20) -> str:
    """The first names, and how many more: "Leg Press, Running and 3 more"."""
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {more} more" if more > 0 else "")


class ImportFileError(DataFileError):
    """A file given to import is wrong; the message names the file and the line or entry (JSON path).

    `problem` is a statement, ended by whoever shows it: the command line prints it as it is, the app puts it in a
    sentence of its own and ends that with a full stop ("Nothing was imported: <file>: line 1: <problem>."). So it
    is never a question: "is the file cut short?" read "cut short?." in the app (say what is likely instead, as
    CUT_SHORT does). A full stop of its own is taken off here, where every import error is made, so that every one
    ends alike: without one on the command line, with one in the app, never "..".
    """

    def __init__(self, file: str, where: str | None, problem: str) -> None:
        super().__init__(file, where or None, None, problem.rstrip().rstrip("."))


# What a file's fault at its very end says (a CSV row without all its cells, a quote or a JSON document never
# closed). Only there: a fault further up is the file as written, and "cut short" sent users looking for the
# wrong fault (a file separated by "|" was "cut short" at line 1).
CUT_SHORT = "the file ends there, so it may be cut short (a copy or a download stopped midway); export it again"


class NewerExportError(ImportFileError):
    """The export was written by a newer runstrength-tui, in a version of the format this one cannot read."""

    def __init__(self, file: str, found: int, supported: int) -> None:
        self.found, self.supported = found, supported
        super().__init__(
            file, None,
            f"was written by a newer runstrength-tui (export version {found}; this one reads up to {supported}). "
            f"Nothing was imported. Upgrade runstrength-tui to import it.",
        )


def _set_type_count(kind: str, number: int) -> str:
    """ "2 warm-ups", "1 drop set", "2 sets to failure": a set type as SET_TYPE_NAMES names it, counted ("2 to
    failure" and "2 warm-up" were said)."""
    return count(number, "set to failure", "sets to failure") if kind == "to failure" else count(number, kind)
