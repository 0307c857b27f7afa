"""A scrolling text pane whose keys belong to the screen, like NavList."""

from __future__ import annotations

from textual.containers import VerticalScroll


class ScrollPane(VerticalScroll, inherit_bindings=False):
    """VerticalScroll without its own bindings, so the screen's remappable scroll keys show in the footer."""


    DEFAULT_CSS = """
    ScrollPane {
        height: 1fr;
        padding: 0 1;
    }
    """
