"""The side pane of a wide terminal (160 columns and more): the workout in progress, live, and the streak, beside
the Routines, History and Calendar screens' own content, so a glance tells the set to do and the rest left while
the user browses (PRODUCT.md, "Screens"). Below 160 columns it is not drawn.

View-only: it takes no focus and no key (the screen's content keeps them); a click or tap opens the Workout
screen. It listens to the workout only while it is in view: its screen shown, at a wide width. A pane out of
view, or removed, has stopped listening, so the workout's ticks (four a second) do no work for it; a narrow
screen pays a few comparisons when it is laid out, no more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from tui.domain.printable import printable
from tui.screens.key_hints import key_for
from tui.screens.services import services
from tui.widgets.lines import show_line

if TYPE_CHECKING:
    from datetime import date

    from textual.screen import Screen

    from tui.domain.streaks.streak import Streak
    from tui.screens.workout_controller import WorkoutController

# The timer's line between rests: what comes next.
NOTHING_TIMED, ALL_DONE, NO_EXERCISE = "Ready for the set", "Ready to finish", "Add an exercise"


class SidePane(Vertical):
    SCOPED_CSS = False  # every rule names SidePane; the one that shows it starts from the screen's width class
    DEFAULT_CSS = """
    SidePane {
        display: none;
        dock: right;
        width: 44;
        height: 100%;
        margin: 1 0 1 0;  /* between the title line and the footer */
        padding: 0 0 0 1;
        scrollbar-size-vertical: 1;
        overflow-y: auto;
    }
    .-wide SidePane { display: block; }
    SidePane > .side-box {
        height: auto;
        border: round $primary;
        border-title-color: $text;
        border-title-style: bold;
        border-subtitle-color: $text-muted;
        padding: 0 1;
    }
    SidePane Static { width: 100%; height: 1; text-wrap: nowrap; text-overflow: ellipsis; }
    SidePane #side-workout:hover { background: $foreground 10%; }
    SidePane #side-now { height: auto; }
    SidePane #side-timer { text-style: bold; color: $warning; }
    SidePane #side-timer.-idle { text-style: none; color: $text-muted; }
    SidePane #side-logged { color: $text-muted; }
    SidePane #side-streak-now.-good { color: $success; text-style: bold; }
    """

    def __init__(self, *, streak: bool = True) -> None:
        """streak: show the streak too (not on the Calendar, which shows it already)."""
        super().__init__(id="side-pane")
        self.can_focus = False
        self._with_streak = streak
        self._listening_to: WorkoutController | None = None
        # Its boxes are made the first time it comes into view (most terminals never show it): asked, then built.
        self._build_asked = self._built = False
        self._shown = False  # in view, and showing what is current
        self._streak_day: date | None = None  # the training day the streak shown was read on

    def on_mount(self) -> None:
        # Whether it is in view changes with the screen's width class, which Textual sets as it lays the screen out
        # (a widget gets no Show or Hide for it), and with the screen shown: both are followed here. A layout is
        # rare (a key or a resize, never a tick) and costs this a few comparisons.
        self.screen.screen_layout_refresh_signal.subscribe(self, self._laid_out)
        self.app.screen_change_signal.subscribe(self, self._screen_changed)
        services(self).training_day_signal.subscribe(self, self._day_told)
        self._follow()

    async def _build(self) -> None:
        """Its boxes, made once: on three screens they cost a session on a narrow terminal a megabyte for nothing."""
        workout = Vertical(Static("", id="side-now", markup=False), Static("", id="side-timer", markup=False),
                           Static("", id="side-logged", markup=False), id="side-workout", classes="side-box")
        streak = Vertical(Static("", id="side-streak-now", markup=False), Static("", id="side-week", markup=False),
                          id="side-streak", classes="side-box")
        await self.mount_all([workout, streak] if self._with_streak else [workout])
        # The key that really opens the Workout screen, after the user's keymap (config.toml), as the footer shows it.
        workout.border_title, workout.border_subtitle = "Workout", f"{key_for(self.app, 'screen.workout')} opens it"
        streak.border_title = "Streak"
        self._built = True
        self._follow(again=True)

    def _laid_out(self, _screen: Screen) -> None:
        self._follow()

    def _screen_changed(self, _screen: Screen) -> None:
        self._follow(again=True)  # back on its screen: the streak too may have moved on meanwhile

    def on_unmount(self) -> None:
        self._stop_listening()

    def _in_view(self) -> bool:
        return self.is_attached and self.display and self.screen.is_current

    def _follow(self, again: bool = False) -> None:
        """Listen to the workout while in view, and show it and the streak when it comes into view (again: as
        they are now, even if it was in view already); out of view, stop listening."""
        if not self._in_view():
            self._stop_listening()
            self._shown = False
            return
        if not self._built:
            if not self._build_asked:
                self._build_asked = True
                self.call_later(self._build)  # then follows again
            return
        # The workout's controller is made when a screen first needs it; until then there is no workout to show.
        controller = services(self).workout_if_started
        started = False
        if controller is not None and self._listening_to is not controller:
            self._stop_listening()
            controller.listen(self._workout_changed, self._ticked)
            self._listening_to, started = controller, True
        if started or again or not self._shown:
            self._shown = True
            self._show_workout()
            self._show_streak()

    def _stop_listening(self) -> None:
        if self._listening_to is not None:
            self._listening_to.unlisten(self._workout_changed, self._ticked)
            self._listening_to = None

    # --- the workout ----------------------------------------------------------------------------------

    def _workout_changed(self) -> None:
        had_one = self.query_one("#side-logged", Static).display
        self._show_workout()
        if had_one and self._listening_to and self._listening_to.session is None:
            self._show_streak()  # finished (or discarded): the week's count may have moved on

    def _ticked(self) -> None:
        self._show_timer()

    def _show_workout(self) -> None:
        controller = services(self).workout_if_started
        session = controller.session if controller else None
        now = self.query_one("#side-now", Static)
        logged = self.query_one("#side-logged", Static)
        workout_screen = f"Workout ({key_for(self.app, 'screen.workout')})"
        elsewhere = controller.left_elsewhere if controller else None
        if session is None:
            # The screens named, with the user's keys for them (config.toml), rather than keys of other screens. One
            # driven in another window is said to be there: "No workout in progress. Start one" led to a start
            # refused for the workout in progress.
            show_line(now, Content.assemble(("No workout in progress here.", "bold"), "\n",
                                            (printable(elsewhere.name), "bold $accent"),
                                            f"\nis open in another window: take it\nover on {workout_screen}.")
                      if elsewhere else Content.assemble(("No workout in progress.", "bold"), "\nStart one from "
                                                         f"Routines ({key_for(self.app, 'screen.routines')})."))
            self.query_one("#side-timer").display = logged.display = False
            return
        names = services(self).exercise_names
        slot = session.current_slot
        lines: list[str | tuple[str, str]] = [(printable(session.workout.name), "bold $accent")]
        if session.no_exercises_yet:
            lines += [f"\nNo exercises yet: add one on\n{workout_screen}."]
        elif slot is None:
            lines += [f"\nAll sets logged: finish it on\n{workout_screen}."]
        else:
            number, total = session.exercise_position()
            name = printable(names.get(slot.exercise_id, slot.exercise_id))
            # The name on a line of its own: "Superman (arms and legs together)" fits whole there.
            lines += [(f"\nExercise {number} of {total}", "$text-muted"), "\n", (name, "bold"),
                      f"\n{slot.position_text()} · {slot.target_text()}"]
        show_line(now, Content.assemble(*lines))
        show_line(logged, f"{session.sets_logged_text} logged")
        self.query_one("#side-timer").display = logged.display = True
        self._show_timer()

    def _show_timer(self) -> None:
        """The rest or hold as it runs ("Rest 1:23", "Rest over +0:12", "Hold 0:20"): the line the App's title shows."""
        controller = self._listening_to
        session = controller.session if controller else None
        line = controller.timer_line() if controller else ""
        timer = self.query_one("#side-timer", Static)
        idle = NO_EXERCISE if session and session.no_exercises_yet else (
            NOTHING_TIMED if session and session.current_slot else ALL_DONE)
        show_line(timer, line or idle)
        timer.set_class(not line, "-idle")

    # --- the streak -----------------------------------------------------------------------------------

    def streak_may_have_changed(self) -> None:
        """Another window finished or changed a workout, a freeze or the week's rules, or an import added
        workouts: the streak is read again if it shows (a pane still making its boxes reads it once they are made)."""
        if self._built and self._in_view():
            self._show_streak()

    def _day_told(self, today: date) -> None:
        # Left open overnight: a new day, or a new week, moves the streak and this week's count on.
        if self._streak_day is not None and today != self._streak_day:
            self.streak_may_have_changed()

    def _show_streak(self) -> None:
        if self._with_streak:
            # Off the UI thread: the first read of ten years' index takes a tenth of a second, and on a wide
            # terminal the first screen would wait for it.
            self.run_worker(self._read_streak, thread=True, group="side-streak", exclusive=True,
                            exit_on_error=False, description="read your streak")

    def _read_streak(self) -> None:
        # Imported here: the first screen is drawn without the training log (test_start_up_imports).
        from tui.store.training_totals import training_now

        seam = services(self)
        now = training_now(seam.store, seam.settings, seam.clock.now())  # as the Calendar counts it
        self.app.call_from_thread(self._streak_read, now.streak, now.today)

    def _streak_read(self, streak: Streak, today: date) -> None:
        from tui.widgets.streak_panel import weeks

        if not self.is_attached:  # its screen was taken down meanwhile (the app is closing)
            return
        self._streak_day = today
        current = self.query_one("#side-streak-now", Static)
        show_line(current, f"Current    {weeks(streak.current)}")
        current.set_class(bool(streak.current), "-good")
        show_line(self.query_one("#side-week", Static), f"This week  {streak.this_week.text}")

    # --- a tap ----------------------------------------------------------------------------------------

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        await self.run_action("app.switch_mode('workout')")
