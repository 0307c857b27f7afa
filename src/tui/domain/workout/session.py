"""The live workout: where the user is in the plan, what is logged, and the rest or hold running now.

Everything the tracker shows is in here and in Workout.progress (saved_progress.py), so saving the Workout after
each change is enough to resume exactly (exercise, set, remaining rest, sets and exercises added) after a kill or
a dropped connection. The changes to the plan (sets, rounds and exercises added, removed or swapped) are in
plan_changes.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import pendulum

from tui.domain.catalogue.model import Routine, RoutineFormat
from tui.domain.counts import count
from tui.domain.input_limits import LONGEST_REST_S
from tui.domain.moments import Moment
from tui.domain.ranges import IntRange
from tui.domain.workout.forms import check_note
from tui.domain.workout.model import DROP, WARMUP, LoggedSet, Workout, new_id
from tui.domain.workout.plan import PlanShape, Slot, plan_for
from tui.domain.workout.plan_changes import PlanChanges
from tui.domain.workout.prefill import carried_values, values_for
from tui.domain.workout.saved_progress import progress_of, session_fields
from tui.domain.workout.set_values import SetValueError, SetValues
from tui.domain.workout.state_error import WorkoutStateError
from tui.domain.workout.timers import REST_STEP_S, HoldTimer, RestTimer

EMPTY_ROUTINE_ID = "empty"  # the routine of a workout started from none (its workout's routine_id is None)
LOOSE = "set:"  # the set list's key for a set that takes no planned set: "set:" and its id


@dataclass
class WorkoutSession(PlanChanges):
    workout: Workout
    routine: Routine  # this workout's own copy: exercises added or swapped mid-workout change only it
    default_rest_s: int
    done: dict[str, str] = field(default_factory=dict)  # slot key -> logged set id
    cursor: str | None = None  # the key of the set to do next; None once every set is logged
    rest: RestTimer | None = None
    hold: HoldTimer | None = None
    extra_sets: dict[int, int] = field(default_factory=dict)  # entry index -> sets added
    rounds: int | None = None  # circuits: rounds planned so far
    joined_round: dict[int, int] = field(default_factory=dict)  # circuits: added exercise -> first round
    begun_per_side: dict[str, bool] = field(default_factory=dict)  # see PlanShape
    rest_for: dict[int, int] = field(default_factory=dict)  # entry index -> rest as last adjusted with +/-
    rest_entry: int | None = None  # the exercise whose set the running rest follows
    driver: dict[str, Any] = field(default_factory=dict)  # which window drives this workout
    # Values edited with `e`, or taken back with `u`, for a set not logged yet: (its slot key, the exercise it is
    # done as) -> values. Saved with the rest, so a kill or a closed tab keeps them, as moving to another set and
    # back does (as a set's row keeps them in Strong).
    edited: dict[tuple[str, str], SetValues] = field(default_factory=dict)
    # Timers the saved state held but that could not be read back ("rest", "hold"): dropped, for the user to hear
    lost_timers: tuple[str, ...] = ()
    # The routine's own targets, kept from the first swap to an exercise counted another way (a plank for a plank
    # to press: 30-60 s became 8-12 reps), for a swap back: the plank again was "30 s hold".
    planned: Routine | None = None
    # The rest running (and whose) when the last set was logged: that set undone or deleted, it runs on. `space`
    # pressed twice, then `u`, left no rest at all.
    rest_before_last: tuple[RestTimer | None, int | None] | None = None

    def __post_init__(self) -> None:
        self._replan()
        self._cursor_on_a_set_to_do()

    def _cursor_on_a_set_to_do(self) -> None:
        if self.cursor is None or self.cursor not in self._by_key or self.cursor in self.done:
            self.cursor = self._first_undone_from(0)

    def _replan(self) -> None:
        shape = PlanShape(self.extra_sets, self.rounds, self.joined_round, self.begun_per_side)
        self.plan: tuple[Slot, ...] = plan_for(self.routine, self.default_rest_s, shape)
        self._by_key = {slot.key: position for position, slot in enumerate(self.plan)}
        # A set whose slot has gone (an extra set removed) is no longer tied to the plan, but stays logged.
        self.done = {key: set_id for key, set_id in self.done.items() if key in self._by_key}

    # --- creating, saving, resuming -------------------------------------------------------------------

    @classmethod
    def begin(cls, routine: Routine, now: pendulum.DateTime, zone: str, default_rest_s: int) -> WorkoutSession:
        """The routine's workout; one whose routine is EMPTY_ROUTINE_ID is done from no routine, as one added by
        hand in History (an empty workout, or a past one of no routine done again)."""
        routine_id = None if routine.id == EMPTY_ROUTINE_ID else routine.id
        workout = Workout(id=new_id(), routine_id=routine_id, name=routine.name, started_at=Moment.at(now, zone))
        return cls(workout=workout, routine=routine, default_rest_s=default_rest_s)

    @classmethod
    def begin_empty(cls, now: pendulum.DateTime, zone: str, default_rest_s: int) -> WorkoutSession:
        """A workout from no routine (Strong's and Hevy's "empty workout"): no exercise until one is added, and
        named, as Strong names one, for the time of day where the user is ("Evening workout")."""
        name = time_of_day_name(now.in_tz(zone).hour)
        routine = Routine(EMPTY_ROUTINE_ID, name, "", RoutineFormat.STRAIGHT_SETS, focus=(), entries=())
        return cls.begin(routine, now, zone, default_rest_s)

    def to_workout(self) -> Workout:
        """The workout with the tracker's whole state in progress, ready to save."""
        return replace(self.workout, progress=progress_of(self))

    @classmethod
    def resume(cls, workout: Workout) -> WorkoutSession:
        """The session exactly as it was saved (also from the older form, which kept plan positions)."""
        return cls(workout=replace(workout, progress={}), **session_fields(workout.progress, workout.sets))

    # --- where we are ---------------------------------------------------------------------------------

    @property
    def current_slot(self) -> Slot | None:
        return self.slot(self.cursor) if self.cursor is not None else None

    def slot(self, key: str) -> Slot | None:
        position = self._by_key.get(key)
        return self.plan[position] if position is not None else None

    @property
    def all_done(self) -> bool:
        return self.cursor is None

    @property
    def is_circuit(self) -> bool:
        return self.routine.format is RoutineFormat.CIRCUIT

    @property
    def planned_rounds(self) -> int | None:
        if not self.is_circuit:
            return None
        return self.rounds or (self.routine.rounds or IntRange(1, 1)).low

    @property
    def may_add_round(self) -> bool:
        """A circuit with a range of rounds (2-4) whose planned rounds are below the top of the range."""
        planned = self.planned_rounds
        return planned is not None and planned < (self.routine.rounds or IntRange(1, 1)).high

    def sets_left(self) -> int:
        """Planned sets not logged yet, the optional ones (past the bottom of a range) aside."""
        return sum(1 for slot in self.plan if slot.key not in self.done and not slot.optional)

    def sets_logged(self) -> tuple[int, int]:
        """(logged, planned): "5 of 18 sets logged". The optional sets count once they are logged."""
        logged = len(self.done)
        return logged, logged + self.sets_left()

    @property
    def sets_logged_text(self) -> str:
        """ "5 of 18 sets"; "0 sets" in an empty workout before its first exercise ("0 of 0 sets" read oddly)."""
        logged, planned = self.sets_logged()
        return f"{logged} of {count(planned, 'set')}" if planned else count(logged, "set")

    @property
    def no_exercises_yet(self) -> bool:
        """An empty workout before its first exercise is added: nothing planned, nothing to do but add one."""
        return not self.plan

    def logged_set(self, key: str) -> LoggedSet | None:
        """The set logged for a planned set's key, or the set a loose key names (loose_sets)."""
        set_id = key.removeprefix(LOOSE) if key.startswith(LOOSE) else self.done.get(key)
        return next((s for s in self.workout.sets if s.id == set_id), None) if set_id else None

    def loose_sets(self, exercise_id: str, round_number: int | None = None) -> list[tuple[str, LoggedSet]]:
        """The sets of an exercise that take no planned set (warm-ups, and a set whose planned set was taken out),
        each with the key the set list knows it by; in a circuit, those done in this round (a round 2 warm-up was
        listed in round 1)."""
        planned = set(self.done.values())
        return [(LOOSE + s.id, s) for s in self.workout.sets if s.exercise_id == exercise_id and s.id not in planned
                and (not self.is_circuit or s.round == round_number)]

    def exercise_position(self) -> tuple[int, int]:
        """ "Exercise 2 of 6": the current (or last) exercise's place among the workout's exercises."""
        total = len(self.routine.entries)
        slot = self.current_slot
        return ((slot.entry_index if slot else total - 1) + 1, total)

    def _first_undone_from(self, start: int, besides: str | None = None) -> str | None:
        for position in list(range(start, len(self.plan))) + list(range(0, start)):
            key = self.plan[position].key
            if key not in self.done and key != besides:
                return key
        return None

    def _position(self) -> int:
        return self._by_key[self.cursor] if self.cursor is not None else len(self.plan)

    # --- logging --------------------------------------------------------------------------------------

    def next_values(self, last_time: tuple[LoggedSet, ...], unit: str, advised_hold_s: int | None = None) -> SetValues:
        """What `space` logs unless edited.

        The set just logged of this exercise in this workout (load, unit, bands, assistance, reps or hold
        carry to the next set and the other side), else last time's matching set (a hold: or the suggestion's,
        advised_hold_s, if longer), else the target's bottom.
        """
        slot = self.current_slot
        if slot is None:
            return SetValues(unit=unit)
        try:
            return carried_values(slot, self._earlier_sets(slot), last_time, unit, advised_hold_s)
        except SetValueError:  # an imported set past the form's limits: start from the target instead
            return values_for(slot, (), unit)

    def starts_from_last_time(self) -> bool:
        """The next set's values come from last time: its exercise has no set done in this workout to carry."""
        slot = self.current_slot
        return slot is not None and not self._earlier_sets(slot)

    def _earlier_sets(self, slot: Slot) -> list[LoggedSet]:
        """The sets of this exercise done so far that the next one carries on from: not a warm-up, nor a drop set
        (its lighter load carried, one `space` logged the next working set at it)."""
        return [s for s in self.workout.sets
                if s.exercise_id == slot.exercise_id and not s.is_warmup and s.set_type != DROP]

    def log(self, values: SetValues, now: pendulum.DateTime) -> LoggedSet:
        """Log the current set with these values; the rest timer starts by itself when one is due. A warm-up
        comes on top of the planned sets, as in Strong: it is logged, and the set to do next is still this one
        (it took the first working set's place, and the plan had a set fewer)."""
        slot = self.current_slot
        if slot is None:
            raise WorkoutStateError("every set is logged", then=("workout.finish", "finishes the workout"))
        logged = LoggedSet(
            id=new_id(),
            exercise_id=slot.exercise_id,
            logged_at=Moment.at(now, self.workout.started_at.zone),
            reps=None if slot.is_hold else values.reps,
            hold_s=values.hold_s if slot.is_hold else None,
            load=values.load,
            unit=values.unit,
            bands=values.bands,
            side=values.side or slot.side,  # what the user typed: some start with the right side
            rpe=values.rpe,
            note=values.note,
            round=slot.round,
            set_type=values.set_type,
        )
        if slot.is_hold and not logged.hold_s:
            raise WorkoutStateError("a hold must last at least 1 s")
        self.workout = self.workout.with_set(logged)
        self.hold = None
        self.rest_before_last = (self.rest, self.rest_entry)
        warm_up = logged.set_type == WARMUP
        done_as = slot if warm_up else self._place_of(slot, logged.side)
        # After a warm-up its own set is still to do: the exercise's rest, whether or not sets follow that one.
        resting = slot if warm_up else self._resting_as(done_as)
        rest = self._own_rest(resting) if resting else None
        if rest and resting is not None:  # +/- in it changes its exercise's rest (a circuit's: its round's last)
            self.rest, self.rest_entry = RestTimer.start(now, rest), resting.entry_index
        elif not warm_up:  # a warm-up with no rest of its own (in a circuit) leaves the round's rest running
            self.rest, self.rest_entry = None, None
        if not warm_up:
            self.done[done_as.key] = logged.id
            self.cursor = self._next_after(done_as)
        return logged

    def _next_after(self, done: Slot) -> str | None:
        """The set to do after this one (logged, or about to be): its other side, if it has one to do (Set 2 L done
        out of order was followed by Set 1 L); else a set of its exercise (in a circuit, this round) left undone:
        one done out of order (enter on set 3 with set 2 to do) sent the user on to the next exercise, or back to
        the first."""
        other = self._other_side(done)
        if other is not None and other.key not in self.done:
            return other.key
        left = next((other.key for other in self.plan if other.key not in self.done and other.key != done.key
                     and (other.entry_index, other.round) == (done.entry_index, done.round)), None)
        return left or self._first_undone_from(self._by_key[done.key] + 1, besides=done.key)

    def _other_side(self, slot: Slot) -> Slot | None:
        """A per-side set's other side: Set 1 R for Set 1 L."""
        return self.slot(replace(slot, side="R" if slot.side == "L" else "L").key) if slot.side else None

    def _place_of(self, slot: Slot, side: str | None) -> Slot:
        """The planned set a set done on `side` takes: on the other side than planned, a set of that side still to
        do, its own other side first. Set 1 L logged as R left Set 1 R to do, and space logged the right side
        again; Set 3 R corrected to L was a second Set 3 L, and the right side was never asked again."""
        if slot.side is None or side in (None, slot.side):
            return slot
        to_do = [s for s in self.plan if s.key not in self.done and s.side == side
                 and (s.entry_index, s.round) == (slot.entry_index, slot.round)]
        other = self._other_side(slot)
        return other if other in to_do else (to_do[0] if to_do else slot)

    def rest_after(self, slot: Slot) -> int | None:
        """The rest, in seconds, that logging this set starts (what "then rest 60 s" promises): its exercise's, as
        last changed with +/-; in a circuit, the round's as it leaves the round (see _resting_as)."""
        resting = self._resting_as(slot)
        return self._own_rest(resting) if resting else None

    def rest_taken_off(self, slot: Slot) -> bool:
        """Whether the rest this set would start was taken down to none with `-` (its exercise's next rests too)."""
        resting = self._resting_as(slot)
        return resting is not None and self.rest_for.get(resting.entry_index) == 0

    def _own_rest(self, slot: Slot) -> int | None:
        """Its exercise's rest, as last changed with +/-; None for none."""
        return self.rest_for.get(slot.entry_index, slot.rest_after_s) or None

    def _resting_as(self, slot: Slot) -> Slot | None:
        """The planned set whose rest follows logging this one, if any rest does. A set rests after it when its
        exercise does. A per-side set rests after its second side, whichever side that is (some start with the
        right): as its pair's last set. A circuit rests as it leaves a round, after whichever set, as its round's
        last set: a round finished on a set skipped earlier had no rest, and its last set, done before going back
        to the skipped one, started one. Within a round, only a station with a rest of its own rests."""
        last = slot
        other = self._other_side(slot)
        if other is not None:
            if other.key not in self.done:
                return None  # the other side comes straight on
            last = max(slot, other, key=lambda s: self._by_key[s.key])
        if slot.round is not None:
            round_last = [s for s in self.plan if s.round == slot.round][-1]
            following = self._next_after(slot)
            if following is not None and self.plan[self._by_key[following]].round == slot.round:
                # The round goes on (back to a set skipped in it, too): after a station's own rest, if it has one.
                # The round's last set rests as the round does, so it has none of its own.
                return last if last != round_last and last.rest_after_s else None
            last = round_last
        # The workout's last set rests too, as every set does in Strong: a set, an exercise or a round is added in
        # that rest (a workout built as it goes had no rest after any set), and `f` ends it. A circuit's last
        # round too: it had none, where straight sets rested after their last set.
        return last if last.rest_after_s else None

    def undo(self) -> LoggedSet | None:
        """Take back the last logged set and return to its slot."""
        if not self.workout.sets:
            return None
        self._no_hold_running()
        last = self.workout.sets[-1]
        place = self._place_taken_by(last.id)
        taken = self.slot(place) if place is not None else None
        self.delete_set(last.id)
        if taken is not None:  # its set, to do again: by its set, as it may come back in another shape
            self.cursor = next((slot.key for slot in self.plan if slot.set_key == taken.set_key
                                and slot.key not in self.done), self.cursor)
        return last

    def delete_set(self, set_id: str) -> LoggedSet:
        """Take a logged set out of the workout; its planned set is to do again. That set is the next one when it
        is of the exercise being done now (in a circuit, in this round), or when every set was done; a set of
        another exercise leaves the next set where it was: deleting a slip in the first exercise pulled the user
        back to it from the third. The last set logged takes the rest it started with it, as undo does (a warm-up
        deleted left its rest counting down), and the rest running before it runs on."""
        found = next((s for s in self.workout.sets if s.id == set_id), None)
        if found is None:
            raise WorkoutStateError("that set is no longer in this workout")
        if found is self.workout.sets[-1]:
            self.rest, self.rest_entry = self.rest_before_last or (None, None)
            self.rest_before_last = None
        elif len(self.workout.sets) > 1 and found is self.workout.sets[-2]:
            self.rest_before_last = None  # the rest it started goes with it
        self.workout = replace(self.workout, sets=tuple(s for s in self.workout.sets if s.id != set_id))
        key = self._place_taken_by(set_id)
        if key is not None:
            self._to_do_again(key)
        return found

    def _place_taken_by(self, set_id: str) -> str | None:
        """The key of the planned set a logged set took; None for a set that takes none (a warm-up)."""
        return next((key for key, done_id in self.done.items() if done_id == set_id), None)

    def _to_do_again(self, key: str) -> None:
        """A planned set whose logged set went (deleted, or marked a warm-up) is to do again: the next one when it
        is of the exercise being done now (in a circuit, in this round), or when every set was done."""
        doing = self.current_slot
        del self.done[key]
        gone = self.slot(key)
        if gone is not None:
            key = self._shaped_as_planned(gone)
            gone = self.slot(key)
        if key in self.done:  # its other side is the set now (_shaped_as_planned): nothing to do again
            self._cursor_on_a_set_to_do()
            return
        # A hold running keeps its set: the set deleted waits (`d` on it threw the hold away).
        if self.hold is None and (doing is None or (gone and (gone.entry_index, gone.round) ==
                                                    (doing.entry_index, doing.round))):
            self.cursor = key

    def _shaped_as_planned(self, gone: Slot) -> str:
        """The key of a set to do again, shaped as its exercise is done (each side, or whole) once nothing of it
        is logged: a plank set begun whole, the plank swapped for a side plank, then the set undone, came back
        whole, and its reps were logged with no side and no other side to do (PlanShape.begun_per_side). With
        one side of it still logged, of an exercise now done whole, that side is the set: its key, done."""
        other_sides = [slot for slot in map(self.slot, self.done) if slot and slot.set_key == gone.set_key]
        doing = self.current_slot  # a set under way (a hold on its other side) keeps its shape: its key stays
        if gone.set_key not in self.begun_per_side or (doing is not None and doing.set_key == gone.set_key):
            return gone.key
        if other_sides and gone.entry.per_side:
            return gone.key
        del self.begun_per_side[gone.set_key]
        if other_sides:
            # Its exercise is done whole now: the side left is the set, as a swap makes it (_keep_sets_begun). Its
            # left side to do again was a plank "Set 1 L", logged and saved as a plank done on the left.
            self.done[replace(other_sides[0], side=None).key] = self.done.pop(other_sides[0].key)
        self._replan()
        return next(slot.key for slot in self.plan if slot.set_key == gone.set_key)

    def edit_set(self, set_id: str, values: SetValues) -> LoggedSet:
        """Change a logged set's values (reps or hold, load, bands, side, RPE, type, note), keeping its id and time."""
        for position, existing in enumerate(self.workout.sets):
            if existing.id == set_id:
                if existing.hold_s is not None and not values.hold_s:
                    raise WorkoutStateError("a hold must last at least 1 s")
                edited = replace(
                    existing, reps=values.reps if existing.reps is not None else None,
                    hold_s=values.hold_s if existing.hold_s is not None else None, load=values.load,
                    unit=values.unit, bands=values.bands, rpe=values.rpe, note=values.note,
                    side=values.side or existing.side, set_type=values.set_type,
                )
                sets = list(self.workout.sets)
                sets[position] = edited
                self.workout = replace(self.workout, sets=tuple(sets))
                self._to_its_place(existing, edited)
                return edited
        raise WorkoutStateError("that set is no longer in this workout")

    def _to_its_place(self, was: LoggedSet, now: LoggedSet) -> None:
        """An edited set takes the planned set that logging it so would have. Marked a warm-up after it was done,
        it gives its planned set back (the exercise had a working set fewer); a warm-up made a working set takes
        its exercise's first set to do; a side corrected (R for a set logged on Set 1 L) moves it to that side's
        planned set when that one is still to do, and the side it was planned on is to do."""
        key = self._place_taken_by(now.id)
        slot = self.slot(key) if key else None
        if key is not None and now.is_warmup:
            self._to_do_again(key)
        elif slot is not None:
            place = self._place_of(slot, now.side)
            if place is not slot:
                del self.done[slot.key]
                self.done[place.key] = now.id
                if self.cursor == place.key:
                    self.cursor = slot.key
        elif was.is_warmup and not now.is_warmup:
            to_do = next((s for s in self.plan if s.key not in self.done and s.exercise_id == now.exercise_id
                          and s.side in (None, now.side) and (not self.is_circuit or s.round == now.round)), None)
            if to_do is None and not self.is_circuit:
                to_do = self._one_more_set_for(now)
            if to_do is not None:
                self.done[to_do.key] = now.id
                if self.cursor == to_do.key:
                    self.cursor = self._next_after(to_do)
                self._cursor_on_a_set_to_do()  # a set added for one side leaves the other to do

    def _one_more_set_for(self, done: LoggedSet) -> Slot | None:
        """A set added to its exercise for a set done past the plan: a warm-up made a working set once every set of
        its exercise was done counts as one more set ("Set 4"), as in Strong, not a set listed apart. In a circuit
        a round is what is added, and one set is no round: it stays apart there."""
        entry_index = next((s.entry_index for s in self.plan if s.exercise_id == done.exercise_id), None)
        if entry_index is None:
            return None
        self.extra_sets[entry_index] = self.extra_sets.get(entry_index, 0) + 1
        self._replan()
        added = [s for s in self.plan if s.entry_index == entry_index and s.key not in self.done]
        return next((s for s in added if s.side in (None, done.side)), added[0] if added else None)

    # --- moving between sets and exercises ------------------------------------------------------------

    def go_to(self, key: str) -> None:
        """Make a set that is not logged yet the next one (a tap or enter on its row); the rest runs on."""
        if key not in self._by_key or key in self.done:
            raise WorkoutStateError("that set is already logged", then=("workout.edit", "edits it"))
        self._no_hold_running()
        self.cursor = key

    def next_exercise(self) -> bool:
        """Go to the next exercise that still has sets to do; False when there is none."""
        return self._move(range(self._position() + 1, len(self.plan)))

    def previous_exercise(self) -> bool:
        return self._move(range(self._position() - 1, -1, -1), earliest_undone=True)

    def use_default_rest(self, seconds: int) -> None:
        """The settings' default rest, changed mid-workout: the rests left blank in the routine follow it from the
        next set on (they kept the one the workout started with, an exercise added since too). A rest running, or
        changed with +/-, keeps its length."""
        if seconds != self.default_rest_s:
            self.default_rest_s = seconds
            self._replan()

    def _no_hold_running(self) -> None:
        """Refuse to leave the set a hold runs for, to take back the set before it, or to swap or remove its
        exercise: the hold was thrown away without a word (n in the middle of a plank, u on its second side, v).
        It is logged or stopped first."""
        if self.hold is not None:
            # s cancels the hold: "s stops it" was read as the way to log it. Its timer, not the hold: during the
            # get-ready's countdown "a hold is running" was said of a hold not started.
            raise WorkoutStateError("the hold's timer is running; log the hold or stop it first",
                                    then=("workout.skip_rest", "stops it unlogged"))

    def _move(self, positions: range, earliest_undone: bool = False) -> bool:
        self._no_hold_running()
        current = self.current_slot.entry_index if self.current_slot else None
        for position in positions:
            slot = self.plan[position]
            if slot.entry_index == current or slot.key in self.done:
                continue
            if earliest_undone:  # land on that exercise's first open set, not its last
                slot = next(s for s in self.plan if s.entry_index == slot.entry_index
                            and s.key not in self.done and s.round == slot.round)
            self.cursor = slot.key  # the rest runs on
            return True
        return False

    # --- timers ---------------------------------------------------------------------------------------

    def adjust_rest(self, now: pendulum.DateTime, direction: int) -> None:
        """+/-15 s on the running rest's length, kept for that exercise's next rests. With no rest running, on the
        rest after the next set ("then rest 75 s"): a user sets the rest before the set, as in a phone app.

        The running rest's end moves by 15 s (RestTimer.moved: a rest run over counts on from its end, so `+` there
        gives 15 s more from now, and `-` leaves the time over as shown; both counted from the rest's start, `+` 9 s
        over gave 6 s, 20 s over none, and the time over went back to +0:00). The length kept for the next rests
        steps from what was set (60, 45, 30...), not from the time gone by when the rest was cut short of it: four
        `-` in a 75 s rest kept "rest 18 s", the seconds that had passed."""
        if self.rest:
            planned = round(self.rest.total_s())
            if self.rest_entry is not None:
                planned = self.rest_for.get(self.rest_entry, planned)
            length = _stepped(planned, direction)
            self.rest = self.rest.moved(direction * REST_STEP_S, now)
            if self.rest_entry is not None:
                self.rest_for[self.rest_entry] = length
            return
        slot = self.current_slot
        resting = self._resting_as(slot) if slot else None
        if resting is None or resting.rest_after_s is None:
            raise WorkoutStateError("no rest is running, and none follows the next set")
        planned = self.rest_for.get(resting.entry_index, resting.rest_after_s)
        self.rest_for[resting.entry_index] = _stepped(planned, direction)

    def skip_rest(self) -> None:
        if self.rest is None:
            raise WorkoutStateError("no rest is running")
        self.rest, self.rest_entry = None, None

    def start_hold(self, now: pendulum.DateTime, target_s: int, get_ready: bool = True) -> None:
        if self.current_slot is None or not self.current_slot.is_hold:
            raise WorkoutStateError("the current exercise is not a timed hold")
        if target_s < 1:
            raise WorkoutStateError("a hold must last at least 1 s")
        self.rest, self.rest_entry = None, None
        self.hold = HoldTimer.start(now, target_s) if get_ready else HoldTimer.start(now, target_s, get_ready_s=0)

    def hold_now(self, now: pendulum.DateTime) -> None:
        """Skip the rest of the get-ready countdown: the hold starts at this instant."""
        if self.hold and self.hold.getting_ready(now):
            self.hold = HoldTimer.start(now, self.hold.target_s, get_ready_s=0)

    def hold_for(self, target_s: int | None, now: pendulum.DateTime) -> None:
        """A length typed with `e` while the hold counts: the hold runs to it. The form's 45 s was taken, and the
        hold ran on to its 30 s and logged those. Held that long already, it ends now (not when it would have:
        the rest after it began seconds ago)."""
        if self.hold and target_s is not None and target_s >= 1:
            hold = replace(self.hold, target_s=target_s)
            if hold.done(now):
                hold = HoldTimer(ready_deadline=now.subtract(seconds=target_s), target_s=target_s)
            self.hold = hold

    def cancel_hold(self) -> None:
        self.hold = None

    def next_is_hold_straight_on(self) -> bool:
        """The set just logged was a hold and the next one is a hold with no rest between (other side, stretches)."""
        slot = self.current_slot
        return slot is not None and slot.is_hold and self.rest is None and bool(self.done)

    def set_note(self, note: str) -> None:
        """The workout's own note ("new gym, felt slow"), beside its sets' notes, as Strong keeps one; raises
        WorkoutFormError when it is too long."""
        self.workout = replace(self.workout, note=check_note(note))

    # --- finishing ------------------------------------------------------------------------------------

    def finished(self, now: pendulum.DateTime) -> Workout:
        """The workout as it goes into history: finished now, without tracker state. Never before it began nor
        before a set it holds: a clock put back during the workout (by hand, a machine resumed) finished it two
        hours before its start, and the summary said "Duration -7192 s"."""
        times = [now, self.workout.started_at.utc, *(logged.logged_at.utc for logged in self.workout.sets)]
        return replace(self.workout, finished_at=Moment.at(max(times), self.workout.started_at.zone), progress={})


def _stepped(rest_s: int, direction: int) -> int:
    """A rest's length after `+` (direction 1) or `-` (-1): 15 s more or less, from none to an hour."""
    if direction > 0 and rest_s >= LONGEST_REST_S:
        raise WorkoutStateError(f"a rest lasts {LONGEST_REST_S // 60} min at the most")
    return min(LONGEST_REST_S, max(0, rest_s + direction * REST_STEP_S))


def time_of_day_name(hour: int) -> str:
    """ "Morning workout" from 5 to 12, "Afternoon workout" to 17, "Evening workout" to 22, else "Night workout"."""
    for part, ends in (("Night", 5), ("Morning", 12), ("Afternoon", 17), ("Evening", 22)):
        if hour < ends:
            return f"{part} workout"
    return "Night workout"
