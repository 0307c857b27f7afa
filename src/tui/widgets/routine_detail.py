"""The right-hand pane of the Routines screen: a routine's facts, then each exercise as a row you can open."""

from __future__ import annotations

from textual.widgets.option_list import Option

from tui.domain.catalogue.model import Catalogue, Routine
from tui.widgets.nav_list import NavList
from tui.widgets.routine_text import entry_row, routine_header

ENTRY_PREFIX = "entry-"


class RoutineDetail(NavList):
    """The routine header is a row that cannot be chosen, so the whole pane scrolls as one list."""

    DEFAULT_CSS = """
    RoutineDetail {
        padding: 0 1;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.routine: Routine | None = None
        self.done = ""  # when the routine shown was last done

    def show_routine(self, routine: Routine, catalogue: Catalogue, done: str = "", default_rest_s: int = 0) -> None:
        self.routine, self.done = routine, done
        self.clear_options()
        self.add_option(Option(routine_header(routine, catalogue, done, default_rest_s), id="header", disabled=True))
        self.add_option(None)
        self.add_options(
            Option(entry_row(number, entry, routine.format, catalogue), id=f"{ENTRY_PREFIX}{number - 1}")
            for number, entry in enumerate(routine.entries, start=1)
        )
        self.to_header()

    def entry_index(self) -> int | None:
        """Which exercise of the routine the cursor is on."""
        option_id = self.highlighted_id()
        if option_id is None or not option_id.startswith(ENTRY_PREFIX):
            return None
        return int(option_id.removeprefix(ENTRY_PREFIX))

    def to_header(self) -> None:
        """The cursor above the exercises, on the routine itself, and the pane at its top."""
        self.highlighted = None
        self.scroll_home(animate=False)
