"""The History screen (screen 4): past workouts, per-exercise progress charts, and personal records."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Header, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from tui.domain.progress import Metric, Session, sessions_by_exercise
from tui.domain.records import personal_records
from tui.domain.workout_breakdown import duration_text, lasted_s, volume, volume_text
from tui.resources import styles_dir
from tui.screens.workout_add import AddWorkoutScreen
from tui.screens.workout_detail import WorkoutDetailScreen, confirm_delete
from tui.screens.workout_edit import EditWorkoutScreen
from tui.store.day_index import IndexedWorkout, read_index
from tui.screens.store_calls import FAILED, WorkerFailuresShown, attempt
from tui.widgets.footer import Footer
from tui.widgets.plain import plain, plain_cells, say
from tui.widgets.progress_chart import ProgressChart

class HistoryScreen(WorkerFailuresShown, Screen):
    CSS_PATH = styles_dir() / "history.tcss"

    BINDINGS = [
        # A priority binding: the list's own `enter` would otherwise hide this key from the footer.
        Binding("enter", "open", "Open", priority=True, tooltip="Show the workout's sets", id="history.open"),
        Binding("e", "edit", "Edit", tooltip="Edit the workout under the cursor", id="history.edit"),
        Binding("d", "delete", "Delete", tooltip="Delete the workout under the cursor (asks first)",
                id="history.delete"),
        Binding("a", "add", "Add", tooltip="Add a workout you did not log live", id="history.add"),
        Binding("w", "tab('workouts')", "List", tooltip="The list of past workouts",
                id="history.workouts"),
        Binding("g", "tab('progress')", "Charts", tooltip="Progress charts per exercise", id="history.progress"),
        Binding("r", "tab('records')", "Records", tooltip="Personal records per exercise", id="history.records"),
        Binding("m", "next_metric", "Metric", tooltip="Chart the next measure: reps, load, hold, volume",
                id="history.next_metric"),
        # N, as in name: the same key in a workout's detail.
        Binding("N", "change_exercise", "Name", tooltip="Rename your own exercise under the cursor, or count it "
                "as one of the catalogue's", id="history.change_exercise"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[IndexedWorkout] = []  # newest first, as listed
        self.sessions: dict[str, list[Session]] = {}
        self.totals: dict[str, tuple[str, str]] = {}  # workout id: its duration and volume, as listed
        self.record_rows: list[str] = []  # the exercise of each row of the records table
        self.metric = Metric.BEST_REPS

    def compose(self) -> ComposeResult:
        yield Header()
        with TabbedContent(initial="workouts"):
            with TabPane("Workouts", id="workouts"):
                yield DataTable(id="history-list", cursor_type="row", zebra_stripes=True)
                yield Static("", id="history-empty", markup=False)
            with TabPane("Progress", id="progress"):
                with Horizontal():
                    yield OptionList(id="progress-exercises")
                    yield ProgressChart(id="progress-chart")
            with TabPane("Records", id="records"):
                yield DataTable(id="records-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    @property
    def names(self) -> Mapping[str, str]:
        return self.app.exercise_names  # the catalogue's names, and the custom exercises' an import brought

    def on_mount(self) -> None:
        self.sub_title = "History"
        workouts = self.query_one("#history-list", DataTable)
        for label in ("Date", "Time", "Workout", "Sets", "Duration", "Volume"):
            workouts.add_column(label, key=label.lower())
        self.query_one("#records-table", DataTable).add_columns("Exercise", "Record", "Best", "First reached")
        self.query_one("#history-list", DataTable).focus()  # arrows move through workouts straight away

    def on_screen_resume(self) -> None:
        # Back from a workout, an edit or another screen: the list and the charts may have changed.
        self.reload()

    def reload(self) -> None:
        self.summaries = list(reversed(read_index(self.app.store.data)))
        self._fill_list()
        self.query_one("#history-empty", Static).update(
            "" if self.summaries else "No workouts yet. Finish one on the Workout screen, or press a to add one."
        )
        self.load_progress()

    def _fill_list(self) -> None:
        table = self.query_one("#history-list", DataTable)
        row = table.cursor_row
        table.clear()
        for summary in self.summaries:
            started = summary.started_local
            # Duration and volume need the year files: the progress worker fills them in (show_totals).
            sets = str(summary.sets) + (f" +{summary.cardio} cardio" if summary.cardio else "")
            table.add_row(f"{started:%a %d %b %Y}", f"{started:%H:%M}", Text(summary.name), sets,
                          *self.totals.get(summary.id, ("", "")), key=summary.id)
        if self.summaries:
            table.move_cursor(row=min(row, len(self.summaries) - 1))

    @work(thread=True, exclusive=True, exit_on_error=False, group="history-progress",
          description="load your progress and records")
    def load_progress(self) -> None:
        # Every set of every year file: slow with years of history, so off the UI thread.
        settings = self.app.settings
        workouts = list(self.app.store.history.all())
        totals = {
            workout.id: (duration_text(lasted_s(workout)), volume_text(volume(workout, settings.units), settings.units))
            for workout in workouts
        }
        sessions = sessions_by_exercise(workouts, settings.units, settings.rollover_hour)
        self.app.call_from_thread(self.show_totals, totals)
        self.app.call_from_thread(self.show_progress, sessions)

    def show_totals(self, totals: dict[str, tuple[str, str]]) -> None:
        # The list is built again in one pass: a cell update re-measures its column, and 3,800 of them (ten
        # years of workouts) kept the screen from answering keys for many seconds.
        self.totals = totals
        self._fill_list()

    def show_progress(self, sessions: dict[str, list[Session]]) -> None:
        self.sessions = sessions
        names = self.names
        ordered = sorted(sessions, key=lambda exercise_id: names.get(exercise_id, exercise_id).lower())
        exercises = self.query_one("#progress-exercises", OptionList)
        highlighted = exercises.highlighted_option.id if exercises.highlighted_option else None
        exercises.clear_options()
        exercises.add_options(Option(plain(names.get(exercise_id, exercise_id)), id=exercise_id)
                              for exercise_id in ordered)
        if ordered:
            exercises.highlighted = ordered.index(highlighted) if highlighted in ordered else 0
        self.draw_chart()
        records = self.query_one("#records-table", DataTable)
        records.clear()
        self.record_rows = []  # the exercise of each row
        units = self.app.settings.units
        for exercise_id in ordered:
            found = personal_records(sessions[exercise_id])
            # One row per record; the exercise is named on its first row only, so the groups read as a list.
            for number, record in enumerate(found.values()):
                self.record_rows.append(exercise_id)
                records.add_row(*plain_cells(names.get(exercise_id, exercise_id) if number == 0 else "",
                                             str(record.kind), record.text(units), f"{record.day:%a %d %b %Y}"))

    def draw_chart(self) -> None:
        exercises = self.query_one("#progress-exercises", OptionList)
        chart = self.query_one(ProgressChart)
        option = exercises.highlighted_option
        if option is None:
            chart.show("", [], self.metric, self.app.settings.units)
            return
        chart.show(str(option.prompt), self.sessions.get(option.id, []), self.metric, self.app.settings.units)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.draw_chart()

    def action_next_metric(self) -> None:
        self.metric = self.metric.next()
        self.query_one(TabbedContent).active = "progress"
        self.draw_chart()

    def action_change_exercise(self) -> None:
        from tui.screens.custom_exercise import change_custom_exercise

        tab = self.query_one(TabbedContent).active
        exercise_id = None
        if tab == "progress":
            option = self.query_one("#progress-exercises", OptionList).highlighted_option
            exercise_id = option.id if option else None
        elif tab == "records":
            exercise_id = self._record_exercise()
        if exercise_id is None:
            say(self, "Put the cursor on an exercise first: in Charts (g) or Records (r), or in a workout's sets "
                      "(enter).", severity="warning")
            return
        change_custom_exercise(self, exercise_id, self.reload)

    def _record_exercise(self) -> str | None:
        table = self.query_one("#records-table", DataTable)
        if not table.row_count:
            return None
        return self.record_rows[min(table.cursor_row, len(self.record_rows) - 1)]

    def action_tab(self, tab: str) -> None:
        self.query_one(TabbedContent).active = tab
        focus = {"workouts": "#history-list", "progress": "#progress-exercises", "records": "#records-table"}[tab]
        self.query_one(focus).focus()

    def selected(self) -> IndexedWorkout | None:
        table = self.query_one("#history-list", DataTable)
        if not self.summaries or self.query_one(TabbedContent).active != "workouts":
            return None
        return self.summaries[min(table.cursor_row, len(self.summaries) - 1)]

    def _selected_workout(self):
        summary = self.selected()
        if summary is None:
            say(self, "Pick a workout in the list first.", severity="warning")
            return None
        workout = self.app.store.history.get(summary.id)
        if workout is None:
            say(self, "That workout is no longer in your history (deleted elsewhere?).", severity="warning")
            self.reload()
        return workout

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "history-list":
            event.stop()
            self.action_open()

    def action_open(self) -> None:
        if self.query_one(TabbedContent).active != "workouts":
            return
        workout = self._selected_workout()
        if workout is not None:
            self.app.push_screen(WorkoutDetailScreen(workout, self.names))

    def action_edit(self) -> None:
        workout = self._selected_workout()
        if workout is not None:
            self.app.push_screen(EditWorkoutScreen(workout, self.app.catalogue, self.names))

    def action_delete(self) -> None:
        workout = self._selected_workout()
        if workout is None:
            return

        def answered(delete: bool | None) -> None:
            if delete and attempt(self, lambda: self.app.store.history.delete(workout.id), "delete the workout",
                                  kept="It is still in your history.") is not FAILED:
                say(self, f"Deleted '{workout.name}'.", title="History")
                self.reload()

        self.app.push_screen(confirm_delete(workout), answered)

    def action_add(self) -> None:
        self.app.push_screen(AddWorkoutScreen(self.app.all_routines(), self.app.catalogue, self.names))


def make_screen() -> Screen:
    return HistoryScreen()
