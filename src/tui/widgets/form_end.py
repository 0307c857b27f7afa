"""The end of a form: what it says about the values typed, and its buttons.

Docked at the bottom of the form's box, so they stay in view however long the message grows, and the fields
scroll instead: on a phone's 40x20 a refused set's reasons pushed "Use these values" out of view, and a refused
setting's pushed out Save. The rule is in the widget, not in a stylesheet, so it holds whichever screen's
styles have been read.
"""

from __future__ import annotations

from textual.containers import Vertical


class FormEnd(Vertical):
    DEFAULT_CSS = """
    FormEnd {
        dock: bottom;
        height: auto;
    }
    """
