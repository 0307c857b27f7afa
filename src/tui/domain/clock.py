"""The time source, injected everywhere so tests move time instead of sleeping."""

from __future__ import annotations

from typing import Protocol

import pendulum


class Clock(Protocol):
    def now(self) -> pendulum.DateTime:
        """The current instant, in UTC."""
        ...


class SystemClock:
    def now(self) -> pendulum.DateTime:
        return pendulum.now("UTC")
