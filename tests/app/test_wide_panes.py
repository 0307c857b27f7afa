"""On a wide terminal (160 columns and more) Routines, History and Calendar keep the workout in progress, and the
streak, in view in a pane beside their own content; below that nothing changes (PRODUCT.md, "Screens")."""

from __future__ import annotations

from dataclasses import replace

import pendulum
import pytest
from textual.widgets import Static

from tests.app.waiting import until
from tests.builders import a_workout, moment
from tui.app import make_app
from tui.domain.catalogue.model import Focus, Routine, RoutineEntry, RoutineFormat
from tui.domain.ranges import IntRange
from tui.domain.settings import Settings
from tui.keymap import config_path, user_keymap
from tui.screens.calendar import CalendarScreen
from tui.screens.history import HistoryScreen
from tui.screens.routines import RoutinesScreen
from tui.screens.side_pane import SidePane
from tui.screens.workout import WorkoutScreen
from tui.store.open import open_store

GYM = "sample-upper-body-workout"  # Bench press first: 3 sets of 8-12 reps, 60 s rest after each
WIDE, LAPTOP = (170, 40), (100, 30)
SCREENS = (("1", RoutinesScreen), ("4", HistoryScreen), ("3", CalendarScreen))


def pane(app) -> SidePane | None:
    """The side pane of the screen in view, if it shows."""
    shown = [side for side in app.screen.query(SidePane) if side.display and side.region.width]
    return shown[0] if shown else None


def pane_text(app) -> str:
    """What the pane shows, line by line, box titles included ("" with no pane in view)."""
    side = pane(app)
    if side is None:
        return ""
    lines = []
    for box in side.children:
        if box.display:
            lines.append(f"[{box.border_title}] {box.border_subtitle}".rstrip())
            lines += [str(line.render()) for line in box.query(Static) if line.display]
    return "\n".join(lines)


async def go_to(pilot, key: str, screen_type) -> None:
    await pilot.press(key)
    await until(pilot, lambda: isinstance(pilot.app.screen, screen_type))
    await pilot.pause()


async def started(app, pilot, routine: Routine | None) -> None:
    app.start_workout(routine)
    await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
    await pilot.pause()


async def test_a_wide_terminal_keeps_the_workout_in_view_beside_routines_history_and_calendar(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=WIDE) as pilot:
        await until(pilot, lambda: "No workout in progress" in pane_text(app))
        await started(app, pilot, app.catalogue.routines[GYM])
        for key, screen_type in SCREENS:
            await go_to(pilot, key, screen_type)
            await until(pilot, lambda: "Bench press" in pane_text(app))
            text = pane_text(app)
            assert "Gym upper-body session" in text
            assert "Exercise 1 of 6\nBench press\n" in text
            assert "Set 1 of 3 · 8-12 reps" in text
            assert "0 of 18 sets logged" in text
            assert "2 opens it" in text
            assert ("[Streak]" in text) == (screen_type is not CalendarScreen), "the Calendar shows the streak itself"

        # A set logged on the Workout screen: back on History the pane shows the next set and the rest running.
        await go_to(pilot, "2", WorkoutScreen)
        await pilot.press("space")
        await go_to(pilot, "4", HistoryScreen)
        await until(pilot, lambda: "Set 2 of 3 · 8-12 reps" in pane_text(app))
        assert "1 of 18 sets logged" in pane_text(app)
        assert "Rest 1:00" in pane_text(app)
        clock.advance(seconds=20)
        app.workout.tick()
        await until(pilot, lambda: "Rest 0:40" in pane_text(app))
        clock.advance(seconds=45)
        app.workout.tick()
        await until(pilot, lambda: "Rest over" in pane_text(app))


