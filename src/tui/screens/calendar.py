"""The Calendar screen (screen 3)."""

from __future__ import annotations

from textual.screen import Screen

from tui.screens.not_built import NotBuiltYetScreen


def make_screen() -> Screen:
    return NotBuiltYetScreen("Calendar", "It will show your weekly streak and a calendar of your workouts.")
