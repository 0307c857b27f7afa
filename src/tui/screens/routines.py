"""The Routines screen (screen 1)."""

from __future__ import annotations

from textual.screen import Screen

from tui.screens.not_built import NotBuiltYetScreen


def make_screen() -> Screen:
    return NotBuiltYetScreen("Routines", "It will list the shipped routines and yours, show each exercise, and start a workout.")
