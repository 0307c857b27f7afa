"""The App: the four screens as modes, the global keys, the command palette, and the persisted theme."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding
from textual.theme import Theme

from tui.domain.catalogue import Catalogue, Routine
from tui.domain.catalogue_loading import load_catalogue
from tui.domain.clock import Clock, SystemClock
from tui.domain.settings import Settings
from tui.resources import data_dir, styles_dir
from tui.screens import calendar, history, routines, workout
from tui.store.open import Store


class RunStrengthApp(App):
    TITLE = "runstrength"
    CSS_PATH = [styles_dir() / "app.tcss"]
    MODES = {
        "routines": routines.make_screen,
        "workout": workout.make_screen,
        "calendar": calendar.make_screen,
        "history": history.make_screen,
    }
    DEFAULT_MODE = "routines"
    # Every binding has an id, so a user can remap it (Textual's keymap) without touching code.
    BINDINGS = [
        Binding("1", "switch_mode('routines')", "Routines", tooltip="Browse routines and exercises",
                id="screen.routines"),
        Binding("2", "switch_mode('workout')", "Workout", tooltip="The workout in progress", id="screen.workout"),
        Binding("3", "switch_mode('calendar')", "Calendar", tooltip="Streak and calendar", id="screen.calendar"),
        Binding("4", "switch_mode('history')", "History", tooltip="Past workouts and progress",
                id="screen.history"),
        Binding("question_mark", "toggle_help", "Keys", key_display="?", tooltip="Show or hide every key",
                id="app.help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, tooltip="Search every command",
                id="app.palette"),
        Binding("q", "quit", "Quit", tooltip="Leave the app (everything is already saved)", id="app.quit"),
    ]

    def __init__(self, store: Store, clock: Clock, catalogue: Catalogue, settings: Settings) -> None:
        super().__init__()
        self.store = store
        self.clock = clock
        self.catalogue = catalogue
        self.settings = settings

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)

    def _remember_theme(self, theme: Theme) -> None:
        if theme.name != self.settings.theme:
            self.settings = self.settings.changed(theme=theme.name)
            self.store.settings.save(self.settings)

    def start_workout(self, routine: Routine) -> None:
        """Start routine as the workout in progress and show the Workout screen."""
        self.notify("Workouts cannot be tracked yet: the Workout screen is not built.", severity="warning")

    def action_toggle_help(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()


def make_app(
    store: Store,
    clock: Clock | None = None,
    catalogue: Catalogue | None = None,
    settings: Settings | None = None,
) -> RunStrengthApp:
    """The one way the app is built, by the CLI and by every test."""
    return RunStrengthApp(
        store=store,
        clock=clock or SystemClock(),
        catalogue=catalogue or load_catalogue(data_dir()),
        settings=settings or store.settings.get(),
    )
