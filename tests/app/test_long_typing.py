"""Thousands of characters arriving as keystrokes (a paste the terminal types key by key, a stuck key): a field
with a limit stops taking them at its limit, so the app stays responsive, and says once what it left out."""

from __future__ import annotations

from textual.widgets import Input

from tests.app.waiting import until
from tui.app import make_app
from tui.domain import input_limits
from tui.screens.history import HistoryScreen
from tui.screens.workout_add import AddWorkoutScreen


async def test_text_typed_past_a_fields_limit_keeps_only_what_the_field_can_hold(store, clock):
    # The fields with the smallest limits, so the test types a hundred keys rather than thousands; every capped
    # field (notes included) works the same way.
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AddWorkoutScreen))
        for field, typed in (("#form-name", "[/b]" * 25), ("#form-time", "1" * 40)):
            box = app.screen.query_one(field, Input)
            box.focus()
            await pilot.pause()
            await pilot.press("end", *["backspace"] * len(box.value), *typed)
            assert box.value == typed[:box.max_length] and 0 < box.max_length < len(typed)
            # Said once, however many keys went past it (a name stopped at 80 characters, unsaid).
            said = f"This field holds at most {box.max_length} characters: what was typed past that was left out."
            assert [note.message for note in app._notifications].count(said) == 1
        assert app.screen.query_one("#form-note", Input).max_length == input_limits.WORKOUT_NOTE
