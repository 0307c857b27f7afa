"""Deciding what an import adds: only what is not there yet, recognised by id, so importing twice adds nothing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from tui.domain.catalogue import Routine
from tui.domain.settings import Settings
from tui.domain.transfer_data import UserData, count
from tui.domain.workouts import Workout


@dataclass(frozen=True)
class Existing:
    """What the data directory already holds, as far as an import needs to know."""

    workout_ids: frozenset[str] = frozenset()  # finished workouts (the per-day index)
    set_ids: frozenset[str] = frozenset()  # every logged set, finished or in progress
    in_progress: Workout | None = None
    routine_ids: frozenset[str] = frozenset()
    freezes: frozenset[date] = frozenset()
    settings: Settings | None = None  # the user's saved settings; None when they never saved any


@dataclass(frozen=True)
class ImportPlan:
    """What an import adds, what it finds already there, and what it leaves out and why."""

    workouts: tuple[Workout, ...] = ()
    workouts_present: int = 0
    in_progress: Workout | None = None
    in_progress_left_out: str = ""  # why the file's workout in progress is not brought in
    routines: tuple[Routine, ...] = ()
    routines_present: int = 0
    freezes: tuple[date, ...] = ()
    settings: Settings | None = None
    settings_kept: bool = False  # the file has settings, but the user's own are kept
    remarks: tuple[str, ...] = ()

    @property
    def sets(self) -> int:
        """Sets in the finished workouts added (the workout in progress is counted on its own)."""
        return sum(len(workout.sets) for workout in self.workouts)

    @property
    def adds_anything(self) -> bool:
        return bool(self.workouts or self.in_progress or self.routines or self.freezes or self.settings)

    def report(self, dry_run: bool) -> list[str]:
        """The outcome in the user's words: a summary line, then anything they should know."""
        verb = "would add" if dry_run else "added"
        added = [f"{count(len(self.workouts), 'workout')} ({count(self.sets, 'set')})",
                 count(len(self.routines), "routine")]
        if self.freezes:
            added.append(count(len(self.freezes), "freeze week"))
        if self.in_progress:
            added.append(f"the workout in progress ({count(len(self.in_progress.sets), 'set')})")
        if self.settings:
            added.append("the settings")
        present = []
        if self.workouts_present:
            present.append(f"{count(self.workouts_present, 'workout')} already present")
        if self.routines_present:
            present.append(f"{count(self.routines_present, 'routine')} already present")
        summary = f"{verb} {', '.join(added)}" if self.adds_anything else "nothing to add"
        lines = ["; ".join([summary, *present])]
        if self.in_progress_left_out:
            lines.append(self.in_progress_left_out)
        if self.settings_kept:
            lines.append("your settings are kept as they are (the file's settings are not applied)")
        lines.extend(self.remarks)
        return lines


def plan_import(data: UserData, existing: Existing) -> ImportPlan:
    """What importing data into a directory holding `existing` adds.

    A workout, routine or freeze already there (same id or date) is left as it is, never overwritten: the data
    directory may hold newer edits. A set already logged (same id) is never added twice, even inside a workout
    with another id. Settings come in only when the user has never saved their own.
    """
    in_progress_id = existing.in_progress.id if existing.in_progress else None
    workouts, present = [], 0
    for workout in data.workouts:
        if workout.id in existing.workout_ids or workout.id == in_progress_id:
            present += 1
            continue
        new_sets = tuple(logged for logged in workout.sets if logged.id not in existing.set_ids)
        if workout.sets and not new_sets:
            present += 1
            continue
        workouts.append(replace(workout, sets=new_sets))

    in_progress, left_out = None, ""
    incoming = data.in_progress
    if incoming is not None:
        if incoming.id in existing.workout_ids or incoming.id == in_progress_id:
            present += 1
        elif existing.in_progress is not None:
            left_out = (
                f"the file's workout in progress ('{incoming.name}') was left out: '{existing.in_progress.name}' is "
                f"in progress here. Finish or discard it, then import the file again to bring it in."
            )
        else:
            in_progress = incoming

    routines = tuple(routine for routine in data.routines if routine.id not in existing.routine_ids)
    freezes = tuple(sorted(day for day in set(data.freezes) if day not in existing.freezes))
    settings = data.settings if existing.settings is None else None
    settings_kept = None not in (data.settings, existing.settings) and data.settings != existing.settings
    return ImportPlan(
        workouts=tuple(workouts),
        workouts_present=present,
        in_progress=in_progress,
        in_progress_left_out=left_out,
        routines=routines,
        routines_present=len(data.routines) - len(routines),
        freezes=freezes,
        settings=settings,
        settings_kept=settings_kept,
        remarks=data.remarks,
    )

