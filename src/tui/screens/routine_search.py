"""The Routines screen's search and filters (a part of RoutinesScreen, kept apart for its size): the search
field, the focus, time and equipment pickers, and clearing them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.screen import Screen
from textual.widgets import Input

from tui.domain.catalogue.model import Focus
from tui.domain.routines.filters import TIME_LIMITS_MIN, RoutineFilter

FOCUS_CHOICES: list[Focus | None] = [None, *Focus]
TIME_CHOICES: list[int | None] = [None, *TIME_LIMITS_MIN]


class RoutineSearch(Screen[None]):
    if TYPE_CHECKING:  # RoutinesScreen's, which these read and change
        filter: RoutineFilter

        def show_list(self, keep: str | None = None, *, best: bool = False) -> None: ...
        def list_in_view(self) -> None: ...
        def show_detail_view(self, shown: bool) -> None: ...

    def action_search(self) -> None:
        self.show_detail_view(False)
        self.set_focus(self.query_one("#search", Input))

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "search":
            self.filter = self.filter.changed(query=event.value)
            self.show_list(best=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "search":
            self.list_in_view()

    def action_pick_focus(self) -> None:
        self._pick("Show routines and exercises for", ["Any focus", *(focus.value for focus in Focus)],
                   FOCUS_CHOICES, "focus")

    def action_pick_time(self) -> None:
        self._pick("Time you have (with the shortest rest)",
                   ["Any length", *(f"Fits in {limit} min" for limit in TIME_LIMITS_MIN)], TIME_CHOICES, "max_minutes")

    def _pick(self, title: str, labels: list[str], choices: Sequence[object], field: str) -> None:
        """One filter chosen from a list, the cursor on its value now."""
        from tui.screens.pickers import ChoiceScreen

        def chosen(index: int | None) -> None:
            if index is not None:
                self.set_filter(**{field: choices[index]})

        self.app.push_screen(ChoiceScreen(title, labels, choices.index(getattr(self.filter, field))), chosen)

    def action_pick_equipment(self) -> None:
        from tui.screens.pickers import EquipmentScreen

        def chosen(result: tuple | None) -> None:
            if result is not None:
                self.set_filter(owned=result[0])

        self.app.push_screen(EquipmentScreen(self.filter.owned), chosen)

    def set_filter(self, **values: object) -> None:
        self.filter = self.filter.changed(**values)
        self.show_list()

    def action_clear_filters(self) -> None:
        self._clear_filters()
        self.list_in_view()

    def _clear_filters(self, keep: str | None = None) -> None:
        self.filter = self.filter.cleared()
        search = self.query_one("#search", Input)
        with search.prevent(Input.Changed):
            search.value = ""
        self.show_list(keep)
