"""The Workout screen (screen 2): the live set tracker a runner drives with `space`.

The session (domain) holds all state and the WorkoutController changes and saves it; this screen shows the
whole workout (every exercise with its sets as rows), the current set in detail and the running timer, and
turns keys and taps into controller calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Button, Static

from tui.domain.workout.model import WARMUP
from tui.domain.workout.set_fields import set_fields
from tui.domain.workout.set_values import SetValues
from tui.domain.workout.timers import GET_READY_S
from tui.resources import screens_styles
from tui.screens.key_hints import key_for
from tui.screens.services import services
from tui.screens.set_editor import Retitle, SetForm
from tui.screens.workout_changes import WorkoutChanges
from tui.screens.workout_lines import (
    hold_keys,
    progress_text,
    rest_keys,
    screen_lines,
    sets_so_far,
    words_now,
)
from tui.widgets.countdown import Countdown
from tui.widgets.footer import Footer
from tui.widgets.lines import show_line
from tui.widgets.plain import say
from tui.widgets.tap_target import TapTarget
from tui.widgets.title_bar import TitleBar
from tui.widgets.workout_sets import WorkoutSets

if TYPE_CHECKING:
    from tui.domain.workout.plan import Slot
    from tui.domain.workout.session import WorkoutSession


# Label, button id, and the action the button runs: the same as its key's.
TAP_TARGETS = (
    ("Log", "log_set", "log_set"), ("Edit", "edit", "edit"), ("-15s", "rest_shorter", "rest(-1)"),
    ("+15s", "rest_longer", "rest(1)"), ("Skip", "skip_rest", "skip_or_cancel"), ("Prev", "previous_exercise",
    "previous_exercise"), ("Next", "next_exercise", "next_exercise"), ("Finish", "finish", "finish"),
)


_REST = Binding.Group("±15s")


class WorkoutScreen(WorkoutChanges):
    CSS_PATH = screens_styles()
    BINDING_GROUP_TITLE = "Workout"  # the key help's heading over these keys
    # The screen puts the focus itself (_focus_what_shows): Textual's auto focus gave it, on every return to the
    # screen with none, to the first widget that can take it, the set list even while hidden.
    AUTO_FOCUS = ""

    # Priority bindings: the workout's keys act in the app's own turn, before the next key is handed to the widget
    # with the focus. Keys that arrive together (an SSH connection that stalled, then caught up) then each find
    # what the key before them did: after `e`, the form and its first field focused.
    BINDINGS = [
        Binding("space", "log_set", "Log", tooltip="Log the set as shown (or start/stop a hold)", id="workout.log",
                priority=True),
        Binding("e", "edit", "Edit", tooltip="Change the next set's values, or the logged set under the cursor",
                id="workout.edit", priority=True),
        Binding("u", "undo", "Undo", tooltip="Take back the last logged set", id="workout.undo", priority=True),
        # One entry for both in the footer, "+- ±15s"; each its own in the key help, so a key remapped in the
        # keymap is named for what it does (a key display of "+/-" named a minus key the user may have moved).
        Binding("plus,equals_sign", "rest(1)", "+15s", group=_REST, tooltip="Rest 15 s longer",
                id="workout.rest_longer", priority=True),
        Binding("minus", "rest(-1)", "-15s", group=_REST, tooltip="Rest 15 s less", id="workout.rest_shorter",
                priority=True),
        # As its target: during a hold it stops it without logging, a phone's keyboard having no escape.
        Binding("s", "skip_or_cancel", "Skip", tooltip="End the rest now; during a hold, stop it without logging it",
                id="workout.skip_rest", priority=True),
        # Finish before Next and Prev: a footer too narrow for all of them drops the last ones first.
        Binding("f", "finish", "Finish", tooltip="Finish the workout and see the summary", id="workout.finish",
                priority=True),
        Binding("n", "next_exercise", "Next", tooltip="Next exercise", id="workout.next", priority=True),
        Binding("p", "previous_exercise", "Prev", tooltip="Previous exercise", id="workout.previous", priority=True),
        Binding("d,delete", "delete", "Delete set", show=False,
                tooltip="Delete the logged set under the cursor (or a set you added)", id="workout.delete_set",
                priority=True),
        Binding("a", "add_set", "Add set", show=False, tooltip="One more set of the exercise under the cursor",
                id="workout.add_set", priority=True),
        Binding("A", "add_exercise", "Add exercise", show=False,
                tooltip="Add an exercise from the catalogue, or one of your own (with no workout in progress, start "
                "one with it)", id="workout.add_exercise",
                priority=True),
        # x, as in the routine editor, where it takes an exercise out of the routine.
        Binding("x", "remove_exercise", "Remove exercise", show=False,
                tooltip="Take the exercise under the cursor out of this workout, none of its sets logged (asks first)",
                id="workout.remove_exercise", priority=True),
        Binding("v", "swap", "Swap exercise", show=False,
                tooltip="Do another exercise in its place: an easier or harder variation, or any other",
                id="workout.swap", priority=True),
        Binding("i", "about", "How to", show=False,
                tooltip="How to do the exercise under the cursor: its steps, cues and common mistakes",
                id="workout.about", priority=True),
        Binding("D", "discard", "Discard workout", show=False, tooltip="Throw this workout away (asks first)",
                id="workout.discard", priority=True),
        Binding("N", "note", "Workout note", show=False, tooltip="A note on the whole workout (new gym, felt slow)",
                id="workout.note", priority=True),
        Binding("escape", "cancel_hold", "Cancel hold", show=False, tooltip="Stop a hold without logging it",
                id="workout.cancel_hold", priority=True),
        # In the footer only with a workout open in another window (check_action), in place of A: the line said
        # "r takes it over" over a footer offering to start an empty workout, which was then refused.
        Binding("r", "take_over", "Take over",
                tooltip="Offer here the workout left to another window", id="workout.take_over"),
    ]
    # What to do with the set's form's values while it shows (None: the workout shows).
    _after_edit: Callable[[SetValues | None], None] | None = None
    # Whether the footer last offered the keys for a workout in progress (None: not yet drawn).
    _keys_state: tuple[bool, bool] | None = None  # (a workout here, one open in another window): the footer's
    _key_words: dict[str, str] = {}  # the footer's words for keys that do something else now (key_word)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Vertical(id="workout-body"):
            with Horizontal(id="workout-head"):
                yield Static("", id="workout-exercise", markup=False)  # and the routine's name after it
                yield Static("", id="workout-progress", markup=False)
            yield Static("", id="workout-position", markup=False)
            yield Static("", id="workout-target", markup=False)
            yield Static("", id="workout-last-time", markup=False)
            yield Static("", id="workout-suggestion", markup=False)
            yield Static("", id="workout-next", markup=False)
            yield Static("", id="workout-unsaved", markup=False)
            yield Countdown(id="workout-timer")
            yield WorkoutSets(id="workout-plan")
            # Tap targets for a phone (taps are clicks); the keys do the same.
            with Grid(id="workout-buttons"):
                for label, name, action in TAP_TARGETS:
                    button = TapTarget(label, id=f"tap-{name}", action=f"screen.{action}")
                    # No blank column at either end of the label: at 60 columns a target is 7 wide, and
                    # "Finish" wrapped. (Textual's CSS takes no line-pad of 0.)
                    button.styles.line_pad = 0
                    yield button
            # With no workout in progress: the two ways to start one, for a phone's thumb (the lines say the keys).
            with Grid(id="workout-starts"):
                yield TapTarget("Routines", id="tap-routines", action="app.switch_mode('routines')")
                yield TapTarget("Empty workout", id="tap-empty", action="screen.add_exercise")
            # With one open in another window: r for a thumb (a phone in a browser tab that lost it had no way back).
            yield TapTarget("Take it over", id="tap-take_over", action="screen.take_over")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Workout"
        self.controller.listen(self.refresh_view, self._on_tick)
        self.refresh_view()

    def on_settings_changed(self) -> None:
        # Saved in another window (units, holds): what space logs next follows them.
        self.refresh_view()

    def on_screen_resume(self) -> None:
        self.controller.offer_resume()
        self.refresh_view()

    # --- what the user sees ---------------------------------------------------------------------------

    def key_word(self, binding_id: str) -> str | None:
        """The footer's word for a key that does something else now (widgets/footer.py)."""
        return self._key_words.get(binding_id)

    def _words_now(self) -> dict[str, str]:
        return words_now(self.session, services(self).clock.now())

    def refresh_view(self) -> None:
        session = self.session
        key_words = self._words_now()
        keys_state = (session is not None, self.controller.left_elsewhere is not None)
        started_or_ended = self._keys_state is None or self._keys_state[0] != keys_state[0]
        if keys_state != self._keys_state or key_words != self._key_words:
            self._keys_state, self._key_words = keys_state, key_words
            self.refresh_bindings()  # the workout's keys dim and light up with it, and say what they do now
        self._show_timer()
        # Each set's "last time ..." (Strong's "Previous"); on a phone the next set's alone: every row would wrap onto
        # two lines, and there the "Last time" line above is cut to one.
        self.query_one(WorkoutSets).show(session, services(self).exercise_names, self.controller.last_sets,
                                         next_set_only=self.narrow)
        self._text("progress", self._progress_text())
        self.query_one("#workout-buttons").display = session is not None
        offered = self.controller.resume_offer.showing
        idle = session is None and not offered
        self.query_one("#workout-starts").display = idle and self.controller.left_elsewhere is None
        self.query_one("#tap-take_over").display = idle and self.controller.left_elsewhere is not None
        self.query_one("#tap-log_set", Button).label = key_words.get("workout.log", "Log")
        self.query_one("#tap-skip_rest", Button).label = key_words.get("workout.skip_rest", "Skip")
        warning = self.query_one("#workout-unsaved", Static)
        self._text("unsaved", self.controller.unsaved or "")
        warning.display = bool(self.controller.unsaved)
        lines, advice = screen_lines(session, self.controller.left_elsewhere, services(self), self.key,
                                     lambda binding_id: key_for(self.app, binding_id), narrow=self.narrow,
                                     offered=offered)
        self._lines(*lines)
        self.query_one("#workout-suggestion").set_class(bool(advice and advice.first_time), "-first-time")
        if started_or_ended:
            if session is None and self._after_edit is not None:
                self._drop_form()
            self._focus_what_shows()

    def _drop_form(self) -> None:
        """The workout ended here with its set's form open (finished, discarded or taken over in another window):
        the form goes with it, its values unused. Left up, its ctrl+s used them on no workout and crashed the app,
        and its ctrl+l said "No workout in progress" of a workout in progress in the other window."""
        typed = self.query_one(SetForm).changed()
        self._after_edit = None
        self._close_form()
        if typed:
            say(self, "The set's form is closed: this window no longer drives the workout, and what was typed in it "
                      "was not used.", severity="warning", timeout=10)

    def _focus_what_shows(self) -> None:
        """As a workout starts, the focus on its set list; as it ends (or with none), off what went out of sight.
        Left there, after a workout was started with the Empty workout button, the arrows moved nothing and enter
        pressed the hidden Routines button; with no workout, the key help listed the hidden list's keys. Not moved
        to the Routines button: an enter typed twice to close the summary would press it."""
        if self.session is not None:
            self.set_focus(self.query_one(WorkoutSets))
        elif self.focused is not None and self.focused not in self.focus_chain:
            self.set_focus(None)

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def on_resize(self) -> None:
        # Across a phone's width and a laptop's, the heading loses or gains the routine's name: once Textual has
        # set the screen's classes for the new size (after this handler).
        self.call_later(self.refresh_view)

    def _progress_text(self) -> str:
        session = self.session
        if session is None:
            return ""
        # The line spans the body: measured from the screen, right even before a layout at a new size.
        room = self.size.width - self.query_one("#workout-body").styles.gutter.width
        return progress_text(session, self._elapsed_s(session), narrow=self.narrow, room=room)

    def _elapsed_s(self, session: WorkoutSession) -> float:
        """How long the workout has run (elapsed_text shows nothing less than 0:00, should the clock be put back)."""
        return (services(self).clock.now() - session.workout.started_at.utc).total_seconds()

    def _lines(self, *texts: str | Content) -> None:
        ids = ("exercise", "position", "target", "last-time", "suggestion", "next")
        for widget_id, text in zip(ids, texts):
            self._text(widget_id, text)

    def _text(self, widget_id: str, text: str | Content) -> None:
        show_line(self.query_one(f"#workout-{widget_id}", Static), text)

    def _show_timer(self) -> None:
        timer = self.query_one(Countdown)
        session = self.session
        now = services(self).clock.now()
        # At 40 columns a long title beside the keys squeezed them to a column one letter wide and many lines
        # high: a short title, and the keys left to the footer and the tap targets below.
        narrow = self.narrow
        if session and session.hold:
            hold = session.hold
            getting_ready = hold.getting_ready(now)
            phase = "Get ready" if getting_ready else f"Hold ({hold.target_s} s)"
            total = GET_READY_S if getting_ready else hold.target_s
            # Its keys are on the line above, at every width (see refresh_view); they change as the get-ready
            # countdown turns into the hold.
            timer.show(phase, "", hold.remaining_s(now), total)
            self._text("next", self._hold_keys())
        elif session and session.rest:
            rest = session.rest
            left = rest.remaining_s(now)
            title = "Rest" if left >= 0 else "Rest over" if narrow else "Rest over: time for the next set"
            timer.show(title, "" if narrow else rest_keys(self.key), left, rest.total_s())
        elif session:
            # Between rests the box stays, with the workout's time: the set list under it keeps its place (and
            # its height) through every set, and a key does not make the screen be laid out again.
            so_far, done = sets_so_far(session)
            # At 40 columns the workout's time is on the line above already: the count is the title there.
            title, keys = (so_far, "") if narrow else ("Workout", f"{so_far} logged")
            timer.show_elapsed(title, keys, self._elapsed_s(session), done)
        timer.display = session is not None

    def _hold_keys(self) -> str:
        return hold_keys(self.session, services(self).clock.now(), self.key)

    def _on_tick(self) -> None:
        self._show_timer()
        self._text("progress", self._progress_text())
        unsaved = self.controller.unsaved
        warning = self.query_one("#workout-unsaved", Static)
        # A hold's get-ready ends by itself: space then stops the hold ("Start" becomes "Stop").
        if warning.display != bool(unsaved) or self._words_now() != self._key_words:
            self.refresh_view()

    def tick(self) -> None:
        """Let the workout's clock run now (tests move a fake clock, then call this)."""
        self.controller.tick()

    async def on_workout_sets_picked(self, event: WorkoutSets.Picked) -> None:
        """enter or a tap on a row: a logged set opens its editor; a set to do becomes the next set."""
        event.stop()
        session, key = self.session, event.key
        if session is None:
            return
        if session.logged_set(key) is not None:
            await self.action_edit()
        elif key != session.cursor:
            self.controller.change(lambda s: s.go_to(key), save_when_shown=True)

    # --- keys -----------------------------------------------------------------------------------------

    def action_log_set(self) -> None:
        self.controller.log_set()
        self._ask_for_another_round()

    async def action_edit(self) -> None:
        """`e`: the logged set under the cursor, else the values the next set will log."""
        session = self.session
        if session is None:
            return
        key = self._selected_key()
        logged = session.logged_set(key) if key else None
        names = services(self).exercise_names
        if logged is not None and key is not None:
            slot = session.slot(key)
            which = slot.label() if slot else ("warm-up" if logged.set_type == WARMUP else "set")
            title = f"{names.get(logged.exercise_id, logged.exercise_id)} - {which} (logged)"
            values = SetValues.of(logged, services(self).settings.units)

            def save(edited: SetValues | None) -> None:
                if edited is not None:
                    self.controller.change(lambda s: s.edit_set(logged.id, edited))
                    # Back to the next set, which the header names: `e` again edited the logged set.
                    self.query_one(WorkoutSets).back_to_next()

            await self._edit(values, title, logged.exercise_id, logged.hold_s is not None, save, can_log=False)
            return
        # A set further on, under the cursor, is the one the form is for; cancelled, the next set is back where it
        # was (it stayed the one further on, and the workout went on from there), and the cursor stays on the set
        # the user had picked, as a list's selection outlives a dialog closed on it.
        was_next = session.cursor
        if key is not None and key != was_next and session.slot(key) is not None:
            self.controller.change(lambda s: s.go_to(key), save_when_shown=True)
        slot = session.current_slot
        if self.controller.told_no_exercise_yet():
            return
        if slot is None:
            say(self, f"Every set is logged: move to a logged set to change it, or press {self.key('finish')} to "
                      "finish.")
            return
        name, doing, next_values = names.get(slot.exercise_id, slot.exercise_id), slot, self.controller.next_values()

        def titled(side: str | None, set_type: str) -> str:
            """As the workout names the set: with the side and the warm-up typed into the form."""
            return f"{name} - {doing.position_text(side, warm_up=set_type == WARMUP)}"

        def use(values: SetValues | None) -> None:
            if values is not None:
                self.controller.use_values(values)
            elif was_next is not None and self.session is not None and self.session.cursor != was_next:
                self.controller.change(lambda s: s.go_to(was_next), save_when_shown=True)
                self.query_one(WorkoutSets).move_to_set(key)

        await self._edit(next_values, titled(next_values.side, next_values.set_type), slot.exercise_id, slot.is_hold,
                         use, can_log=True, retitle=titled)

    async def _edit(self, values: SetValues, title: str, exercise_id: str, is_hold: bool,
                    done: Callable[[SetValues | None], None], *, can_log: bool, retitle: Retitle | None = None) -> None:
        """Show the set's form in the workout's place until it is used or cancelled. The form is this screen's own,
        built on the first `e` and kept: a dialog over the workout was styled again, field by field, on every `e`
        (most of the key's time), where showing a widget only lays the screen out. The first `e` waits for it to
        be built, and the keys typed with that `e` wait with it (the key acts in the app's turn): they go to its
        first field."""
        self._after_edit = done
        try:
            form = self.query_one(SetForm)
        except NoMatches:
            form = SetForm(values, title, is_hold, done=self._form_done, log_set=self._form_logged,
                           id="workout-set-form")
            form.display = False
            await self.mount(form, after="#workout-body")
        self.query_one("#workout-body").display = False
        form.show_set(values, title, is_hold, services(self).exercise_names.may_be_assisted(exercise_id),
                      fields=set_fields(values, services(self).catalogue.exercises.get(exercise_id)), can_log=can_log,
                      retitle=retitle)
        self.refresh_bindings()

    def _form_done(self, values: SetValues | None) -> None:
        done, self._after_edit = self._after_edit, None
        self._close_form()
        if done is not None:
            done(values)

    def _form_logged(self, values: SetValues) -> None:
        """Log set (ctrl+l) in the next set's form: that set logged with what was typed, at once, as Strong's tick
        logs a row. A hold timed elsewhere (a plank done with the phone in a pocket) is logged without its timer."""
        self._after_edit = None
        self._close_form()
        self.controller.log(values)

    def _close_form(self) -> None:
        self.query_one(SetForm).display = False
        self.query_one("#workout-body").display = True
        self.set_focus(self.query_one(WorkoutSets))  # now: a space typed with the ctrl+s logs the set
        self.refresh_bindings()

    def unsaved_changes(self) -> bool:
        """A set's values typed into its form, not used yet (the app asks before quitting over them)."""
        return any(form.changed() for form in self.query(SetForm))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "take_over":
            return self.session is None and self.controller.left_elsewhere is not None
        if action not in WORKOUT_ACTIONS:
            return True
        # While the set's form shows, the workout's keys are off (and out of the footer): the form's keys and the
        # app's remain, as they would over a dialog. With no workout in progress they are off too, and `A`, which
        # starts one, takes their place in the footer (words_now): on a phone, dimmed Log, Edit and Undo had filled
        # the line and left it out.
        if self._after_edit is not None:
            return False
        if self.session is None:  # one open in another window: r takes it over, and none starts here
            return action == "add_exercise" and self.controller.left_elsewhere is None
        return True

    def action_undo(self) -> None:
        session = self.session
        if session is None or not session.workout.sets:
            say(self, "Nothing to undo.")
            return
        self.controller.undo()

    def action_take_over(self) -> None:
        self.controller.offer_resume(asked=True)

    def action_rest(self, direction: int) -> None:
        if self.controller.told_no_exercise_yet():
            return
        self.controller.change(lambda s: s.adjust_rest(services(self).clock.now(), direction), save_when_shown=True)

    def action_skip_rest(self) -> None:
        self.controller.change(lambda s: s.skip_rest(), save_when_shown=True)

    def action_cancel_hold(self) -> None:
        if self.session and self.session.hold:
            self.controller.change(lambda s: s.cancel_hold(), save_when_shown=True)

    def action_skip_or_cancel(self) -> None:
        """`s` and the "Skip" target: skip a rest; while a hold runs (the target reads "Cancel"), cancel it. A phone's
        keyboard has no escape, and `s` answered "No rest is running" beside a target that read Cancel."""
        if self.session and self.session.hold:
            self.action_cancel_hold()
        else:
            self.action_skip_rest()

    def action_next_exercise(self) -> None:
        self._to_exercise(lambda session: session.next_exercise(), "No later exercise has sets left.")

    def _to_exercise(self, move: Callable[[WorkoutSession], bool], none_left: str) -> None:
        """`n` or `p`: on to another exercise, or say there is none (or why not now: a hold runs)."""
        if self.session is None or self.controller.told_no_exercise_yet():
            return
        moved: list[bool] = []
        if self.controller.change(lambda session: moved.append(move(session)), save_when_shown=True) and not moved[0]:
            say(self, none_left)

    def action_about(self, slot: Slot | None = None) -> None:
        """`i`, or a tap on the exercise's name: how to do it, over the workout (escape comes back, the rest runs on
        in the title line). A runner new to the routine met "Side plank with leg raise" with no way to read it."""
        from tui.screens.exercise_detail import open_exercise

        session, slot = self.session, slot or self._selected_slot()
        if session is not None and slot is not None:
            open_exercise(self, slot.exercise_id, session.routine.name, slot.entry, session.routine.format)

    def on_click(self, event: events.Click) -> None:
        if event.widget is not None and event.widget.id == "workout-exercise" and self.session is not None:
            self.action_about(self.session.current_slot)

    def action_previous_exercise(self) -> None:
        self._to_exercise(lambda session: session.previous_exercise(), "No earlier exercise has sets left.")



# The workout's own actions, each key's and tap's: off while the set's form shows.
WORKOUT_ACTIONS = {binding.action.split("(")[0] for binding in WorkoutScreen.BINDINGS if isinstance(binding, Binding)}


def make_screen() -> Screen:
    return WorkoutScreen()
