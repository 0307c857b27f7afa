"""The live workout: where the user is in the plan, what is logged, and the rest or hold running now.

Everything the tracker shows is in here and in Workout.progress, so saving the Workout after each change
is enough to resume exactly (exercise, set, remaining rest) after a kill or a dropped connection.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pendulum

from tui.domain.catalogue import Routine
from tui.domain.moments import Moment
from tui.domain.routine_codec import routine_from_data, routine_to_data
from tui.domain.set_values import MAX_HOLD_S, MAX_LOAD, MAX_REPS, SetValues
from tui.domain.timers import REST_STEP_S, HoldTimer, RestTimer
from tui.domain.workout_plan import Slot, plan_for
from tui.domain.workouts import LoggedSet, Workout, new_id


@dataclass
class WorkoutSession:
    workout: Workout
    routine: Routine
    default_rest_s: int
    done: dict[int, str] = field(default_factory=dict)  # slot index -> logged set id
    cursor: int = 0
    rest: RestTimer | None = None
    hold: HoldTimer | None = None
    driver: dict[str, Any] = field(default_factory=dict)  # which window drives this workout

    def __post_init__(self) -> None:
        self.plan: tuple[Slot, ...] = plan_for(self.routine, self.default_rest_s)

    # --- creating, saving, resuming -------------------------------------------------------------------

    @classmethod
    def begin(cls, routine: Routine, now: pendulum.DateTime, zone: str, default_rest_s: int) -> WorkoutSession:
        workout = Workout(id=new_id(), routine_id=routine.id, name=routine.name, started_at=Moment.at(now, zone))
        return cls(workout=workout, routine=routine, default_rest_s=default_rest_s)

    def to_workout(self) -> Workout:
        """The workout with the tracker's whole state in progress, ready to save."""
        progress: dict[str, Any] = {
            "routine": routine_to_data(self.routine),
            "default_rest_s": self.default_rest_s,
            "cursor": self.cursor,
            "done": {str(index): set_id for index, set_id in self.done.items()},
        }
        if self.rest:
            progress["rest"] = self.rest.to_data()
        if self.hold:
            progress["hold"] = self.hold.to_data()
        if self.driver:
            progress["driver"] = self.driver
        return replace(self.workout, progress=progress)

    @classmethod
    def resume(cls, workout: Workout) -> WorkoutSession:
        """The session exactly as it was saved."""
        progress = workout.progress
        routine = routine_from_data(progress["routine"], "workout.json", shipped=False)
        logged = {s.id for s in workout.sets}
        session = cls(
            workout=replace(workout, progress={}),
            routine=routine,
            default_rest_s=int(progress.get("default_rest_s", 90)),
            done={int(index): set_id for index, set_id in progress.get("done", {}).items() if set_id in logged},
            cursor=int(progress.get("cursor", 0)),
            rest=RestTimer.from_data(progress["rest"]) if progress.get("rest") else None,
            hold=HoldTimer.from_data(progress["hold"]) if progress.get("hold") else None,
            driver=dict(progress.get("driver", {})),
        )
        session.cursor = min(session.cursor, max(len(session.plan) - 1, 0))
        return session

    # --- where we are ---------------------------------------------------------------------------------

    @property
    def current_slot(self) -> Slot | None:
        if self.all_done or not self.plan:
            return None
        return self.plan[self.cursor]

    @property
    def all_done(self) -> bool:
        return len(self.done) >= len(self.plan)

    def slots_of_entry(self, entry_index: int) -> list[int]:
        return [i for i, slot in enumerate(self.plan) if slot.entry_index == entry_index]

    def _first_undone_from(self, start: int) -> int | None:
        for index in list(range(start, len(self.plan))) + list(range(0, start)):
            if index not in self.done:
                return index
        return None

    # --- logging --------------------------------------------------------------------------------------

    def log(self, values: SetValues, now: pendulum.DateTime) -> LoggedSet:
        """Log the current set with these values; the rest timer starts by itself when one is due."""
        slot = self.current_slot
        if slot is None:
            raise WorkoutStateError("every set is logged; press f to finish")
        logged = LoggedSet(
            id=new_id(),
            exercise_id=slot.exercise_id,
            logged_at=Moment.at(now, self.workout.started_at.zone),
            reps=None if slot.is_hold else values.reps,
            hold_s=values.hold_s if slot.is_hold else None,
            load=values.load,
            unit=values.unit,
            bands=values.bands,
            side=slot.side or values.side,
            rpe=values.rpe,
            note=values.note,
            round=slot.round,
        )
        self.workout = self.workout.with_set(logged)
        self.done[self.cursor] = logged.id
        self.hold = None
        following = self._first_undone_from(self.cursor + 1)
        self.rest = RestTimer.start(now, slot.rest_after_s) if slot.rest_after_s and following is not None else None
        if following is not None:
            self.cursor = following
        return logged

    def undo(self) -> LoggedSet | None:
        """Take back the last logged set and return to its slot."""
        if not self.workout.sets:
            return None
        last = self.workout.sets[-1]
        self.workout = replace(self.workout, sets=self.workout.sets[:-1])
        for index, set_id in list(self.done.items()):
            if set_id == last.id:
                del self.done[index]
                self.cursor = index
        self.rest = None
        self.hold = None
        return last

    def edit_set(self, set_id: str, values: SetValues) -> LoggedSet:
        """Change a logged set's values (reps, load, bands, hold, RPE, note), keeping its id and time."""
        for position, existing in enumerate(self.workout.sets):
            if existing.id == set_id:
                edited = replace(
                    existing, reps=values.reps if existing.reps is not None else None,
                    hold_s=values.hold_s if existing.hold_s is not None else None, load=values.load,
                    unit=values.unit, bands=values.bands, rpe=values.rpe, note=values.note,
                )
                sets = list(self.workout.sets)
                sets[position] = edited
                self.workout = replace(self.workout, sets=tuple(sets))
                return edited
        raise WorkoutStateError("that set is no longer in this workout")

    # --- moving between exercises ---------------------------------------------------------------------

    def next_exercise(self) -> bool:
        """Go to the next exercise that still has sets to do; False when there is none."""
        return self._move(range(self.cursor + 1, len(self.plan)))

    def previous_exercise(self) -> bool:
        return self._move(range(self.cursor - 1, -1, -1), earliest_undone=True)

    def _move(self, indexes: range, earliest_undone: bool = False) -> bool:
        current = self.plan[self.cursor].entry_index if self.plan else None
        for index in indexes:
            slot = self.plan[index]
            if slot.entry_index == current or index in self.done:
                continue
            if earliest_undone:  # land on that exercise's first open set, not its last
                same_round = [
                    i for i in self.slots_of_entry(slot.entry_index)
                    if i not in self.done and self.plan[i].round == slot.round
                ]
                index = same_round[0]
            self.cursor = index
            self.rest = None
            self.hold = None
            return True
        return False

    # --- timers ---------------------------------------------------------------------------------------

    def adjust_rest(self, now: pendulum.DateTime, direction: int) -> None:
        if self.rest:
            self.rest = self.rest.adjusted(now, direction * REST_STEP_S)

    def skip_rest(self) -> None:
        self.rest = None

    def start_hold(self, now: pendulum.DateTime, target_s: int) -> None:
        if self.current_slot is None or not self.current_slot.is_hold:
            raise WorkoutStateError("the current exercise is not a timed hold")
        self.rest = None
        self.hold = HoldTimer.start(now, target_s)

    def cancel_hold(self) -> None:
        self.hold = None

    # --- finishing ------------------------------------------------------------------------------------

    def finished(self, now: pendulum.DateTime) -> Workout:
        """The workout as it goes into history: finished now, without tracker state."""
        return replace(self.workout, finished_at=Moment.at(now, self.workout.started_at.zone), progress={})


class WorkoutStateError(Exception):
    """An action that does not apply to the workout as it stands; the message tells the user why."""


def values_for(slot: Slot, last: tuple[LoggedSet, ...], unit: str) -> SetValues:
    """What `space` logs unless edited: last time's matching set, else the bottom of the target range."""
    same = [s for s in last if s.side == slot.side]
    number = slot.round if slot.round is not None else slot.set_number  # a circuit's nth set is its nth round
    previous = same[min(number, len(same)) - 1] if same else None
    # Last time may be an imported set past what a form takes (history keeps any value): the prefill stays
    # within the form's limits, so `space` always logs.
    if slot.is_hold:
        hold = previous.hold_s if previous and previous.hold_s else slot.target_hold_s.low
        return SetValues(hold_s=min(hold, MAX_HOLD_S), side=slot.side, unit=unit)
    reps = min(previous.reps if previous and previous.reps else slot.target_reps.low, MAX_REPS)
    if previous is None:
        return SetValues(reps=reps, side=slot.side, unit=unit)
    load = None if previous.load is None else max(-MAX_LOAD, min(previous.load, MAX_LOAD))
    return SetValues(reps=reps, load=load, unit=previous.unit if previous.load is not None else unit,
                     bands=previous.bands, side=slot.side)
