"""One exercise in full: how to do it, cues, mistakes, why it helps a runner, its source, and its variations."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets.option_list import Option

from tui.domain.catalogue.model import Catalogue, Exercise
from tui.resources import screens_styles
from tui.widgets.focus import focus_now, focused_now
from tui.widgets.footer import Footer
from tui.widgets.nav_list import NavList
from tui.widgets.routine_text import exercise_body
from tui.widgets.scroll_pane import ScrollPane
from tui.widgets.title_bar import TitleBar

MOVE = Binding.Group("Move")
PAGE = Binding.Group("Page")


class ExerciseDetailScreen(Screen[None]):
    """Pushed from the Routines screen. Opening a variation pushes another, so escape walks back through them."""

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
    ]

    def __init__(self, exercise: Exercise, catalogue: Catalogue, in_routine: Text | None = None) -> None:
        super().__init__()
        self.exercise, self.catalogue, self.in_routine = exercise, catalogue, in_routine

    def compose(self) -> ComposeResult:
        yield TitleBar()
        with ScrollPane(id="exercise-body"):
            yield Static(exercise_body(self.exercise, self.catalogue, self.in_routine), id="exercise-text")
        variations = NavList(id="variations")
        variations.border_title = "Easier and harder variations (v)"
        yield variations
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.exercise.name
        variations = self.query_one("#variations", NavList)
        for kind, ids in (("Easier", self.exercise.easier), ("Harder", self.exercise.harder)):
            for other in ids:
                if other in self.catalogue.exercises:
                    variations.add_option(Option(f"{kind}: {self.catalogue.exercises[other].name}", id=other))
        variations.display = variations.option_count > 0
        focus_now(self.query_one("#exercise-body"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
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
            body = self.query_one("#exercise-body", ScrollPane)
            body.scroll_relative(y=step, animate=False)

    def action_page(self, step: int) -> None:
        body = self.query_one("#exercise-body", ScrollPane)
        if step > 0:
            body.scroll_page_down(animate=False)
        else:
            body.scroll_page_up(animate=False)

    def action_open_variation(self) -> None:
        chosen = self.query_one("#variations", NavList).highlighted_id()
        if chosen is not None:
            self.app.push_screen(ExerciseDetailScreen(self.catalogue.exercises[chosen], self.catalogue))

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        self.action_open_variation()  # a mouse click
