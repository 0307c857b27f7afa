"""The Calendar screen as a user drives it: the streak in words, a day cursor, months, a day's workouts and
freeze weeks (with the yearly cap)."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import date, timedelta

import pendulum
import pytest
from textual.geometry import Region

from tests.app.test_user_keymap import screen_text
from tests.app.waiting import until
from tests.builders import a_set, a_streak_begun_in_2025, a_workout, moment
from tests.conftest import FakeClock
from tui.app import make_app
from tui.domain.settings import Settings
from tui.screens.calendar import CalendarScreen
from tui.screens.day_workouts import DayWorkoutsScreen
from tui.screens.workout_detail import WorkoutDetailScreen
from tui.store.open import open_store
from tui.widgets.month_grid import MonthGrid
from tui.widgets.nav_list import NavList
from tui.widgets.streak_panel import StreakPanel
from tui.widgets.year_heatmap import LABEL_WIDTH, YearHeatmap

# The clock fixture says Friday 20 Nov 2026, 18:30 in Paris: this week runs Mon 16 - Sun 22 Nov.


def finish(store, *when, sets=4, name="Core", zone="Europe/Paris"):
    workout = a_workout(at=moment(*when, zone=zone), sets=sets, name=name)
    store.history.save(replace(workout, finished_at=workout.started_at))
    return workout


@pytest.fixture
def history(store):
    # Weeks of 19 Oct, 2 Nov and 9 Nov count; 26 Oct is empty; one workout so far this week.
    for day in (20, 22):
        finish(store, 2026, 10, day, 18, 0)
    for day in (3, 5, 10, 12):
        finish(store, 2026, 11, day, 18, 0)
    finish(store, 2026, 11, 18, 7, 15, name="Morning abs", sets=9)
    finish(store, 2026, 11, 18, 19, 0, name="Quick stretch", sets=2)
    return store


def panel_text(app) -> str:
    return str(app.screen.query_one(StreakPanel).render())


async def open_calendar(app, pilot):
    await pilot.press("3")
    await pilot.pause()
    assert isinstance(app.screen, CalendarScreen)
    return app.screen


async def test_the_streak_longest_streak_and_this_weeks_progress_are_shown(history, clock):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        text = panel_text(app)
        assert "Current streak  2 weeks" in text
        assert "Longest streak  2 weeks" in text
        assert "This week       1 of 2 - 1 more by Sunday" in text
        assert "Freezes left    4 of 4 in 2026" in text
        assert "Fri 20 Nov 2026" in text and "no workout" in text
        month = str(app.screen.query_one(MonthGrid).render())
        assert month.splitlines()[0].startswith("Mo Tu We Th Fr Sa Su")
        assert "16 17 18 19 20 21 22  1/2" in month
        assert " 9 10 11 12 13 14 15  2/2 ✓" in month


@pytest.mark.parametrize("theme", ["textual-dark", "atom-one-dark", "textual-light"])
async def test_a_workout_done_today_is_shaded_as_any_day_s_and_today_underlined(store, clock, theme):
    """Today's underline came with the grid's own background, which hid the shade of a workout done today."""
    finish(store, 2026, 11, 20, 7, 0, sets=9)  # today, Friday 20 Nov (the clock fixture)
    finish(store, 2026, 11, 19, 7, 0, sets=9)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await open_calendar(app, pilot)
        await pilot.press("left", "left")  # the cursor, drawn its own way, off both days
        await pilot.pause()
        text = app.screen.query_one(MonthGrid).render()
        lines = text.plain.splitlines()
        row = next(index for index, line in enumerate(lines) if line.startswith("16 17 18 19 20"))
        start = sum(len(line) + 1 for line in lines[:row])

        def style_at(column: int):
            return text.get_style_at_offset(app.console, start + column)

        yesterday, today = style_at(lines[row].index("19")), style_at(lines[row].index("20"))
        assert today.bgcolor == yesterday.bgcolor is not None, "today shaded as yesterday, its twin"
        assert today.underline and not yesterday.underline


async def test_arrows_move_the_day_cursor_and_brackets_change_month(history, clock):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_calendar(app, pilot)
        assert screen.cursor == date(2026, 11, 20)
        await pilot.press("left", "left", "up")
        assert screen.cursor == date(2026, 11, 11)
        await pilot.press("down", "right")
        assert screen.cursor == date(2026, 11, 19)
        await pilot.press("left_square_bracket")
        assert screen.cursor == date(2026, 10, 19)
        assert screen.query_one("#month-box").border_title == "October 2026"
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert screen.cursor == date(2026, 12, 19)
        assert "Sat 19 Dec 2026" in panel_text(app)
        await pilot.press("t")
        assert screen.cursor == date(2026, 11, 20)


def listed(screen) -> list[str]:
    options = screen.query_one("#day-workouts-list", NavList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


def lines_of(widget) -> list[str]:
    """The widget's rows as the terminal shows them."""
    return [strip.text for strip in widget.render_lines(Region(0, 0, widget.size.width, widget.size.height))]


