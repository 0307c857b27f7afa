"""Shown over everything while the terminal is smaller than the app is built for; nothing underneath stops."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import ModalScreen
from textual.widgets import Static

MIN_WIDTH, MIN_HEIGHT = 40, 20


def too_small(width: int, height: int) -> bool:
    return width < MIN_WIDTH or height < MIN_HEIGHT


class TooSmallScreen(ModalScreen[None]):
    """Asks for a bigger window; the workout, its timers and its data carry on underneath."""

    # The text has its own colour: at a small start this screen is pushed from the first Resize, before Textual
    # has styled the app, and a widget's colour taken from the app then is never looked up again.
    DEFAULT_CSS = """
    TooSmallScreen {
        background: $background;
    }
    TooSmallScreen Static {
        color: $foreground;
        width: auto;
        text-align: center;
    }
    """

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(id="too-small")

    def show_size(self, width: int, height: int) -> None:
        self.query_one("#too-small", Static).update(
            f"Make the window bigger.\n\nrunstrength needs {MIN_WIDTH}x{MIN_HEIGHT}; this one is {width}x{height}.\n"
            "Everything carries on meanwhile."
        )

    def on_mount(self) -> None:
        self.show_size(*self.app.size)
