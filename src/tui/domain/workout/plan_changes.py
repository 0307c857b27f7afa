"""What the user changes about the live workout's plan as it goes: a set or a round added or taken out, an
exercise added, removed or swapped for another. A part of WorkoutSession (session.py), kept apart for its size:
each change keeps what the session holds by a set's or an exercise's place (sets logged, sets added, rests,
values typed) on the set or exercise it was for.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from tui.domain.catalogue.model import Exercise, Measurement, Routine, RoutineEntry
from tui.domain.ranges import IntRange
from tui.domain.workout.model import LoggedSet, Workout
from tui.domain.workout.plan import Slot
from tui.domain.workout.set_values import SetValues
from tui.domain.workout.state_error import WorkoutStateError
from tui.domain.workout.timers import HoldTimer

# Ours, for an exercise added mid-workout: the middle of the articles' usual prescriptions.
ADDED_SETS = 3
ADDED_REPS = IntRange(8, 12)
ADDED_HOLD_S = IntRange(30, 30)


class PlanChanges:
    if TYPE_CHECKING:  # WorkoutSession's, which these changes read and write
        workout: Workout
        routine: Routine
        planned: Routine | None
        plan: tuple[Slot, ...]
        _by_key: dict[str, int]
        done: dict[str, str]
        cursor: str | None
        hold: HoldTimer | None
        extra_sets: dict[int, int]
        rounds: int | None
        joined_round: dict[int, int]
        begun_per_side: dict[str, bool]
        rest_for: dict[int, int]
        rest_entry: int | None
        edited: dict[tuple[str, str], SetValues]

        @property
        def current_slot(self) -> Slot | None: ...
        @property
        def is_circuit(self) -> bool: ...
        @property
        def planned_rounds(self) -> int | None: ...
        def slot(self, key: str) -> Slot | None: ...
        def loose_sets(self, exercise_id: str, round_number: int | None = None) -> list[tuple[str, LoggedSet]]: ...
        def _replan(self) -> None: ...
        def _first_undone_from(self, start: int, besides: str | None = None) -> str | None: ...
        def _cursor_on_a_set_to_do(self) -> None: ...
        def _no_hold_running(self) -> None: ...

    def add_set(self, entry_index: int) -> Slot:
        """One more set of an exercise, at its end (in a circuit: one more round). What is next stays next, as in
        Strong; the added set is next only when it is all that is left of the exercise just logged (one more of
        what was just done). The added set was made next at once: it was logged before sets 2 and 3; and `a` on
        another exercise's row, or a round added mid-circuit, moved the workout on to it, leaving sets undone."""
        if self.is_circuit:
            self.add_round()
            self._cursor_on_a_set_to_do()
            return next(s for s in self.plan if s.round == self.planned_rounds)
        self.extra_sets[entry_index] = self.extra_sets.get(entry_index, 0) + 1
        self._replan()
        undone = [s for s in self.plan if s.entry_index == entry_index and s.key not in self.done]
        added = undone[-1]
        just_done = bool(self.workout.sets) and self.workout.sets[-1].exercise_id == added.exercise_id
        if just_done and all(s.set_number == added.set_number for s in undone):
            self.cursor = undone[0].key  # the added set, its left side first
        else:
            self._cursor_on_a_set_to_do()
        return self.plan[self._by_key[added.key] - 1] if added.side == "R" else added  # its left side first

    def remove_set(self, key: str) -> None:
        """Take a planned set out again; only sets added mid-workout, and only while not logged."""
        slot = self.slot(key)
        if slot is None or key in self.done:
            raise WorkoutStateError("only a set that is not logged yet can be removed")
        if self.is_circuit:
            self._remove_round(slot)
            return
        if slot.set_number <= slot.entry.sets.high:
            # A set of an exercise added by mistake: the whole exercise can go. Else the set is skipped, not removed.
            then = (("workout.remove_exercise", "removes the whole exercise")
                    if self.may_remove_exercise(slot.entry_index) else ("workout.next", "goes to the next exercise"))
            raise WorkoutStateError("only sets added during this workout can be removed", then=then)
        # Later added sets of this exercise move up a number: what is kept by their keys follows them (the sets
        # logged, the values typed, the next set). The values typed for the set removed go with it: they were
        # carried to the set after it.
        ours = [other for other in self.plan if other.entry_index == slot.entry_index]
        gone = {other.key for other in ours if other.set_number == slot.set_number}
        moved = {other.key: replace(other, set_number=other.set_number - 1).key
                 for other in ours if other.set_number > slot.set_number}
        self.done = {moved.get(k, k): v for k, v in self.done.items()}
        self.edited = {(moved.get(k, k), exercise_id): values for (k, exercise_id), values in self.edited.items()
                       if k not in gone}
        self.extra_sets[slot.entry_index] -= 1
        cursor = moved.get(self.cursor, self.cursor) if self.cursor is not None else None
        self._replan()
        self.cursor = cursor if cursor in self._by_key and cursor not in self.done else self._first_undone_from(0)

    def _remove_round(self, slot: Slot) -> None:
        """A circuit's last round, added during this workout (asked for past the bottom of its range, or with `a`),
        taken out again while none of its sets is logged: `d` on a round added by mistake."""
        last = self.planned_rounds or 1
        if slot.round != last or last <= (self.routine.rounds or IntRange.exactly(1)).low:
            raise WorkoutStateError("only a round added during this workout can be removed, the last one",
                                    then=("workout.next", "goes to the next exercise"))
        if any(other.round == last and other.key in self.done for other in self.plan):
            raise WorkoutStateError("a round with a set logged is not removed: delete its sets first")
        self.rounds = last - 1
        self._replan()
        self._cursor_on_a_set_to_do()

    def add_round(self) -> None:
        """A circuit's next round: asked for after the bottom of its range up to its top, and added with `a` past
        it too (a user who feels good does a fourth round of three, as Strong adds a set anywhere)."""
        self.rounds = (self.planned_rounds or 0) + 1
        self._replan()
        if self.cursor is None:
            self.cursor = self._first_undone_from(0)

    def add_exercise(self, exercise: Exercise) -> int:
        """Add a catalogue exercise at the end (in a circuit: from the current round on); returns its entry index."""
        hold = exercise.measurement in (Measurement.HOLD, Measurement.HOLD_PER_SIDE)
        entry = RoutineEntry(
            exercise_id=exercise.id,
            sets=IntRange(1, 1) if self.is_circuit else IntRange(ADDED_SETS, ADDED_SETS),
            reps=None if hold else ADDED_REPS,
            hold_s=ADDED_HOLD_S if hold else None,
            per_side=exercise.measurement in (Measurement.REPS_PER_SIDE, Measurement.HOLD_PER_SIDE),
            rest_s=None,
            ours=("sets", "reps", "hold_s", "rest_s"),
        )
        index = len(self.routine.entries)
        self.routine = self.routine._replace(entries=(*self.routine.entries, entry))
        if self.is_circuit:
            current = self.current_slot
            self.joined_round[index] = current.round if current and current.round else (self.planned_rounds or 1)
        self._replan()
        if self.cursor is None:
            self.cursor = self._first_undone_from(0)
        return index

    def no_hold_in_the_way(self, entry_index: int) -> None:
        """Refuse to swap or remove the exercise a hold runs for (see _no_hold_running); the screen asks this at the
        key, before it asks what to swap to or whether to remove it (the refusal came after the answer)."""
        if self.current_slot is not None and self.current_slot.entry_index == entry_index:
            self._no_hold_running()

    def may_remove_exercise(self, entry_index: int) -> bool:
        """None of the exercise's sets is logged, a warm-up listed with it included."""
        if any(slot.entry_index == entry_index for slot in map(self.slot, self.done) if slot):
            return False
        exercise_id = self.routine.entries[entry_index].exercise_id
        done_elsewhere = [e for index, e in enumerate(self.routine.entries)
                          if index != entry_index and e.exercise_id == exercise_id]
        return bool(done_elsewhere) or not self.loose_sets(exercise_id)

    def remove_exercise(self, entry_index: int) -> RoutineEntry:
        """Take an exercise with no set logged out of this workout (added by mistake, or no bar at this gym), as
        Strong's "Remove exercise": its sets to do go with it. The exercises after it move up one, and what is kept
        for them by their place (sets logged and added, rests, values typed, a circuit's late joiners) moves with
        them. The routine itself is not changed."""
        if not self.may_remove_exercise(entry_index):
            raise WorkoutStateError("an exercise with a set logged stays in this workout: delete its sets first",
                                    then=("workout.delete_set", "deletes the set under the cursor"))
        entry = self.routine.entries[entry_index]
        others = [other for index, other in enumerate(self.routine.entries) if index != entry_index]

        def moved(index: int) -> int:
            return index - 1 if index > entry_index else index

        def moved_key(key: str) -> str:
            index, rest = key.split(".", 1)
            return f"{moved(int(index))}.{rest}"

        def kept(by_index: dict[int, int]) -> dict[int, int]:
            return {moved(index): value for index, value in by_index.items() if index != entry_index}

        on_it = self.current_slot is not None and self.current_slot.entry_index == entry_index
        self.no_hold_in_the_way(entry_index)
        where = next((position for position, slot in enumerate(self.plan) if slot.entry_index == entry_index), 0)
        self.routine = self.routine._replace(entries=tuple(others))
        if self.planned is not None and entry_index < len(self.planned.entries):
            self.planned = self.planned._replace(
                entries=tuple(e for index, e in enumerate(self.planned.entries) if index != entry_index))
        self.done = {moved_key(key): set_id for key, set_id in self.done.items()}
        self.edited = {(moved_key(key), exercise_id): values for (key, exercise_id), values in self.edited.items()
                       if not key.startswith(f"{entry_index}.")}
        self.extra_sets, self.joined_round, self.rest_for = (
            kept(self.extra_sets), kept(self.joined_round), kept(self.rest_for))
        self.begun_per_side = {moved_key(key): per_side for key, per_side in self.begun_per_side.items()
                               if not key.startswith(f"{entry_index}.")}
        if self.rest_entry is not None:
            self.rest_entry = None if self.rest_entry == entry_index else moved(self.rest_entry)
        self.cursor = None if on_it or self.cursor is None else moved_key(self.cursor)
        self._replan()
        if on_it:  # on to the exercise that took its place: its first set still to do
            self.cursor = self._first_undone_from(min(where, len(self.plan)))
        return entry

    def _keep_sets_begun(self, entry_index: int, per_side: bool) -> None:
        """Before a swap to an exercise done each side (per_side) or whole: a set logged whole stays one set; a set
        done on both sides stays two; a set done on one side only, swapped to an exercise done whole, is done, its
        one side the set (side plank set 1 L, then back to the plank: "Set 1 R" of a plank was asked for, and one
        set more)."""
        sides: dict[str, list[Slot]] = {}
        for slot in self.plan:
            if slot.entry_index == entry_index and slot.key in self.done:
                sides.setdefault(slot.set_key, []).append(slot)
        for set_key, done in sides.items():
            if done[0].side is None or per_side or len(done) > 1:
                self.begun_per_side.setdefault(set_key, done[0].side is not None)
            else:
                self.begun_per_side.pop(set_key, None)
                self.done[replace(done[0], side=None).key] = self.done.pop(done[0].key)

    def swap_exercise(self, entry_index: int, exercise: Exercise) -> None:
        """Do another exercise (a variation) in this one's place from its next set on. The sets already logged
        stay the exercise they were done as: moved over, a crunch's reps became the harder variation's, and made
        it a record.

        The target follows the new exercise's measurement: a plank swapped for a side plank done in reps each
        side kept "30-60 s hold" and a hold's countdown. Counted the same way, it keeps the routine's target;
        counted another way, it gets the target an added exercise gets, marked as ours. Sets already logged keep
        their places, and a set begun keeps the way it was begun, per side or not (see PlanShape.begun_per_side).
        """
        self.no_hold_in_the_way(entry_index)  # a hold started for the old exercise: `v` threw it away
        entry = self.routine.entries[entry_index]
        hold, per_side = exercise.measurement.is_hold, exercise.measurement.per_side
        swapped = entry._replace(exercise_id=exercise.id, per_side=per_side)
        if hold != (entry.hold_s is not None):
            self.planned = self.planned or self.routine
            planned = self.planned.entries[entry_index] if entry_index < len(self.planned.entries) else None
            if planned is not None and hold == (planned.hold_s is not None):  # back to how the routine counts it
                swapped = swapped._replace(reps=planned.reps, hold_s=planned.hold_s, ours=planned.ours)
            else:
                swapped = swapped._replace(reps=None if hold else ADDED_REPS, hold_s=ADDED_HOLD_S if hold else None,
                                           ours=tuple(sorted({*entry.ours, "reps", "hold_s"})))
        if per_side != entry.per_side:
            self._keep_sets_begun(entry_index, per_side)
        entries = list(self.routine.entries)
        entries[entry_index] = swapped
        self.routine = self.routine._replace(entries=tuple(entries))
        on_it = self.current_slot is not None and self.current_slot.entry_index == entry_index
        round_now = self.current_slot.round if self.current_slot is not None else None
        self._replan()
        if per_side != entry.per_side:
            if on_it:  # on to its first set still to do, as it was before the swap
                self.cursor = next((slot.key for slot in self.plan if slot.key not in self.done and (
                    slot.entry_index == entry_index if round_now is None else (slot.round or 0) >= round_now)), None)
            self._cursor_on_a_set_to_do()
