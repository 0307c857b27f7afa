"""Waiting for the app to catch up, for tests where one pause is not always enough under load."""

from __future__ import annotations

import time
from collections.abc import Callable


async def until(pilot, condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Let the app run until condition() holds; fail after timeout seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("the app did not reach the expected state in time")
        await pilot.pause(0.02)
