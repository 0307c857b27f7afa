"""Shown over everything while the terminal is smaller than the app is built for; nothing underneath stops."""

from __future__ import annotations

import textwrap

from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import ModalScreen
from textual.widgets import Static

# A phone's SSH app held upright gives about 40 columns; on its side, about 90x18, which was refused at 20 rows.
# Every screen and form keeps its buttons in view at 18 (tests at 40x18 and 90x18); its lists get fewer rows.
MIN_WIDTH, MIN_HEIGHT = 40, 18


def too_small(width: int, height: int) -> bool:
    return width < MIN_WIDTH or height < MIN_HEIGHT


def message(width: int, height: int) -> str:
    """The message wrapped to the terminal's width, its parts in order of need: a part that the rows cannot hold
    is left out whole (the last first) rather than every line cut at the edge; a blank line under the first part
    when there is a row for it."""
    def lines_of(part: str) -> list[str]:
        return textwrap.wrap(part, max(width, 1), break_on_hyphens=False)

    first, *others = ("Make the window bigger.",
                      f"runstrength needs {MIN_WIDTH}x{MIN_HEIGHT}; this one is {width}x{height}.",
                      "Everything carries on meanwhile.")
    heading, rest = lines_of(first), list[str]()
    for part in others:
        if len(heading) + len(rest) + len(lines_of(part)) > height:
            break
        rest += lines_of(part)
    gap = [""] if rest and len(heading) + len(rest) < height else []
    return "\n".join(heading + gap + rest)


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
        max-width: 100%;
        text-align: center;
    }
    """

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Static(id="too-small")

    def show_size(self, width: int, height: int) -> None:
        self.query_one("#too-small", Static).update(message(width, height))

    def on_mount(self) -> None:
        self.show_size(*self.app.size)
