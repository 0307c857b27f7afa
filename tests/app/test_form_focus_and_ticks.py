"""Forms read without colour (NO_COLOR=1): the field with the cursor is marked by more than a tint, and a
ticked box by its mark, not only by its colour."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import Input

from tests.app.waiting import until
from tui.app import make_app
from tui.screens.settings import SettingsScreen
from tui.widgets.tick_box import TickBox


def shown(widget) -> str:
    return "".join(strip.text for strip in widget.render_lines(Region(0, 0, widget.size.width, 1)))


class Boxes(App):
    def compose(self) -> ComposeResult:
        yield TickBox("Each side", True, id="ticked", compact=True)
        yield TickBox("Each side", False, id="blank", compact=True)


async def test_a_ticked_box_differs_from_a_blank_one_by_its_mark(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = Boxes()
    async with app.run_test(size=(40, 5)) as pilot:
        ticked, blank = app.query_one("#ticked", TickBox), app.query_one("#blank", TickBox)
        assert "X" in shown(ticked) and "X" not in shown(blank)
        blank.focus()
        await pilot.press("space")  # ticked by a key, it shows its mark
        await until(pilot, lambda: "X" in shown(blank))


async def test_the_field_with_the_cursor_is_underlined_as_well_as_tinted(store, clock, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("comma")
        await until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        rest, zone = app.screen.query_one("#default-rest", Input), app.screen.query_one("#time-zone", Input)
        rest.focus()
        await pilot.pause()
        assert rest.rich_style.underline and not zone.rich_style.underline
        zone.focus()
        await until(pilot, lambda: zone.rich_style.underline and not rest.rich_style.underline)
