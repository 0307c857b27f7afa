"""The one way the app moves the focus: at once.

Textual's `widget.focus()` moves it only once the app has handled the messages already waiting, and keys typed
together (an SSH connection that stalled, then caught up) are such messages: the keys behind the one that moved the
focus went where the focus was. `e shift+tab enter` on a shipped routine asks "edit a copy?" with "no" focused;
shift+tab moved to "yes", then "no" took the focus back, and enter said no.
"""

from __future__ import annotations

from textual.widget import Widget


def focus_now(widget: Widget) -> None:
    widget.screen.set_focus(widget)
