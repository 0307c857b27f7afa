"""The served app in a real headless Chromium: opened from the printed address, a whole workout from the Routines
screen to the saved history; and a phone-sized page. Every address the browser asks for is this server's, under
the token: the page works offline. When the app's connection closes, the page tells an app that ended from a
connection that was lost, and offers to start the app again only while the server is there to do it. A window
resized after the page loaded still shows the whole terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from tests.serve.browser import Browser
from tests.serve.server import Served
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

    # The app moves the finish into history once the summary shows. Looked at without opening the store, whose
    # opening would move a finish left waiting in workout.json.
    WebDriverWait(tab.driver, 10).until(lambda _: not json.loads((data / "workout.json").read_bytes())["workout"],
                                        "the finish never left workout.json")
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


def test_keys_reach_the_app_as_soon_as_the_page_shows_it_without_a_click(serve, browser):
    """The page had the focus, not the terminal: keys did nothing until a click, and a laptop user without a mouse
    took the app for frozen."""
    served = serve()
    tab = browser(*LAPTOP)
    tab.open(served.url)
    tab.wait_for("Four upper-body moves for")
    tab.press_on_the_page("2")
    tab.wait_for("No workout in progress")
    # The focus reached the app, once its connection was open: given as the page loaded, it threw ("Still in
    # CONNECTING state") on every load, and the app was never told.
    assert '["focus"]' in tab.sent
    assert tab.console_errors() == []


def what_the_page_says_once_ended(tab: Browser) -> str:
    """The page's own words once the app's connection has closed, and its button is there (after it asked
    whether the server still answers)."""
    button = tab.driver.find_element(By.CSS_SELECTOR, ".ended button")
    WebDriverWait(tab.driver, 20).until(lambda _: button.is_displayed(), "the page shows no button to go on")
    return tab.driver.find_element(By.CSS_SELECTOR, ".ended").text


def test_a_phone_whose_server_is_killed_says_the_connection_was_lost(serve, browser, tmp_path):
    served = serve()
    tab = browser(*PHONE, phone=True)
    tab.open(served.url)
    tab.wait_for("Four upper-body moves for")
    tab.press(Keys.ENTER)
    tab.wait_for("Start ▸")
    tab.press(Keys.ENTER)
    tab.wait_for("Set 1 of 3")
    tab.press(" ")
    tab.wait_for("Set 2 of 3")

    served.process.kill()  # kill -9: the server cannot close the connection, nor ask the app to quit
    served.process.wait(10)
    said = what_the_page_says_once_ended(tab)
    assert "The connection to the app was lost" in said
    assert "Everything logged is saved" in said
    assert "The app has ended" not in said, "a lost connection is not told as a quit"
    assert "runstrength-tui serve" in said, "the server must be started again: the page says how"
    assert "Try again" in said and "Start it again" not in said, "no reload that cannot work"
    (logged,) = open_store(tmp_path / "data").workout.current().sets
    assert logged.reps


def test_an_app_that_ended_says_so_and_starts_again(serve, browser):
    served = serve()
    tab = browser(*PHONE, phone=True)
    tab.open(served.url)
    tab.wait_for("Four upper-body moves for")
    tab.press("q")
    said = what_the_page_says_once_ended(tab)
    # Said whether a workout is left in progress or not: what the app prints as it leaves never reaches the page.
    assert ("The app has ended. Everything is saved, and a workout left in progress is offered back when it starts "
            "again.") in said
    assert "connection" not in said and "runstrength-tui serve" not in said, "the server is there: nothing to do"
    tab.driver.find_element(By.CSS_SELECTOR, ".ended button").click()  # the server is there: a reload can work

    def app_sockets() -> int:
        tab.catch_up()
        return len([asked for asked in tab.requested if asked.startswith("ws")])

    WebDriverWait(tab.driver, 20).until(lambda _: app_sockets() == 2, "the page did not start the app again")
    tab.wait_for("Four upper-body moves for")  # drawn by the new app (the screen starts afresh with its socket)


def test_a_page_whose_address_a_new_token_replaced_says_to_open_the_new_one(serve, browser, tmp_path):
    """Served again with --new-token: the old page's button reloaded it into a bare "403: Forbidden"."""
    served = serve()
    tab = browser(*LAPTOP)
    tab.open(served.url)
    tab.wait_for("Four upper-body moves for")
    served.stop()
    assert "Try again" in what_the_page_says_once_ended(tab)
    port = served.base.rsplit(":", 1)[1]
    again = serve("--port", port, "--new-token")
    assert again.url != served.url
    tab.driver.find_element(By.CSS_SELECTOR, ".ended button").click()
    told = tab.driver.find_element(By.ID, "ended-token")
    WebDriverWait(tab.driver, 20).until(lambda _: told.is_displayed(), "the page did not say its address is gone")
    assert "Open the address it printed" in told.text
    assert not tab.driver.find_element(By.CSS_SELECTOR, ".ended button").is_displayed(), "no reload into a 403"
    assert "403" not in tab.driver.find_element(By.TAG_NAME, "body").text