async def test_the_pane_names_the_key_the_user_mapped_to_the_workout(store, clock):
    config = config_path()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[keymap]\n"screen.workout" = "w,2"\n')  # two keys: the first is the one named
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=WIDE) as pilot:
        for key, screen_type in SCREENS:
            await go_to(pilot, key, screen_type)
            await until(pilot, lambda: "[Workout]" in pane_text(app))
            assert "[Workout] w opens it" in pane_text(app)
        await go_to(pilot, "w", WorkoutScreen)  # and it is the key that opens it


async def test_the_pane_says_where_to_start_and_finish_a_workout_with_the_users_keys(store, clock):
    config = config_path()
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text('[keymap]\n"screen.routines" = "r"\n"screen.workout" = "w"\n')
    one_set = Routine(id="mine", name="One set", description="", format=RoutineFormat.STRAIGHT_SETS,
                      focus=(Focus.CORE,), entries=(RoutineEntry("push-up", IntRange(1, 1), reps=IntRange(10, 10)),),
                      shipped=False)
    store.routines.save(one_set)
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=WIDE) as pilot:
        await until(pilot, lambda: "No workout in progress" in pane_text(app))
        assert "No workout in progress.\nStart one from Routines (r)." in pane_text(app)
        await started(app, pilot, one_set)
        await pilot.press("space")
        await go_to(pilot, "r", RoutinesScreen)
        await until(pilot, lambda: "All sets logged" in pane_text(app))
        assert "All sets logged: finish it on\nWorkout (w)." in pane_text(app)


async def test_the_pane_says_an_empty_workout_waits_for_its_first_exercise(store, clock):
    store.settings.save(Settings(time_zone="Europe/Paris"))  # the clock's 18:30 there: an evening workout
    app = make_app(store, clock)
    async with app.run_test(size=WIDE) as pilot:
        await started(app, pilot, None)
        await go_to(pilot, "1", RoutinesScreen)
        await until(pilot, lambda: "Evening workout" in pane_text(app))
        shown = pane_text(app)
        assert "No exercises yet: add one on\nWorkout (2)." in shown
        assert "Add an exercise" in shown and "0 sets logged" in shown and "of 0" not in shown


async def test_the_pane_shows_the_streak_the_calendar_shows(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=WIDE) as pilot:
        await go_to(pilot, "3", CalendarScreen)
        calendar = str(app.screen.query_one("#streak-panel").render())
        await go_to(pilot, "1", RoutinesScreen)
        await until(pilot, lambda: "[Streak]" in pane_text(app))
        text = pane_text(app)
        assert "Current    0 weeks" in text
        this_week = next(line for line in calendar.splitlines() if line.startswith("This week"))
        assert this_week.split(maxsplit=2)[2] in text


async def test_a_tap_on_the_pane_opens_the_workout(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=WIDE) as pilot:
        await started(app, pilot, app.catalogue.routines[GYM])
        await go_to(pilot, "4", HistoryScreen)
        await until(pilot, lambda: pane(app) is not None)
        await pilot.click(pane(app).query_one("#side-workout"))
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen))


async def test_names_in_the_pane_are_drawn_as_written(store, clock):
    name = "Core [/dim] day \x1b]0;pwned\x07"
    routine = Routine(id="mine", name=name, description="", format=RoutineFormat.STRAIGHT_SETS,
                      focus=(Focus.CORE,), entries=(RoutineEntry("plank", IntRange(3, 3), hold_s=IntRange(30, 60)),),
                      shipped=False)
    store.routines.save(routine)
    app = make_app(store, clock)
    async with app.run_test(size=WIDE) as pilot:
        await started(app, pilot, routine)
        await go_to(pilot, "1", RoutinesScreen)
        await until(pilot, lambda: "Core [/dim] day" in pane_text(app))
        assert "\x1b" not in pane_text(app) and "\x07" not in pane_text(app)


async def test_below_160_columns_nothing_changes_and_the_ticks_cost_nothing_more(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=LAPTOP) as pilot:
        await started(app, pilot, app.catalogue.routines[GYM])
        await pilot.press("space")
        listening = app.workout.listening()
        for key, screen_type in SCREENS:
            await go_to(pilot, key, screen_type)
            assert pane(app) is None
            assert app.workout.listening() == listening, "a pane out of view listens to nothing"


