"""The served app in a real headless Chromium: opened from the printed address, a whole workout from the Routines
screen to the saved history; and a phone-sized page. Every address the browser asks for is this server's, under
the token: the page works offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.keys import Keys

from tests.serve.browser import Browser
from tui.store.open import open_store

pytestmark = pytest.mark.slow

LAPTOP = (1280, 900)  # window pixels: about 140x40 cells
PHONE = (390, 844)  # CSS pixels of a phone held upright


@pytest.fixture
def browser():
    opened: list[Browser] = []

    def start(width: int, height: int, phone: bool = False) -> Browser:
        opened.append(Browser(width, height, phone))
        return opened[-1]

    yield start
    for each in opened:
        each.close()


def assert_only_this_server_was_asked(browser: Browser, url: str) -> None:
    """Nothing came from the internet, and nothing was asked for outside the token (chrome:// and, in newer
    Chromiums, chrome-untrusted:// are the browser's own start page, data: the page's empty icon)."""
    browser.catch_up()
    websocket = "ws" + url.removeprefix("http")
    on_the_network = [asked for asked in browser.requested
                      if not asked.startswith(("chrome:", "chrome-untrusted:", "data:", "about:"))]
    assert on_the_network, "the browser asked for nothing"
    assert [asked for asked in on_the_network if not asked.startswith((url, websocket))] == []


def a_whole_workout(tab: Browser, data: Path) -> None:
    """From the Routines screen: start the first routine, log one set, finish; then it is in the history on disk."""
    tab.wait_for("Four upper-body moves for")
    columns, lines = tab.size()
    assert columns >= 40 and lines >= 20, (columns, lines)

    tab.press(Keys.ENTER)  # the highlighted routine, the first one
    if columns < 60:  # a phone: the routine opens on a view of its own first, which enter starts
        tab.wait_for("Start ▸")
        tab.press(Keys.ENTER)
    tab.wait_for("Set 1 of 3")
    tab.press(" ")
    tab.wait_for("Set 2 of 3")
    tab.press("f")
    tab.wait_for("Finish now?")
    tab.press("y")
    summary = tab.wait_for("Finished: Four upper-body")  # the rest of the name may wrap on a phone
    assert "Sets       1" in summary

    store = open_store(data)
    assert store.workout.current() is None
    (finished,) = store.history.all()
    assert finished.name == "Four upper-body moves for running"
    assert finished.finished_at is not None
    assert len(finished.sets) == 1 and finished.sets[0].reps


def test_a_whole_workout_in_the_browser_ends_in_the_history(serve, browser, tmp_path):
    served = serve()
    tab = browser(*LAPTOP)
    tab.open(served.url)
    a_whole_workout(tab, tmp_path / "data")
    assert_only_this_server_was_asked(tab, served.url)


def test_a_phone_held_upright_logs_a_whole_workout(serve, browser, tmp_path):
    served = serve()
    tab = browser(*PHONE, phone=True)
    tab.open(served.url)
    a_whole_workout(tab, tmp_path / "data")
    columns, _ = tab.size()
    assert columns < 60, "the phone's own layout, not a laptop's"
    assert_only_this_server_was_asked(tab, served.url)