async def test_enter_lists_the_days_workouts_on_one_line_each_and_opens_one(history, clock):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        await pilot.press("left", "left", "enter")
        await until(pilot, lambda: isinstance(app.screen, DayWorkoutsScreen))
        dialog = app.screen
        assert listed(dialog) == ["07:15  Morning abs  9 sets",
                                  "19:00  Quick stretch  2 sets (under 3 sets: not counted)"]
        shown = lines_of(dialog.query_one("#day-workouts-list"))
        assert "19:00  Quick stretch  2 sets (under 3 sets: not counted)" in "\n".join(shown)  # not wrapped
        await pilot.press("down", "enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        assert app.screen.workout.name == "Quick stretch"
        await pilot.press("escape")  # back to the day, then to the calendar
        await until(pilot, lambda: app.screen is dialog)
        await pilot.press("escape")
        await pilot.press("right", "enter")
        await until(pilot, lambda: isinstance(app.screen, DayWorkoutsScreen))
        assert app.screen.query_one("#day-workouts-empty").display


async def test_a_run_alone_is_one_cardio_entry_in_the_days_list_and_its_page_not_zero_sets(store, clock):
    """A run imported from another app has no sets: it read "0 sets, 1 cardio" in the day's list, "0 sets, 1 cardio
    entry" on its page (and "0 +1 cardio" in History)."""
    from tui.domain.catalogue.custom_exercises import CustomExercise

    store.exercises.add([CustomExercise("custom:running", "Running", "Cardio")])
    run = replace(a_set("custom:running", reps=None), distance_m=5000.0, duration_s=1560)
    workout = replace(a_workout(at=moment(2026, 11, 19, 7, 0), sets=0, name="Easy run"), sets=(run,))
    store.history.save(replace(workout, finished_at=workout.started_at.later(1560)))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        await pilot.press("left", "enter")
        await until(pilot, lambda: isinstance(app.screen, DayWorkoutsScreen))
        assert listed(app.screen) == [
            "07:00  Easy run  1 cardio entry (cardio only: not a strength workout for the streak)"]
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        heading = str(app.screen.query_one("#detail-heading").render())
        assert heading.endswith(", 26 min, 1 cardio entry"), heading


@pytest.mark.parametrize(("today", "first_weekday"), [((2026, 12, 1), "monday"), ((2026, 11, 30), "sunday")])
async def test_the_heatmaps_month_row_never_wraps(store, today, first_weekday):
    store.settings.save(Settings(time_zone="Europe/Paris", first_weekday=first_weekday))
    finish(store, 2026, 11, 3, 18, 0)
    clock = FakeClock(pendulum.datetime(*today, 18, 30, tz="Europe/Paris"))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_calendar(app, pilot)
        heatmap = lines_of(screen.query_one(YearHeatmap))
        # Last December over the first weeks, and this one, today's month, ending at the last week
        assert heatmap[0].startswith("    Dec Jan") and heatmap[0].endswith("Nov Dec"), heatmap[0]
        days = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
        rows = days[-1:] + days[:-1] if first_weekday == "sunday" else days
        assert [line[:2] for line in heatmap[1:]] == [*rows, "wk"]  # no stray row of month labels


async def test_the_month_grids_week_column_stands_apart_from_sunday_in_a_screenshot(history, clock):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        svg = app.export_screenshot()
    # Each text run of a screenshot is placed at its own column; a run holding the gap as well as "2/2" is drawn
    # squeezed by some viewers, which reads "152/2". The figures are runs of their own, at the week column.
    assert not re.search(r">(&#160;)+\d/2<", svg)
    assert re.search(r">2/2<", svg)


async def test_a_freeze_on_a_week_that_then_counts_is_not_spent(history, clock):
    a_streak_begun_in_2025(history)
    history.freezes.freeze(date(2026, 11, 4), "monday")  # frozen ahead, then two workouts made it count
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_calendar(app, pilot)
        assert "Freezes left    4 of 4 in 2026" in panel_text(app)
        assert not screen.streak.week_frozen(date(2026, 11, 2)) and screen.streak.week_counts(date(2026, 11, 2))
        assert " 2  3  4  5  6  7  8  2/2 ✓" in str(screen.query_one(MonthGrid).render())
        for day in (date(2026, 1, 5), date(2026, 2, 2), date(2026, 3, 2)):
            history.freezes.freeze(day, "monday")
        await pilot.press("up", "up", "up", "z")  # the empty week of 26 Oct: the fourth freeze, still allowed
        await pilot.pause()
        assert date(2026, 10, 26) in history.freezes.all()
        assert "Freezes left    0 of 4 in 2026" in panel_text(app)


@pytest.mark.parametrize("size", [(80, 24), (40, 20)])
async def test_a_week_whose_freeze_the_years_cap_keeps_off_says_so_under_its_days(store, clock, size):
    """The week of 9 Nov frozen, then done (its freeze handed back), then four other weeks of 2026 frozen, then
    the week no longer counts (a workout deleted, or the weekly target raised): it showed as any week without a
    freeze, 1/2, and its days said only "1 workout, 1 set"."""
    a_streak_begun_in_2025(store)
    store.freezes.freeze(date(2026, 11, 9), "monday")
    finish(store, 2026, 11, 10, 18, 0, sets=3)
    thursday = finish(store, 2026, 11, 12, 18, 0, sets=3)
    counted = {date(2026, 11, 9).toordinal()}
    for day in (7, 14, 21, 28):
        store.freezes.freeze(date(2026, 9, day), "monday", counted)
    store.history.delete(thursday.id)
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        screen = await open_calendar(app, pilot)
        await pilot.press("up")  # Fri 13 Nov
        await pilot.pause()
        said = " ".join(panel_text(app).split())
        assert "Fri 13 Nov 2026 no workout (your freeze stays off: 2026's 4 are spent on other weeks)" in said
        assert not screen.streak.week_frozen(date(2026, 11, 9))
        await pilot.press("up")  # the week of 2 Nov: no freeze was set on it
        await pilot.pause()
        assert "stays off" not in panel_text(app)


async def test_z_freezes_the_cursors_week_which_bridges_the_streak_and_z_again_unfreezes_it(history, clock):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_calendar(app, pilot)
        await pilot.press("up", "up", "up")  # Fri 30 Oct, in the empty week of 26 Oct
        await pilot.press("z")
        await pilot.pause()
        assert history.freezes.all() == [date(2026, 10, 26)]
        assert "Current streak  3 weeks" in panel_text(app)
        assert "Freezes left    3 of 4 in 2026" in panel_text(app)
        assert screen.streak.week_frozen(date(2026, 10, 26))
        assert "*" in str(screen.query_one(MonthGrid).render()).splitlines()[5]  # the row of 26 Oct - 1 Nov
        await pilot.press("z")
        await pilot.pause()
        assert history.freezes.all() == []
        assert "Current streak  2 weeks" in panel_text(app)


async def test_on_a_phone_the_palette_freezes_the_week_and_goes_back_to_today(history, clock):
    """At 40 columns the footer has no room for z or t, and "freez" in the palette found nothing."""
    app = make_app(history, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        screen = await open_calendar(app, pilot)
        today = screen.cursor
        await pilot.press("up", "up", "up")  # Fri 30 Oct, in the empty week of 26 Oct
        await pilot.press("ctrl+p", *"freez", "enter")
        await until(pilot, lambda: history.freezes.all() == [date(2026, 10, 26)])
        await pilot.press("ctrl+p", *"today", "enter")
        await until(pilot, lambda: screen.cursor == today)


async def test_a_week_that_already_counts_is_not_frozen(history, clock):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        await pilot.press("up", "z")
        await pilot.pause()
        assert history.freezes.all() == []
        assert any("already counts toward your streak" in n.message for n in app._notifications)


@pytest.mark.parametrize("logged", [True, False], ids=["before the first workout", "with none logged"])
async def test_a_week_before_any_workout_is_not_frozen(store, clock, logged, request):
    """z on a week before the first workout spent one of the year's four freezes on no streak at all."""
    if logged:
        request.getfixturevalue("history")  # its workouts, from 20 Oct on
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_calendar(app, pilot)
        await pilot.press("up", "up", "up", "up", "up", "up")  # Fri 09 Oct: the first workout was on 20 Oct
        await pilot.press("z")
        await until(pilot, lambda: any("No streak ran in the week of Mon 05 Oct 2026" in n.message
                                       for n in app._notifications))
        assert store.freezes.all() == [] and not screen.streak.week_frozen(date(2026, 10, 5))


async def test_a_freeze_left_before_the_first_week_that_counts_is_not_shown_nor_spent(store, clock):
    """The empty week of 26 Oct frozen to bridge the streak, then a workout of the week before deleted: the
    streak now starts on 2 Nov, and the freeze before it, keeping nothing alive, was still shown and took one of
    the year's four."""
    tuesday = finish(store, 2026, 10, 20, 18, 0)
    finish(store, 2026, 10, 22, 18, 0)
    for day in (3, 5, 10, 12):
        finish(store, 2026, 11, day, 18, 0)
    store.freezes.freeze(date(2026, 10, 26), "monday")
    store.history.delete(tuesday.id)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        screen = await open_calendar(app, pilot)
        assert "Freezes left    4 of 4 in 2026" in panel_text(app)
        await pilot.press("up", "up", "up")  # Fri 30 Oct
        await pilot.pause()
        assert not screen.streak.week_frozen(date(2026, 10, 26))
        assert "*" not in str(screen.query_one(MonthGrid).render()).splitlines()[5]  # the row of 26 Oct - 1 Nov
        await pilot.press("z")
        await until(pilot, lambda: any("No streak ran in the week of Mon 26 Oct 2026" in n.message
                                       for n in app._notifications))
        assert store.freezes.all() == [date(2026, 10, 26)], "kept: a workout logged on 22 Oct again brings it back"


async def test_a_fifth_freeze_in_a_year_is_refused_with_a_message_and_nothing_is_stored(history, clock):
    a_streak_begun_in_2025(history)
    for day in (date(2026, 1, 5), date(2026, 2, 2), date(2026, 3, 2), date(2026, 4, 6)):
        history.freezes.freeze(day, "monday")
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        assert "Freezes left    0 of 4 in 2026" in panel_text(app)
        await pilot.press("up", "up", "up", "z")
        await pilot.pause()
        assert len(history.freezes.all()) == 4
        assert any("already frozen 4 weeks in 2026" in n.message for n in app._notifications)


async def test_the_calendar_follows_a_workout_finished_while_it_was_hidden(history, clock):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        await pilot.press("1")
        finish(history, 2026, 11, 20, 17, 0, name="Evening")
        await pilot.press("3")
        await pilot.pause()
        assert "This week       2 of 2 - this week counts" in panel_text(app)
        assert "Current streak  3 weeks" in panel_text(app)


async def test_the_heatmap_shows_53_weeks_ending_this_week_and_follows_the_cursor(history, clock):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_calendar(app, pilot)
        heatmap = screen.query_one(YearHeatmap)
        weeks = heatmap.weeks_shown()
        assert len(weeks) == 53 and weeks[-1] == date(2026, 11, 16)
        rows = lines_of(heatmap)
        assert len(rows) == 9 and rows[1].startswith("Mo") and rows[7].startswith("Su")
        assert rows[3][4 + 52] == "▓"  # Wednesday 18 Nov: 11 sets (11-15)
        assert rows[1][4 + 52] == "·" and rows[7][4 + 52] == " "  # Monday: none; Sunday: not lived yet
        for _ in range(14):
            await pilot.press("left_square_bracket")
        assert heatmap.weeks_shown()[0] == date(2025, 9, 15)  # the cursor's week leads when it goes further back


async def test_left_open_overnight_the_calendar_moves_to_the_new_week(history, clock):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_calendar(app, pilot)
        clock.advance(days=3)  # Monday 23 Nov, 18:30
        app.tell_the_day()  # what the app does once a minute
        await until(pilot, lambda: screen.today == date(2026, 11, 23))
        assert "This week       0 of 2 - 2 more by Sunday" in panel_text(app)
        assert "Current streak  0 weeks" in panel_text(app)  # last week (1 of 2) did not count: broken
        assert "Longest streak  2 weeks" in panel_text(app)


async def test_at_40x20_page_down_brings_the_heatmap_into_view_and_it_shows_the_cursors_week(history, clock):
    """Below the month and the streak, the heatmap was out of sight at 40x20 and no key scrolled to it."""
    app = make_app(history, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await open_calendar(app, pilot)
        await pilot.pause()
        body, box = app.screen.query_one("#calendar-body"), app.screen.query_one("#heatmap-box")
        heatmap = app.screen.query_one(YearHeatmap)
        assert not body.region.contains_region(box.region), "below the fold at first"
        await pilot.press("pagedown")
        await until(pilot, lambda: body.region.contains_region(box.region))
        assert cursor_cell(heatmap)[1] == 1 + 4, "this Friday's cell, in the part of the heatmap shown"
        await pilot.press("home")
        await until(pilot, lambda: body.scroll_y == 0)
        assert body.region.contains_region(app.screen.query_one("#month-box").region)


def screen_lines(app) -> list[str]:
    """The screen's rows as the terminal shows them, read from Textual's own screenshot."""
    width, height = app.size
    rows = [[" "] * width for _ in range(height)]
    runs = re.findall(r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" '
                      r'clip-path="url\(#[^"]*-line-(\d+)\)">([^<]*)</text>', app.export_screenshot())
    for x, row, text in runs:
        column = round(float(x) / 12.2)  # the screenshot's cell width
        for at, character in enumerate(html.unescape(text).replace("\xa0", " ")):
            if column + at < width:
                rows[int(row)][column + at] = character
    return ["".join(row) for row in rows]


def heatmap_on_screen(app) -> list[str]:
    """The nine rows of the heatmap as the terminal shows them, inside its box."""
    inside = app.screen.query_one("#heatmap-box").content_region
    return [line[inside.x:inside.right] for line in screen_lines(app)[inside.y:inside.y + 9]]


def cursor_cell(heatmap) -> tuple[int, int]:
    """Where the heatmap draws the cursor's day (column, row), as the terminal shows it."""
    cursor = heatmap.get_component_rich_style("heatmap--cursor").bgcolor
    for y, strip in enumerate(heatmap.render_lines(Region(0, 0, *heatmap.size))):
        x = 0
        for segment in strip:
            if segment.text.strip() and segment.style and segment.style.bgcolor == cursor:
                return x, y
            x += segment.cell_length
    raise AssertionError("the cursor's day is not in view:\n" + "\n".join(lines_of(heatmap)))


@pytest.mark.parametrize("size", [(40, 20), (60, 24), (80, 24), (100, 30)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_heatmap_keeps_its_weekday_labels_its_title_and_its_legend_whole_at_any_width(history, clock, size):
    """At 40 columns the weeks scroll sideways: the weekday labels scrolled away with them (scrolled to this week,
    no row said which day it was), and the title and the legend ended in "…"; at 60, this week was cut off."""
    app = make_app(history, clock)
    async with app.run_test(size=size) as pilot:
        await open_calendar(app, pilot)
        body, box = app.screen.query_one("#calendar-body"), app.screen.query_one("#heatmap-box")
        heatmap = app.screen.query_one(YearHeatmap)
        await pilot.press("end")
        await until(pilot, lambda: body.region.contains_region(box.region))
        for weeks_back in (0, 30, 52):
            await pilot.press("t", *["up"] * weeks_back)
            await pilot.pause()
            rows = heatmap_on_screen(app)
            assert [row[:2] for row in rows[1:9]] == ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "wk"], rows
            assert re.fullmatch(r" *((Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +)*", rows[0] + " "), rows[0]
            x, y = cursor_cell(heatmap)
            assert y == 1 + 4 and x >= 4, f"{weeks_back} weeks back: Friday's cell, clear of the labels"
            shown = screen_text(app)
            assert "…" not in shown
            assert "to 22 Nov 2026" in shown
            assert all(item in shown for item in ("· none", "░ 1-5", "█ 16+ sets", "~ cardio")), shown


async def test_a_workout_finished_in_another_window_shows_on_the_calendar_in_view(history, clock, data_dir):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        assert "This week       1 of 2 - 1 more by Sunday" in panel_text(app)
        finish(open_store(data_dir), 2026, 11, 20, 17, 0, name="Gym")  # another window, on the same data dir
        await until(pilot, lambda: "This week       2 of 2" in panel_text(app))  # no key pressed


async def test_a_days_list_drops_a_workout_deleted_in_another_window(history, clock, data_dir):
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        await pilot.press("left", "left", "enter")
        await until(pilot, lambda: isinstance(app.screen, DayWorkoutsScreen))
        (stretch,) = [s for s in history.history.summaries() if s.name == "Quick stretch"]
        assert open_store(data_dir).history.delete(stretch.id)  # another window, on the same data dir
        await until(pilot, lambda: listed(app.screen) == ["07:15  Morning abs  9 sets"])  # no key pressed


async def test_a_day_with_more_workouts_than_room_says_how_many_more(history, clock):
    """At 80x24 the room under the heatmap is two lines: the third of three workouts was left out unsaid."""
    finish(history, 2026, 11, 18, 20, 0, name="Late push-ups", sets=3)
    app = make_app(history, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_calendar(app, pilot)
        await pilot.press("left", "left")  # Wednesday 18 Nov: three workouts
        await until(pilot, lambda: "07:15  Morning abs" in screen_text(app))
        await until(pilot, lambda: "... and 2 more: ⏎ lists them all" in screen_text(app))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, DayWorkoutsScreen))
        assert all(name in screen_text(app) for name in ("Morning abs", "Quick stretch", "Late push-ups"))
    async with make_app(history, clock).run_test(size=(100, 30)) as pilot:  # room for all three
        await open_calendar(pilot.app, pilot)
        await pilot.press("left", "left")
        await until(pilot, lambda: "Late push-ups" in screen_text(pilot.app))
        assert "more:" not in screen_text(pilot.app)


async def test_at_40_columns_a_streak_figure_too_long_for_its_line_goes_on_under_itself(history, clock):
    """"1 of 2 - 1 more by Sunday" went on at the left edge, under the labels, where "Sunday" read as a label."""
    app = make_app(history, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await open_calendar(app, pilot)
        rows = lines_of(app.screen.query_one(StreakPanel))
        figures = rows[:rows.index(" " * len(rows[0]))]  # the day's own lines follow a blank one
        assert len(figures) > 4, f"a figure is wrapped at 40 columns: {figures}"
        labels = ("Current streak  ", "Longest streak  ", "This week       ", "Freezes left    ", " " * 16)
        assert all(row.startswith(labels) for row in figures), figures


@pytest.mark.parametrize(("first_week", "begins"), [
    (date(2024, 12, 2), "    Dec Jan"),  # four weeks before January's: room for December's name
    (date(2024, 11, 18), "     Dec"),  # one week of November: no room for its name before December's
    (date(2024, 12, 30), "    Jan Feb"),  # the first week holds the 1st: named as ever
])
def test_the_heatmap_names_the_month_its_weeks_begin_in_mid_way(first_week, begins):
    """A window from 02 Dec 2024 (the cursor taken back a year) began with four weeks under no month's name, and
    "Jan" read as the month the cursor was in."""
    weeks = [first_week + pendulum.duration(weeks=offset) for offset in range(53)]
    assert YearHeatmap._month_labels(weeks).startswith(begins)



@pytest.mark.parametrize("first_weekday", range(7))
def test_the_heatmap_names_the_month_of_today_whatever_day_the_weeks_start_on(first_weekday):
    """With weeks from Sunday, 53 weeks up to Sunday 06 Dec 2026 named November last: December's 1st fell in the
    week before the last, and its name, moved to end at the last week, clashed with November's and was dropped.
    Every week of a year, from every first weekday: the last week's month is named, never past the last week, and
    every name sits over the week that holds its 1st or at most two columns left of it."""
    for offset in range(0, 371, 7):
        last = date(2026, 1, 5) + timedelta(days=offset + first_weekday)  # a Monday, on to the first weekday
        weeks = [last - timedelta(weeks=52 - column) for column in range(53)]
        labels = YearHeatmap._month_labels(weeks)
        assert len(labels) <= LABEL_WIDTH + len(weeks), labels
        assert labels.split()[-1] == f"{last + timedelta(days=6):%b}", (str(last), labels)
        firsts = {}  # month name -> the columns of the weeks holding a 1st of it
        for column, week in enumerate(weeks):
            for day in (week + timedelta(days=d) for d in range(7)):
                if day.day == 1:
                    firsts.setdefault(f"{day:%b}", []).append(LABEL_WIDTH + column)
        for name in re.finditer(r"[A-Z][a-z]{2}", labels):
            if name.start() > LABEL_WIDTH:  # the first may name the month the weeks begin in, over the first week
                assert any(0 <= first - name.start() <= 2 for first in firsts[name.group()]), (str(last), labels)


def test_the_heatmap_names_the_month_its_last_two_weeks_are_in():
    """53 weeks from 08 Dec 2025 to 13 Dec 2026 named no December, the month of today, over the last two weeks:
    its name ran past the last week. It now ends at the last week."""
    weeks = [date(2025, 12, 8) + pendulum.duration(weeks=offset) for offset in range(53)]
    labels = YearHeatmap._month_labels(weeks)
    assert labels.endswith("Oct Nov Dec")
    assert len(labels) == LABEL_WIDTH + len(weeks), "a label past the last week wraps the row"


async def test_on_a_phone_a_tap_picks_a_day_and_the_palette_moves_months_and_years(history, clock):
    """A phone has no arrow keys nor [ ] { } handy, and its footer has room for none of the month's and year's
    keys: a tap-only user saw today's month and no other day. A tap on a day puts the cursor there, a tap on the
    cursor's day lists its workouts (as enter), and the palette (a tap on ≡) moves a month or a year."""
    app = make_app(history, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        screen = await open_calendar(app, pilot)
        grid = screen.query_one(MonthGrid)
        lines = str(grid.render()).splitlines()
        y, x = next((y, x) for y, line in enumerate(lines) if y for x in range(0, 19, 3) if line[x:x + 2] == " 3")
        await pilot.click(MonthGrid, offset=(x + 1, y))
        await until(pilot, lambda: screen.cursor == date(2026, 11, 3))
        await pilot.click(MonthGrid, offset=(x + 1, y))
        await until(pilot, lambda: isinstance(app.screen, DayWorkoutsScreen))
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        for typed, day in (("next month", date(2026, 12, 3)), ("previous year", date(2025, 12, 3)),
                           ("previous month", date(2025, 11, 3)), ("next year", date(2026, 11, 3))):
            await pilot.press("ctrl+p", *typed, "enter")
            await until(pilot, lambda day=day: screen.cursor == day)
