"""The kept records summary (`records.json`): each exercise's best figures, so a finish shows its personal
records without reading every year file (see kept_summaries for how it follows the history).

A delete or an edit takes its workout's values out, and the values below them move up; only when too few are
left of values that were not all kept (see record_bests.forget_workouts) is it left out of date on purpose, as
only the year files can then say what the best is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.store.kept_summaries import SummaryKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tui.domain.progress.record_bests import Bests
    from tui.domain.progress.records import WorkoutValues
    from tui.domain.workout.model import Workout

# 2: each best also holds its workout's start, so that equal values date from the first;
# 3: and its value as it reads, in the unit its set was logged in; 4: the least assistance is a kind too;
# 5: a set's volume reads in the user's units; 6: no least assistance from a workout with an unassisted set;
# 7: reps done unassisted hold a least assistance of none (records.NO_ASSISTANCE), which no assisted set beats;
# 8: a set with a band and no load is no such set; 9: the few best values of each kind, not a best and its
# runner-up (a delete of a best's workout was a rebuild of ten years); 10: a failed set (0 reps) is no best;
# 11: a load is compared to a hundredth, as it reads (metrics._session).
SHAPE = 11


def _of(workouts: Iterable[Workout]) -> Bests:
    from tui.domain.progress.record_bests import bests_of

    return bests_of(workouts)


def _add(bests: Bests, workout: Workout, summed: WorkoutValues) -> None:
    from tui.domain.progress.record_bests import add_workout

    add_workout(bests, workout, summed)


def _forget(bests: Bests, leaving: list[str]) -> bool:
    from tui.domain.progress.record_bests import forget_workouts

    return forget_workouts(bests, leaving)


def _looks_right(bests: Any) -> bool:
    from tui.domain.progress.record_bests import looks_right

    return looks_right(bests)


RECORDS: SummaryKind[Bests] = SummaryKind("records.json", SHAPE, _of, _add, _forget, _looks_right)


def records_path(directory: Path) -> Path:
    return RECORDS.path(directory)


def read_current(directory: Path) -> Bests | None:
    """The kept bests if they were written from the year files as they are now; None otherwise."""
    return RECORDS.read_current(directory)
