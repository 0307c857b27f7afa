"""The Routines screen on a phone's terminal (40x20): the list alone, a routine on a view of its own (by enter or
a tap), back to the list with the cursor where it was, and a workout started from there. At 60 columns and up the
list and the detail stay side by side."""

from __future__ import annotations

import pytest

from tests.app.waiting import until
from tui.app import make_app
from tui.screens.exercise_detail import ExerciseDetailScreen
from tui.screens.routine_editor import RoutineEditorScreen
from tui.screens.workout import WorkoutScreen
from tui.widgets.footer import Footer

FOUR_MOVES, GYM = "shipped:four-upper-body-exercises", "shipped:sample-upper-body-workout"


def shown(app, selector: str) -> bool:
    widget = app.screen.query_one(selector)
    return widget.display and widget.region.width > 0


def footer(app) -> str:
    return app.screen.query_one(Footer).render().plain


async def test_enter_shows_the_routine_on_its_own_view_and_escape_brings_the_list_back_where_it_was(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        assert shown(app, "#routine-list") and not shown(app, "#routine-detail")
        await pilot.press("j")
        assert app.screen.query_one("#routine-list").highlighted_id() == GYM
        await pilot.press("enter")
        await until(pilot, lambda: shown(app, "#routine-detail"))
        assert not shown(app, "#routine-list"), "the routine fills the screen"
        assert app.screen.query_one("#routine-detail").region.width == 40
        assert "Gym upper-body session" in str(app.screen.query_one("#routine-detail").options[0].prompt)
        await until(pilot, lambda: "esc Back" in footer(app) and "⏎ Start" in footer(app))
        await pilot.press("escape")
        await until(pilot, lambda: shown(app, "#routine-list"))
        assert not shown(app, "#routine-detail")
        assert app.screen.query_one("#routine-list").highlighted_id() == GYM


async def test_a_tap_on_a_row_opens_it_the_back_tap_returns_and_the_start_tap_starts(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        await pilot.click("#routine-list", offset=(5, 2))  # the first routine's name, under its section heading
        await until(pilot, lambda: shown(app, "#tap-start"))
        assert not shown(app, "#routine-list")
        await pilot.click("#tap-back")
        await until(pilot, lambda: shown(app, "#routine-list"))
        assert app.screen.query_one("#routine-list").highlighted_id() == FOUR_MOVES
        await pilot.click("#routine-list", offset=(5, 2))
        await until(pilot, lambda: shown(app, "#tap-start"))
        await pilot.press("j", "j")  # the cursor on an exercise: the tap still starts the routine
        await pilot.click("#tap-start")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        assert app.session.workout.routine_id == "four-upper-body-exercises"


async def test_on_the_routines_view_enter_starts_it_and_an_exercise_of_it_opens(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("enter", "j")  # onto the routine's view, then down to its first exercise
        await until(pilot, lambda: "⏎ Open" in footer(app))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ExerciseDetailScreen))
        await pilot.press("escape")
        await until(pilot, lambda: shown(app, "#routine-detail"))
        await pilot.press("escape", "enter", "enter")  # the list, the routine's view, start
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)


@pytest.mark.parametrize("size", [(60, 30), (120, 40)])
async def test_from_60_columns_the_list_and_the_detail_stay_side_by_side_and_enter_starts(store, clock, size):
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert shown(app, "#routine-list") and shown(app, "#routine-detail") and not shown(app, "#tap-start")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)


async def test_widening_the_window_on_the_routines_view_shows_the_list_beside_it_again(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("enter")
        await until(pilot, lambda: shown(app, "#routine-detail"))
        await pilot.resize_terminal(120, 40)
        await until(pilot, lambda: shown(app, "#routine-list") and shown(app, "#routine-detail"))
        assert not shown(app, "#tap-back")
        await pilot.resize_terminal(40, 20)
        await until(pilot, lambda: not shown(app, "#routine-list") and shown(app, "#routine-detail"))


async def test_enter_twice_in_quick_succession_starts_the_routine(store, clock):
    # An SSH app sends keys in bursts: the second enter arrives before the view's list has taken the focus.
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        await pilot.press("enter", "enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)


async def test_the_editors_exercise_lines_wrap_under_the_name_at_40_columns(store, clock):
    """"1. One-arm dumbbell row  3 x 10-12 reps" went on at the left edge, under the number."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        await pilot.press(*"Rows", "enter", "a", *"one-arm dumbbell row", "enter")
        entries = app.screen.query_one("#entries")
        await until(pilot, lambda: app.screen.is_current and entries.option_count == 1)
        await pilot.pause()
        lines = [strip.text.rstrip() for strip in entries.render_lines(entries.content_region.reset_offset)]
        lines = [line for line in lines if line.strip()]
        edge = len(lines[0]) - len(lines[0].lstrip())  # the list's own padding
        assert lines[0][edge:].startswith("1. One-arm dumbbell row") and len(lines) > 1
        assert all(len(line) - len(line.lstrip()) == edge + len("1. ") for line in lines[1:]), lines


async def test_a_routine_deleted_from_its_own_view_brings_the_list_back_on_its_neighbour(store, clock):
    """The view of the deleted routine gave way to its neighbour's, which looked as if the wrong one had gone."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        await pilot.press("c")  # the first shipped routine copied: the cursor goes to the copy
        await until(pilot, lambda: len(store.routines.all()) == 1)
        (kept,) = store.routines.all()
        await pilot.press("j", "j", "c")  # the Gym session copied too, after it
        await until(pilot, lambda: len(store.routines.all()) == 2)
        (gone,) = [routine for routine in store.routines.all() if routine.id != kept.id]
        assert app.screen.query_one("#routine-list").highlighted_id() == f"own:{gone.id}"
        await pilot.press("enter")
        await until(pilot, lambda: shown(app, "#routine-detail"))
        await pilot.press("d", "y")
        await until(pilot, lambda: [routine.id for routine in store.routines.all()] == [kept.id])
        await until(pilot, lambda: shown(app, "#routine-list"))
        assert not shown(app, "#routine-detail")
        assert app.screen.focused is app.screen.query_one("#routine-list")
        assert app.screen.query_one("#routine-list").highlighted_id() == f"own:{kept.id}"
