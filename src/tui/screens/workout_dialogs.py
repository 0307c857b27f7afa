"""The workout's modals: resume after an interruption, confirm, and the finish summary."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Label, Static

from tui.domain.progress.progression import Summary
from tui.domain.progress.records import Record
from tui.domain.transfer.data import count
from tui.domain.workout.breakdown import duration_text, volume_text
from tui.domain.workout.model import LoggedSet, Workout
from tui.resources import screens_styles
from tui.screens.dialog import TextDialog
from tui.screens.key_hints import key_for
from tui.widgets.focus import focus_now
from tui.widgets.footer import Footer
from tui.widgets.hanging import HangingLines

if TYPE_CHECKING:
    from pendulum import DateTime

    from tui.domain.catalogue.custom_exercises import ExerciseNameBook


class ResumeScreen(TextDialog[str]):
    """A workout was left in progress: resume it (the default), finish it now, or discard it."""

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

    def __init__(self, describe: Callable[[], str], driven_elsewhere: Callable[[], bool]) -> None:
        super().__init__()
        self.describe = describe  # the workout left in progress as it stands at this moment
        self.driven_elsewhere = driven_elsewhere

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Workout in progress", classes="dialog-title")
            yield Static(self.describe(), classes="dialog-text", markup=False)
            with Horizontal(classes="dialog-buttons"):
                for label, answer in self.ANSWERS:
                    yield Button(f"{label} ({key_for(self, f'resume.{answer}')})", id=answer,
                                 variant="primary" if answer == "resume" else "default", compact=True)
        # Its own footer, with its own keys: the one of the screen underneath is rebuilt as this takes the focus
        # and may be caught half-drawn.
        yield Footer()

    def on_mount(self) -> None:
        focus_now(self.query_one("#resume", Button))
        self.set_interval(1, self._again)  # the rest's or the hold's time left counts down, as it runs meanwhile

    def show(self, describe: Callable[[], str]) -> None:
        """The workout as it stands now (another window may be logging sets in it)."""
        self.describe = describe
        self._again()

    def _again(self) -> None:
        self.query_one(".dialog-text", Static).update(self.describe())

    def action_answer(self, answer: str) -> None:
        self.dismiss(answer)

    def action_close(self) -> None:
        self.dismiss(None if self.driven_elsewhere() else "resume")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id)


def summary_text(summary: Summary, workout: Workout, names: ExerciseNameBook) -> str:
    """Totals, then one line per exercise with every set (RPE and set type where logged)."""
    from tui.widgets.workout_sets import set_text, sets_text

    def exercise_sets_text(sets: tuple[LoggedSet, ...], bodyweight: bool) -> str:
        """ "3 x 8 reps @ 40 kg" when every set was the same ("3 x 14 reps each side" when each side's were), else
        each set: "2 sets, 10 · 8 reps"."""
        described = {set_text(s, bodyweight=bodyweight) for s in sets}
        if len(sets) > 1 and len(described) == 1:
            return f"{len(sets)} x {described.pop()}"
        sides = [s.side for s in sets]
        if sides.count("L") == sides.count("R") == len(sets) // 2 > 0:
            described = {set_text(s, bodyweight=bodyweight, side=False) for s in sets}
            if len(described) == 1:
                return f"{len(sets) // 2} x {described.pop()} each side"
        return f"{len(sets)} set{'s' if len(sets) != 1 else ''}, {sets_text(sets, bodyweight=bodyweight)}"

    # Reps, hold time and volume only where the workout had some: a stretching session read "Volume 0 lb".
    lines = [
        f"Duration   {duration_text(int(summary.duration.total_seconds()))}",
        f"Sets       {summary.sets}" + (f" + {count(summary.warm_ups, 'warm-up')}" if summary.warm_ups else ""),
        *([f"Reps       {summary.reps}"] if summary.reps else []),
        *([f"Hold time  {summary.hold_s} s"] if summary.hold_s else []),
        *([f"Volume     {volume_text(summary.volume, summary.unit)}"] if summary.volume else []),  # as History
    ]
    by_exercise: dict[str, list[LoggedSet]] = {}
    for logged in workout.sets:
        by_exercise.setdefault(logged.exercise_id, []).append(logged)
    if by_exercise:
        lines += ["", "Exercises"]
        for exercise_id, sets in by_exercise.items():
            sets_read = exercise_sets_text(tuple(sets), names.is_bodyweight(exercise_id))
            lines.append(f"  {names.get(exercise_id, exercise_id)}: {sets_read}")
    return "\n".join(lines)


def records_text(records: Sequence[Record], names: Mapping[str, str]) -> str:
    if not records:
        return "No personal records this time."
    lines = ["Personal records"]
    for record in records:
        name = names.get(record.exercise_id, record.exercise_id)
        lines.append(f"  {name}: {record.kind.value} {record.text()}")
    return "\n".join(lines)


CHECKING_RECORDS = "Personal records: looking through your history..."


def describe_left_in_progress(workout: Workout, now: DateTime) -> str:
    """The resume offer's text: the workout left in progress, its sets, and where its rest stands."""
    from tui.domain.workout.timers import HoldTimer, RestTimer
    from tui.widgets.countdown import clock_text

    started = workout.started_at.local
    count = len(workout.sets)
    text = f"'{workout.name}', started {started:%a %d %b at %H:%M}, {count} set{'s' if count != 1 else ''} logged."
    rest, hold = workout.progress.get("rest"), workout.progress.get("hold")
    try:
        if hold:
            timer = HoldTimer.from_data(hold)
            if timer.done(now):
                return text + (f"\nIts {timer.target_s} s hold ended meanwhile: it is logged, whether you resume "
                               f"or finish.")
            phase = "Getting ready for" if timer.getting_ready(now) else "Holding"
            return text + f"\n{phase} a {timer.target_s} s hold: {clock_text(timer.remaining_s(now))} left."
        if rest:
            left = RestTimer.from_data(rest).remaining_s(now)
            return text + (f"\nResting: {clock_text(left)} left." if left >= 0
                           else f"\nRest ran over by {clock_text(left)[1:]}.")
    except (KeyError, ValueError, TypeError, AttributeError, OverflowError):
        return text + f"\nIts {'hold' if hold else 'rest'} timer could not be read: it will be dropped."
    return text


class SummaryScreen(TextDialog[None]):
    """What the finished workout added up to."""

    CSS_PATH = screens_styles()

    BINDINGS = [
        Binding("escape,enter,space", "close", "Close", tooltip="Back to the app", id="summary.close"),
    ]

    def __init__(self, name: str, text: str) -> None:
        super().__init__()
        self.workout_name, self.text = name, text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"Finished: {self.workout_name}", classes="dialog-title", markup=False)
            yield Static(HangingLines(self.text), classes="dialog-text", id="summary")
            # The totals show at once; records need the whole history, and arrive a moment later.
            yield Static(HangingLines(CHECKING_RECORDS), classes="dialog-text", id="summary-records")
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"Close ({key_for(self, 'summary.close')})", variant="primary", id="close", compact=True)
        yield Footer()  # its own keys, not the finished workout's behind it

    def on_screen_resume(self) -> None:
        # On a phone's 40x20 the summary is taller than the screen: it opens at its title, not scrolled down to
        # the focused Close button (enter, escape and space close it wherever it is scrolled).
        self.call_after_refresh(self.query_one(".dialog").scroll_home, animate=False)

    def show_records(self, text: str) -> None:
        for records in self.query("#summary-records").results(Static):  # none once the summary was closed
            records.update(HangingLines(text))

    def action_close(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self) -> None:
        self.dismiss(None)
