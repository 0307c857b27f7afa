"""One exercise in full: how to do it, cues, mistakes, why it helps a runner, its source, and its variations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rich.console import RenderableType
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets.option_list import Option

from tui.domain.catalogue.model import Catalogue, Exercise, RoutineEntry, RoutineFormat
from tui.domain.printable import quoted
from tui.domain.routines.prescription import entry_figures
from tui.resources import screens_styles
from tui.screens.services import services
from tui.screens.your_records import personal_records
from tui.widgets.focus import focus_now, focused_now
from tui.widgets.footer import Footer
from tui.widgets.nav_list import NavList
from tui.widgets.plain import say
from tui.widgets.routine_text import figures_text, page_body
from tui.widgets.scroll_pane import ScrollPane
from tui.widgets.scrolling import scroll_by
from tui.widgets.title_bar import TitleBar
from tui.widgets.workout_sets import sets_text

if TYPE_CHECKING:
    from tui.domain.progress.records import PersonalRecord, RecordKind
    from tui.domain.workout.model import LoggedSet

MOVE = Binding.Group("Move")
PAGE = Binding.Group("Page")


def open_exercise(screen: Screen[Any], exercise_id: str, routine_name: str | None = None,
                  entry: RoutineEntry | None = None, routine_format: RoutineFormat | None = None) -> None:
    """The exercise in full over `screen` (escape comes back), with what `entry` of the routine asks of it ("In
    Core B: 3 x 12-15 reps"); one of the user's own, with nothing to read, is said so instead."""
    used = services(screen)
    # One of the user's own: its page has their last time and records (a Strong user's Leg Press had no page).
    exercise = used.catalogue_with_own.exercises.get(exercise_id)
    if exercise is None:
        name = quoted(used.exercise_names.get(exercise_id, exercise_id))
        say(screen, f"{name} is not in the catalogue.", severity="warning")
        return
    prescription = None
    if entry is not None and routine_format is not None:
        prescription = Text(f"In {routine_name}: ", style="italic")
        prescription.append_text(figures_text(entry_figures(entry, routine_format)))
    screen.app.push_screen(ExerciseDetailScreen(exercise, used.catalogue, prescription))


def yours_text(last: tuple[LoggedSet, ...], records: Mapping[RecordKind, PersonalRecord], *, bodyweight: bool) -> Text:
    """What the user did of an exercise: its sets last time (and the day), and its records, as History lists them."""
    if not last and not records:
        return Text("Not done yet: your sets and records will show here.", style="dim")
    text = Text()
    if last:
        day = f"{last[0].logged_at.local_plain():%a %d %b %Y}"
        text.append("Last time", style="bold").append(f" ({day}): {sets_text(last, bodyweight=bodyweight)}")
    if records:
        shown = " · ".join(f"{record.kind.value} {record.text()}" for record in records.values())
        text.append("\n" if last else "").append("Records: ", style="bold").append(shown)
    return text


class ExerciseDetailScreen(Screen[None]):
    """Pushed from the Routines screen, and from the workout (`i`). Opening a variation pushes another, so escape
    walks back through them."""

    CSS_PATH = screens_styles()

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", tooltip="Back to where you came from", id="exercise.back"),
        Binding("enter", "open_variation", "Open", tooltip="Open the easier or harder variation under the cursor",
                id="exercise.open"),
        Binding("v", "variations", "Variations", tooltip="Move between the text and its easier and harder variations",
                id="exercise.variations"),
        Binding("up,k", "move(-1)", "Up", tooltip="Scroll up, or move up the variations", id="exercise.up",
                group=MOVE),
        Binding("down,j", "move(1)", "Down", tooltip="Scroll down, or move down the variations",
                id="exercise.down", group=MOVE),
        Binding("pageup", "page(-1)", "Page up", show=False, tooltip="Scroll up a page", id="exercise.page_up",
                group=PAGE),
        Binding("pagedown", "page(1)", "Page down", show=False, tooltip="Scroll down a page", id="exercise.page_down",
                group=PAGE),
        Binding("home", "page(-1, True)", "Top", show=False, tooltip="Scroll to the top, or the first variation",
                id="exercise.first"),
        Binding("end", "page(1, True)", "Bottom", show=False, tooltip="Scroll to the end, or the last variation",
                id="exercise.last"),
    ]

    def __init__(self, exercise: Exercise, catalogue: Catalogue, in_routine: Text | None = None) -> None:
        super().__init__()
        self.exercise, self.catalogue, self.in_routine = exercise, catalogue, in_routine
        self._read_in: str | None = None  # the units "yours" was read in

    def _body(self, yours: Text | None = None) -> RenderableType:
        return page_body(self.exercise, self.catalogue, services(self).exercise_names.custom, self.in_routine, yours)

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with ScrollPane(id="exercise-body"):
            yield Static(self._body(), id="exercise-text")
        variations = NavList(id="variations")
        variations.border_title = "Easier and harder variations (v)"
        yield variations
        yield Footer()

    def on_mount(self) -> None:
        self._read_yours()
        self.sub_title = self.exercise.name
        variations = self.query_one("#variations", NavList)
        for kind, ids in (("Easier", self.exercise.easier), ("Harder", self.exercise.harder)):
            for other in ids:
                if other in self.catalogue.exercises:
                    variations.add_option(Option(f"{kind}: {self.catalogue.exercises[other].name}", id=other))
        variations.display = variations.option_count > 0
        focus_now(self.query_one("#exercise-body"))

    @work(thread=True, exclusive=True, exit_on_error=False, group="exercise-yours",
          description="read your last time and records of the exercise")
    def _read_yours(self) -> None:
        # Off the screen's turn: the kept records may need a rebuild from the year files (seconds at ten years).
        used = services(self)
        self._read_in = used.settings.units
        history = used.store.history
        last = history.last_sets([self.exercise.id]).get(self.exercise.id, ())
        records = personal_records(history.kept_bests(), history.summaries(), used.settings,
                                   used.exercise_names.bodyweight)
        self.app.call_from_thread(self._show_yours, last, records.get(self.exercise.id, {}))

    def on_screen_resume(self) -> None:  # back from Settings, or another screen
        self._follow_units()

    def on_settings_changed(self) -> None:  # saved in another window
        self._follow_units()

    def _follow_units(self) -> None:
        """Your records in the units set now: a page open as the units changed read "455 kg" until reopened."""
        if self._read_in is not None and self._read_in != services(self).settings.units:
            self._read_yours()

    def _show_yours(self, last: tuple[LoggedSet, ...], records: Mapping[RecordKind, PersonalRecord]) -> None:
        if not self.is_attached:
            return
        yours = yours_text(last, records, bodyweight=services(self).exercise_names.is_bodyweight(self.exercise.id))
        self.query_one("#exercise-text", Static).update(self._body(yours))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:  # pushed, not composed yet: a key typed fast, or the footer, asks (it crashed)
            return True
        variations = self.query_one("#variations", NavList)
        if action == "variations":
            return variations.option_count > 0
        if action == "open_variation":
            return focused_now(variations) and variations.highlighted is not None
        return True

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_option_list_option_highlighted(self) -> None:
        self.refresh_bindings()

    def action_variations(self) -> None:
        variations = self.query_one("#variations", NavList)
        if focused_now(variations):
            focus_now(self.query_one("#exercise-body"))
        else:
            if variations.highlighted is None:
                variations.action_first()
            focus_now(variations)

    def action_move(self, step: int) -> None:
        variations = self.query_one("#variations", NavList)
        if focused_now(variations):
            variations.move_cursor(step)
        else:
            scroll_by(self.query_one("#exercise-body", ScrollPane), step)

    def action_page(self, step: int, whole: bool = False) -> None:
        body = self.query_one("#exercise-body", ScrollPane)
        variations = self.query_one("#variations", NavList)
        if whole and focused_now(variations):
            if step < 0:
                variations.action_first()
            else:
                variations.action_last()
        else:
            scroll_by(body, step, page=True, whole=whole)

    def action_open_variation(self) -> None:
        chosen = self.query_one("#variations", NavList).highlighted_id()
        if chosen is not None:
            self.app.push_screen(ExerciseDetailScreen(self.catalogue.exercises[chosen], self.catalogue))

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        self.action_open_variation()  # a mouse click
