"""The honest stand-in for a screen whose issue has not landed yet."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Footer, Header, Static


class NotBuiltYetScreen(Screen):
    """Says plainly that this screen does not exist yet, and what it will do."""

    def __init__(self, title: str, promise: str) -> None:
        super().__init__()
        self.screen_title = title
        self.promise = promise

    def compose(self) -> ComposeResult:
        yield Header()
        with Middle(), Center():
            yield Static(
                f"[b]{self.screen_title}[/b] is not built yet.\n\n{self.promise}",
                id="not-built",
            )
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.screen_title

