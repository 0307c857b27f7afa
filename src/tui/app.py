"""The App: the four screens as modes, the global keys, the command palette, and the persisted theme."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import threading
from collections.abc import Callable
from datetime import date
from functools import partial
from importlib import import_module
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.reactive import Reactive
from textual.signal import Signal
from textual.theme import Theme

from tui.crash import LeavesACrashLog
from tui.domain.catalogue.custom_exercises import ExerciseNameBook, as_exercise
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.catalogue.model import Catalogue, Routine
from tui.domain.clock import Clock, SystemClock
from tui.domain.settings import LABELS, Settings
from tui.keys_in_order import KeysInOrder
from tui.paste_limits import PasteWithinLimits
from tui.resources import data_dir, styles_dir
from tui.screens.key_hints import key_for
from tui.screens.messages import StartWorkout
from tui.screens.other_windows import OtherWindows
from tui.screens.store_calls import FAILED, STORE_FAULTS, WorkerFailuresShown, attempt
from tui.screens.too_small import TooSmallScreen, too_small
from tui.screens.unsaved import unsaved_changes
from tui.store.open import Store
from tui.store.workout_in_progress import this_window
from tui.textual_internals import keymap_of, mark_styled
from tui.widgets.declared_bindings import declared_bindings
from tui.widgets.plain import say
from tui.widgets.scrolling import scroll_by

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.screen import Screen

    from tui.domain.workout.session import WorkoutSession
    from tui.screens.services import Services
    from tui.screens.workout_controller import WorkoutController


# The screens a user has not opened yet, and the palette's commands, are imported when first needed: importing
# them all before the first frame (the charts' plotting library among them) cost a fifth of the start-up.
def _screen_of(module: str) -> Callable[[], Screen]:
    """A MODES screen's maker, marking the screen as styled: it is styled as it is mounted, with the stylesheet as
    it is then, and a theme chosen later restyles every screen by itself. Otherwise Textual parses every stylesheet
    again and restyles the whole app twice on the screen's first switch. The once more it does for a stylesheet
    the screen brings stays: reading every stylesheet ahead, while the first screen is shown, raced with a switch
    made meanwhile and left the new screen half drawn."""

    def make() -> Screen:
        screen = import_module(f"tui.screens.{module}").make_screen()
        mark_styled(screen)
        return screen

    return make


def _commands_of(module: str, provider: str) -> Callable[[], type[Provider]]:
    return lambda: getattr(import_module(f"tui.screens.{module}"), provider)


LEAVE_WITHIN_S = 3.0  # after SIGHUP or SIGTERM, see RunStrengthApp._leave
# A moment after the first frame, the modules of the screens not opened yet are imported in a worker thread
# while the user reads the first screen: a screen's first switch then costs its drawing, not its imports (half
# of History's first switch with the charts' plotting library, a sixth of the Workout screen's). Not at once:
# the first frame is drawn without them (tests/app/test_start_up_imports.py).
WARM_UP_AFTER_S = 0.2
WARM_UP_MODULES = ("tui.screens.workout", "tui.screens.workout_controller", "tui.screens.calendar",
                   "tui.screens.history")
# How often the app looks at the user's training day: a screen left open overnight moves on to the new day, or the
# new week, within this long of midnight (or of their rollover hour).
DAY_CHECK_S = 60
SCREENS = Binding.Group("Screens", compact=True)  # 1-4 side by side in the footer


def _collector_back_on() -> None:
    # What the first frame built (the screen's widgets, styles and caches) lives as long as the screen: frozen
    # like what loading made, so turning the collector back on does not start with a pass over all of it. The
    # cycles it left as garbage are collected first (the frame is on screen by now): frozen, they were kept for
    # good, about 2.5 MiB of the peak over a session.
    gc.collect()
    gc.freeze()
    gc.enable()


class RunStrengthApp(LeavesACrashLog, WorkerFailuresShown, PasteWithinLimits, KeysInOrder, App):
    TITLE = "runstrength"
    # The title changes every second of a rest. Textual's own title repaints the whole screen when it changes;
    # here it does not: the one line showing it (TitleBar) redraws itself.
    title: Reactive[str] = Reactive("", compute=False, repaint=False)
    # The first screen's styles; the other screens bring theirs when first shown (CSS_PATH on each screen).
    CSS_PATH = styles_dir() / "routines.tcss"
    MODES = {
        "routines": _screen_of("routines"),
        "workout": _screen_of("workout"),
        "calendar": _screen_of("calendar"),
        "history": _screen_of("history"),
    }
    DEFAULT_MODE = "routines"
    # Every screen gets a class for the width and height it has, so its styles can follow a phone's terminal
    # (40-55 columns in portrait) without a second copy of the screen.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (60, "-regular"), (160, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
    COMMANDS = App.COMMANDS | {_commands_of("workout_commands", "StartWorkoutCommands"),
                               _commands_of("transfer_commands", "TransferCommands")}
    # Every binding has an id, so a user can remap it (Textual's keymap) without touching code.
    # One footer item, "1234 Screens", pinned to every footer with `?` (widgets/footer.py).
    BINDINGS = [
        Binding("1", "switch_mode('routines')", "Routines", tooltip="Browse routines and exercises",
                id="screen.routines", group=SCREENS),
        Binding("2", "switch_mode('workout')", "Workout", tooltip="The workout in progress", id="screen.workout",
                group=SCREENS),
        Binding("3", "switch_mode('calendar')", "Calendar", tooltip="Streak and calendar", id="screen.calendar",
                group=SCREENS),
        Binding("4", "switch_mode('history')", "History", tooltip="Past workouts and progress",
                id="screen.history", group=SCREENS),
        Binding("question_mark", "toggle_help", "Keys", key_display="?", tooltip="Show or hide every key",
                id="app.help"),
        # Escape closes the key help first, wherever it is up (at 40 columns it covers the whole screen, and escape
        # did nothing there, or went to the screen underneath). A priority binding, enabled only while the help
        # shows (check_action): otherwise escape is the screen's, as before.
        Binding("escape", "hide_help_panel", "Close keys", show=False, priority=True, tooltip="Close the key help",
                id="app.hide_help"),
        # Likewise page up/down scroll the help while it shows: the screen's own keys come after the focused
        # widget's, below the fold at 80x24, and the help takes no focus to scroll it with.
        Binding("pagedown", "scroll_help(1)", "Help down", show=False, priority=True, tooltip="Scroll the key help",
                id="app.help_down"),
        Binding("pageup", "scroll_help(-1)", "Help up", show=False, priority=True, tooltip="Scroll the key help",
                id="app.help_up"),
        # Where the help covers the screen (a phone's), the keys it lists for moving scroll it too: they closed it,
        # and moved nothing on the screen under it. Beside the screen they stay the screen's (check_action).
        Binding("down", "scroll_help(1, 'line')", "Help line down", show=False, priority=True,
                tooltip="Scroll the key help a line", id="app.help_line_down"),
        Binding("up", "scroll_help(-1, 'line')", "Help line up", show=False, priority=True,
                tooltip="Scroll the key help a line", id="app.help_line_up"),
        Binding("end", "scroll_help(1, 'whole')", "Help end", show=False, priority=True,
                tooltip="Scroll to the end of the key help", id="app.help_end"),
        Binding("home", "scroll_help(-1, 'whole')", "Help top", show=False, priority=True,
                tooltip="Scroll to the top of the key help", id="app.help_top"),
        # Priority, as tab's: the keys typed with it wait for the palette's field (keys_in_order.py).
        Binding("ctrl+p", "command_palette", "Commands", show=False, tooltip="Search every command",
                id="app.palette", priority=True),
        # Priority, as ctrl+p's: what is typed with it goes to the settings' first field.
        Binding("comma", "open_settings", "Settings", key_display=",",
                tooltip="Units, rest, weekly target, week start, "
                "time zone, bell, theme", id="app.settings", priority=True),
        Binding("q", "quit", "Quit", tooltip="Leave the app (everything is already saved)", id="app.quit"),
        # Tab moves focus here, in the app's own turn, before the next key is handed to a widget. As Textual's
        # screen binding it ran only once the tab had passed through the focused field, so keys that arrived
        # with it (a burst after an SSH connection stalls) still went to the field it was leaving: "12<tab>40"
        # made 1240 reps and no load.
        Binding("tab", "focus_next", "Next field", show=False, priority=True,
                tooltip="Move to the next field, list or button", id="app.focus_next"),
        Binding("shift+tab", "focus_previous", "Previous field", show=False, priority=True,
                tooltip="Move back to the previous field, list or button", id="app.focus_previous"),
    ]

    # The bindings that act only while the key help covers the screen: the line and whole-way scrolls.
    HELP_COVERING_ONLY = frozenset({"app.help_line_down", "app.help_line_up", "app.help_end", "app.help_top"})
    # The bindings that act only while the key help shows (check_action): outside it their keys are the screen's.
    HELP_ONLY = frozenset({"app.hide_help", "app.help_down", "app.help_up", *HELP_COVERING_ONLY})

    def __init__(self, store: Store, clock: Clock, catalogue: Catalogue, settings: Settings,
                 keymap: dict[str, str] | None = None, keymap_warnings: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.keymap_warnings = keymap_warnings
        if keymap:
            # config.toml's [keymap], checked by the command line. Set before anything mounts: the first screen's
            # footer reads its keys as it mounts (set in on_mount, it showed the default keys until a key).
            self.set_keymap(keymap)
        self.store = store
        self.clock = clock
        self.catalogue = catalogue
        self.settings = settings
        self._workout: WorkoutController | None = None
        self.driver = this_window()
        self.exit_on_signals = False  # the command line turns this on; tests leave the process's signals alone
        self._exercise_names: ExerciseNameBook | None = None
        self._catalogue_with_own: Catalogue | None = None
        # The user's training day, told every DAY_CHECK_S: what shows a day (the Calendar, the side pane's streak)
        # reads itself again when it differs from the day it shows.
        self.training_day_signal: Signal[date] = Signal(self, "training-day")
        self.today: date | None = None  # the day told last

    @property
    def exercise_names(self) -> ExerciseNameBook:
        """Every exercise's name by id, the user's custom exercises' own names included: the one place screens
        look a name up. Read when first needed (not at start: the first screen lists no sets)."""
        if self._exercise_names is None:
            try:
                own = self.store.exercises.all()
            except STORE_FAULTS:
                # The main file broken while the app runs: the catalogue's names, and the user's own read again next
                # time (History, the Calendar and the Routines screen say what is wrong as they read that file).
                return ExerciseNameBook(self.catalogue.names, [], self.catalogue.bodyweight, self.catalogue.assisted)
            self._exercise_names = ExerciseNameBook(self.catalogue.names, own, self.catalogue.bodyweight,
                                                   self.catalogue.assisted)
        return self._exercise_names

    @property
    def catalogue_with_own(self) -> Catalogue:
        """The catalogue with the user's own exercises among its exercises (in reps, nothing to read about them):
        what routines and workouts look exercises up in, as one added by hand may be in them."""
        if self._catalogue_with_own is None:
            names = self.exercise_names
            with_own = self.catalogue.with_exercises({exercise.id: as_exercise(exercise) for exercise in names.own()})
            if names is not self._exercise_names:
                return with_own  # without the user's own (see exercise_names): not kept
            self._catalogue_with_own = with_own
        return self._catalogue_with_own

    def forget_exercise_names(self) -> None:
        """Read the custom exercises again when next needed (an import, a rename or a new one changed them)."""
        self._exercise_names = None
        self._catalogue_with_own = None

    def on_mount(self) -> None:
        if not gc.isenabled():  # the command line keeps the collector off until the first frame is drawn
            self.call_after_refresh(_collector_back_on)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if self.store.workout.current() is not None:
            self.switch_mode("workout")  # the Workout screen offers to resume it
        if self.store.data.read_only:
            say(self, f"{self.store.directory} cannot be written: you can look and export, but nothing you change"
                " is saved.", severity="warning", timeout=15)
        if self.keymap_warnings:  # a key of the user's that works everywhere but in a text field: said at start
            say(self, "\n".join(self.keymap_warnings), title="Your keymap", severity="warning", timeout=20)
        self.call_after_refresh(self._check_size, *self.size)
        self.call_after_refresh(self._say_refused_settings)
        OtherWindows(self).start()  # settings and the workout, as another window saves them
        self.set_timer(WARM_UP_AFTER_S, self._warm_up)
        # Told first just after the first frame (which shows no dates), not a minute later: Routines' "last done"
        # lines wait for it.
        self.set_timer(WARM_UP_AFTER_S, self.tell_the_day, name="first day check")
        self.set_interval(DAY_CHECK_S, self.tell_the_day, name="day check")
        self.bind_test_crash_key()
        if self.exit_on_signals:
            loop = asyncio.get_running_loop()
            for signal_number in (signal.SIGHUP, signal.SIGTERM):
                signal.signal(signal_number, lambda number, frame: self._leave(loop))

    def _say_refused_settings(self) -> None:
        """Settings changed by hand to what the app cannot use (each left at its default), said as it starts."""
        refused = attempt(self, self.store.settings.refused, "read your settings")
        if refused is FAILED:
            return
        # A theme is the app's to know: one it has not (a typo) was replaced by the default without a word.
        unknown_theme = ("theme",) if self.settings.theme not in self.available_themes else ()
        if refused or unknown_theme:
            names = ", ".join(LABELS[name] for name in (*refused, *unknown_theme))
            # The file named, as every refusal of a file names it: a user who edited it knows where to look.
            say(self, f"The saved {names} in {self.store.data.main_path.name} could not be used (changed by hand?): "
                      "the default is used instead. "
                      f"Press {key_for(self, 'app.settings')} for the settings.", title="Your settings",
                severity="warning", timeout=20)

    @work(thread=True, exit_on_error=False, group="warm-up",
          description="import the other screens, mark old runs, file a finish left waiting")
    def _warm_up(self) -> None:
        for module in WARM_UP_MODULES:
            import_module(module)
        self._mark_old_cardio()
        if not self.store.data.read_only:
            self.workout.filing.file_waiting()

    def _mark_old_cardio(self) -> None:
        """Runs an older version imported (custom exercises with no cardio mark) get it, once per data directory:
        here, off the UI thread, as the first frame would wait for it when the store opens."""
        from tui.store.errors import StoreError
        from tui.store.healing import mark_old_cardio

        if self.store.data.read_only:
            return
        try:
            marked = mark_old_cardio(self.store.data, self.store.history)
        except (OSError, StoreError):
            return  # a full disk or a busy lock: the next start tries again
        if marked:
            self.call_from_thread(self.forget_exercise_names)  # the pickers read them again

    def tell_the_day(self) -> None:
        """Tell the screens the user's training day (their zone, their rollover hour): the one rule by which a
        screen left open sees a day, or a week, turn."""
        from tui.domain.streaks.weeks import local_today  # not before the first frame: it has no dates

        settings = self.settings
        self.today = local_today(self.clock.now(), settings.zone, settings.rollover_hour)
        self.training_day_signal.publish(self.today)

    def _leave(self, loop: asyncio.AbstractEventLoop) -> None:
        """A dropped SSH connection (SIGHUP) or a polite kill (SIGTERM): everything is saved already.

        Leaving cleanly gives the terminal back instead of dying mid-frame. But a terminal that has gone, or takes
        no more output, stops Textual's output thread: the clean exit, even the event loop, then waits on it for
        ever, and the process would live on (still driving a workout in progress). So the process ends a moment
        later whatever happens. A plain signal handler, not the loop's, as the loop itself may be stuck.
        """
        watchdog = threading.Timer(LEAVE_WITHIN_S, os._exit, args=(0,))
        watchdog.daemon = True
        watchdog.start()
        if not loop.is_closed():  # the app may have just ended
            loop.call_soon_threadsafe(self.exit)

    def on_resize(self, event: events.Resize) -> None:
        self._check_size(event.size.width, event.size.height)

    def _check_size(self, width: int, height: int) -> None:
        shown = self.screen
        covered = isinstance(shown, TooSmallScreen)
        if too_small(width, height):
            if isinstance(shown, TooSmallScreen):
                shown.show_size(width, height)
            else:
                self.push_screen(TooSmallScreen())
        elif covered:
            self.pop_screen()

    def _remember_theme(self, theme: Theme) -> None:
        if theme.name != self.settings.theme:
            saved = attempt(self, lambda: self.store.settings.change({"theme": theme.name}), "save the theme",
                            kept="It is used in this window until it closes.")
            # Saved: the settings as stored now (another window's changes included). Not saved: in memory only.
            self.settings = self.settings.changed(theme=theme.name) if saved is FAILED else saved

    def all_routines(self) -> list[Routine]:
        """The user's own routines, then the shipped ones: as Routines lists them, so a routine to pick (the palette's
        "Start workout", a workout added in History) is found first among the user's."""
        return self.store.routines.all() + list(self.catalogue.routines.values())

    @property
    def workout(self) -> WorkoutController:
        """The workout in progress, for every screen; made when first needed (not before the first frame)."""
        if self._workout is None:
            from tui.screens.workout_controller import WorkoutController

            self._workout = WorkoutController(self)
            self._workout.listen(self._show_timer_in_title, self._show_timer_in_title)
        return self._workout

    @property
    def workout_if_started(self) -> WorkoutController | None:
        """The workout controller if a screen has needed it yet (making it loads the workout's modules)."""
        return self._workout

    @property
    def session(self) -> WorkoutSession | None:
        """The workout this window is driving, if any."""
        return self._workout.session if self._workout else None

    def _show_timer_in_title(self) -> None:
        # Every screen's header shows the running rest or hold in plain text: a glance from the Calendar tells it.
        line = self.workout.timer_line()
        # On a phone's 40 columns the app's name would push the time out of the header: the time alone then.
        title = (line if self.size.width < 60 else f"{self.TITLE} · {line}") if line else self.TITLE
        if self.title != title:
            self.title = title

    def start_workout(self, routine: Routine | None) -> None:
        """Start routine (None: an empty workout) as the workout in progress and show the Workout screen: shown
        first, so that the offer of a workout in progress, which refuses the start, comes up on it (it came up on
        the screen left, out of sight, and the Workout screen said to resume with no way to)."""
        self.switch_mode("workout")
        self.workout.start(routine)

    def on_start_workout(self, message: StartWorkout) -> None:
        self.start_workout(message.routine)

    async def action_quit(self) -> None:
        # A form's changes are asked about first (unsaved.py): ctrl+q (Textual's quit, which goes before any
        # screen's keys) closed the routine editor with its new routine, unasked.
        if any(unsaved_changes(screen) for screen in self.screen_stack):
            from tui.screens.confirm import ConfirmScreen

            async def discard(yes: bool | None) -> None:
                if yes:
                    await self._quit_saved()

            self.push_screen(ConfirmScreen("Quit without saving?", yes="Discard and quit", no="Keep editing",
                                           detail="What you typed in the open form will be lost."), discard)
            return
        await self._quit_saved()

    async def _quit_saved(self) -> None:
        self.workout.save_waiting()  # q says everything is saved: a rest change typed just before it too
        unsaved = self.workout.unsaved
        if unsaved is None:
            await super().action_quit()
            return
        # The disk (full, read-only) still refuses the workout: quitting drops the sets the screen shows as logged
        # since its last save, which q did without a word. Asked; staying keeps retrying.
        from tui.screens.confirm import ConfirmScreen

        async def answered(quit_anyway: bool | None) -> None:
            if quit_anyway:
                await super(RunStrengthApp, self).action_quit()

        self.push_screen(ConfirmScreen(
            "Quit and lose what is not saved?", yes="Quit anyway", no="Stay",
            detail=f"{unsaved} Quit now, and the sets logged since the last save are lost."), answered)

    def action_open_settings(self) -> None:
        from tui.screens.settings import SettingsScreen  # imported when first opened, like the other screens

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())

    def action_command_palette(self) -> None:
        # As Textual's action, with a palette whose enter waits for the search of the text typed (palette.py).
        from tui.screens.palette import Palette  # imported when first opened, like the screens

        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette())

    def get_system_commands(self, screen):
        for command in super().get_system_commands(screen):
            # In a browser (serve) Textual's screenshot is a download from an address without the access token,
            # which the server refuses: the command opened a tab reading "403: Forbidden", and saved nothing.
            # Maximize filled a phone's Workout screen with its list of sets, the rest timer and the next set
            # hidden until escape: no screen here is laid out for one widget alone.
            if not (self.is_web and command.title == "Screenshot") and command.title not in ("Maximize", "Minimize"):
                yield command
        yield SystemCommand("Settings", "Units, default rest, weekly target, week start, time zone, bell, theme",
                            self.action_open_settings)
        for binding in self.BINDINGS:  # the screens by name ("calendar" found nothing)
            if isinstance(binding, Binding) and binding.group is SCREENS:
                yield SystemCommand(binding.description, f"{binding.tooltip}. {self._key_here(screen, binding)}",
                                    partial(self.run_action, binding.action))

    def _key_here(self, screen: Screen, binding: Binding) -> str:
        """ "Key: 1", or what that key does on this screen when a binding of the screen's has it: with the user's
        "workout.finish" = "1" the Workout screen's palette said "Key: 1" for Routines, and 1 finished."""
        key = (keymap_of(self).get(binding.id or "") or binding.key).split(",")[0].strip()
        shown = key_for(self, binding.id or "")
        taken = screen.active_bindings.get(key)
        if taken is not None and taken.node is not self:
            return f"Its key {shown} is {taken.binding.description} on this screen."
        return f"Key: {shown}"

    async def on_event(self, event: events.Event) -> None:
        # On a phone the key help covers the whole screen: a key of the screen under it (space logs a set, e opens
        # a form) acted unseen. There a key that is not the help's own closes the help, and does nothing else.
        if (isinstance(event, events.Key) and not event.is_forwarded and self._help_covers_the_screen()
                and event.key not in self._help_keys()):
            self.action_hide_help_panel()
            return
        await super().on_event(event)

    def _help_shows(self) -> bool:
        # Textual mounts its HelpPanel on the screen itself: its children are looked at, not its whole tree. The
        # footer asks this for the help's keys whenever the keys change (a set logged, a form opened), and a query
        # of the Workout screen's sixty widgets made reading the keys seven times dearer (0.77 ms against 0.11).
        return bool(self.screen.query_children("HelpPanel"))

    def _help_covers_the_screen(self) -> bool:
        return self.screen.has_class("-narrow") and self._help_shows()

    def _help_keys(self) -> frozenset[str]:
        """The keys of the help's own bindings (?, escape, page up and down), as the user's keymap has them."""
        declared, keymap = declared_bindings(type(self)), keymap_of(self)
        keys = (keymap.get(binding_id) or declared[binding_id].key for binding_id in self.HELP_ONLY | {"app.help"})
        return frozenset(key.strip() for listed in keys for key in listed.split(","))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "scroll_help" and parameters[1:] not in ((), ("page",)):  # a line, or all the way
            return self._help_covers_the_screen()
        if action in ("hide_help_panel", "scroll_help"):
            return self._help_shows()
        return True

    def action_scroll_help(self, step: int, by: str = "page") -> None:
        """Scroll the key help by a page, a line or all the way ("whole") down (step 1) or up (-1)."""
        scroll_by(self.screen.query_one("HelpPanel #keys-help"), step, page=by == "page", whole=by == "whole")

    def action_toggle_help(self) -> None:
        if self._help_shows():
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()


def make_app(
    store: Store,
    clock: Clock | None = None,
    catalogue: Catalogue | None = None,
    settings: Settings | None = None,
    keymap: dict[str, str] | None = None,
    keymap_warnings: tuple[str, ...] = (),
) -> RunStrengthApp:
    """The one way the app is built, by the CLI and by every test."""
    return RunStrengthApp(
        store=store,
        clock=clock or SystemClock(),
        catalogue=catalogue or load_catalogue(data_dir()),
        settings=settings or store.settings.get(),
        keymap=keymap,
        keymap_warnings=keymap_warnings,
    )


if TYPE_CHECKING:
    def _app_gives_screens_their_services(app: RunStrengthApp) -> Services:
        return app  # the type checker holds the App to the seam the screens use (screens/services.py)
