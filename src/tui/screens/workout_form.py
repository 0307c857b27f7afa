"""What History's add and edit forms share: saving with the form's own error line, escape, enter to save."""

from __future__ import annotations

from collections.abc import Callable

from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.domain.workout_forms import WorkoutFormError
from tui.domain.workouts import Workout
from tui.resources import screens_styles, styles_dir
from tui.store.errors import StoreError


class WorkoutFormScreen(ModalScreen[Workout | None]):
    """Dismisses with the saved workout, or None when nothing was saved."""

    CSS_PATH = [screens_styles(), styles_dir() / "history.tcss"]  # screens.tcss: the form rows and labels

    def action_save(self) -> None:
        raise NotImplementedError

    def save(self, build: Callable[[], Workout], saved: Callable[[Workout], str]) -> None:
        """Build the workout from the form and save it; a problem stays on the form, in its error line."""
        try:
            workout = build()
            self.app.store.history.save(workout)
        except (WorkoutFormError, StoreError) as error:
            self.query_one("#form-error", Static).update(str(error))
            self.app.bell()
            return
        self.notify(saved(workout), title="History")
        self.dismiss(workout)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()
