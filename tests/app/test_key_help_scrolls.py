"""The key help on a phone's terminal (40x20), where it covers the whole screen: the keys it lists for moving
(up, down, home, end) scroll it, as the page keys do, and any other key still closes it. Beside a wider screen
those keys stay the screen's."""

from __future__ import annotations

import pytest
from textual.widgets import HelpPanel

from tests.app.test_calendar_screen import screen_lines
from tests.app.waiting import until
from tui.app import make_app


def help_box(app):
    return app.screen.query_one("HelpPanel #keys-help")


async def test_the_arrows_home_and_end_scroll_the_key_help_that_covers_a_phones_screen(store, clock):
    """They closed it, though it lists them; only the page keys scrolled it."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        keys = help_box(app)
        assert keys.max_scroll_y > 2 and keys.scroll_y == 0
        await pilot.press("down", "down")
        await until(pilot, lambda: keys.scroll_y == 2)
        await pilot.press("up")
        await until(pilot, lambda: keys.scroll_y == 1)
        await pilot.press("end")
        await until(pilot, lambda: keys.scroll_y == keys.max_scroll_y)
        await pilot.press("home")
        await until(pilot, lambda: keys.scroll_y == 0)
        assert app.screen.query(HelpPanel), "still open"
        cursor = app.screen.query_one("#routine-list").highlighted_id()
        await pilot.press("j")  # another key closes it, and does nothing else
        await until(pilot, lambda: not app.screen.query(HelpPanel))
        assert app.screen.query_one("#routine-list").highlighted_id() == cursor
        await pilot.press("down")  # the help gone, down is the list's again
        await until(pilot, lambda: app.screen.query_one("#routine-list").highlighted_id() != cursor)


async def test_beside_a_wider_screen_the_arrows_stay_the_screens(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        cursor = app.screen.query_one("#routine-list").highlighted_id()
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        await pilot.press("down")
        await until(pilot, lambda: app.screen.query_one("#routine-list").highlighted_id() != cursor)
        assert app.screen.query(HelpPanel) and help_box(app).scroll_y == 0


@pytest.mark.parametrize("size", [(40, 20), (100, 30)])
async def test_the_key_help_leaves_the_title_lines_rest_in_view(store, clock, size):
    """`?` during a rest covered the title line's "Rest 0:59" (beside a laptop's screen, and on a phone's), and on
    Routines, History and the Calendar that is the only place the rest shows."""
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: "Set 1 of 3" in " ".join(screen_lines(app)))
        await pilot.press("space")
        await until(pilot, lambda: "Rest 1:00" in screen_lines(app)[0])
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        await pilot.pause()
        assert "Rest 1:00" in screen_lines(app)[0]
