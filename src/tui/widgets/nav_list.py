"""A list whose keys belong to the screen around it, so the footer and `?` help show the screen's own keys."""

from __future__ import annotations

from textual import events
from textual.widgets import OptionList
from textual.widgets.option_list import OptionDoesNotExist


class NavList(OptionList, inherit_bindings=False):
    """An OptionList with no key bindings of its own.

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

    _rows_width: int | None = None  # the width the measured and drawn rows are for

    def _on_resize(self, event: events.Resize) -> None:
        # OptionList's own handler forgets every measured and drawn row on each resize, the first one too, which
        # arrives just after the list was first drawn at that very size: the rows were measured and drawn twice
        # before the first frame (about 5 ms a list). Rows depend only on the width, so they are redrawn only
        # when it changed; _update_lines drops the old ones first.
        event.prevent_default()
        if self.scrollable_content_region.width != self._rows_width:
            self.refresh()

    def _update_lines(self) -> None:
        # Checked on every measure, not only on a resize: a scrollbar that appears once the rows are measured
        # takes a column without resizing the list, and OptionList kept the rows measured without it (a row
        # wrapping once more then lost its last line).
        width = self.scrollable_content_region.width
        if width != self._rows_width:
            self._rows_width = width
            self._option_render_cache.clear()
            self._line_cache.clear()
        super()._update_lines()

    def move_cursor(self, step: int) -> None:
        """One enabled option down for a positive step, up for a negative one."""
        if step > 0:
            self.action_cursor_down()
        else:
            self.action_cursor_up()

    def move_page(self, step: int) -> None:
        if step > 0:
            self.action_page_down()
        else:
            self.action_page_up()

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
