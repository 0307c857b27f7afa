"""The one-line footer (widgets/footer.py): what it draws, and that clicking a key does what pressing it does."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.screen import Screen

from tests.app.waiting import until
from tui.app import make_app
from tui.screens.routine_editor import RoutineEditorScreen
from tui.widgets.footer import Footer


def footer_line(app) -> str:
    return app.screen.query_one(Footer).render().plain


PINNED = "1234 Screens ? Keys ▏^p Commands"


def left_part(line: str) -> str:
    """The screen's own keys: the line before the pinned ones."""
    return line.removesuffix(PINNED).rstrip()


@pytest.mark.parametrize("width", [80, 100])
async def test_keys_that_do_not_fit_are_left_out_whole_and_the_screen_keys_help_and_palette_stay(store, clock, width):
    app = make_app(store, clock)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        line = footer_line(app)
        assert len(line) == width
        assert line.endswith(" " + PINNED)  # 1-4 and ? on every footer, whatever the width
        keys = left_part(line)
        shown = [f"{item.key_display} {item.description}" for item in app.screen.query_one(Footer).items]
        # What is drawn is the first keys, each whole, then nothing: no description cut in the middle.
        assert keys.startswith("⏎ Start / Search e Edit c Copy a New d Delete")
        fitting = [text for text in shown if text in keys]
        assert " ".join(fitting) == keys
        assert len(fitting) < len(shown)  # some keys are left for the help (?)
        assert "pgup" not in line and "Page" not in line


async def test_the_line_fills_the_width_exactly_whatever_the_width(store, clock):
    # Whole keys or none, a space between keys, the pinned keys and the palette's flush right: never a column more
    # or fewer.
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        for width in range(80, 112):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            line = footer_line(app)
            assert len(line) == width and line.endswith(" " + PINNED), (width, line)
            assert "  " not in left_part(line)


class DimScreen(Screen):
    BINDINGS = [Binding("x", "nothing", "Not now", id="dim.nothing")]

    def compose(self) -> ComposeResult:
        yield Footer()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "nothing" else True  # shown, but dimmed: it does not apply


async def test_a_dimmed_key_is_drawn_dim_and_clicking_it_only_rings():
    app = App()
    rang = []
    app.bell = lambda: rang.append(True)
    async with app.run_test(size=(80, 5)) as pilot:
        await app.push_screen(DimScreen())
        footer = app.screen.query_one(Footer)
        await until(pilot, lambda: "Not now" in {item.description for item in footer.items})
        content = footer.render()
        column = content.plain.index("x Not now")
        assert all(span.style.dim for span in content.spans if span.start <= column < span.end)
        await pilot.click(Footer, offset=(column, 0))
        await pilot.pause()
        assert rang


async def test_on_an_exercise_edit_copy_and_delete_are_not_offered_and_say_why_when_pressed(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("b")  # to the exercise catalogue
        footer = app.screen.query_one(Footer)
        await until(pilot, lambda: "Open" in {item.description for item in footer.items})
        assert not {"Edit", "Copy", "Delete"} & {item.description for item in footer.items}
        await pilot.press("e")
        await until(pilot, lambda: len(app._notifications) == 1)
        await pilot.press("c", "d")  # the same words: said once, not three notes stacked
        await pilot.pause()
        assert len(app._notifications) == 1
        assert all("the exercise catalogue is read-only" in n.message for n in app._notifications)
        assert app.screen is not None and not isinstance(app.screen, RoutineEditorScreen)


async def test_clicking_a_key_does_what_pressing_it_does(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        column = footer_line(app).index("a New")
        await pilot.click(Footer, offset=(column + 2, 0))  # on the description
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))


async def test_hovering_a_key_shows_its_tooltip(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        column = footer_line(app).index("/ Search")
        await pilot.hover(Footer, offset=(column, 0))
        assert app.screen.query_one(Footer).tooltip == "Search routines and exercises by name"


async def test_a_key_tapped_leaves_no_tooltip_over_the_screen_it_opened(store, clock):
    # A tap on a phone (over `serve`) is a click with the pointer left where it was: the tooltip of "A Empty
    # workout" stayed over the workout that key had started.
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("2")
        await until(pilot, lambda: "A Empty workout" in footer_line(app))
        footer = app.screen.query_one(Footer)
        column = footer_line(app).index("A Empty workout")
        await pilot.hover(Footer, offset=(column, 0))
        assert footer.tooltip and "start one with it" in footer.tooltip
        await pilot.click(Footer, offset=(column, 0))
        await until(pilot, lambda: "Start a workout with" in str(app.screen.query_one(".dialog-title").render()))
        await pilot.press(*"plank", "enter")
        await until(pilot, lambda: app.session is not None and "space" in footer_line(app))
        assert footer.tooltip is None


@pytest.mark.parametrize("size", [(80, 24), (40, 20)])
async def test_every_main_screen_and_a_dialog_show_the_screens_and_help_keys(store, clock, size):
    from tui.screens.confirm import ConfirmScreen

    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("enter")  # a workout: its footer too
        for key in "1234":
            await pilot.press(key)
            await until(pilot, lambda: "? Keys" in footer_line(app) and "1234" in footer_line(app))
        await app.push_screen(ConfirmScreen("Sure?", yes="Yes", no="No"))
        await until(pilot, lambda: "? Keys" in footer_line(app))  # the App's keys do not reach a dialog
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query("HelpPanel")))


