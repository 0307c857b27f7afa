"""Rest and hold timers as wall-clock deadlines: they never drift and they survive a restart."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import pendulum

REST_STEP_S = 15
GET_READY_S = 5  # ours: long enough to get into position after pressing space
# ours: a `space` within this of a hold ending by itself was the user racing the last second to stop it, not
# the start of the next set (which it would log, or start the next hold's countdown).
LATE_STOP_S = 1.5


def _instant(text: str) -> pendulum.DateTime:
    return pendulum.instance(datetime.fromisoformat(text.replace("Z", "+00:00"))).in_timezone("UTC")


# A saved timer longer than this is not one we wrote (a hand edit, a broken file): refused like unreadable text,
# so nothing later adds seconds to a date near the end of the calendar.
LONGEST_TIMER_S = 24 * 3600


def _text(instant: pendulum.DateTime) -> str:
    return instant.in_timezone("UTC").isoformat()


@dataclass(frozen=True)
class RestTimer:
    """Rest after a set: counts down to the deadline, then counts overtime."""

    started: pendulum.DateTime
    deadline: pendulum.DateTime

    @classmethod
    def start(cls, now: pendulum.DateTime, seconds: int) -> RestTimer:
        return cls(now, now.add(seconds=seconds))

    def remaining_s(self, now: pendulum.DateTime) -> float:
        """Seconds left; negative once the rest has run over."""
        return (self.deadline - now).total_seconds()

    def total_s(self) -> float:
        return (self.deadline - self.started).total_seconds()

    def moved(self, seconds: int, now: pendulum.DateTime) -> RestTimer:
        """This rest ending `seconds` later (earlier, when negative), never before now. One run over counts on from
        its end: made longer, it ends that long from now; made shorter, it stays as it is (its time over shown)."""
        if self.deadline <= now:
            return replace(self, deadline=now.add(seconds=seconds)) if seconds > 0 else self
        return replace(self, deadline=max(self.deadline.add(seconds=seconds), now))

    def to_data(self) -> dict[str, Any]:
        return {"started": _text(self.started), "deadline": _text(self.deadline)}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> RestTimer:
        """The saved rest; ValueError (or KeyError, TypeError) when it is not one this app could have saved."""
        timer = cls(_instant(data["started"]), _instant(data["deadline"]))
        if not 0 <= timer.total_s() <= LONGEST_TIMER_S:
            raise ValueError(f"a rest of {timer.total_s():.0f} s")
        return timer


@dataclass(frozen=True)
class HoldTimer:
    """A timed hold: a get-ready countdown, then the hold countdown; the hold is logged when it ends."""

    ready_deadline: pendulum.DateTime
    target_s: int

    @classmethod
    def start(cls, now: pendulum.DateTime, target_s: int, get_ready_s: int = GET_READY_S) -> HoldTimer:
        return cls(now.add(seconds=get_ready_s), target_s)

    @property
    def hold_deadline(self) -> pendulum.DateTime:
        return self.ready_deadline.add(seconds=self.target_s)

    def getting_ready(self, now: pendulum.DateTime) -> bool:
        return now < self.ready_deadline

    def done(self, now: pendulum.DateTime) -> bool:
        return now >= self.hold_deadline

    def remaining_s(self, now: pendulum.DateTime) -> float:
        """Seconds left in the current phase (get ready, or hold)."""
        deadline = self.ready_deadline if self.getting_ready(now) else self.hold_deadline
        return max(0.0, (deadline - now).total_seconds())

    def stopped_late(self, now: pendulum.DateTime) -> bool:
        """A `space` this soon after the hold ended by itself was meant to stop it: the user saw 0:01 and pressed."""
        return self.done(now) and (now - self.hold_deadline).total_seconds() < LATE_STOP_S

    def held_s(self, now: pendulum.DateTime) -> int:
        """Whole seconds held so far, at most the target."""
        held = (min(now, self.hold_deadline) - self.ready_deadline).total_seconds()
        return max(0, min(self.target_s, int(held)))

    def to_data(self) -> dict[str, Any]:
        return {"ready_deadline": _text(self.ready_deadline), "target_s": self.target_s}

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> HoldTimer:
        """The saved hold; ValueError (or KeyError, TypeError) when it is not one this app could have saved."""
        target_s = data["target_s"]
        if not isinstance(target_s, int) or isinstance(target_s, bool) or not 0 < target_s <= LONGEST_TIMER_S:
            raise ValueError(f"a hold of {target_s!r} s")
        return cls(_instant(data["ready_deadline"]), target_s)
