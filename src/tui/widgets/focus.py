"""The one way the app moves the focus: at once.

Textual's `widget.focus()` moves it only once the app has handled the messages already waiting, and keys typed
together (an SSH connection that stalled, then caught up) are such messages: the keys behind the one that moved the
focus went where the focus was. `x` then `tab k` cleared the filters, tab moved to the search and the k went into
it, and then the list took the focus back; a dialog's "no" took the focus from the button shift+tab had moved to.
"""

from __future__ import annotations

from textual.widget import Widget


def focus_now(widget: Widget) -> None:
    widget.screen.set_focus(widget)
