"""Option lists that can be squeezed to nothing.

Beside the keys panel a phone's 40 columns leave a list no room, and two of Textual's OptionList steps then crash
the app. It pages by the lines it has laid out for the options, and lays them out only for a list with room:
page down raised KeyError (the routine list, the equipment picker, History's exercises). And a list as tall as
its rows measures them wrapped to its width, which was zero or less: rich divided by it (the exercise view).
"""

from __future__ import annotations

from typing import TypeVar

from textual.geometry import Size
from textual.widgets import OptionList, SelectionList

Value = TypeVar("Value")


class SqueezableOptionList(OptionList):
    def action_page_down(self) -> None:
        if self.scrollable_content_region:  # no room: no page to move by
            super().action_page_down()

    def action_page_up(self) -> None:
        if self.scrollable_content_region:
            super().action_page_up()

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if width - self.get_component_styles("option-list--option").padding.width < 1:
            return self.option_count  # no room: a line each, until there is
        return super().get_content_height(container, viewport, width)


class SqueezableSelectionList(SelectionList[Value], SqueezableOptionList):
    """SelectionList first: its own styles (its ticks) come from it, the squeezing from the other."""