async def test_visits_do_not_pile_up_listeners_and_a_narrowed_terminal_stops_them(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=WIDE) as pilot:
        await started(app, pilot, app.catalogue.routines[GYM])
        await go_to(pilot, "1", RoutinesScreen)
        await until(pilot, lambda: "Bench press" in pane_text(app))
        once = app.workout.listening()
        for _ in range(3):
            for key, screen_type in (*SCREENS, ("2", WorkoutScreen)):
                await go_to(pilot, key, screen_type)
        await go_to(pilot, "1", RoutinesScreen)
        await until(pilot, lambda: "Bench press" in pane_text(app))
        assert app.workout.listening() == once, "only the pane in view listens"
        await pilot.resize_terminal(*LAPTOP)
        await until(pilot, lambda: pane(app) is None)
        await until(pilot, lambda: app.workout.listening() < once)
        await pilot.resize_terminal(*WIDE)
        await until(pilot, lambda: pane(app) is not None and app.workout.listening() == once)
        app.workout.change(lambda session: session.next_exercise())
        await until(pilot, lambda: "Exercise 2 of 6\nOverhead press\n" in pane_text(app))


async def test_a_workout_saved_in_another_window_moves_the_panes_streak_on(data_dir, clock):
    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=WIDE) as pilot:
        await until(pilot, lambda: "This week  0 of 2" in pane_text(app))
        start = moment(2026, 11, 20, 8, 0)  # this morning, the clock's Friday
        open_store(data_dir).history.save_many([replace(a_workout(at=start, sets=3), finished_at=start)])
        await until(pilot, lambda: "This week  1 of 2" in pane_text(app))


@pytest.mark.parametrize("first_weekday, last_evening", [("monday", (2026, 11, 22)), ("sunday", (2026, 11, 21))])
async def test_left_open_overnight_the_panes_streak_moves_to_the_new_week(store, clock, first_weekday, last_evening):
    store.settings.save(store.settings.get().changed(time_zone="Europe/Paris", first_weekday=first_weekday))
    for day in (18, 20):  # Wednesday and this morning, the clock's Friday: this week's target met
        start = moment(2026, 11, day, 8, 0)
        store.history.save_many([replace(a_workout(at=start, sets=3), finished_at=start)])
    app = make_app(store, clock)
    async with app.run_test(size=WIDE) as pilot:
        await until(pilot, lambda: "This week  2 of 2" in pane_text(app))
        assert "Current    1 week" in pane_text(app)
        # The week's last minute: nothing moves yet.
        clock.current = pendulum.datetime(*last_evening, 23, 59, tz="Europe/Paris").in_timezone("UTC")
        app.tell_the_day()
        await pilot.pause()
        assert "This week  2 of 2" in pane_text(app)
        clock.advance(minutes=2)  # the new week's first minute, the app idle meanwhile
        app.tell_the_day()
        await until(pilot, lambda: "This week  0 of 2" in pane_text(app))
        assert "Current    1 week" in pane_text(app), "last week counts; the new one has only begun"


async def test_a_tick_while_the_panes_boxes_are_going_does_not_crash_the_app(store, clock):
    # As the app closes, the pane's boxes go before the pane stops listening: a rest's tick in between crashed it.
    app = make_app(store, clock)
    async with app.run_test(size=WIDE) as pilot:
        await started(app, pilot, app.catalogue.routines[GYM])
        await pilot.press("space")
        await go_to(pilot, "4", HistoryScreen)
        await until(pilot, lambda: "Rest 1:00" in pane_text(app))
        await pane(app).query_one("#side-workout").remove()
        clock.advance(seconds=5)
        app.workout.tick()
        await pilot.pause()
        assert app.is_running and app.return_code is None
