"""The finish summary: what the workout added up to at once, its personal records a moment later."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Static

from tui.domain.counts import count
from tui.domain.progress.progression import Summary, summarise
from tui.domain.progress.records import Record
from tui.domain.units import tenths, volume_number
from tui.domain.workout.breakdown import by_exercise, duration_text, hold_time_text, set_volume, volume_text
from tui.domain.workout.model import NORMAL, WARMUP, LoggedSet, Workout
from tui.resources import screens_styles
from tui.screens.dialog import TextDialog
from tui.screens.key_hints import key_for
from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS, brief_reason
from tui.screens.workout_again import routine_done
from tui.widgets.footer import Footer
from tui.widgets.hanging import HangingLines
from tui.widgets.plain import withdraw_notes

if TYPE_CHECKING:
    from textual.app import App

    from tui.domain.catalogue.custom_exercises import ExerciseNameBook
    from tui.domain.catalogue.model import Routine
    from tui.domain.progress.record_bests import Bests


def show_summary(app: App[object], finished: Workout) -> None:
    """The totals and, when the kept records are up to date (as the workout's start made them), the personal
    records at once; otherwise the records, which then need the whole history, off the UI thread a moment later."""
    from tui.domain.progress.record_bests import records_against  # with the finish, not at start-up

    found = services(app)
    names = found.exercise_names

    routine = routine_done(app, finished)

    def records_now(bests: Bests) -> str:
        # Against the kept bests, not ten years of year files: the same records, in a fraction of a millisecond.
        return records_text(records_against(finished, bests, found.settings.units, names.bodyweight), names,
                            by_exercise(finished, routine))

    bests = found.store.history.kept_bests_if_current()
    text = summary_text(summarise(finished, found.settings.units), finished, names, routine)
    screen = SummaryScreen(finished.name, text, records=None if bests is None else records_now(bests))
    withdraw_notes(app)  # "New record" sat over the summary's border; the summary lists every record again
    app.push_screen(screen)
    def find_records() -> None:
        try:
            text = records_now(found.store.history.kept_bests())
        except STORE_FAULTS as error:
            # Said in the summary too: "looking through your history..." stayed there after the note of why.
            app.call_from_thread(screen.show_records, f"Personal records: not found ({brief_reason(error)}).")
            raise  # the app says why, as of every work that fails (WorkerFailuresShown)
        app.call_from_thread(screen.show_records, text)

    if bests is None:
        app.run_worker(find_records, thread=True, group="summary", exit_on_error=False,
                       description="find this workout's personal records")


def summary_text(summary: Summary, workout: Workout, names: ExerciseNameBook, routine: Routine | None = None) -> str:
    """Totals, then one line per exercise (in the workout's order: by_exercise) with every set (RPE and set type
    where logged)."""
    from tui.widgets.workout_sets import set_text, sets_text

    def exercise_sets_text(sets: tuple[LoggedSet, ...], bodyweight: bool) -> str:
        """The working sets, then the warm-ups apart, as the totals and History count them: "2 x 8 reps @ 40 kg +
        1 warm-up (10 reps @ 20 kg)". (It read "2 sets + 1 warm-up, 10 reps @ 20 kg, warm-up · 8 reps @ 40 kg · 8
        reps @ 40 kg": which figure went with which took a second look.)"""
        working = tuple(s for s in sets if s.set_type != WARMUP)
        warm_ups = tuple(replace(s, set_type=NORMAL) for s in sets if s.set_type == WARMUP)  # said once, before them
        text = working_sets_text(working, bodyweight) if working else ""
        if warm_ups:
            told = f"{count(len(warm_ups), 'warm-up')} ({sets_text(warm_ups, bodyweight=bodyweight)})"
            text = f"{text} + {told}" if text else told
        return text

    def working_sets_text(sets: tuple[LoggedSet, ...], bodyweight: bool) -> str:
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
        return f"{count(len(sets), 'set')}, {sets_text(sets, bodyweight=bodyweight)}"

    # Reps and volume count every set, warm-ups too (as History's volume does): the reps say how many were theirs.
    warm_up_reps = sum(s.reps or 0 for s in workout.sets if s.set_type == WARMUP)
    warm_up_volume = tenths(sum(set_volume(s, summary.unit) for s in workout.sets if s.set_type == WARMUP))
    # Reps, hold time and volume only where the workout had some: a stretching session read "Volume 0 lb".
    lines = [
        f"Duration   {duration_text(int(summary.duration.total_seconds()))}",
        f"Sets       {summary.sets}" + (f" + {count(summary.warm_ups, 'warm-up')}" if summary.warm_ups else ""),
        *([f"Reps       {summary.reps}" + (f" ({warm_up_reps} in warm-ups)" if warm_up_reps else "")]
          if summary.reps else []),
        *([f"Hold time  {hold_time_text(summary.hold_s)}"] if summary.hold_s else []),
        *([f"Volume     {volume_text(summary.volume, summary.unit)}"  # as History
           + (f" ({volume_number(warm_up_volume)} in warm-ups)" if warm_up_volume else "")] if summary.volume else []),
    ]
    done = by_exercise(workout, routine)
    if done:
        lines += ["", "Exercises"]
        for exercise_id, sets in done.items():
            sets_read = exercise_sets_text(tuple(sets), names.is_bodyweight(exercise_id))
            lines.append(f"  {names.get(exercise_id, exercise_id)}: {sets_read}")
    if workout.note:
        lines += ["", f"Note: {workout.note}"]
    return "\n".join(lines)


def records_text(records: Sequence[Record], names: Mapping[str, str], order: Iterable[str] = ()) -> str:
    """The records, by exercise in `order` (the workout's, as its exercises are listed above them: they came as
    first logged, Pull-up before the Overhead press listed first)."""
    if not records:
        return "No personal records this time."
    place = {exercise_id: index for index, exercise_id in enumerate(order)}
    lines = ["Personal records"]
    for record in sorted(records, key=lambda record: place.get(record.exercise_id, len(place))):
        name = names.get(record.exercise_id, record.exercise_id)
        lines.append(f"  {name}: {record.kind.value} {record.text()}")
    return "\n".join(lines)


CHECKING_RECORDS = "Personal records: looking through your history..."




class SummaryScreen(TextDialog[None]):
    """What the finished workout added up to."""

    CSS_PATH = screens_styles()
    OPENS_AT_TITLE = True

    BINDINGS = [
        Binding("escape,enter,space", "close", "Close", tooltip="Back to the app", id="summary.close"),
    ]

    def __init__(self, name: str, text: str, records: str | None = None) -> None:
        super().__init__()
        self.workout_name, self.text, self.records = name, text, records

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(f"Finished: {self.workout_name}", classes="dialog-title", markup=False)
            yield Static(HangingLines(self.text), classes="dialog-text", id="summary")
            # Records shown a moment later when they need the whole history (see show_summary).
            yield Static(HangingLines(self.records or CHECKING_RECORDS), classes="dialog-text", id="summary-records")
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"Close ({key_for(self, 'summary.close')})", variant="primary", id="close", compact=True)
        yield Footer()  # its own keys, not the finished workout's behind it

    def show_records(self, text: str) -> None:
        for records in self.query("#summary-records").results(Static):  # none once the summary was closed
            records.update(HangingLines(text))

    def action_close(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self) -> None:
        self.dismiss(None)
