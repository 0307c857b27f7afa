"""Keys that arrive together (keys_in_order.py): each is handled before the next is handed on, and keys wait for a
screen being built, but never for long: a screen that focuses nothing, though it has a field, still gets them."""

from __future__ import annotations

import asyncio

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input

from tests.app.waiting import until
from tui.app import make_app


def type_at_once(app, *keys: str) -> None:
    """As a terminal's burst reaches the app: every key is posted before the first is handled."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


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


async def test_a_typo_corrected_in_a_burst_is_corrected_where_it_was_typed(store, clock):
    """Textual runs a field's own keys (end, backspace) only once they have bubbled up to the app, while the
    characters behind them are typed at once: the digits jumped ahead, and backspace took the wrong one."""
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("comma")
        rest = app.screen.query_one("#default-rest", Input)
        await until(pilot, lambda: app.focused is not None)
        # To the default rest (its 90 chosen whole as it takes the focus), to its end, then 1, 3, a slip, 2.
        type_at_once(app, "tab", "end", "1", "3", "backspace", "2")
        await until(pilot, lambda: rest.value == "9012")


async def test_a_new_routines_name_typed_with_a_goes_into_its_name(store, clock):
    """The letters went to the routine list, which took the e of "Legs" for Edit."""
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        await until(pilot, lambda: app.focused is not None)
        type_at_once(app, "a", *"Legs")
        await until(pilot, lambda: isinstance(app.focused, Input) and app.focused.value == "Legs")


class SlowField(Input):
    async def on_key(self, event: events.Key) -> None:
        await asyncio.sleep(0.3)  # a field slow to take a key, as on a machine under load


class SavesWhatWasTyped(Screen):
    """ctrl+s in the app's own turn, as the set form's: it reads the field at once."""

    BINDINGS = [Binding("ctrl+s", "save", "Save", priority=True)]

    def __init__(self) -> None:
        super().__init__()
        self.saved: list[str] = []

    def compose(self) -> ComposeResult:
        yield SlowField()

    def action_save(self) -> None:
        self.saved.append(self.query_one(SlowField).value)


async def test_a_save_typed_behind_a_slow_field_waits_for_what_was_typed_before_it(store, clock):
    """The keys behind a key waited a tenth of a second at most: a slow machine's field had not typed the 0
    when ctrl+s read it, and the 0 went to a form already closed."""
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        screen = SavesWhatWasTyped()
        await app.push_screen(screen)
        await until(pilot, lambda: isinstance(app.focused, SlowField))
        type_at_once(app, "4", "0", "ctrl+s")
        await until(pilot, lambda: bool(screen.saved))
        assert screen.saved == ["40"]