NARROW_PINNED = "1234 ? Keys"


@pytest.mark.parametrize("screen_key, own_key, pinned, fills_the_line", [
    ("1", "⏎ View", NARROW_PINNED, True), ("2", "A Empty workout , Settings", NARROW_PINNED, False),
    ("3", "←→↑↓ Day", NARROW_PINNED, True), ("4", "⏎ Open", NARROW_PINNED, True)])
async def test_at_40_columns_each_screen_shows_its_own_keys_first_and_the_screen_keys_and_help_stay(
        store, clock, screen_key, own_key, pinned, fills_the_line):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press(screen_key)
        await until(pilot, lambda: own_key in footer_line(app))
        line = footer_line(app)
        assert len(line) == 40 and line.endswith(" " + pinned), line
        assert line.startswith(own_key), line
        assert "Commands" not in line, "the palette's key is left to ? on a phone"
        if fills_the_line:  # the Workout screen with no workout has one key of its own, then the App's
            assert "Settings" not in line and "Quit" not in line, "global keys come after the screen's own"


async def test_at_40_columns_tapping_a_screen_number_switches_to_that_screen(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        column = footer_line(app).index("1234") + 2  # the "3"
        await pilot.click(Footer, offset=(column, 0))
        await until(pilot, lambda: app.current_mode == "calendar")
        await pilot.click(Footer, offset=(footer_line(app).index("? Keys") + 2, 0))
        await until(pilot, lambda: bool(app.screen.query("HelpPanel")))


async def test_a_groups_description_is_no_tap_on_its_last_key(store, clock):
    """On a phone over `serve`, a tap on "±15s" of "+- ±15s" took 15 s off the rest, as its last key, `-`, does;
    each of its keys still does what it says."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: app.session is not None)
        await pilot.press("space")
        await until(pilot, lambda: app.session.rest is not None)
        planned = app.session.rest.total_s()
        label = footer_line(app).index("±15s")
        for column in range(label, label + len("±15s")):
            await pilot.click(Footer, offset=(column, 0))
        await pilot.pause()
        assert app.session.rest.total_s() == planned, "the description changes no rest"
        await pilot.click(Footer, offset=(footer_line(app).index("+- ±15s"), 0))  # the `+`
        await until(pilot, lambda: app.session.rest.total_s() == planned + 15)


async def test_the_workout_key_help_starts_with_the_lists_keys_and_names_plus_minus_once(store, clock):
    """At 40x20 the Workout screen's key help opened on Scroll Left, Scroll Right, Page Left and Page Right (keys
    that move nothing in the list of sets), and listed `+/- ±15s` then `- -15s` again. Each rest key is listed once,
    for what it does."""
    from textual.widgets import HelpPanel

    from tests.app.test_routines_screen import plain

    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: app.session is not None)
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        help_text = plain(app.screen.query_one(HelpPanel).query_one("BindingsTable").render_bindings_table())
        lines = [line.strip() for line in help_text.splitlines() if line.strip()]
        assert lines[0] == "The list of sets" and "Workout" in lines
        assert "Scroll Left" not in help_text and "Page Left" not in help_text
        assert [line for line in lines if "15" in line] == ["+ = +15s Rest 15 s longer", "- -15s Rest 15 s less"]


@pytest.mark.parametrize("size", [(40, 20), (80, 24)])
async def test_the_calendar_offers_its_freeze_on_a_phone_too(store, clock, size):
    """At 40 columns the Calendar's footer ended at "[] Month": freezing a week, the one way to keep a streak
    through a week off, was found only under ?, and the arrows reach another month already."""
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("3")
        await until(pilot, lambda: "Day" in footer_line(app))
        assert left_part(footer_line(app)).startswith("←→↑↓ Day ⏎ Workouts z Freeze"), footer_line(app)
