"""Every private Textual name the app relies on, in this one module.

Textual is pinned to the minor version the suite runs on (pyproject.toml), and
tests/app/test_textual_internals.py fails loudly, naming the attribute, when an upgrade removes one of these.
Everything else in the app uses Textual's public API. Each name is here because Textual has no public way to
do what it does; the comment on each says what that is.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from textual import events
from textual.widgets import OptionList

if TYPE_CHECKING:
    from textual.app import App
    from textual.driver import Driver
    from textual.screen import Screen
    from textual.widget import Widget


def driver_of(app: App[Any]) -> Driver | None:
    """The terminal's driver, to write an escape sequence Textual has no method for (App.bell writes the bell
    the same way)."""
    return app._driver


def keymap_of(app: App[Any]) -> Mapping[str, str]:
    """The user's keymap in use (binding id to keys), for hints that name a key: App.set_keymap has no reader."""
    return app._keymap


def is_being_removed(widget: Widget) -> bool:
    """True while the widget's screen is being taken down (its queries may find nothing)."""
    return widget._pruning


def mark_styled(screen: Screen[Any]) -> None:
    """Tell Textual a new MODES screen is styled already (it is, as it mounts): otherwise Textual parses every
    stylesheet again and restyles the whole app, twice, as the screen is first shown (see app.py, _screen_of)."""
    screen._css_update_count = screen.app._css_update_count


class FatalErrorHook:
    """Mixed into the App: Textual has no public hook for an exception no handler took, only `_fatal_error`."""

    def _fatal_error(self) -> None:
        self.on_fatal_error(sys.exc_info()[1] or RuntimeError("unknown error"))

    def on_fatal_error(self, error: BaseException) -> None:
        raise NotImplementedError

    def close_messages_now(self) -> None:
        """What Textual's own `_fatal_error` does after exit(): stop taking messages at once."""
        self._close_messages_no_wait()  # type: ignore[attr-defined]


class RowsFollowWidth(OptionList):
    """An OptionList that measures and draws its rows again only when its width changed.

    OptionList forgets every measured and drawn row on each resize, the first one too, which arrives just after the
    list was first drawn at that very size (about 5 ms a list before the first frame). And a scrollbar that
    appears once the rows are measured takes a column without a resize: OptionList kept the rows measured
    without it, and a row wrapping once more lost its last line. Both need its private row caches.
    """

    _rows_width: int | None = None  # the width the measured and drawn rows are for

    # OptionList's handler takes no event; Textual passes the event to a handler that asks for it.
    def _on_resize(self, event: events.Resize) -> None:  # type: ignore[override]
        event.prevent_default()
        if self.scrollable_content_region.width != self._rows_width:
            self.refresh()

    def _update_lines(self) -> None:
        width = self.scrollable_content_region.width
        if width != self._rows_width:
            self._rows_width = width
            self._option_render_cache.clear()
            self._line_cache.clear()
        super()._update_lines()
