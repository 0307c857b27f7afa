"""A finished workout from its summary into History.

The finish is marked in workout.json first (workout_controller.py); the summary shows at once, and the move into
the year file and the index, which at ten years takes longer than the summary's frame, follows off the UI thread.
A finish the disk refused to file waits in workout.json, and is filed as the app next opens (file_waiting).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS, brief_reason
from tui.widgets.plain import say

if TYPE_CHECKING:
    from textual.app import App

    from tui.domain.workout.model import Workout


class FinishFiling:
    def __init__(self, app: App[object]) -> None:
        self.app = app
        self.services = services(app)

    def summary_then_history(self, finished: Workout) -> None:
        """The finish is marked in workout.json: show its summary, then move it into history."""
        from tui.screens.workout_summary import show_summary  # with the finish, not at start-up

        show_summary(self.app, finished)
        # Into history once the summary is drawn: at ten years the move takes longer than the summary's frame.
        # Asked for twice, as for a save after its frame (WorkoutController.changed).
        self.app.call_after_refresh(self.app.call_after_refresh, self._file)

    def _file(self) -> None:
        self.app.run_worker(self._file_now, thread=True, group="file-finished", exit_on_error=False,
                            description="add the finished workout to your history")

    def file_waiting(self) -> None:
        """(A worker's.) A finish the store could not file into history as it opened (a full disk): filed now, or
        said why not. It waited unsaid, missing from History, the Calendar and `status`, and was added again by
        hand."""
        try:
            waiting = self.services.store.workout.waiting()
        except STORE_FAULTS:
            return  # a broken workout.json is said by the Workout screen
        if waiting is not None:
            self._file_now()

    def _file_now(self) -> None:
        try:
            self.services.store.workout.file_finished()
        except STORE_FAULTS as error:
            # The finish stands (marked in workout.json): the next start, or the next time the app opens, files it.
            self.app.call_from_thread(
                say, self.app, f"The workout is finished and saved, but is not in History yet: {brief_reason(error)}. "
                "It is added when you next start a workout or open the app.", severity="warning", timeout=15)
