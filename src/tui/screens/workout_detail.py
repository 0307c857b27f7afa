"""One past workout and its sets, opened from History; `e` edits it, `s` does it again, `R` saves it as a routine,
`d` deletes it.

The page follows the workout as stored: edited or deleted in another window, or from the Calendar (whose day list
opens this page in the Calendar's own stack), it shows the edit, or says the workout was deleted and closes, as
soon as it is in view again. Before, it went on showing a workout that was gone until the user left it.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static

from tui.domain.catalogue.custom_exercise_changes import why_unchangeable
from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.catalogue.model import Routine
from tui.domain.counts import sets_and_cardio
from tui.domain.printable import quoted
from tui.domain.progress.records import Record, records_set_by
from tui.domain.streaks.weeks import day_of
from tui.domain.workout.breakdown import by_exercise, duration_text, lasted_s, per_exercise, sets_as_listed, supersets
from tui.domain.workout.model import LoggedSet, Workout
from tui.resources import styles_dir
from tui.screens.confirm import ConfirmScreen
from tui.screens.plain_commands import Command, PlainCommands
from tui.screens.services import services
from tui.screens.store_calls import FAILED, attempt
from tui.screens.week_without_freeze import freeze_kept_off
from tui.screens.workout_again import do_again, routine_done, save_as_routine
from tui.screens.workout_edit import EditWorkoutScreen
from tui.screens.workout_summary import records_text
from tui.widgets.footer import Footer
from tui.widgets.hanging import HangingLines
from tui.widgets.plain import say
from tui.widgets.sets_table import SetsTable
from tui.widgets.title_bar import TitleBar

# A name longer than the app lets one be typed (an import's, a hand edit's) is cut here: 5,000 characters filled a
# phone's page, the sets under it out of sight. The list and the forms have it whole.
LONGEST_HEADING_NAME = 160


def workout_heading(workout: Workout, rollover_hour: int) -> str:
    """The page's fixed lines: the name, when and how long, the day it counts for. Its note is read with the
    breakdown, which scrolls: a note of 500 characters took 13 of a phone's 20 lines."""
    started = workout.started_at.local
    name = workout.name if len(workout.name) <= LONGEST_HEADING_NAME else workout.name[:LONGEST_HEADING_NAME] + "…"
    lines = [name, f"{started:%A %d %B %Y, %H:%M} ({workout.started_at.zone})"]
    lasted = lasted_s(workout)
    if lasted is not None:
        lines[-1] += f", {duration_text(lasted)}"
    # The working sets, as History lists them and the calendar counts them.
    lines[-1] += f", {sets_and_cardio(workout.working_sets, len(workout.cardio_entries), workout.warm_ups)}"
    day = day_of(workout, rollover_hour)
    if day != started.date():  # as History lists it and the Calendar counts it: a record opened here is dated so
        lines.append(f"Counts for {day:%A %d %B %Y}: your days roll over at {rollover_hour:02d}:00.")
    return "\n".join(lines)


def confirm_delete(workout: Workout) -> ConfirmScreen:
    """The question asked before a finished workout is deleted for good."""
    started = workout.started_at.local
    # Counted as its heading counts them ("Its 1 logged sets" was said of one).
    logged = sets_and_cardio(workout.working_sets, len(workout.cardio_entries), workout.warm_ups)
    return ConfirmScreen(
        f"Delete {quoted(workout.name)} of {started:%a %d %b %Y, %H:%M}?",
        yes="Delete", no="Keep",
        detail=f"Everything logged in it goes with it ({logged}), and this cannot be undone.",
    )


class WorkoutDetailCommands(PlainCommands):
    """The page's keys the footer of a phone has no room for, in the palette (a tap on ≡)."""

    def commands(self) -> Iterable[Command]:
        page = self.screen
        if isinstance(page, WorkoutDetailScreen):
            yield "Do this workout again", page.action_again, "Its exercises and sets, as it was done"
            yield "Save this workout as a routine", page.action_save_routine, "Your own, named and checked first"
            yield "Delete this workout", page.action_delete, "Asks first"


