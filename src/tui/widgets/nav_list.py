"""A list whose keys belong to the screen around it, so the footer and `?` help show the screen's own keys."""

from __future__ import annotations

from textual import events
from textual.widgets.option_list import OptionDoesNotExist

from tui.textual_internals import RowsFollowWidth
from tui.widgets.option_lists import SqueezableOptionList


class NavList(RowsFollowWidth, SqueezableOptionList, inherit_bindings=False):
    """An OptionList with no key bindings of its own (and rows measured again only when its width changes).

    OptionList binds enter, up and down itself; those bindings would hide the screen's (remappable, documented)
    ones from the footer. The screen moves the cursor by calling the action_* methods instead.
    """

    DEFAULT_CSS = """
    NavList {
        height: 1fr;
        border: none;
        padding: 0;
        & > .option-list--option-disabled {
            color: $text;  /* section headings and notes, not greyed-out choices */
        }
    }
    NavList:focus {
        border: none;
    }
    """

    def on_resize(self, event: events.Resize) -> None:
        # Whatever makes the list shorter (a filter bar taking a line more as the search is left, a smaller
        # terminal) keeps the row under the cursor in sight: "/plank" and enter hid Plank on a phone. Done on the
        # resize itself, when the new height is laid out, not after a guessed number of refreshes.
        self.scroll_to_highlight()

    def move_cursor(self, step: int) -> None:
        """One enabled option down for a positive step, up for a negative one; none past either end. OptionList
        goes round: `up` on the first routine, pressed to reach the top, went to the last exercise of the
        catalogue, and enter opened that."""
        at = self.highlighted
        if at is not None:
            ahead = range(at + 1, self.option_count) if step > 0 else range(at)
            if all(self.get_option_at_index(index).disabled for index in ahead):
                return
        if step > 0:
            self.action_cursor_down()
        else:
            self.action_cursor_up()

    def move_page(self, step: int) -> None:
        if step > 0:
            self.action_page_down()
        else:
            self.action_page_up()

    def move_to_end(self, step: int) -> None:
        """To the last enabled option for a positive step, the first for a negative one, and the list scrolled to
        that end: what lies before the first (a heading, a routine's header) or after the last shows too.

        OptionList scrolls only as far as the option itself, so `home` left the heading above the first routine
        out of sight, though it shows there at start. Both scrolls are deferred, after the one the cursor's move
        queued; the cursor is then brought back in view should what lies beyond it be taller than the list.
        """
        if step > 0:
            self.action_last()
            self.scroll_end(animate=False)
        else:
            self.action_first()
            self.scroll_home(animate=False)
        self.call_after_refresh(self.scroll_to_highlight)

    def highlighted_id(self) -> str | None:
        """The id of the option under the cursor, if any."""
        if self.highlighted is None:
            return None
        return self.get_option_at_index(self.highlighted).id

    def highlight_id(self, option_id: str | None) -> bool:
        """Put the cursor on the option with option_id; False (cursor on the first enabled option) if it is gone."""
        if option_id is not None:
            try:
                self.highlighted = self.get_option_index(option_id)
                return True
            except OptionDoesNotExist:  # filtered out or deleted
                pass
        self.action_first()
        return False
