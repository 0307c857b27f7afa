"""What a screen tells the App, for the App to decide: posted up, never a call across screens."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from tui.domain.catalogue.model import Routine


class StartWorkout(Message):
    """The user chose a routine to do now, or none: an empty workout."""

    def __init__(self, routine: Routine | None) -> None:
        super().__init__()
        self.routine = routine


class DataChanged(Message, bubble=False):
    """Workouts, routines or exercises changed under the screen showing now (an import): it lists them again."""


class SettingsChanged(Message):
    """Posted to the screens in view when the settings in use changed in another window: redraw with them."""


class HistoryMayHaveChanged(Message):
    """Posted to the screens in view when the main file, which indexes every finished workout, was replaced: a
    workout may have been edited or deleted in another window. A screen showing one looks again (cheaply first:
    HistoryRepo.version)."""
