"""What a change of history did to a freeze: a workout deleted or moved out of a week the user froze, whose freeze
had been handed back while the week counted, and which the year's cap now keeps off (freezes.freeze_left_off)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.domain.streaks.freezes import freeze_left_off
from tui.domain.streaks.weeks import training_day
from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from tui.domain.workout.model import Workout


def freeze_kept_off(node: DOMNode, left: Workout) -> str:
    """Why the week `left` counted for now goes without the freeze set on it; "" when it does not (or the files
    cannot be read: the change itself is told)."""
    from tui.store.training_totals import training_now

    found = services(node)
    try:
        now = training_now(found.store, found.settings, found.clock.now())
    except STORE_FAULTS:
        return ""
    day = training_day(left.started_at.local_plain(), found.settings.rollover_hour)
    return freeze_left_off(now.freezes, day, found.settings.first_weekday, now.streak.counted)
