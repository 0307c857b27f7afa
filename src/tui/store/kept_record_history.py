"""The kept record history (`record-history.json`): each record as it was set, so a past workout's page lists its
records at the time without reading every year file (see kept_summaries for how it follows the history, and
record_history for what it holds).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tui.store.kept_summaries import SummaryKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tui.domain.progress.record_history import RecordHistory
    from tui.domain.progress.records import WorkoutValues
    from tui.domain.workout.model import Workout


def _of(workouts: Iterable[Workout]) -> RecordHistory:
    from tui.domain.progress.record_history import record_history_of

    return record_history_of(workouts)


def _add(history: RecordHistory, workout: Workout, summed: WorkoutValues) -> None:
    from tui.domain.progress.record_history import add_workout

    add_workout(history, workout, summed)


def _forget(history: RecordHistory, leaving: list[str]) -> bool:
    from tui.domain.progress.record_history import forget_workouts

    return forget_workouts(history, leaving)


def _looks_right(history: Any) -> bool:
    from tui.domain.progress.record_history import looks_right

    return looks_right(history)


# Its shape: 2, a load compared to a hundredth, as it reads (metrics._session).
# Read after the change: not held while the year file is read and written (a finish's peak), nor by the finish,
# which reads records.json; only a past workout's page reads it.
RECORD_HISTORY: SummaryKind[RecordHistory] = SummaryKind("record-history.json", 2, _of, _add, _forget, _looks_right,
                                                         read_after=True)
