"""A personal record told the moment the set that beats it is logged (or a logged set is changed to beat it), as
Strong's and Hevy's PR badge on the set: "New record · Bench press: heaviest load 62.5 kg". The finish summary
lists them all again.

Only a record that beats one another workout holds: a first time at an exercise is no news mid-workout (every set
of a new user's first workout would be one). Worked out against the kept bests (record_bests), read once as the
workout starts, off the UI thread, so a logged set pays a fraction of a millisecond for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS
from tui.widgets.plain import say, withdraw_notes

if TYPE_CHECKING:
    from textual.app import App

    from tui.domain.progress.record_bests import Bests
    from tui.domain.progress.records import Record
    from tui.domain.workout.model import Workout


class RecordsAsLogged:
    """The workout controller's: told what each logged or changed set beats."""

    def __init__(self, app: App[object]) -> None:
        self.app = app
        self._bests: Bests | None = None  # every other workout's bests; None until read
        self._told: set[Record] = set()  # told during this workout: each once

    def started(self, workout: Workout) -> None:
        """A workout was just started or taken up: the bests read, and the records its sets beat (a workout taken
        up after a quit or a kill) taken as told, as they were when those sets were logged: each was told again
        with the first set logged after every resume."""
        self._told = set()
        self.read(told_of=workout)

    def read(self, told_of: Workout | None = None) -> None:
        """Read the kept bests (again, when the history changed under the workout): rebuilt first if an import, an
        edit or a delete left them out of date (seconds at ten years), which also readies them for the finish's
        summary."""
        self._bests = None
        self.app.run_worker(lambda: self._read(told_of), thread=True, group="kept-records", exclusive=True,
                            exit_on_error=False, description="read your personal records")

    def _read(self, told_of: Workout | None) -> None:
        import tui.domain.progress.record_bests  # noqa: F401  (9 ms: here, not in the first logged set's key)

        try:
            bests = services(self.app).store.history.kept_bests()
        except STORE_FAULTS:
            return  # no note mid-workout: the finish's summary looks for them again and says what went wrong
        if told_of is not None and told_of.sets:
            self._told = set(self._beaten(told_of, bests))
        self._bests = bests  # last: a set logged meanwhile is weighed once what was told is known

    def _beaten(self, workout: Workout, bests: Bests) -> list[Record]:
        from tui.domain.progress.record_bests import records_against

        found = services(self.app)
        return records_against(workout, bests, found.settings.units, found.exercise_names.bodyweight,
                               beaten_only=True)

    def logged(self, workout: Workout) -> None:
        """A set of workout was just logged or changed: tell the records it beats that were not told yet."""
        if self._bests is None:
            return
        names = services(self.app).exercise_names
        beating = self._beaten(workout, self._bests)
        taken_back = self._told.difference(beating)
        if taken_back:
            # The set was undone, or edited below the record, or a better set holds it now: its note no longer
            # holds (it stayed up its whole time after `u`), and the same set logged again is a record to tell
            # again. A record still beaten by an earlier set of the workout is told again with its value.
            self._told -= taken_back
            withdraw_notes(self.app)
        beaten = [record for record in beating if record not in self._told]
        if beaten:
            self._told.update(beaten)
            said = "\n".join(f"{names.get(r.exercise_id, r.exercise_id)}: {r.kind.value} {r.text()}" for r in beaten)
            say(self.app, said, title="New record")
