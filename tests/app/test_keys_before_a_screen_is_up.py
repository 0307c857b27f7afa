"""Keys asked of a screen pushed but not composed yet: a key typed fast after the one that opened it, or the
footer reading what to offer. `/farmers carry`, enter, enter on Routines stopped the app one time in three in a
real terminal: the exercise's page looked for its variations before it had any widget (NoMatches)."""

from __future__ import annotations

import pytest

from tui.app import make_app
from tui.domain.routines.editing import blank_draft, draft_of
from tui.screens import calendar, history, routines, workout
from tui.screens.exercise_detail import ExerciseDetailScreen
from tui.screens.routine_editor import RoutineEditorScreen

SCREENS = {
    "exercise page": lambda app: ExerciseDetailScreen(app.catalogue.exercises["plank"], app.catalogue),
    "new routine": lambda app: RoutineEditorScreen(blank_draft(), "New routine"),
    "routine edited": lambda app: RoutineEditorScreen(draft_of(next(iter(app.catalogue.routines.values()))), "Edit"),
    "Routines": lambda app: routines.make_screen(),
    "Workout": lambda app: workout.make_screen(),
    "Calendar": lambda app: calendar.make_screen(),
    "History": lambda app: history.make_screen(),
}


@pytest.mark.parametrize("name", SCREENS)
async def test_a_screen_tells_its_keys_before_it_has_its_widgets(store, clock, name):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = SCREENS[name](app)
        mounted = app.push_screen(screen)  # not awaited: as a key typed right after it finds the screen
        assert app.screen is screen and not screen.is_mounted
        assert screen.active_bindings  # what Textual asks of each key's check_action, as the footer does
        await mounted
        await pilot.pause()
        assert app.is_running
