"""Keys wait for a screen that is being built (keys_in_order.py), but never for long: a screen that focuses
nothing, though it has a field, still gets the keys sent to it. A field's own keys typed together with characters
act where they were typed."""

from __future__ import annotations

import pytest
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input

from tests.app.keystrokes import press_together
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


@pytest.mark.parametrize("keys", [
    ["p", "l", "a", "n", "x", "backspace", "k"],
    ["l", "a", "n", "k", "home", "p"],
    ["p", "l", "a", "k", "left", "n"],
    ["r", "o", "w", "ctrl+w", "p", "l", "a", "n", "k"],
], ids=["backspace", "home", "left", "ctrl+w"])
async def test_a_fields_own_keys_typed_with_characters_act_where_they_were_typed(store, clock, keys):
    """As an SSH connection that caught up delivers them. The field's own keys acted only after the characters
    typed behind them: "planx backspace k" searched for "planx"."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        press_together(pilot, "slash", *keys)
        await until(pilot, lambda: len(app.screen.query_one("#search", Input).value) == 5)
        await pilot.pause()
        assert app.screen.query_one("#search", Input).value == "plank"


async def test_a_new_routines_name_typed_with_a_goes_to_its_name(store, clock):
    """a acted once it had gone through the routine list, which the name's letters had reached first: "New
    routine" opened with an empty name."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        press_together(pilot, "a", "M", "y", "space", "d", "a", "y")
        await until(pilot, lambda: bool(app.screen.query("#name")))
        await until(pilot, lambda: app.screen.query_one("#name", Input).value == "My day")
