"""A terminal smaller than 40x18 gets a clear "make the window bigger"; resizing never loses the workout."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widgets import Static

from tui.app import make_app
from tui.screens.too_small import TooSmallScreen


def message(app) -> str:
    return " ".join(str(app.screen.query_one("#too-small", Static).render()).split())  # lines wrap to the width


async def test_a_small_terminal_asks_for_a_bigger_window_and_it_goes_away_when_big_enough(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(39, 20)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        assert "Make the window bigger" in message(app) and "this one is 39x20" in message(app)
        await pilot.resize_terminal(90, 17)
        await pilot.pause()
        assert "this one is 90x17" in message(app)
        await pilot.resize_terminal(40, 18)
        await pilot.pause()
        assert not isinstance(app.screen, TooSmallScreen)


def on_screen(app) -> list[str]:
    """The message's lines as drawn, each cut where the terminal ends."""
    shown = app.screen.query_one("#too-small", Static)
    screen = Region(0, 0, *app.size)
    assert screen.contains_region(shown.region), f"the message spans {shown.region} of {screen}"
    return [strip.text.strip() for strip in shown.render_lines(Region(0, 0, *shown.size))]


@pytest.mark.parametrize("size", [(39, 20), (30, 10), (20, 6), (12, 4)])
async def test_the_bigger_window_message_is_read_whole_at_the_smallest_sizes(store, clock, size):
    """It was cut at the right edge: "runstrength needs 40x18; this one is 39" at 39 columns, "Make the wi" at 20."""
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lines = on_screen(app)
        said = " ".join(line for line in lines if line)
        assert said.startswith("Make the window bigger."), lines
        if size[1] >= 6:  # room for the sizes too
            assert f"runstrength needs 40x18; this one is {size[0]}x{size[1]}." in said, lines


async def test_resizing_during_a_rest_keeps_the_workout_and_its_timer(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await pilot.pause()
        await pilot.press("space")
        deadline = app.session.rest.deadline
        await pilot.resize_terminal(50, 15)
        await pilot.pause()
        assert isinstance(app.screen, TooSmallScreen)
        clock.advance(seconds=20)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        app.screen.tick()
        assert app.session.rest.deadline == deadline
        assert len(app.session.workout.sets) == 1
        assert str(app.screen.query_one("#workout-position", Static).render()) == "Set 2 of 3"
        assert app.screen.query_one("Digits").value == "0:40"


async def test_narrowing_the_window_rewraps_the_routine_lists_as_a_fresh_start_at_that_size_draws_them(store, clock):
    async def screen_at(start: tuple[int, int], end: tuple[int, int]) -> str:
        app = make_app(store, clock)
        async with app.run_test(size=start) as pilot:
            await pilot.pause()
            await pilot.resize_terminal(*end)
            await pilot.pause()
            return app.export_screenshot()

    resized = await screen_at((140, 40), (80, 24))
    assert resized == await screen_at((80, 24), (80, 24))
    assert resized != await screen_at((140, 40), (140, 40))
