"""The app shell as a user drives it: screens 1-4, key help, the command palette, quitting, the theme."""

from __future__ import annotations

import pytest
from textual import events
from textual.command import CommandPalette
from textual.widgets import HelpPanel, Tooltip

from tests.app.waiting import until
from tests.builders import a_workout, moment
from tui.app import make_app
from tui.store.open import open_store
from tui.widgets.footer import Footer
from tui.widgets.title_bar import PaletteMark


async def test_number_keys_switch_between_the_four_screens(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.current_mode == "routines"
        for key, mode in (("2", "workout"), ("3", "calendar"), ("4", "history"), ("1", "routines")):
            await pilot.press(key)
            await pilot.pause()
            assert app.current_mode == mode
            assert app.screen.sub_title == mode.title()


async def test_a_tap_on_the_title_lines_mark_opens_the_command_palette_on_every_screen(store, clock):
    # A phone has no ctrl+p: the mark at the title line's left is the way in.
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        for key, mode in (("1", "routines"), ("2", "workout"), ("3", "calendar"), ("4", "history")):
            await pilot.press(key)
            await until(pilot, lambda mode=mode: app.current_mode == mode)
            assert app.screen.query_one("TitleBar #title").render().plain.strip() == f"runstrength — {mode.title()}"
            await pilot.click("PaletteMark")
            await until(pilot, lambda: isinstance(app.screen, CommandPalette))
            await pilot.press("escape")
            await until(pilot, lambda: not isinstance(app.screen, CommandPalette))


async def test_the_marks_tooltip_does_not_come_up_behind_the_palette_its_tap_opened(store, clock):
    # On a phone the pointer stays where the finger was: the tooltip came up, after its delay, over the dimmed screen.
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20), tooltips=True) as pilot:
        await pilot.hover("PaletteMark", offset=(2, 0))  # a tap: the pointer moves there, then clicks
        await pilot.click("PaletteMark", offset=(2, 0))
        await until(pilot, lambda: isinstance(app.screen, CommandPalette))
        # Textual checks what is under the pointer after a refresh; on the page, that check, come late, told the
        # mark the pointer was back while the palette was up.
        mark = app.screen_stack[0].query_one(PaletteMark)
        mark.post_message(events.Enter(mark))
        await pilot.pause(app.TOOLTIP_DELAY * 3)  # nothing to await: the tooltip would come when its timer ends
        assert not any(tooltip.display for screen in app.screen_stack for tooltip in screen.query(Tooltip))
        await pilot.press("escape")
        await pilot.hover("TitleBar #title")
        await pilot.hover("PaletteMark", offset=(2, 0))  # over the mark again: it names what it does
        await until(pilot, lambda: any(tooltip.display for tooltip in app.screen.query(Tooltip)))


@pytest.mark.parametrize("width", [80, 100])
async def test_every_screens_footer_shows_the_screen_keys_and_help_at_80_and_100_columns(store, clock, width):
    app = make_app(store, clock)
    async with app.run_test(size=(width, 24)) as pilot:
        for key in ("1", "2", "3", "4"):
            await pilot.press(key)
            await pilot.pause()
            footer = app.screen.query_one(Footer)
            pinned = {(item.key_display, item.description) for item in footer.pinned}
            assert pinned == {("1234", "Screens"), ("?", "Keys")}, key
            if key == "2":  # the Workout screen leaves the palette's key to ? for room for its own keys
                assert footer.render().plain.rstrip().endswith("1234 Screens ? Keys")
                continue
            assert footer.render().plain.endswith("1234 Screens ? Keys ▏^p Commands"), key
        shown = {(item.key_display, item.description) for item in footer.items}
        assert ("q", "Quit") in shown


async def test_question_mark_toggles_the_key_help(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert len(app.screen.query(HelpPanel)) == 1
        await pilot.press("question_mark")
        await pilot.pause()
        assert len(app.screen.query(HelpPanel)) == 0


@pytest.mark.parametrize("size", [(80, 24), (100, 30)], ids=["80x24", "100x30"])
async def test_the_key_help_lies_over_the_screen_wide_enough_to_read_and_leaves_it_as_it_was(store, clock, size):
    """At 80x24 the help was a third of the width beside the screen: 30 columns, two words to a line ("Move to
    the / next field, / list or / button"), and the screen squeezed into the rest, its routine's text a word a
    line."""
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        await pilot.pause()
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: app.session is not None)
        await pilot.pause()
        regions = {widget: widget.region for widget in app.screen.query("*") if widget.region}
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        await pilot.pause()
        assert app.screen.query_one(HelpPanel).region.width >= 40
        assert {widget: widget.region for widget in regions} == regions, "nothing under the help moved"


