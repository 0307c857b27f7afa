"""Deciding what an import adds: only what is not there yet, so importing twice adds nothing.

A workout is recognised by its id, or else by its start (to the minute, on the clock where it was done) and its
name: a workout logged here has an id of its own, which no other app's export (nor our CSV) carries. A set is
recognised by its id, or else by its place in its workout (the n-th of its exercise).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.catalogue.ids import copy_name
from tui.domain.catalogue.model import Routine
from tui.domain.counts import count, sets_and_cardio
from tui.domain.printable import quoted
from tui.domain.settings import Settings
from tui.domain.transfer.data import UserData, cardio_only, entries_in, listed
from tui.domain.workout.model import Workout


@dataclass(frozen=True)
class Existing:
    """What the data directory already holds, as far as an import needs to know."""

    workout_ids: frozenset[str] = frozenset()  # finished workouts (the per-day index)
    set_ids: frozenset[str] = frozenset()  # every logged set, finished or in progress
    in_progress: Workout | None = None
    routine_ids: frozenset[str] = frozenset()
    routine_names: frozenset[str] = frozenset()
    freezes: frozenset[date] = frozenset()
    settings: Settings | None = None  # the user's saved settings; None when they never saved any
    custom_exercise_ids: frozenset[str] = frozenset()
    # Custom exercises the user said are catalogue ones: sets that name them come in as those (an export made
    # before the mapping still names the custom id).
    same_as: tuple[tuple[str, str], ...] = ()
    # How many entries of each exercise each finished workout holds, by its id, and with its name by its start
    # (start_minute).
    by_start: Mapping[str, tuple[tuple[str, Mapping[str, int]], ...]] = field(default_factory=dict)
    by_id: Mapping[str, Mapping[str, int]] = field(default_factory=dict)

    def already_here(self, workout: Workout) -> Mapping[str, int] | None:
        """The entries of the workout already here that `workout` is, told by its start and name, or, when it was
        renamed since in either app, by its start and its exercises (a renamed one came in twice, its volume and the
        week's count doubled); None when it is not here."""
        here = self.by_start.get(start_minute(workout.started_at.local_plain()), ())
        named = [found for name, found in here if name == workout.name.strip()]
        if named:
            return named[0]
        exercises = set(exercises_in(workout))
        return next((found for _, found in here if set(found) == exercises), None)

    def with_plan(self, plan: ImportPlan) -> Existing:
        """What the directory would hold once plan is written (to plan several files in a row)."""
        return replace(
            self,
            workout_ids=self.workout_ids | {workout.id for workout in plan.workouts},
            set_ids=self.set_ids | {logged.id for workout in plan.workouts for logged in workout.sets},
            in_progress=self.in_progress or plan.in_progress,
            routine_ids=self.routine_ids | {routine.id for routine in plan.routines},
            routine_names=self.routine_names | {routine.name for routine in plan.routines},
            freezes=self.freezes | set(plan.freezes),
            settings=self.settings or plan.settings,
            custom_exercise_ids=self.custom_exercise_ids | {exercise.id for exercise in plan.custom_exercises},
            by_start=with_starts(self.by_start, plan.workouts),
            by_id={**self.by_id, **{workout.id: exercises_in(workout) for workout in plan.workouts}},
        )


def start_minute(started_local: datetime) -> str:
    """A workout's start as every app writes it: local, to the minute (Hevy writes no seconds)."""
    return started_local.isoformat()[:16]


def with_starts(by_start: Mapping[str, tuple[tuple[str, Mapping[str, int]], ...]],
                workouts: Iterable[Workout]) -> dict[str, tuple[tuple[str, Mapping[str, int]], ...]]:
    """by_start (see Existing) with the workouts added."""
    added = dict(by_start)
    for workout in workouts:
        minute = start_minute(workout.started_at.local_plain())
        added[minute] = (*added.get(minute, ()), (workout.name.strip(), exercises_in(workout)))
    return added


def exercises_in(workout: Workout) -> Counter[str]:
    """How many entries (sets and cardio) of each exercise the workout holds."""
    return Counter(logged.exercise_id for logged in workout.sets)


@dataclass(frozen=True)
class ImportPlan:
    """What an import adds, what it finds already there, and what it leaves out and why."""

    workouts: tuple[Workout, ...] = ()
    workouts_present: int = 0  # finished workouts
    # Sets of those the log does not have (a later export of a workout with a set added since): left out, as the
    # workout is never changed, but said, so that none goes missing without a word.
    sets_left_out: int = 0
    left_out_of: tuple[str, ...] = ()  # the workouts they are of: "“Upper A” of Mon 15 Jan 2024"
    in_progress: Workout | None = None
    in_progress_present: bool = False  # the file's workout in progress is here already
    in_progress_left_out: str = ""  # why the file's workout in progress is not brought in
    routines: tuple[Routine, ...] = ()
    routines_present: int = 0
    routines_renamed: tuple[str, ...] = ()  # "“Abs” as “Abs (copy)”": the name was one of the user's routines'
    freezes: tuple[date, ...] = ()
    settings: Settings | None = None
    settings_kept: bool = False  # the file has settings, but the user's own are kept
    remarks: tuple[str, ...] = ()
    custom_exercises: tuple[CustomExercise, ...] = ()  # new ones only

    @property
    def sets(self) -> int:
        """Sets in the finished workouts added (the workout in progress is counted on its own)."""
        return entries_in(self.workouts, cardio=False)

    @property
    def cardio(self) -> int:
        """Cardio entries in the finished workouts added."""
        return entries_in(self.workouts, cardio=True)

    @property
    def adds_anything(self) -> bool:
        return bool(self.workouts or self.in_progress or self.routines or self.freezes or self.settings
                    or self.custom_exercises)

    def report(self, dry_run: bool) -> list[str]:
        """The outcome in the user's words: a summary line, then anything they should know."""
        verb = "would add" if dry_run else "added"
        inside = sets_and_cardio(self.sets, self.cardio)
        added = [f"{count(len(self.workouts), 'workout')} ({inside})", count(len(self.routines), "routine")]
        only_cardio = cardio_only(self.workouts)  # a run is kept by name, but is not an exercise of the user's
        custom = sum(1 for exercise in self.custom_exercises if exercise.id not in only_cardio)
        if custom:
            added.append(count(custom, "custom exercise"))
        if self.freezes:
            added.append(count(len(self.freezes), "freeze week"))
        if self.in_progress:
            added.append(f"the workout in progress ({count(len(self.in_progress.sets), 'set')})")
        if self.settings:
            added.append("the settings")
        present = []
        if self.workouts_present:
            present.append(f"{count(self.workouts_present, 'workout')} already present")
        if self.in_progress_present:  # not one more "workout": a file of one workout and one in progress said 2
            present.append("the workout in progress already present")
        if self.routines_present:
            present.append(f"{count(self.routines_present, 'routine')} already present")
        summary = f"{verb} {', '.join(added)}" if self.adds_anything else "nothing to add"
        lines = ["; ".join([summary, *present])]
        if self.in_progress_left_out:
            lines.append(self.in_progress_left_out)
        if self.sets_left_out:
            them = "it" if self.sets_left_out == 1 else "them"
            lines.append(f"left out {count(self.sets_left_out, 'set')} of workouts already present, which an import "
                         f"never changes (your log may hold edits made since): add {them} in History (e on the "
                         f"workout): {listed(self.left_out_of, shown=3)}")
        if self.routines_renamed:
            lines.append(f"a routine of yours has the same name, so the file's came in as a copy: "
                         f"{listed(self.routines_renamed, shown=3)}")
        if self.settings_kept:
            lines.append("your settings are kept as they are (the file's settings are not applied)")
        if self.workouts:  # how the file's sets were stored: nothing to say when none was
            lines.extend(self.remarks)
        return lines


def _routines_to_add(incoming: Iterable[Routine], existing: Existing) -> tuple[tuple[Routine, ...], tuple[str, ...]]:
    """The file's routines not here yet (by id), each named apart from the user's routines: one under another id
    with the name of one of them came in as a second "Abs", which the routine editor never makes. (Routines of one
    name in the file itself come in as they are: an export of such a log imports back to the same bytes.)"""
    yours = {name.casefold() for name in existing.routine_names}
    taken, added, renamed = set(existing.routine_names), [], []
    for routine in incoming:
        if routine.id in existing.routine_ids:
            continue
        if routine.name.casefold() in yours:
            name = copy_name(routine.name, taken)
            renamed.append(f"{quoted(routine.name)} as {quoted(name)}")
            routine = routine._replace(name=name)
        taken.add(routine.name)
        added.append(routine)
    return tuple(added), tuple(renamed)


def moved_to_catalogue(workout: Workout, redirects: dict[str, str]) -> Workout:
    """The workout with the sets of custom exercises the user mapped onto ours naming ours (ids kept)."""
    if not redirects or not any(logged.exercise_id in redirects for logged in workout.sets):
        return workout
    return replace(workout, sets=tuple(
        replace(logged, exercise_id=redirects[logged.exercise_id]) if logged.exercise_id in redirects else logged
        for logged in workout.sets))


def plan_import(data: UserData, existing: Existing) -> ImportPlan:
    """What importing data into a directory holding `existing` adds.

    A workout, routine or freeze already there (same id or date) is left as it is, never overwritten: the data
    directory may hold newer edits. A set already logged (same id) is never added twice, even inside a workout
    with another id. Settings come in only when the user has never saved their own.
    """
    in_progress_id = existing.in_progress.id if existing.in_progress else None
    redirects = {**{e.id: e.same_as for e in data.custom_exercises if e.same_as}, **dict(existing.same_as)}
    workouts, present, left_out_sets, left_out_of = [], 0, 0, []
    for workout in data.workouts:
        workout = moved_to_catalogue(workout, redirects)
        # Its id, else its start: logged here (or brought by another export), its id is another.
        same = existing.already_here(workout)
        if workout.id in existing.workout_ids or workout.id == in_progress_id or same is not None:
            present += 1
            same = same if same is not None else existing.by_id.get(workout.id)  # renamed since, say
            if same is not None:  # by their places: a set's id names its exercise as it was read then (a custom
                # exercise mapped onto ours since gave all its sets new ids, "left out" of the workout they are in)
                missing = sum(max(0, number - same.get(exercise_id, 0))
                              for exercise_id, number in exercises_in(workout).items())
            else:  # the workout in progress: by their ids
                missing = sum(1 for logged in workout.sets if logged.id not in existing.set_ids)
            if missing:
                left_out_sets += missing
                left_out_of.append(f"{quoted(workout.name)} of {workout.started_at.local:%a %d %b %Y}")
            continue
        new_sets = tuple(logged for logged in workout.sets if logged.id not in existing.set_ids)
        if workout.sets and not new_sets:
            present += 1
            continue
        # The workout itself when every set is new (a first import): a copy is made and checked field by field.
        workouts.append(workout if len(new_sets) == len(workout.sets) else replace(workout, sets=new_sets))

    in_progress, left_out, in_progress_present = None, "", False
    incoming = data.in_progress
    if incoming is not None:
        if incoming.id in existing.workout_ids or incoming.id == in_progress_id:
            in_progress_present = True
        elif existing.in_progress is not None:
            left_out = (
                f"the file's workout in progress ({quoted(incoming.name)}) was left out: "
                f"{quoted(existing.in_progress.name)} is in progress here. Finish or discard it, then import the file "
                f"again to bring it in."
            )
        else:
            in_progress = incoming

    routines, renamed = _routines_to_add(data.routines, existing)
    freezes = tuple(sorted(day for day in set(data.freezes) if day not in existing.freezes))
    # A custom exercise comes in with what uses it (or, from our JSON export, also when nothing uses it); one
    # already there keeps the name it has (the user may have renamed it since).
    used_by_file = {logged.exercise_id for workout in data.workouts for logged in workout.sets}
    added = {logged.exercise_id for workout in workouts for logged in workout.sets}
    for unfinished in (data.in_progress, in_progress):
        if unfinished is not None:
            (added if unfinished is in_progress else used_by_file).update(
                logged.exercise_id for logged in unfinished.sets)
    custom = tuple(exercise for exercise in data.custom_exercises
                   if exercise.id not in existing.custom_exercise_ids
                   and (exercise.id in added or exercise.id not in used_by_file))
    settings = data.settings if existing.settings is None else None
    settings_kept = None not in (data.settings, existing.settings) and data.settings != existing.settings
    return ImportPlan(
        workouts=tuple(workouts),
        workouts_present=present,
        sets_left_out=left_out_sets,
        left_out_of=tuple(left_out_of),
        in_progress=in_progress,
        in_progress_present=in_progress_present,
        in_progress_left_out=left_out,
        routines=routines,
        routines_present=len(data.routines) - len(routines),
        routines_renamed=renamed,
        freezes=freezes,
        settings=settings,
        settings_kept=settings_kept,
        remarks=data.remarks,
        custom_exercises=custom,
    )

