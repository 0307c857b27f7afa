"""The one way the app moves the focus, at once, and the one way it asks where the focus is, at once.

Textual's `widget.focus()` moves it only once the app has handled the messages already waiting, and keys typed
together (an SSH connection that stalled, then caught up) are such messages: the keys behind the one that moved the
focus went where the focus was. `e shift+tab enter` on a shipped routine asks "edit a copy?" with "no" focused;
shift+tab moved to "yes", then "no" took the focus back, and enter said no.
"""

from __future__ import annotations

from textual.dom import NoScreen
from textual.widget import Widget
from textual.widgets import Input


def focus_now(widget: Widget) -> None:
    widget.screen.set_focus(widget)


def focus_if_shown(widget: Widget) -> None:
    """The focus on the widget where it shows, else on nothing: never on a widget out of sight (Textual's focus
    takes one its style hides, and the keys then went to a list nobody could see)."""
    widget.screen.set_focus(widget if widget.display else None)


def focus_at_fault(widget: Widget) -> None:
    """The field a refused save names, focused with its text selected, so what is typed next replaces what was
    refused. A field focused already (the user typed in it, then saved) kept the cursor at its end: "99999" refused,
    then "-20" typed, read "99999-20"."""
    focus_now(widget)
    if isinstance(widget, Input):
        widget.select_all()


def focused_now(widget: Widget) -> bool:
    """Whether the focus is on the widget now. Textual's `has_focus` turns true only once the widget has handled
    its Focus message, and a priority binding acts as its key arrives, before that: "Abs enter a crunch" typed
    together in the routine editor, enter moved the focus to the exercises, and `a` (add, only there) found them
    not focused yet. It added nothing, and the "r" of crunch renamed the routine "unch"."""
    try:
        return widget.screen.focused is widget
    except NoScreen:  # not on a screen (yet, or any more)
        return False
