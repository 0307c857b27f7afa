"""Command palette entries: "Start workout: <routine>" for every routine, an empty workout, and the workout in
progress's own."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial

from tui.screens.messages import StartWorkout
from tui.screens.plain_commands import Command, PlainCommands
from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS


class StartWorkoutCommands(PlainCommands):
    def commands(self) -> Iterable[Command]:
        try:
            routines = services(self).all_routines()
        except STORE_FAULTS:  # your own routines unreadable (a file broken meanwhile): the shipped ones still start
            routines = list(services(self).catalogue.routines.values())
        yield ("Start empty workout", partial(self.app.post_message, StartWorkout(None)),
               "Add exercises as you go")
        for routine in routines:
            start = partial(self.app.post_message, StartWorkout(routine))
            yield f"Start workout: {routine.name}", start, routine.description
        if services(self).session is not None:
            yield "Discard workout", self._on_workout_screen("discard"), "Throw the workout in progress away"
            yield "Finish workout", self._on_workout_screen("finish"), "Finish and see the summary"
            yield "Add exercise to workout", self._on_workout_screen("add_exercise"), "From the catalogue"
            yield ("How to do this exercise", self._on_workout_screen("about"),
                   "Its steps, cues and common mistakes")
            yield ("Remove exercise from workout", self._on_workout_screen("remove_exercise"),
                   "The one under the cursor, none of its sets logged")
            yield "Note for this workout", self._on_workout_screen("note"), "New gym, felt slow: kept with it"

    def _on_workout_screen(self, action: str):
        """The Workout screen's own action, run there once it shows (the user sees what it asks)."""
        def run() -> None:
            self.app.switch_mode("workout")
            self.app.call_after_refresh(self.app.run_action, f"screen.{action}")

        return run
