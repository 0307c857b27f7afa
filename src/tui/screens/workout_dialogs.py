"""The workout's modal for a workout left in progress: resume, finish or discard it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from tui.domain.counts import count
from tui.domain.input_limits import WORKOUT_NOTE
from tui.domain.printable import quoted
from tui.domain.workout.forms import WorkoutFormError, check_note
from tui.domain.workout.model import Workout
from tui.resources import screens_styles
from tui.screens.dialog import TextDialog
from tui.screens.key_hints import key_for
from tui.screens.one_field_dialog import OneFieldDialog, Refused
from tui.widgets.focus import focus_now
from tui.widgets.footer import Footer
from tui.widgets.note_field import NoteInput, note_from_field, note_in_field

if TYPE_CHECKING:
    from pendulum import DateTime

    from tui.domain.moments import Moment



CLOSED = "close"  # the resume offer's answer to esc


class ResumeScreen(TextDialog[str]):
    """A workout was left in progress: resume it (the default), finish it now, or discard it. One whose tracker
    state cannot be read (not resumable) can only be finished or discarded: its Resume is off."""

    CSS_PATH = screens_styles()

    ANSWERS = (("Resume", "resume"), ("Finish", "finish"), ("Discard", "discard"))  # each binding resume.answer
    BINDINGS = [
        Binding("r", "answer('resume')", "Resume", tooltip="Carry on where you left off", id="resume.resume"),
        # After a crash, closing the offer resumes. But a window open to look at History must not take the workout
        # from the phone logging it: with another window driving it, closing the offer leaves it there.
        Binding("escape", "close", "Close", show=False,
                tooltip="Resume, unless another window drives the workout: then leave it there", id="resume.close"),
        Binding("f", "answer('finish')", "Finish", tooltip="Save it to history as it is", id="resume.finish"),
        Binding("d", "answer('discard')", "Discard", tooltip="Throw it away (asks first)", id="resume.discard"),
    ]

    def __init__(self, describe: Callable[[], str], *, resumable: bool = True,
                 elsewhere: Callable[[], bool] = lambda: False) -> None:
        super().__init__()
        self.describe = describe  # the workout left in progress as it stands at this moment
        self.resumable = resumable  # False: its tracker state cannot be read; it can be finished or discarded
        self.elsewhere = elsewhere  # whether another window drives it now: then it may be left there

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Workout in progress", classes="dialog-title")
            yield Static(self.describe(), classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-buttons -four" if self.elsewhere() else "dialog-buttons"):
                # What esc does while another window drives the workout, as a button: a phone's keyboard has no
                # esc, and a second tab could only take the workout from the first, finish it or discard it. First:
                # on a phone's screen the buttons stack, and the last ones are scrolled to.
                leave = Button(f"Leave ({key_for(self, 'resume.close')})", id=CLOSED, compact=True)
                leave.display = self.elsewhere()
                yield leave
                for label, answer in self.ANSWERS:
                    yield Button(f"{label} ({key_for(self, f'resume.{answer}')})", id=answer,
                                 variant="primary" if answer == "resume" else "default", compact=True,
                                 disabled=answer == "resume" and not self.resumable)
        # Its own footer, with its own keys: the one of the screen underneath is rebuilt as this takes the focus
        # and may be caught half-drawn.
        yield Footer()

    def on_mount(self) -> None:
        focus_now(self.query_one("#resume" if self.resumable else "#finish", Button))
        self.set_interval(1, self._again)  # the rest's or the hold's time left counts down, as it runs meanwhile

    def show(self, describe: Callable[[], str], elsewhere: Callable[[], bool]) -> None:
        """The workout as it stands now (another window may be logging sets in it, or have let it go)."""
        self.describe, self.elsewhere = describe, elsewhere
        self._again()

    def _again(self) -> None:
        self.query_one(".dialog-text", Static).update(self.describe())
        self._show_leave()

    def _show_leave(self) -> None:
        elsewhere = self.elsewhere()
        self.query_one(f"#{CLOSED}", Button).display = elsewhere
        self.query_one(".dialog-buttons").set_class(elsewhere, "-four")  # closer together: Discard was cut off

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "answer" and parameters == ("resume",) and not self.resumable:
            return None  # shown dimmed, as its button
        return True

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)

    def action_close(self) -> None:
        self.dismiss(CLOSED)  # resumed, or left there: decided on the workout as it is then (ResumeOffer)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id)


def last_set_was(left_at: Moment, now: DateTime) -> str:
    """ "14 h 01 min ago, at Fri 04 Dec 16:30": when the last set of a workout left open was logged."""
    from tui.domain.workout.breakdown import duration_text

    return f"{duration_text(int((now - left_at.utc).total_seconds()))} ago, at {left_at.local:%a %d %b %H:%M}"


def describe_left_in_progress(workout: Workout, now: DateTime) -> str:
    """The resume offer's text: the workout left in progress, its sets, and where its rest stands."""
    from tui.domain.workout.timers import HoldTimer, RestTimer
    from tui.widgets.countdown import clock_text

    started = workout.started_at.local
    # Counted as the workout screen and the summary count them: "6 sets + 5 warm-ups", not "11 sets".
    logged = count(workout.working_sets, "set")
    if workout.warm_ups:
        logged += f" + {count(workout.warm_ups, 'warm-up')}"
    text = f"{quoted(workout.name)}, started {started:%a %d %b at %H:%M}, {logged} logged."
    rest, hold = workout.progress.get("rest"), workout.progress.get("hold")
    try:
        if hold:
            timer = HoldTimer.from_data(hold)
            if timer.done(now):
                # Logged as the offer is answered: "1 set logged ... it is logged" read as a count one short.
                return text + (f"\nIts {timer.target_s} s hold ended meanwhile: it will be logged, one set more, "
                               f"whether you resume or finish.")
            remaining = clock_text(timer.remaining_s(now))
            if timer.getting_ready(now):
                return text + f"\nGetting ready for a {timer.target_s} s hold: {remaining} left."
            # As `f` during a hold: finishing logs what was held (finished from here, the hold was dropped).
            held = timer.held_s(now)
            logs = f" Finishing logs the {held} s held." if held >= 1 else ""
            return text + f"\nHolding a {timer.target_s} s hold: {remaining} left.{logs}"
        if rest:
            left = RestTimer.from_data(rest).remaining_s(now)
            return text + (f"\nResting: {clock_text(left)} left." if left >= 0
                           else f"\nRest ran over by {clock_text(left)[1:]}.")
    except (KeyError, ValueError, TypeError, AttributeError, OverflowError):
        return text + f"\nIts {'hold' if hold else 'rest'} timer could not be read: it will be dropped."
    return text


class WorkoutNoteDialog(OneFieldDialog[str | None]):
    """The workout's own note, typed during it; dismisses with the note as it is kept, or None."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Keep the note as it was", id="workout_note.cancel"),
    ]
    FIELD_ID, PROBLEM_ID, CANCEL_ID = "workout-note", "workout-note-problem", "workout_note.cancel"
    FIELD_TYPE = NoteInput

    def __init__(self, note: str) -> None:
        super().__init__("Note for this workout", note_in_field(note), "Save note", max_length=WORKOUT_NOTE,
                         placeholder="e.g. new gym, felt slow", narrow=True)

    def read(self, text: str) -> str:
        try:
            return check_note(note_from_field(text))
        except WorkoutFormError as error:
            raise Refused(f"{error}.") from None
