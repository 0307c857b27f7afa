"""The kept progress summary (`progress.jsonl`): each exercise's figures per workout, so History's charts show
without reading every year file: at ten years, reading them took about two seconds on each first visit to the
charts after a workout (see kept_summaries for how it follows the history, summary_lines for how a change is
appended to it, and progress_rows for what it holds).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from tui.store.summary_lines import LinesKind

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tui.domain.progress.progress_rows import ProgressRows
    from tui.domain.progress.records import WorkoutValues
    from tui.domain.workout.model import Workout

# The progress modules are imported when a summary is first read or changed, not as the store opens.


def _of(workouts: Iterable[Workout]) -> ProgressRows:
    from tui.domain.progress.progress_rows import rows_of

    return rows_of(workouts)


def _add(rows: ProgressRows, workout: Workout, summed: WorkoutValues) -> None:
    from tui.domain.progress.progress_rows import add_workout

    add_workout(rows, workout, summed.by_unit)


def _forget(rows: ProgressRows, leaving: list[str]) -> bool:
    from tui.domain.progress.progress_rows import forget

    forget(rows, leaving)  # every workout's rows are its own: taken out exactly
    return True


def _merge(rows: ProgressRows, more: ProgressRows) -> None:
    from tui.domain.progress.progress_rows import take_in

    take_in(rows, more)


def _looks_right(rows: Any) -> bool:
    from tui.domain.progress.progress_rows import looks_right

    return looks_right(rows)


def _loads(raw: bytes) -> Any:
    # The standard library's parser: orjson's takes about 25 MiB of scratch for the 1.7 MB of ten years, which
    # added to the session's peak at the charts' first read; json's about 2. What it lets through that orjson would
    # not (NaN, Infinity) is refused here; a row of the wrong shape is caught by looks_right: either way, rebuilt.
    def refused(constant: str) -> Any:
        raise ValueError(f"{constant} in a kept summary")

    return json.loads(raw, parse_constant=refused)


# Shape 2: a workout with an unassisted set has no best load below zero (metrics._session). Shape 3: a
# session's volume counts its warm-ups, as the workout's page does. Shape 4: a failed set (0 reps) is no best.
PROGRESS: LinesKind[ProgressRows] = LinesKind("progress.jsonl", 4, _of, _add, _forget, _looks_right, loads=_loads,
                                              merge=_merge, replaces="progress.json")
