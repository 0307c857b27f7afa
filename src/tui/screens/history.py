"""The History screen (screen 4): past workouts, per-exercise progress charts, and personal records.

Quick with ten years of workouts: the list comes from the per-day index alone (durations and volumes included)
and only a window of it has rows (widgets/workout_list.py); records come from the kept bests; only the charts read
every year file, in a worker, when their tab is first opened, and again only after the history changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option, OptionDoesNotExist
from textual.worker import Worker, WorkerState

from tui.domain.catalogue.custom_exercise_changes import why_unchangeable
from tui.domain.catalogue.custom_exercises import ExerciseNameBook
from tui.domain.printable import quoted
from tui.domain.progress.metrics import Metric, Session, charted
from tui.domain.progress.record_bests import Bests
from tui.domain.progress.records import CHARTED_AS, PersonalRecord, RecordKind
from tui.resources import styles_dir
from tui.screens.key_hints import key_for
from tui.screens.plain_commands import Command, PlainCommands
from tui.screens.services import services
from tui.screens.side_pane import SidePane
from tui.screens.store_calls import FAILED, WorkerFailuresShown, attempt
from tui.screens.workout_again import do_again, save_as_routine
from tui.screens.your_records import personal_records
from tui.store.day_index import IndexedWorkout
from tui.widgets.focus import focus_if_shown, focus_now
from tui.widgets.footer import Footer
from tui.widgets.option_lists import SqueezableOptionList
from tui.widgets.plain import plain, say
from tui.widgets.progress_chart import ProgressChart
from tui.widgets.records_table import RecordsTable
from tui.widgets.title_bar import TitleBar
from tui.widgets.workout_list import PAGE, WorkoutList, measure_wide

if TYPE_CHECKING:
    from tui.domain.settings import Settings
    from tui.domain.workout.model import Workout

# Under 80 columns (a phone's terminal among them): fewer columns, each row two lines or more, nothing that needs
# sideways scrolling.
NARROW_BELOW = 80
# What the tabs say to a new user, where the Workouts tab says "No workouts yet".
NO_RECORDS = ("No records yet. Each exercise's best reps, load, hold and set volume are listed here from your first "
              "finished workout on.")
NOTHING_TO_CHART = "Nothing to chart yet. Each exercise you log sets of is charted here, workout by workout."
# The tabs each of the screen's keys acts on; on the others it is left out of the footer (and does nothing), where
# it could only say "pick a workout first". A tab's own key acts on the other tabs (see check_action); `a` (add a
# workout) on every tab.
ACTS_ON = {
    "open": {"workouts"}, "edit": {"workouts"}, "delete": {"workouts"}, "again": {"workouts"},
    "save_routine": {"workouts"},
    "next_metric": {"progress"},
    "change_exercise": {"progress", "records"},
}


class HistoryCommands(PlainCommands):
    """The screen's keys a phone's footer has no room for, in the palette (a tap on ≡): "rec" found nothing."""

    def commands(self) -> Iterable[Command]:
        history = self.screen
        if isinstance(history, HistoryScreen):
            yield "Show your past workouts", lambda: history.action_tab("workouts"), "History's list"
            yield "Show the progress charts", lambda: history.action_tab("progress"), "One chart per exercise"
            yield "Show your personal records", lambda: history.action_tab("records"), "Per exercise"
            if history.check_action("next_metric", ()):  # a phone's footer has no room for m: loads went unseen
                yield "Chart the next measure", history.action_next_metric, "Reps, load, hold, volume"
            # A phone's way to either end of years of workouts: a tap on the scrollbar pages, a page of them at a time.
            yield "Go to your first workout", lambda: history.go_to_end(oldest=True), "The list's end"
            yield "Go to your newest workout", lambda: history.go_to_end(oldest=False), "The list's top"
            yield "Add a past workout", history.action_add, "One you did not log live"
            yield "Do the workout under the cursor again", history.action_again, "Its exercises and sets, as done"
            yield "Save the workout under the cursor as a routine", history.action_save_routine, "Named first"


class HistoryScreen(WorkerFailuresShown, Screen):
    CSS_PATH = styles_dir() / "history.tcss"
    COMMANDS = {HistoryCommands}

    BINDINGS = [
        # A priority binding: the list's own `enter` would otherwise hide this key from the footer.
        Binding("enter", "open", "Open", priority=True, tooltip="Show the workout's sets", id="history.open"),
        # Priority too, opening their forms in the app's turn: the keys typed with them wait for the form's first
        # field (keys_in_order.py) instead of going to the list ("e" and a new name typed at once).
        Binding("e", "edit", "Edit", tooltip="Edit the workout under the cursor", id="history.edit", priority=True),
        Binding("d", "delete", "Delete", tooltip="Delete the workout under the cursor (asks first)",
                id="history.delete"),
        Binding("a", "add", "Add", tooltip="Add a workout you did not log live", id="history.add", priority=True),
        # As on a workout's page (Strong's "Perform again" and "Save as template" are on its history card too), out
        # of the footer, whose room the tabs' keys need: ? and the palette list them.
        Binding("s", "again", "Do again", show=False, tooltip="Start a workout of the workout under the cursor's "
                "exercises and sets, as it was done", id="history.again"),
        Binding("R", "save_routine", "As routine", show=False, tooltip="Make the workout under the cursor a "
                "routine of your own (named and checked first)", id="history.save_routine"),
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
        self.records: dict[str, dict[RecordKind, PersonalRecord]] = {}
        # The history and settings each tab ("progress", "records") was last loaded for (see _history_version).
        self._loaded_for: dict[str, object] = {}
        self._chart_wanted: str | None = None  # `g` on a record: its exercise's chart, once the charts are listed
        self.metric = Metric.BEST_REPS
        self._columns_narrow: bool | None = None  # which columns the tables have now
        self._list_shows: tuple[list[IndexedWorkout], Settings] | None = None  # what the list was built from
        self._name_room = 0  # the cells a workout's name has in the wide list (table_room.py)
        # The widths of the wide list's columns but the name's (_measure_wide), measured once per list (ten years:
        # 3,500 workouts) and used again at every width.
        self._wide_widths: list[int] = []
        self._wide_of: object = None  # the _list_shows they were made for
        self._filled_width = 0  # the screen's width when the list was last filled

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield SidePane()  # a wide terminal's: the workout and the streak
        with TabbedContent(initial="workouts"):
            with TabPane("Workouts", id="workouts"):
                yield WorkoutList(id="history-list")
                yield Static("", id="history-empty", markup=False)
            with TabPane("Progress", id="progress"):
                with Horizontal():
                    yield SqueezableOptionList(id="progress-exercises")
                    with Vertical(id="progress-side"):
                        yield Static("", id="progress-title", markup=False)  # wraps, as the plot's own cannot
                        yield ProgressChart(id="progress-chart")
            with TabPane("Records", id="records"):
                yield RecordsTable(id="records-table")
                yield Static("", id="records-empty", markup=False)
        yield Footer()

    @property
    def names(self) -> ExerciseNameBook:
        return services(self).exercise_names  # the catalogue's names, and the custom exercises' an import brought

    def on_mount(self) -> None:
        self.sub_title = "History"
        self._set_columns()
        focus_now(self.query_one("#history-list", DataTable))  # arrows move through workouts straight away

    def on_settings_changed(self) -> None:
        # Saved in another window (units): volumes and charts in the new units.
        self.reload()
        self.query_one(SidePane).streak_may_have_changed()

    def on_screen_resume(self) -> None:
        # Back from a workout, an edit or another screen: the list and the charts may have changed.
        self.reload()

    def on_data_changed(self) -> None:  # an import added workouts
        self.reload()
        self.query_one(SidePane).streak_may_have_changed()

    def on_history_may_have_changed(self) -> None:  # another window finished, edited or deleted a workout
        self.reload()
        self.query_one(SidePane).streak_may_have_changed()

    def reload(self) -> None:
        # Listed before, the list stays as it was; never listed, it is empty ("as it was" was said of it).
        kept = "The list shows it as it was." if self._list_shows is not None else \
            "Your workouts are listed once they can be read (come back to History)."
        summaries = attempt(self, lambda: list(reversed(services(self).store.history.summaries())), "read your history",
                            kept=kept, title="Not loaded")
        if summaries is FAILED:
            return
        # The list is built again only when what it shows changed: a first visit brings two resumes, and coming
        # back to an unchanged history (most visits) needs no rows rebuilt.
        if (summaries, services(self).settings) != self._list_shows:
            self._list_shows = (summaries, services(self).settings)
            shown = self._under_cursor()
            if bool(summaries) != bool(self.summaries):
                self.refresh_bindings()  # the workout keys dim, or light up
            shown = _newest_if_read_from_newest(shown, self.summaries, summaries)
            self.summaries = summaries
            self._fill_list(shown.id if shown else None)
            add = key_for(self, "history.add")
            _say_when_empty(self.query_one(WorkoutList), self.query_one("#history-empty", Static), "" if self.summaries
                            else f"No workouts yet. Finish one on the Workout screen, or press {add} to add one.")
        self._load_tab(self.query_one(TabbedContent).active)

    def _history_version(self) -> object:
        """What the charts and records depend on: every finished workout, the units, the day's rollover and which
        exercises are bodyweight ones (`N` can make one of the user's own so)."""
        settings = services(self).settings
        return services(self).store.history.version(), settings.units, settings.rollover_hour, self.names.bodyweight

    def _load_tab(self, tab: str) -> None:
        """Load the charts or the records for the tab being shown; when loaded already for this history, draw
        them again only (a custom exercise renamed changes no workout, but changes what they read)."""
        if tab not in ("progress", "records"):
            return
        shown = self.query_one("#progress-chart" if tab == "progress" else "#records-table")
        if self._loaded_for.get(tab) == (version := self._history_version()):
            if shown.loading:
                return
            if tab == "progress":
                self.show_progress(self.sessions)
            else:
                self._fill_records()
            return
        self._loaded_for[tab] = version
        shown.loading = True
        if tab == "progress":
            self.load_progress()
        else:
            self._say_if_no_records()  # not while they load: "No records yet" showed under the loading dots
            self.load_records()

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self._load_tab(event.pane.id or "")
        self.refresh_bindings()  # the keys of the tab now shown

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:
            return True
        active = self.query_one(TabbedContent).active
        if action == "tab" and parameters[0] == active:
            # The key of the tab shown ("w List" on the list) was offered as if it went somewhere. It still takes the
            # focus into its tab from the tab bar (a tab clicked), so it is offered there only (not on a Progress tab
            # with nothing to chart, whose focus is on nothing: there it goes nowhere).
            return self.focused is not None and not self._focus_in(active)
        tabs = ACTS_ON.get(action)
        if tabs is None:
            return True
        if active not in tabs:
            return False
        if action == "change_exercise":  # only on an exercise of your own: on one of ours it could only say so
            exercise_id = self._exercise_under_cursor()
            return exercise_id is not None and why_unchangeable(exercise_id, self.names) is None
        # On its tab, a key with nothing to act on (no workouts) is shown dimmed.
        if action in ("open", "edit", "delete", "again", "save_routine"):
            return bool(self.summaries) or None
        return True

    def _focus_in(self, tab: str) -> bool:  # (the screen shows the keys again on every change of focus)
        focused = self.focused
        return focused is not None and self.query_one(TabbedContent).get_pane(tab) in focused.ancestors

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # Not loaded (a year file unreadable): said by WorkerFailuresShown; the tab tries again when next shown.
        tab = {"history-progress": "progress", "history-records": "records"}.get(event.worker.group)
        if tab is not None and event.state is WorkerState.ERROR:
            self._loaded_for.pop(tab, None)
            self.query_one("#progress-chart" if tab == "progress" else "#records-table").loading = False
        super().on_worker_state_changed(event)

    @property
    def narrow(self) -> bool:
        return 0 < self.app.size.width < NARROW_BELOW

    def _set_columns(self) -> bool:
        """Give both tables the columns for the width; True when they changed (and were emptied)."""
        narrow = self.narrow
        if narrow == self._columns_narrow:
            return False
        self._columns_narrow = narrow
        self.query_one(WorkoutList).set_layout(narrow)
        self.query_one(RecordsTable).set_layout(narrow)
        return True

    def on_resize(self, event: events.Resize) -> None:
        # Names and dates are cut or wrapped to the width, in both layouts: drawn again on any change of it.
        if self._columns_narrow is None:
            return
        shown = self._under_cursor()  # before new columns empty the list
        # A first visit is filled as it is shown, then told its size: the same, most times (filled once, not twice).
        if not self._set_columns() and self.size.width == self._filled_width:
            return
        self._fill_list(shown.id if shown else None)
        self._fill_records()

    def _fill_list(self, under_cursor: str | None = None) -> None:
        """The list again, around the workout the cursor was on (workouts imported or added above it moved it down a
        row each: `e` then opened another workout), else where it was."""
        table = self.query_one(WorkoutList)
        row = next((index for index, summary in enumerate(self.summaries) if summary.id == under_cursor),
                   table.first + table.cursor_row)
        # The columns for the width first: rows for a phone's two columns under the wide ones (the width changed
        # under a dialog) left the date column as wide as a phone's first cell.
        if self._set_columns():
            self._fill_records()  # its table lost its rows with its columns
        self._filled_width = self.size.width
        if not self._columns_narrow:  # the names wrap to what the other columns leave, measured over every workout
            if self._wide_of is not self._list_shows:
                self._wide_of = self._list_shows
                settings = services(self).settings
                self._wide_widths = measure_wide(self.summaries, settings.units, settings.rollover_hour, PAGE)
            self._name_room = table.name_room(self.size.width, self._wide_widths)
        table.show(self.summaries, self._add_rows, row)

    def _add_rows(self, page: Sequence[IndexedWorkout]) -> None:
        """A page of workouts as rows of the list, in its columns for the width."""
        table = self.query_one(WorkoutList)
        if self._columns_narrow:  # rows of the table's columns, whatever the width is by now
            table.add_narrow(page, self.size.width, services(self).settings.rollover_hour)
        else:
            settings = services(self).settings
            table.add_wide(page, settings.units, settings.rollover_hour, self._wide_widths, self._name_room)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.data_table.id == "records-table":
            self.refresh_bindings()  # Name, on your own exercises only

    @work(thread=True, exclusive=True, exit_on_error=False, group="history-progress",
          description="load your progress")
    def load_progress(self) -> None:
        # The kept progress summary: one file, unless it must be rebuilt from the year files (seconds at ten years).
        settings = services(self).settings
        sessions = services(self).store.history.progress(settings.units, settings.rollover_hour)
        self.app.call_from_thread(self.show_progress, sessions)

    @work(thread=True, exclusive=True, exit_on_error=False, group="history-records",
          description="load your records")
    def load_records(self) -> None:
        # The kept bests: one small file, unless they must be rebuilt from the year files (seconds at ten years).
        bests = services(self).store.history.kept_bests()
        self.app.call_from_thread(self.show_records, bests)

    def show_records(self, bests: Bests) -> None:
        self.records = personal_records(bests, self.summaries, services(self).settings, self.names.bodyweight)
        self.query_one("#records-table").loading = False
        self._fill_records()

    def show_progress(self, sessions: dict[str, list[Session]]) -> None:
        self.query_one("#progress-chart").loading = False
        self.sessions = sessions
        names = self.names
        ordered = sorted(sessions, key=lambda exercise_id: names.get(exercise_id, exercise_id).lower())
        exercises = self.query_one("#progress-exercises", OptionList)
        highlighted = self._chart_wanted or (exercises.highlighted_option.id if exercises.highlighted_option else None)
        self._chart_wanted = None
        exercises.clear_options()
        exercises.add_options(Option(plain(names.get(exercise_id, exercise_id)), id=exercise_id)
                              for exercise_id in ordered)
        if ordered:
            exercises.highlighted = ordered.index(highlighted) if highlighted in ordered else 0
        self.draw_chart()
        self.refresh_bindings()  # Name lights up once an exercise is listed

    def _fill_records(self) -> None:
        if self._set_columns():
            self._fill_list()  # its table lost its rows with its columns
        self.query_one(RecordsTable).show(self.records, self.names, bool(self._columns_narrow), self.size.width)
        self._say_if_no_records()
        self.refresh_bindings()  # Name lights up once a record is listed

    def _say_if_no_records(self) -> None:
        """ "No records yet" once the records are read and there are none; not before they are first read (a
        history changed before the tab was first shown said it of ten years), nor while they are read again."""
        table = self.query_one(RecordsTable)
        read = "records" in self._loaded_for and not table.loading
        note = NO_RECORDS if read and not self.records else ""
        _say_when_empty(table, self.query_one("#records-empty", Static), note)

    def draw_chart(self) -> None:
        exercises = self.query_one("#progress-exercises", OptionList)
        chart = self.query_one(ProgressChart)
        option = exercises.highlighted_option
        settings = services(self).settings
        if option is None:
            chart.show("", [], self.metric, settings.units, settings.first_weekday)
        else:
            sessions = self.sessions.get(option.id or "", [])
            # The metric chosen, where the exercise has it; else its first (a plank's hold after a bench's load).
            shown = self.metric if self.metric in (has := charted(sessions)) or not has else has[0]
            chart.show(str(option.prompt), sessions, shown, settings.units, settings.first_weekday)
        self._show_chart_title(chart.heading)

    def on_progress_chart_headed(self, event: ProgressChart.Headed) -> None:
        # Drawn again at a new width, the chart may gather its points by another period: its title says which.
        self._show_chart_title(event.heading)

    def _show_chart_title(self, heading: str) -> None:
        nothing = not self.sessions and not self.query_one("#progress-chart").loading
        self.query_one("#progress-title", Static).update(NOTHING_TO_CHART if nothing else plain(heading))
        # Nothing to chart: the words alone, not beside an empty list over an empty plot's frame.
        exercises = self.query_one("#progress-exercises")
        for shown in (exercises, self.query_one("#progress-chart")):
            shown.display = not nothing
        if self.focused is exercises or (self.focused is None and self.query_one(TabbedContent).active == "progress"):
            focus_if_shown(exercises)  # where `g` puts it, had the exercises been listed then

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.draw_chart()
        self.refresh_bindings()  # Name, on your own exercises only

    def action_next_metric(self) -> None:
        # Round the metrics the exercise on the chart has, from the one it shows.
        chart = self.query_one(ProgressChart)
        has = charted(chart.sessions)
        if len(has) == 1:
            say(self, f"{chart.exercise_name} has only its {has[0].value} to chart.")
        self.metric = chart.metric.next(has)
        self.draw_chart()

    def action_change_exercise(self) -> None:
        from tui.screens.custom_exercise import change_custom_exercise

        exercise_id = self._exercise_under_cursor()
        if exercise_id is not None:
            change_custom_exercise(self, exercise_id, self.reload)

    def _exercise_under_cursor(self) -> str | None:
        """The exercise N acts on: the one under the cursor in Charts or in Records."""
        tab = self.query_one(TabbedContent).active
        if tab == "progress":
            option = self.query_one("#progress-exercises", OptionList).highlighted_option
            return option.id if option else None
        return self.query_one(RecordsTable).exercise_under_cursor() if tab == "records" else None


    def action_tab(self, tab: str) -> None:
        if tab == "progress" and self.query_one(TabbedContent).active == "records":
            self._chart_record(self._exercise_under_cursor(), self.query_one(RecordsTable).kind_under_cursor())
        self.query_one(TabbedContent).active = tab
        # (Not the exercises while there is nothing to chart: then no focus, rather than one left in the tab before.)
        focus_if_shown(self.query_one({"workouts": "#history-list", "progress": "#progress-exercises",
                                       "records": "#records-table"}[tab]))

    def _chart_record(self, exercise_id: str | None, kind: RecordKind | None) -> None:
        """The charts open on the exercise of the record under the cursor, and on the measure of that record, as
        a phone app's record leads to its exercise's chart (`g` there showed the first exercise's, whatever the
        record); on the next list of them when they are still being read."""
        if exercise_id is None:
            return
        if kind is not None:
            self.metric = CHARTED_AS[kind]
        exercises = self.query_one("#progress-exercises", OptionList)
        try:
            index = exercises.get_option_index(exercise_id)
        except OptionDoesNotExist:
            self._chart_wanted = exercise_id
            return
        if exercises.highlighted == index:
            self.draw_chart()  # the same exercise, perhaps another measure
        else:
            exercises.highlighted = index

    def go_to_end(self, *, oldest: bool) -> None:
        """The list's cursor on the oldest workout (its `end`) or the newest (`home`)."""
        self.action_tab("workouts")
        listed = self.query_one(WorkoutList)
        listed.action_scroll_bottom() if oldest else listed.action_scroll_top()

    def selected(self) -> IndexedWorkout | None:
        """The workout the workout keys act on: the one under the list's cursor, while the list shows."""
        return self._under_cursor() if self.query_one(TabbedContent).active == "workouts" else None

    def _under_cursor(self) -> IndexedWorkout | None:
        return self.query_one(WorkoutList).under_cursor

    def _selected_workout(self):
        summary = self.selected()
        if summary is None:
            say(self, "Pick a workout in the list first.", severity="warning")
            return None
        return self._read_workout(summary.id)

    def _read_workout(self, workout_id: str):
        workout = attempt(self, lambda: services(self).store.history.get(workout_id), "read the workout",
                          title="Not loaded")
        if workout is FAILED:
            return None
        if workout is None:
            say(self, "That workout is no longer in your history (deleted elsewhere?).", severity="warning")
            self.reload()
        return workout

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        if event.data_table.id == "history-list":
            event.stop()
            self.action_open()
        elif event.data_table.id == "records-table":
            # The workout that set the record, as Strong's and Hevy's records open it (enter did nothing).
            event.stop()
            workout_id = self.query_one(RecordsTable).workout_under_cursor()
            workout = self._read_workout(workout_id) if workout_id is not None else None
            if workout is not None:
                from tui.screens.workout_detail import WorkoutDetailScreen

                self.app.push_screen(WorkoutDetailScreen(workout, self.names))

    def action_open(self) -> None:
        if self.query_one(TabbedContent).active != "workouts":
            return
        workout = self._selected_workout()
        if workout is not None:
            from tui.screens.workout_detail import WorkoutDetailScreen  # the forms and dialogs when first used

            self.app.push_screen(WorkoutDetailScreen(workout, self.names))

    def action_again(self) -> None:
        workout = self._selected_workout()
        if workout is not None:
            do_again(self, workout)

    def action_save_routine(self) -> None:
        workout = self._selected_workout()
        if workout is not None:
            save_as_routine(self, workout)

    def action_edit(self) -> None:
        workout = self._selected_workout()
        if workout is not None:
            from tui.screens.workout_edit import EditWorkoutScreen

            self.app.push_screen(EditWorkoutScreen(workout, services(self).catalogue, self.names))

    def action_delete(self) -> None:
        workout = self._selected_workout()
        if workout is None:
            return

        def answered(delete: bool | None) -> None:
            if delete and attempt(self, lambda: services(self).store.history.delete(workout.id), "delete the workout",
                                  kept="It is still in your history.") is not FAILED:
                say(self, f"Deleted {quoted(workout.name)}. {freeze_kept_off(self, workout)}".rstrip(), title="History")
                self.reload()

        from tui.screens.week_without_freeze import freeze_kept_off
        from tui.screens.workout_detail import confirm_delete

        self.app.push_screen(confirm_delete(workout), answered)

    def action_add(self) -> None:
        from tui.screens.workout_add import AddWorkoutScreen

        routines = attempt(self, services(self).all_routines, "read your routines", title="Not loaded")
        if routines is not FAILED:
            self.app.push_screen(AddWorkoutScreen(routines, services(self).catalogue, self.names), self._added)

    def _added(self, saved: Workout | None) -> None:
        """The cursor on the workout just added, wherever its day puts it: it stayed on the newest, and a workout
        added years back was out of sight."""
        if saved is not None:
            self.reload()  # if the screen's resume has not listed it yet
            self._fill_list(saved.id)


def _newest_if_read_from_newest(shown: IndexedWorkout | None, before: Sequence[IndexedWorkout],
                                now: Sequence[IndexedWorkout]) -> IndexedWorkout | None:
    """The workout the cursor goes to: the one it was on, but the newest when it was on the newest and a newer one
    came (a finish, an import). The cursor kept the workout of before on its line, and the one just finished was
    out of sight above it: it looked lost."""
    if shown is None or not before or not now or shown.id != before[0].id:
        return shown
    if now[0].id in {summary.id for summary in before}:  # the newest edited to an older day is followed
        return shown
    return now[0]


def _say_when_empty(table: Widget, note: Static, text: str) -> None:
    """A tab's note for a new user, right under its table's header (the table as high as its rows: the note sat
    at the foot of the screen); gone, and its line with it, once the tab has rows."""
    note.update(text)
    note.display = bool(text)
    table.set_class(bool(text), "-empty")


def make_screen() -> Screen:
    return HistoryScreen()
