"""What a screen may use of the App: the one typed seam between the screens and the App that holds them.

Screens never import the App: they ask `services(self)` for what they need, and post a message (messages.py)
for what the App decides. The App is checked against this Protocol where it is defined (app.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, cast

from textual.app import App

if TYPE_CHECKING:
    from datetime import date

    from textual.command import Provider
    from textual.dom import DOMNode
    from textual.signal import Signal

    from tui.domain.catalogue.custom_exercises import ExerciseNameBook
    from tui.domain.catalogue.model import Catalogue, Routine
    from tui.domain.clock import Clock
    from tui.domain.settings import Settings
    from tui.domain.workout.session import WorkoutSession
    from tui.screens.workout_controller import WorkoutController
    from tui.store.open import Store


class Services(Protocol):
    store: Store
    clock: Clock
    catalogue: Catalogue
    settings: Settings  # the settings in use; a screen that saves new ones sets them here
    driver: dict[str, Any]  # this window, as the workout in progress names the one driving it
    training_day_signal: Signal[date]  # the user's training day, told once a minute (App.tell_the_day)
    today: date | None  # the training day told last; None until just after the first frame (which shows no dates)

    @property
    def exercise_names(self) -> ExerciseNameBook: ...

    @property
    def catalogue_with_own(self) -> Catalogue: ...  # with the user's own exercises among its exercises

    def forget_exercise_names(self) -> None: ...

    def all_routines(self) -> list[Routine]: ...

    @property
    def workout(self) -> WorkoutController: ...

    @property
    def workout_if_started(self) -> WorkoutController | None: ...  # None before any screen needed it

    @property
    def session(self) -> WorkoutSession | None: ...


def services(node: DOMNode | Provider) -> Services:
    """The services of the App that node (a screen, a widget, a palette provider, or the App) belongs to."""
    return cast("Services", node if isinstance(node, App) else node.app)