def test_the_command_palette_in_a_browser_offers_no_screenshot_it_could_not_deliver(serve, browser):
    """Textual's Screenshot is a download from an address without the token there: a new tab read "403: Forbidden"
    and nothing was saved."""
    served = serve()
    tab = browser(*LAPTOP)
    tab.open(served.url)
    tab.wait_for("Four upper-body moves for")
    tab.press(Keys.CONTROL + "p")
    tab.press("s")
    shown = tab.wait_for("Units, default rest")  # the system commands matching "s" are listed
    assert "Save an SVG" not in shown


def test_a_window_made_larger_after_the_page_loaded_keeps_the_footer_in_view(serve, browser):
    """The first resize redraws the terminal's cells taller (18 px to 21 in Chromium): fitted from the cells as
    drawn before it, the terminal came out taller than the window, with the footer below the window's edge."""
    served = serve()
    tab = browser(1366, 768)
    tab.open(served.url)
    tab.wait_for("Four upper-body moves for")
    _, lines_before = tab.size()
    tab.driver.set_window_size(1920, 1080)

    def drawn_within_the_window(_) -> bool:
        drawn, window = tab.driver.execute_script(
            "return [document.querySelector('.xterm-screen').getBoundingClientRect().bottom, window.innerHeight]")
        return tab.size()[1] != lines_before and drawn <= window  # told the app its new size, and fits

    WebDriverWait(tab.driver, 20).until(drawn_within_the_window, "the terminal runs past the window's bottom edge")
    WebDriverWait(tab.driver, 20).until(lambda _: "Search" in tab.text().splitlines()[-1],
                                        "the app does not draw its footer on the terminal's last line")


def a_rest_run_over(serve, browser) -> tuple[Served, Browser]:
    """A laptop's tab, the first set of a workout logged and its rest cut to nothing, its end told."""
    served = serve()
    tab = browser(*LAPTOP)
    tab.open(served.url)
    tab.wait_for("Four upper-body moves for")
    tab.press(Keys.ENTER)
    tab.wait_for("Set 1 of 3")
    tab.press(" ")  # logged: its 60 s rest starts
    tab.wait_for("Set 2 of 3")
    tab.press("-", "-", "-", "-")  # 15 s off each time: the rest is over
    WebDriverWait(tab.driver, 20).until(lambda driver: driver.title.startswith("Rest over"),
                                        "the tab's title never said the rest was over")
    return served, tab


def test_a_rest_that_ends_sounds_in_the_browser_and_says_so_in_the_tabs_title(serve, browser):
    """The app rang the bell and sent its notification as it does to a terminal; a browser's terminal draws
    neither, so the end of a rest went unheard on a phone at the gym, and unseen in a tab in the background."""
    _, tab = a_rest_run_over(serve, browser)
    rang = tab.driver.execute_script("return Number(document.body.dataset.bells || 0)")
    assert rang >= 1, "the bell was not heard"
    tab.press(" ")  # the next set: the title is the app's again
    WebDriverWait(tab.driver, 20).until(lambda driver: driver.title == "runstrength",
                                        "the title kept the rest's end after the next key")


def test_a_page_whose_app_ended_takes_back_its_own_title(serve, browser):
    """The tab went on reading "Rest over: Time for the next set." over the page saying the connection was lost."""
    served, tab = a_rest_run_over(serve, browser)
    served.process.kill()
    served.process.wait(10)
    assert "The connection to the app was lost" in what_the_page_says_once_ended(tab)
    assert tab.driver.title == "runstrength"
