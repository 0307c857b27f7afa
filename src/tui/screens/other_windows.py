"""Another window (a second app on the same data dir) is a normal event: what it saves shows up here while this
window runs, without a restart, and the user is told what happened.

Once a second the data files are looked at (one stat each, see store/file_watch.py); only a file that was replaced
is read. Settings changed elsewhere are used at once and the screens in view redraw with them; a workout logged,
finished, discarded or taken over elsewhere is followed by the workout controller; a past workout edited or deleted
elsewhere is followed by the screen showing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.domain.settings import LABELS
from tui.screens.messages import HistoryMayHaveChanged, SettingsChanged
from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS
from tui.store.errors import fault_reason
from tui.store.file_watch import FileWatch
from tui.widgets.plain import say

if TYPE_CHECKING:
    from textual.app import App

    from tui.domain.settings import Settings

CHECK_EVERY_S = 1.0


class OtherWindows:
    """Watches the data files for changes made by other windows; start() runs it on a timer of the app's."""

    def __init__(self, app: App[object]) -> None:
        self.app = app
        self.services = services(app)
        store = self.services.store
        self._main_file = FileWatch(store.data.main_path)
        self._workout_file = FileWatch(store.data.workout_path)
        self._stored: Settings | None = None  # the settings as last read from the file
        self._told = ""

    def start(self) -> None:
        """Read the stored settings now (the window may run with others, given to make_app), then watch."""
        try:
            self._stored = self.services.store.settings.get()
        except STORE_FAULTS:
            pass  # the first check reads them, and says why it could not
        self.app.set_interval(CHECK_EVERY_S, self.check, name="changes from other windows")

    def check(self) -> None:
        """Follow whatever another window saved since the last look."""
        try:
            if self._main_file.changed():
                self._settings_changed()
                self.services.forget_exercise_names()  # an exercise of one's own imported, added or renamed there
                for screen in self.app.screen_stack:
                    screen.post_message(HistoryMayHaveChanged())
                workout = self.services.workout_if_started
                if workout is not None:  # last time, for the workout in progress here, may be there now
                    workout.history_changed()
            if self._workout_file.changed():
                workout = self.services.workout_if_started
                if workout is not None:  # nothing to follow in a window that has not shown a workout yet
                    workout.changed_elsewhere()
        except STORE_FAULTS as error:
            # Changed by another window, or by a sync tool or a hand. Said once, not every second; the next save
            # names the problem again through attempt().
            reason = f"A data file changed on disk and could not be read: {fault_reason(error)}."
            if reason != self._told:
                say(self.app, reason, title="Changed on disk", severity="warning", timeout=10)
            self._told = reason
        else:
            self._told = ""

    def _settings_changed(self) -> None:
        from tui.screens.settings import apply_settings  # the Settings modal's module: not needed at start

        app, used = self.app, self.services
        fresh = used.store.settings.get()
        # Changed since this window last read the file, and not by this window (its own saves are in use already;
        # a theme kept in memory because its save failed stays).
        stored, self._stored = self._stored, fresh
        if stored is None:
            return
        changes = {field: value for field, value in fresh.changes_from(stored).items()
                   if getattr(used.settings, field) != value}
        if not changes:
            return
        apply_settings(app, used.settings.changed(**changes))
        say(app, f"Settings changed in another window: {', '.join(LABELS.get(f, f) for f in changes)}. "
                 "They are used here now.", title="Settings")
        for screen in app.screen_stack:
            screen.post_message(SettingsChanged())
