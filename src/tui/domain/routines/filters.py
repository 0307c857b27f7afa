"""Narrowing the routines and the exercise catalogue: by search, the equipment the user has, focus and length.

Every filter is optional and they combine: a routine is shown only when it passes all that are set.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from tui.domain.catalogue.model import Equipment, Exercise, Focus, Routine
from tui.domain.catalogue.search import Query, exercise_rank, routine_rank, search_exercises
from tui.domain.routines.duration import estimate_duration

# Kit the user can tick; "no equipment" is always there, so it is not a choice.
KIT_CHOICES = tuple(kind for kind in Equipment if kind is not Equipment.NONE)

# "Fits in N minutes": the routine can be done in N minutes at the short end of its figures.
TIME_LIMITS_MIN = (10, 20, 30, 45)


@lru_cache(maxsize=8)
def _prepared(text: str) -> Query:
    # The filter is asked about every routine and exercise in turn; the search is prepared once per text.
    return Query.of(text)


def needs_only(exercise: Exercise, owned: frozenset[Equipment]) -> bool:
    """Whether the user can do the exercise with the kit they own.

    An exercise needs everything it lists (a one-arm row needs the dumbbell and the bench), except that a
    barbell or gym machine listed beside home kit is the gym way of doing the same move: a shrug or a
    thruster works with dumbbells or with a barbell.
    """
    kit = set(exercise.equipment) - {Equipment.NONE}
    if Equipment.BARBELL_OR_MACHINE in kit and len(kit) > 1:
        return Equipment.BARBELL_OR_MACHINE in owned or kit - {Equipment.BARBELL_OR_MACHINE} <= owned
    return kit <= owned


def routine_equipment(routine: Routine, exercises: Mapping[str, Exercise]) -> tuple[Equipment, ...]:
    """Every kind of kit the routine's exercises list, in catalogue order; empty when it needs none."""
    used = {
        kind
        for entry in routine.entries
        if entry.exercise_id in exercises
        for kind in exercises[entry.exercise_id].equipment
    }
    return tuple(kind for kind in KIT_CHOICES if kind in used)


def equipment_text(kinds: Iterable[Equipment]) -> str:
    """ "pull-up bar, chair or bench", or "no equipment"."""
    labels = [kind.label for kind in kinds if kind is not Equipment.NONE]
    return ", ".join(labels) if labels else Equipment.NONE.label


class RoutineFilter(NamedTuple):
    """What the user narrowed the list to. None means that filter is off.

    A named tuple: the Routines screen builds one before its first frame, and a dataclass costs about 1 ms to
    define.
    """

    query: str = ""
    owned: frozenset[Equipment] | None = None  # the kit the user has
    focus: Focus | None = None
    max_minutes: int | None = None

    @property
    def _query(self) -> Query:
        return _prepared(self.query)

    @property
    def is_active(self) -> bool:
        return bool(self.query.strip()) or any(
            value is not None for value in (self.owned, self.focus, self.max_minutes)
        )

    def changed(self, **values: Any) -> RoutineFilter:
        return self._replace(**values)

    def cleared(self) -> RoutineFilter:
        return RoutineFilter()

    def _passes_filters(self, routine: Routine, exercises: Mapping[str, Exercise], default_rest_s: int) -> bool:
        if self.focus is not None and self.focus not in routine.focus:
            return False
        if self.owned is not None and not all(
            needs_only(exercises[entry.exercise_id], self.owned)
            for entry in routine.entries
            if entry.exercise_id in exercises
        ):
            return False
        return (self.max_minutes is None
                or estimate_duration(routine, default_rest_s).minutes.low <= self.max_minutes)

    def routines(self, routines: Iterable[Routine], exercises: Mapping[str, Exercise],
                 default_rest_s: int = 0) -> list[Routine]:
        """The routines that pass every filter that is set (a blank rest: default_rest_s), the best matches of the
        search first (see routine_rank), else in the order given."""
        return [routine for _, routine in self.ranked(routines, exercises, default_rest_s)]

    def ranked(self, routines: Iterable[Routine], exercises: Mapping[str, Exercise],
               default_rest_s: int = 0) -> list[tuple[float, Routine]]:
        """routines(), each with how well it matches the search (0 best; see routine_rank)."""
        query = self._query
        ranked = []
        for position, routine in enumerate(routines):
            if self._passes_filters(routine, exercises, default_rest_s):
                rank = routine_rank(query, routine, exercises)
                if rank is not None:
                    ranked.append((rank, position, routine))
        return [(rank, routine) for rank, _, routine in sorted(ranked, key=lambda item: item[:2])]

    def exercises(self, exercises: Iterable[Exercise]) -> list[Exercise]:
        """The exercises that pass the search, focus and equipment filters (length is for routines only)."""
        kept = [
            exercise
            for exercise in exercises
            if (self.focus is None or self.focus in exercise.focus)
            and (self.owned is None or needs_only(exercise, self.owned))
        ]
        return search_exercises(self._query, kept)

    def exercise_rank(self, exercise: Exercise) -> int:
        """How well an exercise matches the search (0 best, and for every exercise when there is no search); an
        exercise the search does not find comes last."""
        rank = exercise_rank(self._query, exercise)
        return 99 if rank is None else rank

    def describe(self) -> list[tuple[str, str]]:
        """Each filter as (name, value) for the screen, "any" when it is off."""
        if self.owned is None:
            kit = "any"
        else:
            kit = equipment_text(kind for kind in KIT_CHOICES if kind in self.owned)
            kit = "none" if kit == Equipment.NONE.label else kit
        return [
            ("Equipment", kit),
            ("Focus", self.focus.value if self.focus else "any"),
            ("Time", f"fits in {self.max_minutes} min" if self.max_minutes else "any"),
        ]