async def test_on_a_phone_a_key_under_the_key_help_closes_it_and_does_nothing_unseen(store, clock, data_dir):
    """The help covers a phone's whole screen: space, as a pager pages, logged a set behind it, and e opened the
    set's form there."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: app.session is not None)
        await pilot.press("question_mark", "pagedown", "pageup")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        await pilot.press("space")
        await until(pilot, lambda: not app.screen.query(HelpPanel))
        await pilot.press("question_mark", "e")
        await until(pilot, lambda: not app.screen.query(HelpPanel))
        assert open_store(data_dir).workout.current().sets == () and app.screen.focused.id != "count"
        await pilot.press("space")  # the help gone, the workout's keys are the workout's again
        await until(pilot, lambda: len(open_store(data_dir).workout.current().sets) == 1)


@pytest.mark.parametrize("size", [(40, 20), (80, 24)], ids=["40x20", "80x24"])
@pytest.mark.parametrize("keys", [[], ["3"], ["4"], ["4", "enter"], ["comma"]],
                         ids=["routines", "calendar", "history", "a past workout", "settings"])
async def test_escape_closes_the_key_help_and_leaves_the_screen_under_it(store, clock, keys, size):
    """At 40x20 the help covers the whole screen, and escape did not close it."""
    store.history.save(a_workout(sets=3, finished_at=moment(2026, 11, 20, 18, 30)))
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press(*keys)
        await app.workers.wait_for_complete()
        await pilot.pause()
        under = app.screen
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        await pilot.press("escape")
        await until(pilot, lambda: not app.screen.query(HelpPanel))
        assert app.screen is under, "escape closed the help only"
        await pilot.press("escape")  # and, the help gone, does what it did before on that screen
        await pilot.pause()
        assert (app.screen is under) == (keys in ([], ["3"], ["4"]))


async def test_page_keys_scroll_the_key_help_to_the_workouts_own_keys_at_80x24(store, clock):
    """The focused list's keys come first; the workout's (log, undo, finish) were below the fold, out of reach."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: app.session is not None)
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        keys = app.screen.query_one("HelpPanel #keys-help")
        assert keys.max_scroll_y > 0 and keys.scroll_y == 0
        pages = keys.max_scroll_y // (keys.scrollable_content_region.height - 1) + 1
        await pilot.press(*["pagedown"] * pages)
        await until(pilot, lambda: keys.scroll_y == keys.max_scroll_y)
        await pilot.press(*["pageup"] * pages)
        await until(pilot, lambda: keys.scroll_y == 0)
        await pilot.press("escape")
        await until(pilot, lambda: not app.screen.query(HelpPanel))
        await pilot.press("pagedown")  # the help gone, the page keys are the screen's again
        await pilot.pause()
        assert not app.screen.query(HelpPanel)


async def test_ctrl_p_opens_the_command_palette(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


async def test_q_quits(store, clock):
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


async def test_the_chosen_theme_is_saved_and_used_on_the_next_start(data_dir, clock):
    store = open_store(data_dir)
    app = make_app(store, clock)
    async with app.run_test():
        app.theme = "nord"
    assert open_store(data_dir).settings.get().theme == "nord"

    second = make_app(open_store(data_dir), clock)
    async with second.run_test():
        assert second.theme == "nord"


async def test_a_saved_theme_that_no_longer_exists_falls_back_to_the_default(data_dir, clock):
    store = open_store(data_dir)
    store.settings.save(store.settings.get().changed(theme="gone-theme"))
    app = make_app(store, clock)
    async with app.run_test():
        assert app.theme == "textual-dark"


async def test_a_screen_first_opened_after_the_theme_changed_wears_the_new_theme(store, clock):
    """A screen is styled as it is first built, with the stylesheet the theme change parsed again (app.py,
    _screen_of): the screens opened before and after the change look alike."""
    app = make_app(store, clock)
    nord = app.get_theme("nord")
    assert nord is not None and nord.background is not None
    async with app.run_test() as pilot:
        await pilot.press("2")  # built before the change
        await until(pilot, lambda: app.screen.is_mounted and app.current_mode == "workout")
        app.theme = "nord"
        await pilot.pause()
        for key, mode in (("3", "calendar"), ("4", "history"), ("2", "workout")):  # the first two built after it
            await pilot.press(key)
            await until(pilot, lambda mode=mode: app.current_mode == mode and app.screen.is_mounted)
            await pilot.pause()
            assert app.screen.styles.background.hex.lower() == nord.background.lower(), mode
