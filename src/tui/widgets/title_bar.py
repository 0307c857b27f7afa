"""Every screen's top line: the app's title (with a running rest or hold: "runstrength · Rest 0:59") and the
screen's name, centred, and at the left the mark a tap or click opens the command palette with.

It stands in for Textual's Header, which looks the same: when the title changed, the Header laid the whole
screen out again, and the App repainted every line of it (its title repaints by default). During a rest the
title changes every second, and with the log key it changes at once: on the Workout screen that was half of
the key's time to the screen. This line redraws itself alone; the App declares its title not to repaint."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.widget import Widget
from textual.widgets import Static

# "≡", a menu's mark in every monospace font. Textual's Header has "⭘", which no font of the page `serve` sends
# has, nor the system fonts of many machines: on a phone's page the one way to the commands was blank.
PALETTE_MARK = "≡"


class PaletteMark(Static):
    """The mark at the left: a click or tap opens the command palette, as a phone has no ctrl+p."""

    DEFAULT_CSS = """
    PaletteMark { dock: left; width: 8; padding: 0 1; }
    PaletteMark:hover { background: $foreground 10%; }
    """

    def __init__(self) -> None:
        super().__init__(PALETTE_MARK)

    def on_enter(self) -> None:
        if self.app.screen is self.screen:  # not the late word, under the palette, that the pointer is still here
            self.tooltip = "Open the command palette"

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        # The tooltip's timer, started as the pointer came, outlives the click: the tooltip came up over the
        # dimmed screen behind the palette, and on a phone stayed there, the pointer left where the finger was.
        # It is back when the pointer comes again.
        self.tooltip = None
        await self.run_action("app.command_palette")


class TitleBar(Widget):
    SCOPED_CSS = False  # every rule names TitleBar; the phone's one starts from the screen's width class
    DEFAULT_CSS = """
    TitleBar { dock: top; width: 100%; height: 1; background: $panel; color: $foreground; }
    TitleBar > #title { width: 1fr; text-wrap: nowrap; text-overflow: ellipsis; content-align: center middle; }
    TitleBar > #title-end { dock: right; width: 10; }
    /* A phone's 40 columns: the room kept at either side goes to the title ("Hold (40 s) 0:35 — Workout" was cut). */
    .-narrow TitleBar {
        & > PaletteMark { width: 3; }
        & > #title-end { display: none; }
    }
    """

    def compose(self) -> ComposeResult:
        yield PaletteMark()
        yield Static(id="title")
        yield Static(id="title-end")  # the room Header kept for its clock: the title sits where it always did

    def on_mount(self) -> None:
        self.watch(self.app, "title", self._show_title)
        self.watch(self.screen, "sub_title", self._show_title)

    def _show_title(self) -> None:
        # The line is one row the width of the screen whatever the text: no layout.
        title = self.app.format_title(self.app.title, self.screen.sub_title or "")
        self.query_one("#title", Static).update(title, layout=False)
