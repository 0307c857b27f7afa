"""The time source, injected everywhere so tests move time instead of sleeping.

pendulum is imported where a date is first needed, not on import: it costs about 20 ms, and the first screen
shows no dates (the same in moments and settings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import pendulum


class Clock(Protocol):
    def now(self) -> pendulum.DateTime:
        """The current instant, in UTC."""
        ...


class SystemClock:
    def now(self) -> pendulum.DateTime:
        import pendulum

        return pendulum.now("UTC")
