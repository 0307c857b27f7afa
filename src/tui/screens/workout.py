"""The Workout screen (screen 2)."""

from __future__ import annotations

from textual.screen import Screen

from tui.screens.not_built import NotBuiltYetScreen


def make_screen() -> Screen:
    return NotBuiltYetScreen("Workout", "It will track a workout set by set, with rest and hold timers.")
