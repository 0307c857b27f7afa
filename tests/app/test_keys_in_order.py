"""Keys wait for a screen that is being built (keys_in_order.py), but never for long: a screen that focuses
nothing, though it has a field, still gets the keys sent to it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input

from tests.app.waiting import until
from tui.app import make_app


class FocusesNothing(Screen):
    AUTO_FOCUS = ""  # nothing (None would be the app's choice: the first field)
    BINDINGS = [("x", "mark", "Mark")]

    def __init__(self) -> None:
        super().__init__()
        self.marks = 0

    def compose(self) -> ComposeResult:
        yield Input()

    def action_mark(self) -> None:
        self.marks += 1


async def test_a_new_screen_that_focuses_nothing_gets_its_keys_all_the_same(store, clock):
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        screen = FocusesNothing()
        app.push_screen(screen)  # not awaited: the keys come while it is being built
        await pilot.press("x", "x")
        await until(pilot, lambda: screen.marks == 2)
        assert screen.focused is None and screen.focus_chain  # it never took a focus
        await pilot.press("x")  # and once it has had keys, they are not held for it again
        await until(pilot, lambda: screen.marks == 3)
