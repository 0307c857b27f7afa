"""A key of the user's keymap that another binding of the same screen has too (the App's 1-4, ?, ctrl+p... are on
every screen): the app starts and says so, naming the key, both bindings and the one that acts there."""

from __future__ import annotations

import pytest
from textual.geometry import Region

from tests.app.test_user_keymap import drawn, write_config
from tests.app.waiting import until
from tui.app import make_app
from tui.keymap import start_warnings, user_keymap
from tui.screens.confirm import ConfirmScreen
from tui.screens.workout import WorkoutScreen
from tui.widgets.footer import Footer

FINISH_ON_1 = ("1 for Finish (workout.finish) is also Routines (screen.routines) on the Workout screen: there it does "
               "Finish (workout.finish).")


def notes_on_screen(app) -> list[str]:
    """Each note (toast) on screen, as drawn, its lines joined with single spaces."""
    return [" ".join(" ".join(strip.text for strip in toast.render_lines(Region(0, 0, *toast.outer_size)))
                     .replace("▌", " ").split()) for toast in app.screen.query("Toast")]


async def test_a_key_two_bindings_of_a_screen_have_is_said_at_start_and_acts_as_said(store, clock):
    write_config('[keymap]\n"workout.finish" = "1"\n')
    keymap = user_keymap()
    app = make_app(store, clock, keymap=keymap, keymap_warnings=start_warnings(keymap))  # as the command line's
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await until(pilot, lambda: notes_on_screen(app) == [f"Your keymap {FINISH_ON_1}"])
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and bool(app.screen.query(Footer)))
        await pilot.press("space")  # a set logged: finishing asks "Finish now?", not whether to discard
        await until(pilot, lambda: app.session.rest is not None)
        await pilot.press("1")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        question = drawn(app.screen.query_one(".dialog-title"))
        assert question.startswith("Finish now?"), "1 does Finish there, as the message says"


async def test_a_key_no_other_binding_of_its_screens_has_is_not_mentioned(store, clock):
    write_config('[keymap]\n"workout.finish" = "f9"\n')
    keymap = user_keymap()
    app = make_app(store, clock, keymap=keymap, keymap_warnings=start_warnings(keymap))
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        await until(pilot, lambda: "Screens" in drawn(app.screen.query_one(Footer)))  # after on_mount said its say
        assert not app._notifications and not notes_on_screen(app)


@pytest.mark.parametrize("keymap, lines", [
    # The App's own two: on every screen, the user's wins (Textual drops the default key from the App's keys).
    ({"app.quit": "1"}, ["1 for Quit (app.quit) is also Routines (screen.routines) on every screen: there it does "
                         "Quit (app.quit)."]),
    # A priority key of the App's acts before the screen's.
    ({"history.delete": "comma"}, ["comma for Delete (history.delete) is also Settings (app.settings) on the History "
                                   "screen: there it does Settings (app.settings)."]),
    # Two of one screen: the user's takes the key from the default.
    ({"calendar.today": "z"}, ["z for Today (calendar.today) is also Freeze (calendar.toggle_freeze) on the Calendar "
                               "screen: there it does Today (calendar.today)."]),
    # A dialog keeps the App's priority keys only; a Textual key with no id is named as built in.
    ({"app.settings": "y"}, ["y for Settings (app.settings) is also Yes (confirm.yes) on the Confirm screen: there "
                             "it does Settings (app.settings)."]),
    ({"history.delete": "ctrl+q"}, ["ctrl+q for Delete (history.delete) is also Quit (built in) on the History "
                                    "screen: there it does Quit (built in)."]),
    # Both the user's: said once.
    ({"workout.finish": "j", "workout.log": "j"}, ["j for Finish (workout.finish) is also Log (workout.log) on the "
                                                   "Workout screen: there it does Log (workout.log)."]),
    # Two keys that swap, a binding given its own key again, and a key only the key help's escape has: nothing.
    ({"history.delete": "e", "history.edit": "d"}, []),
    ({"app.help": "f1,question_mark"}, []),
    ({"calendar.show_day": "escape"}, []),
])
def test_every_screen_is_checked_and_the_binding_that_acts_is_named(keymap, lines):
    assert list(start_warnings(keymap)) == lines
