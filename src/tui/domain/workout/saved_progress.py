"""A live workout's state as it is saved with the workout (Workout.progress) after every change, and read back
when the app starts again after a kill or a dropped connection: the exercise and set it was on, the rest or hold
running, the sets and exercises added, the values typed for a set not logged yet.

What a broken or hand-edited file no longer says is left out, not fatal: the workout resumes without it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

from tui.domain.catalogue.codec import routine_from_data, routine_to_data
from tui.domain.input_limits import LONGEST_REST_S, MOST_PLANNED
from tui.domain.numbers import is_whole
from tui.domain.ranges import IntRange
from tui.domain.workout.driving_window import saved_driver
from tui.domain.workout.model import LoggedSet
from tui.domain.workout.plan import PlanShape, plan_for
from tui.domain.workout.set_values import SetValues
from tui.domain.workout.timers import HoldTimer, RestTimer

if TYPE_CHECKING:
    from tui.domain.workout.session import WorkoutSession

T = TypeVar("T")


def progress_of(session: WorkoutSession) -> dict[str, Any]:
    """The session's whole state, as saved in its workout."""
    progress: dict[str, Any] = {
        "routine": routine_to_data(session.routine),
        "default_rest_s": session.default_rest_s,
        "cursor": session.cursor,
        "done": dict(session.done),
    }
    optional = {
        "extra_sets": {str(k): v for k, v in session.extra_sets.items()},
        "joined_round": {str(k): v for k, v in session.joined_round.items()},
        "begun_per_side": dict(session.begun_per_side),
        "rest_for": {str(k): v for k, v in session.rest_for.items()},
        "rounds": session.rounds,
        "rest_entry": session.rest_entry,
        "rest": session.rest.to_data() if session.rest else None,
        "rest_before_last": _rest_before_last(session),
        "hold": session.hold.to_data() if session.hold else None,
        "driver": session.driver,
        "edited": [{"set": key, "exercise": exercise_id, "values": values.to_data()}
                   for (key, exercise_id), values in session.edited.items()],
        "planned": routine_to_data(session.planned) if session.planned else None,
    }
    progress.update({key: value for key, value in optional.items() if value or value == 0})
    return progress


def session_fields(progress: dict[str, Any], logged_sets: Iterable[LoggedSet]) -> dict[str, Any]:
    """A WorkoutSession's fields (all but its workout) from what progress_of saved; also from the older form,
    which kept positions in the routine's plan."""
    routine = routine_from_data(progress["routine"], "workout.json", shipped=False, may_be_empty=True)
    default_rest_s = int(progress.get("default_rest_s", 90))
    logged = {s.id for s in logged_sets}
    done, cursor = progress.get("done", {}), progress.get("cursor")
    if isinstance(cursor, int) or any(key.isdigit() for key in done):  # positions in the routine's own plan
        old_plan = plan_for(routine, default_rest_s, PlanShape({}, rounds=(routine.rounds or IntRange(1, 1)).high))
        done = {old_plan[int(k)].key: v for k, v in done.items() if int(k) < len(old_plan)}
        cursor = old_plan[min(int(cursor or 0), len(old_plan) - 1)].key if old_plan else None
        rounds = routine.rounds.high if routine.rounds else None  # the older form planned every round
    else:
        rounds = int(progress.get("rounds") or 0)
        if not 0 < rounds <= MOST_PLANNED:
            rounds = None  # none saved, or a hand edit's: the routine's rounds are planned

    def numbers(name: str) -> dict[int, int]:
        return {int(k): int(v) for k, v in progress.get(name, {}).items()}

    # A hand edit's count past what a plan holds is left out: a set logged in those is kept, listed apart. So is a
    # rest past the longest `+` makes: the exercise rests as planned.
    extra_sets = {entry: added for entry, added in numbers("extra_sets").items() if 0 <= added <= MOST_PLANNED}
    rest_for = {entry: seconds for entry, seconds in numbers("rest_for").items() if 0 <= seconds <= LONGEST_REST_S}

    rest, rest_lost = _readable(RestTimer.from_data, progress.get("rest"))
    before = progress.get("rest_before_last")
    rest_before, _ = _readable(RestTimer.from_data, before.get("rest") if isinstance(before, dict) else None)
    hold, hold_lost = _readable(HoldTimer.from_data, progress.get("hold"))
    try:
        planned = routine_from_data(progress["planned"], "workout.json", shipped=False)
    except (KeyError, ValueError, TypeError, AttributeError):  # none kept, or a hand edit: the usual target
        planned = None
    edited = {}
    for item in progress.get("edited", ()):
        try:
            edited[str(item["set"]), str(item["exercise"])] = SetValues.from_data(item["values"])
        except (KeyError, TypeError, ValueError):  # a hand edit: that set starts from its usual values
            continue
    return {
        "routine": routine,
        "default_rest_s": default_rest_s,
        "done": {key: set_id for key, set_id in done.items() if set_id in logged},
        "cursor": cursor,
        "rest": rest,
        "hold": hold,
        "extra_sets": extra_sets,
        "rounds": rounds,
        "joined_round": numbers("joined_round"),
        "begun_per_side": _begun_per_side(progress.get("begun_per_side")),
        "rest_for": rest_for,
        "rest_entry": progress.get("rest_entry") if is_whole(progress.get("rest_entry")) else None,
        # Unreadable (a hand edit): the last set undone takes its rest with it, and none runs on.
        "rest_before_last": (rest_before, before.get("entry") if is_whole(before.get("entry")) else None)
        if rest_before and isinstance(before, dict) else None,
        "driver": saved_driver(progress),
        "edited": edited,
        "planned": planned,
        "lost_timers": tuple(name for name, lost in (("rest", rest_lost), ("hold", hold_lost)) if lost),
    }


def _rest_before_last(session: WorkoutSession) -> dict[str, Any] | None:
    """The rest that runs on if the last set is undone: saved, so that a resume after a dropped connection keeps it."""
    rest, entry = session.rest_before_last or (None, None)
    return {"rest": rest.to_data(), "entry": entry} if rest else None


def _begun_per_side(saved: Any) -> dict[str, bool]:
    """PlanShape.begun_per_side as saved; a hand edit's odd entries left out (those sets are planned as usual)."""
    if not isinstance(saved, dict):
        return {}
    return {key: per_side for key, per_side in saved.items() if isinstance(key, str) and isinstance(per_side, bool)}


def _readable(read: Callable[[Any], T], data: Any) -> tuple[T | None, bool]:
    """A saved timer read back, or None and True when it is there but unreadable (a broken or hand-edited file):
    the workout resumes without it rather than not at all."""
    if not data:
        return None, False
    try:
        return read(data), False
    except (KeyError, ValueError, TypeError, AttributeError, OverflowError):
        return None, True
