"""What a change did to a freeze the user set: a workout deleted or moved out of a frozen week, or the week's rules
changed in the settings, so that a freeze handed back while its week counted comes back, and the year's cap keeps
it, or a later one, off (freezes.freeze_left_off, freezes_kept_off)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.domain.streaks.freezes import MAX_FREEZES_PER_YEAR, freeze_left_off, freezes_kept_off, frozen_week
from tui.domain.streaks.weeks import day_of
from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from tui.domain.settings import Settings
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
    day = day_of(left, found.settings.rollover_hour)
    return freeze_left_off(now.freezes, day, found.settings.first_weekday, now.streak.unspent)


def freezes_kept_off_by(node: DOMNode, before: Settings, after: Settings) -> str:
    """Which freezes the user set a change of the week's rules (the weekly target, its first day, the rollover
    hour) keeps off that were on: a week that counted no longer does and takes its freeze back, and the year's
    four are spent. "" when none (or the files cannot be read: the settings are saved all the same)."""
    from tui.store.training_totals import training_now

    rules = ("weekly_target", "first_weekday", "rollover_hour")
    if all(getattr(before, rule) == getattr(after, rule) for rule in rules):
        return ""
    found = services(node)
    try:
        was, now = (training_now(found.store, settings, found.clock.now()) for settings in (before, after))
    except STORE_FAULTS:
        return ""
    # Told apart by the freezes as stored: with another first day of the week, the same week starts on another day.
    kept_off_before = set(freezes_kept_off(was.freezes, before.first_weekday, was.streak.unspent))
    newly = [freeze for freeze in freezes_kept_off(now.freezes, after.first_weekday, now.streak.unspent)
             if freeze not in kept_off_before]
    if not newly:
        return ""
    weeks = " and ".join(f"{frozen_week(freeze, after.first_weekday):%a %d %b %Y}" for freeze in newly)
    return (f"The freeze you set on the week of {weeks} stays off now: the year's {MAX_FREEZES_PER_YEAR} are spent "
            f"on other weeks. Unfreeze one of them on the Calendar to give it back.")
