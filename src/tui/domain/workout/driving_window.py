"""The window driving a workout in progress, as saved with it (see store.workout_in_progress.this_window).

Every reader of the saved driver reads it here: a driver that a hand edit saved as text stopped the app at its
start. Light (no dates, no workout model): the store reads it on its way to the first screen.
"""

from __future__ import annotations

from typing import Any


def saved_driver(progress: dict[str, Any]) -> dict[str, Any]:
    """Who drives the workout, as saved in its progress; a driver that is no object is no driver: any window may
    take the workout up."""
    driver = progress.get("driver")
    return dict(driver) if isinstance(driver, dict) else {}
