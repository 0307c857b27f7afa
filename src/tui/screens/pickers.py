"""Small modal pickers: one choice from a list, the equipment you have, and an exercise from the catalogue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, SelectionList, Static
from textual.widgets.option_list import Option
from textual.widgets.selection_list import Selection

from tui.domain import input_limits
from tui.domain.catalogue.custom_exercise_changes import CustomExerciseError, new_custom_exercise
from tui.domain.catalogue.custom_exercises import CustomExercise, as_exercise, known_by_your_names
from tui.domain.catalogue.exercise_names import ExerciseNames
from tui.domain.catalogue.model import Catalogue, Equipment, Exercise
from tui.domain.catalogue.search import Query, search_exercises
from tui.domain.printable import printable
from tui.domain.routines.filters import KIT_CHOICES
from tui.resources import screens_styles
from tui.screens.dialog import Dialog
from tui.screens.services import services
from tui.widgets.focus import focus_now
from tui.widgets.footer import Footer
from tui.widgets.hanging import HangingIndent
from tui.widgets.nav_list import NavList
from tui.widgets.option_lists import SqueezableSelectionList
from tui.widgets.plain import plain
from tui.widgets.routine_text import exercise_row

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
        focus_now(choices)

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
            yield SqueezableSelectionList[Equipment](
                *choices,
                id="kit",
            )
        yield Footer()

    def on_mount(self) -> None:
        kit = self.query_one("#kit", SelectionList)
        kit.highlighted = 0
        focus_now(kit)

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


class ExercisePickerScreen(Dialog["str | CustomExercise | None"]):
    """Find an exercise by typing part of its name or alias; dismisses with its id, or None.

    Given the user's own exercises (`own`), it lists them too, and offers the typed text as a new exercise of
    the user's as the last row; choosing that dismisses with the CustomExercise to add (see add_picked)."""

    CSS_PATH = screens_styles()

    BINDINGS = [
        Binding("enter", "choose", "Add", priority=True, tooltip="Add the exercise under the cursor",
                id="pick_exercise.add"),
        Binding("escape", "dismiss(None)", "Cancel", tooltip="Close without adding", id="pick_exercise.cancel"),
        Binding("up", "move(-1)", "Up", tooltip="Move the cursor up", id="pick_exercise.up", group=MOVE),
        Binding("down", "move(1)", "Down", tooltip="Move the cursor down", id="pick_exercise.down", group=MOVE),
    ]

    def __init__(self, catalogue: Catalogue, title: str = "Add an exercise", action: str = "adds",
                 own: Sequence[CustomExercise] | None = None, word: str = "Add", typed: str = "") -> None:
        """action: what enter does, in the title ("enter swaps"); word: the same in the footer ("⏎ Swap"); typed:
        a search to start from, when it finds any of ours (selected: what the user types replaces it)."""
        super().__init__()
        self.catalogue, self.title_text, self.action, self.own, self.word = catalogue, title, action, own, word
        self.typed = typed
        self._new: CustomExercise | None = None  # what the last row would add, for the text typed now
        self._finder: ExerciseNames | None = None
        self._catalogue: list[Exercise] | None = None  # _ours

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog tall"):
            yield Static(f"{self.title_text}  (type to search, enter {self.action})", classes="dialog-title",
                         markup=False)
            yield Input(placeholder="name or alias, e.g. push up", id="exercise-search", compact=True,
                        max_length=input_limits.SEARCH)
            yield NavList(id="exercise-choices")
        yield Footer()

    def on_mount(self) -> None:
        search = self.query_one("#exercise-search", Input)
        focus_now(search)
        if self.typed.strip() and search_exercises(Query.of(self.typed), self.catalogue.exercises.values()):
            search.value = self.typed  # listed as it changes (on_input_changed)
            search.select_all()
        else:
            self._show("")

    def key_word(self, binding_id: str) -> str | None:
        """The footer's word for enter (widgets/footer.py)."""
        return self.word if binding_id == "pick_exercise.add" else None

    def _show(self, text: str) -> None:
        choices = self.query_one("#exercise-choices", NavList)
        choices.clear_options()
        query = Query.of(text)
        # The user's own exercises are ranked with ours, by one rule: "Ring" lists their Ring dip before a
        # catalogue row it matches only with a typo forgiven (listed after every one of ours, enter added that).
        # A run kept from an import is not offered: a workout here logs sets, and a run is a distance and a time.
        own = {exercise.id: exercise for exercise in self.own or () if not exercise.cardio}
        ours, theirs = self._ours(), [as_exercise(exercise) for exercise in own.values()]
        # Searched, theirs first among equals, as on Routines ("pushups" listed our Push-up above their pushups);
        # with nothing typed, the catalogue comes first, in its order.
        found = search_exercises(query, [*theirs, *ours] if not query.is_empty else [*ours, *theirs])
        # At a phone's 40 columns "Bench dip (feet raised)  chair or bench" wraps: its equipment goes on
        # indented, under the name, not at the edge where the next exercise's name starts.
        choices.add_options(Option(HangingIndent(own_exercise_row(exercise.name) if exercise.id in own
                                                 else exercise_row(exercise), HANG), id=exercise.id)
                            for exercise in found)
        mine = [own[exercise.id] for exercise in found if exercise.id in own]
        self._new = None
        if self.own is not None and text.strip() and self._names().find(text) is None:
            try:
                self._new = new_custom_exercise(text, self.own, self._names())
            except CustomExerciseError as refused:  # a name too long, say: the user is told why enter adds nothing
                choices.add_option(Option(plain(f"Not added as your own: {refused}."), disabled=True))
            if self._new is not None and self._new.cardio:
                choices.add_option(Option(plain(f"{self._new.name} is cardio, kept for the distances and times you "
                                                f"imported: only sets are logged here."), disabled=True))
                self._new = None
            elif self._new is not None and self._new not in mine:
                choices.add_option(Option(plain(f"Add \u201c{self._new.name}\u201d as your own exercise"),
                                          id=NEW_EXERCISE))
        if not choices.option_count:
            hint = "type its name to add it as your own" if self.own is not None else "try fewer letters"
            choices.add_option(Option(f"No exercise matches; {hint}.", disabled=True))
        choices.action_first()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._show(event.value)

    def _ours(self) -> list[Exercise]:
        """Ours, each also found by the names of the user's exercises counted as it (known_by_your_names)."""
        if self._catalogue is None:
            self._catalogue = known_by_your_names(self.catalogue.exercises.values(),
                                                  services(self).exercise_names.custom.values())
        return self._catalogue

    def _names(self) -> ExerciseNames:
        # A name an import would read as one of ours ("flat bench") is not offered as a new one: ours is listed.
        if self._finder is None:
            self._finder = ExerciseNames({exercise.id: exercise for exercise in self._ours()})
        return self._finder

    def action_move(self, step: int) -> None:
        self.query_one("#exercise-choices", NavList).move_cursor(step)

    def action_choose(self) -> None:
        self._picked(self.query_one("#exercise-choices", NavList).highlighted_id())

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        self._picked(event.option.id)

    def _picked(self, choice: str | None) -> None:
        if choice == NEW_EXERCISE:
            self.dismiss(self._new)
        elif choice is not None:
            self.dismiss(choice)


HANG = 2  # the columns an exercise's wrapped row goes on in by
NEW_EXERCISE = "\x00new"  # the option id of "Add ... as your own exercise" (no exercise id has a NUL)


def own_exercise_row(name: str) -> Content:
    """One of the user's own exercises in the picker: its name, marked as theirs."""
    return Content.assemble(printable(name), ("  your own", "dim"))


def add_picked(screen: Screen[Any], picked: str | CustomExercise | None) -> str | None:
    """The id of what the picker gave: a new exercise of the user's is stored first (None if that failed)."""
    from tui.screens.store_calls import FAILED, attempt

    if picked is None or isinstance(picked, str):
        return picked
    used = services(screen)
    if picked.id not in used.exercise_names.custom:
        if attempt(screen, lambda: used.store.exercises.add([picked]), "add your exercise") is FAILED:
            return None
        used.forget_exercise_names()
    return picked.id
