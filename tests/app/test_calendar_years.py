"""The Calendar's `{` and `}`: a year back and on (ten years of history were 120 presses of `[`), going where
`[` and `]` go: before the first month with workouts and past today's month alike."""

from __future__ import annotations

import re

from textual.widgets import HelpPanel

from tests.app.test_calendar_screen import finish, open_calendar, panel_text
from tests.app.test_user_keymap import screen_text, write_config
from tests.app.waiting import until
from tui.app import make_app
from tui.keymap import user_keymap

# The clock fixture says Friday 20 Nov 2026; the one workout is in October 2026.


def month_shown(app) -> str:
    return str(app.screen.query_one("#month-box").border_title)


async def test_braces_move_a_year_and_back_to_the_same_day(store, clock):
    finish(store, 2026, 10, 20, 18, 0)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        await pilot.press("right_curly_bracket")
        await until(pilot, lambda: month_shown(app) == "November 2027")
        assert "Sat 20 Nov 2027" in panel_text(app)
        await pilot.press("left_curly_bracket")
        await until(pilot, lambda: month_shown(app) == "November 2026")
        assert "Fri 20 Nov 2026" in panel_text(app)


async def test_braces_go_where_twelve_brackets_go_before_the_first_workout_and_past_today(store, clock):
    # [ and ] stop nowhere: a month before any workout, a month after today, are shown (empty). So do { and }.
    finish(store, 2026, 10, 20, 18, 0)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        for year_key, month_key, a_year_away in (("left_curly_bracket", "left_square_bracket", "November 2025"),
                                                 ("right_curly_bracket", "right_square_bracket", "November 2027")):
            await pilot.press("t", *[month_key] * 12)
            assert month_shown(app) == a_year_away
            await pilot.press("t")
            assert month_shown(app) == "November 2026"
            await pilot.press(year_key)
            assert month_shown(app) == a_year_away


async def test_the_year_keys_are_in_the_key_help_and_can_be_remapped(store, clock):
    write_config('[keymap]\n"calendar.next_year" = "Y"\n')
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=(100, 80)) as pilot:  # the key help whole
        await open_calendar(app, pilot)
        await pilot.press("Y")
        await until(pilot, lambda: month_shown(app) == "November 2027")
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        await pilot.pause()
        on_screen = screen_text(app)
        assert re.search(r"\{\s+Year\s+The same", on_screen), "the key help lists { and what it does"
        assert re.search(r"\bY\s+Year\s+The same", on_screen), "and the user's key for }"
        assert not re.search(r"\}\s+Year", on_screen)