class WorkoutDetailScreen(Screen):
    CSS_PATH = styles_dir() / "history.tcss"
    COMMANDS = {WorkoutDetailCommands}

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", tooltip="Back to the list of workouts", id="workout_detail.back"),
        # e and N open a form: priority, so that what is typed with them goes there (keys_in_order.py).
        Binding("e", "edit", "Edit", tooltip="Change the name, the note or the sets' values", id="workout_detail.edit",
                priority=True),
        # Before Delete: a phone's footer, too narrow for all of them, drops the last ones first.
        Binding("s", "again", "Do again", tooltip="Start a workout of the same exercises and sets, as it was done",
                id="workout_detail.again"),
        Binding("d", "delete", "Delete", tooltip="Delete this workout (asks first)", id="workout_detail.delete"),
        Binding("R", "save_routine", "As routine",
                tooltip="Make it a routine of your own, to start from Routines (named and checked first)",
                id="workout_detail.save_routine"),
        Binding("N", "change_exercise", "Name", tooltip="Rename your own exercise of the set under the cursor, "
                "or count it as one of the catalogue's", id="workout_detail.change_exercise", priority=True),
    ]

    def __init__(self, workout: Workout, exercise_names: ExerciseNameBook) -> None:
        super().__init__()
        self.workout = workout
        self.names = exercise_names
        self._history_seen: object = None  # HistoryRepo.version() when the workout was last read
        self._shown_in = ""  # the units its volumes and records are shown in
        self._routine: Routine | None = None  # the routine it was done from, if it still exists
        self._sets: tuple[LoggedSet, ...] = ()  # its sets as the table lists them (show)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Static("", id="detail-heading", markup=False)
        yield SetsTable(id="detail-sets")
        # Scrolls, and takes the focus (tab): a workout's records ran past its few rows, out of reach.
        with VerticalScroll(id="detail-summary"):
            yield Static("", id="detail-breakdown", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "History"
        self._history_seen = services(self).store.history.version()
        self.show(self.workout)

    def on_screen_resume(self) -> None:  # back from a form, Settings, or another screen (the Calendar)
        self.follow_settings()
        self.follow_history()

    def on_settings_changed(self) -> None:  # saved in another window
        self.follow_settings()

    def follow_settings(self) -> None:
        """Volumes and records in the units set now: a page open as the units changed kept kg until reopened."""
        if self._shown_in != services(self).settings.units:
            self.show(self.workout)

    def on_history_may_have_changed(self) -> None:  # another window saved (store/file_watch.py)
        self.follow_history()

    def follow_history(self) -> None:
        """Show the workout as stored now, or close the page if it was deleted; only when the history changed since
        it was last read (a few stat calls), and only in view: under a form or a dialog the page waits for them to
        close (closing it then would close them instead)."""
        history = services(self).store.history
        if self.app.screen is not self:
            return
        kept = "The page shows the workout as it was."
        version = attempt(self, history.version, "read your history", kept=kept, title="Not loaded")
        if version is FAILED or version == self._history_seen:
            return
        stored = attempt(self, lambda: history.get(self.workout.id), "read the workout again", kept=kept,
                         title="Not loaded")
        if stored is FAILED:
            return
        self._history_seen = version
        if stored is None:
            say(self, f"{quoted(self.workout.name)} was deleted (in another window, or from the Calendar): it is "
                      f"no longer in your history.", title="History", severity="warning", timeout=10)
            self.dismiss()
        elif stored != self.workout:
            self.show(stored)

    def show(self, workout: Workout) -> None:
        self.workout = workout
        self._shown_in = services(self).settings.units
        heading = workout_heading(workout, services(self).settings.rollover_hour)
        self.query_one("#detail-heading", Static).update(heading)
        # In the workout's order, as the lines under them (the table read in the order logged: an exercise done
        # out of order came first above lines that had it in its place).
        self._routine = routine_done(self, workout)
        self._sets = sets_as_listed(workout, self._routine)
        self.query_one(SetsTable).show(self._sets, self.names, units=services(self).settings.units)
        self.refresh_bindings()  # the set under the cursor may be of another exercise now
        self.show_breakdown([])
        self.find_records(workout)

    def show_breakdown(self, records: list[Record]) -> None:
        if not self.is_attached:  # closed before the records were worked out
            return
        units = services(self).settings.units
        lines = [f"Note: {self.workout.note}", ""] if self.workout.note else []
        lines += [f"{self.names.get(line.exercise_id, line.exercise_id)}: {line.text(units)}"
                  for line in per_exercise(self.workout, units, self._routine)]
        lines.extend(f"Superset {letter}: {' + '.join(self.names.get(e, e) for e in exercises)}"
                     for letter, exercises in supersets(self.workout))
        if records:  # as the finish listed them
            lines += ["", records_text(records, self.names, by_exercise(self.workout, self._routine))]
        self.query_one("#detail-breakdown", Static).update(HangingLines("\n".join(lines)))

    @work(thread=True, exclusive=True, exit_on_error=False, group="detail-records")
    def find_records(self, workout: Workout) -> None:
        # From the kept record history (a ten-year scan of the earlier workouts took a second), else measured
        # against every earlier workout; either may read years of files, so off the UI thread.
        from tui.domain.progress.record_history import records_at_the_time

        history, units = services(self).store.history, services(self).settings.units
        found = records_at_the_time(workout, history.record_history(), units, self.names.bodyweight)
        if found is None:  # not in the year files as the history was read: changed meanwhile
            found = records_set_by(workout, history.started_before(workout), units, self.names.bodyweight)
        self.app.call_from_thread(self.show_breakdown, found)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Name only on a set of your own exercise: on one of ours it could only say so.
        if action == "change_exercise" and self.is_mounted:
            exercise_id = self._exercise_under_cursor()
            return exercise_id is not None and why_unchangeable(exercise_id, services(self).exercise_names) is None
        return True

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.refresh_bindings()  # Name, on your own exercises only

    def _exercise_under_cursor(self) -> str | None:
        if not self._sets:
            return None
        return self._sets[min(self.query_one(SetsTable).cursor_row, len(self._sets) - 1)].exercise_id

    def action_change_exercise(self) -> None:
        from tui.screens.custom_exercise import change_custom_exercise

        exercise_id = self._exercise_under_cursor()
        if exercise_id is None:
            return

        def changed() -> None:
            self.names = services(self).exercise_names
            self.show(services(self).store.history.get(self.workout.id) or self.workout)

        change_custom_exercise(self, exercise_id, changed)

    def action_edit(self) -> None:
        def edited(workout: Workout | None) -> None:
            if workout is not None:
                self.show(workout)

        self.app.push_screen(EditWorkoutScreen(self.workout, services(self).catalogue, self.names), edited)

    def action_again(self) -> None:
        do_again(self, self.workout)

    def action_save_routine(self) -> None:
        save_as_routine(self, self.workout)

    def action_delete(self) -> None:
        def answered(delete: bool | None) -> None:
            if delete and attempt(self, lambda: services(self).store.history.delete(self.workout.id),
                                  "delete the workout", kept="It is still in your history.") is not FAILED:
                kept_off = freeze_kept_off(self, self.workout)
                say(self, f"Deleted {quoted(self.workout.name)}. {kept_off}".rstrip(), title="History")
                self.app.pop_screen()

        self.app.push_screen(confirm_delete(self.workout), answered)
