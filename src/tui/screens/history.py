"""The History screen (screen 4)."""

from __future__ import annotations

from textual.screen import Screen

from tui.screens.not_built import NotBuiltYetScreen


def make_screen() -> Screen:
    return NotBuiltYetScreen("History", "It will list past workouts, your progress and your personal records.")
