"""The kept last sets summary (`last-sets.json`): each exercise's sets from the newest workouts that did it, so a
workout starts with "Last time" without reading a year file (see kept_summaries for how it follows the history,
and last_sets for what it holds).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.store.kept_summaries import SummaryKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tui.domain.progress.last_sets import LastSets
    from tui.domain.progress.records import WorkoutValues
    from tui.domain.workout.model import Workout


def _of(workouts: Iterable[Workout]) -> LastSets:
    from tui.domain.progress.last_sets import last_sets_of

    return last_sets_of(workouts)


def _add(kept: LastSets, workout: Workout, _summed: WorkoutValues) -> None:
    from tui.domain.progress.last_sets import add_workout

    add_workout(kept, workout)


def _forget(kept: LastSets, leaving: list[str]) -> bool:
    from tui.domain.progress.last_sets import forget

    return forget(kept, leaving)


def _looks_right(kept: Any) -> bool:
    from tui.domain.progress.last_sets import looks_right

    return looks_right(kept)


def _as_written(kept: LastSets) -> Any:
    from tui.domain.progress.last_sets import as_written

    return as_written(kept)


# Read after the change: not held while the year file is read and written (a finish's peak).
LAST_SETS: SummaryKind[LastSets] = SummaryKind("last-sets.json", 1, _of, _add, _forget, _looks_right, read_after=True,
                                               written_as=_as_written)
