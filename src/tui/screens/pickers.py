"""Small modal pickers: one choice from a list, the equipment you have, and an exercise from the catalogue."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, SelectionList, Static
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from tui.domain import input_limits
from tui.domain.catalogue.model import Catalogue, Equipment
from tui.domain.routines.filters import KIT_CHOICES
from tui.domain.catalogue.search import Query, search_exercises
from tui.resources import screens_styles
from tui.widgets.footer import Footer
from tui.widgets.nav_list import NavList
from tui.widgets.routine_text import exercise_row
from tui.screens.dialog import Dialog

MOVE = Binding.Group("Move")


def move_bindings(prefix: str) -> list[Binding]:
    return [
        Binding("up,k", "move(-1)", "Up", tooltip="Move the cursor up", id=f"{prefix}.up", group=MOVE),
        Binding("down,j", "move(1)", "Down", tooltip="Move the cursor down", id=f"{prefix}.down", group=MOVE),
    ]


class ChoiceScreen(Dialog[int | None]):
    """Pick one of labels; dismisses with its index, or None when cancelled."""

    CSS_PATH = screens_styles()

    BINDINGS = [
        Binding("enter", "choose", "Choose", tooltip="Use the choice under the cursor", id="choice.choose"),
        Binding("escape", "dismiss(None)", "Cancel", tooltip="Close without changing anything", id="choice.cancel"),
        *move_bindings("choice"),
    ]

    def __init__(self, title: str, labels: Sequence[str], current: int = 0) -> None:
        super().__init__()
        self.title_text, self.labels, self.current = title, labels, current

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog narrow"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            yield NavList(*self.labels, id="choices")
        yield Footer()

    def on_mount(self) -> None:
        choices = self.query_one("#choices", NavList)
        choices.highlighted = self.current
        choices.focus()

    def action_move(self, step: int) -> None:
        self.query_one("#choices", NavList).move_cursor(step)

    def action_choose(self) -> None:
        self.dismiss(self.query_one("#choices", NavList).highlighted)

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        self.dismiss(event.option_index)  # a mouse click


class EquipmentScreen(Dialog["tuple[frozenset[Equipment] | None] | None"]):
    """Tick the kit you have. Dismisses with (owned,), owned None when everything is ticked (no filter);
    None when cancelled."""

    CSS_PATH = screens_styles()

    BINDINGS = [
        # Priority: the list itself would take enter to tick a box.
        Binding("enter", "apply", "Apply", priority=True, tooltip="Show what this kit allows", id="equipment.apply"),
        Binding("escape", "dismiss(None)", "Cancel", tooltip="Close without changing anything",
                id="equipment.cancel"),
        Binding("a", "all", "All", tooltip="Tick everything (no equipment filter)", id="equipment.all"),
        *move_bindings("equipment"),
    ]

    def __init__(self, owned: frozenset[Equipment] | None) -> None:
        super().__init__()
        self.owned = owned

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog narrow"):
            yield Static("Equipment you have (space ticks, enter applies)", classes="dialog-title")
            choices: list[Selection[Equipment]] = [
                Selection(kind.label, kind, self.owned is None or kind in self.owned) for kind in KIT_CHOICES]
            yield SelectionList[Equipment](
                *choices,
                id="kit",
            )
        yield Footer()

    def on_mount(self) -> None:
        kit = self.query_one("#kit", SelectionList)
        kit.highlighted = 0
        kit.focus()

    def action_move(self, step: int) -> None:
        kit = self.query_one("#kit", SelectionList)
        if step > 0:
            kit.action_cursor_down()
        else:
            kit.action_cursor_up()

    def action_all(self) -> None:
        self.query_one("#kit", SelectionList).select_all()

    def action_apply(self) -> None:
        ticked = frozenset(self.query_one("#kit", SelectionList).selected)
        self.dismiss((None if ticked == frozenset(KIT_CHOICES) else ticked,))


class ExercisePickerScreen(Dialog[str | None]):
    """Find an exercise by typing part of its name or alias; dismisses with its id, or None."""

    CSS_PATH = screens_styles()

    BINDINGS = [
        Binding("enter", "choose", "Add", priority=True, tooltip="Add the exercise under the cursor",
                id="pick_exercise.add"),
        Binding("escape", "dismiss(None)", "Cancel", tooltip="Close without adding", id="pick_exercise.cancel"),
        Binding("up", "move(-1)", "Up", tooltip="Move the cursor up", id="pick_exercise.up", group=MOVE),
        Binding("down", "move(1)", "Down", tooltip="Move the cursor down", id="pick_exercise.down", group=MOVE),
    ]

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog tall"):
            yield Static("Add an exercise  (type to search, enter adds)", classes="dialog-title")
            yield Input(placeholder="name or alias, e.g. push up", id="exercise-search", compact=True,
                        max_length=input_limits.SEARCH)
            yield NavList(id="exercise-choices")
        yield Footer()

    def on_mount(self) -> None:
        self._show("")
        self.query_one("#exercise-search", Input).focus()

    def _show(self, text: str) -> None:
        choices = self.query_one("#exercise-choices", NavList)
        choices.clear_options()
        found = search_exercises(Query.of(text), self.catalogue.exercises.values())
        choices.add_options(Option(exercise_row(exercise), id=exercise.id) for exercise in found)
        if not found:
            choices.add_option(Option("No exercise matches; try fewer letters.", disabled=True))
        choices.action_first()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._show(event.value)

    def action_move(self, step: int) -> None:
        self.query_one("#exercise-choices", NavList).move_cursor(step)

    def action_choose(self) -> None:
        choice = self.query_one("#exercise-choices", NavList).highlighted_id()
        if choice is not None:
            self.dismiss(choice)

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        self.dismiss(event.option.id)
