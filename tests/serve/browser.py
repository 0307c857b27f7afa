"""A real headless Chromium (Debian's chromium and chromium-driver) driven by selenium, looking at a served app.

The terminal in the page draws on a canvas, so what the app shows is read the way the page itself gets it: every
websocket frame the browser received (from Chromium's own network log), played into a terminal emulator (pyte) at
the size the page told the app. The same log lists every address the browser asked for.
"""

from __future__ import annotations

import base64
import codecs
import json
import shutil
import tempfile
import time
from urllib.parse import parse_qs, urlsplit

import pyte
import pytest

# Debian's names for them, found on PATH.
CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
# Headless, and nothing of its own on the network: background networking would try the (closed) internet.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-proxy-server"]


class Browser:
    """One Chromium with a fresh profile; size is its window, or with phone a phone's viewport in CSS pixels.

    The phone is emulated at one device pixel per CSS pixel: at an emulated ratio of 2 or 3 the terminal's canvas
    in headless Chromium is drawn at the wrong scale (blank on screen), while a real scale factor of 3 draws it
    right. The number of cells, which is what the app sees, follows the CSS pixels either way.
    """

    def __init__(self, width: int, height: int, phone: bool = False) -> None:
        if CHROMIUM is None or CHROMEDRIVER is None:
            pytest.fail("chromium and chromium-driver are needed for the browser tests (.ci/run installs them)")
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.profile = tempfile.mkdtemp(prefix="runstrength-chromium-")
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM  # with both paths given, selenium looks nothing up on the internet
        for flag in [*FLAGS, f"--user-data-dir={self.profile}"]:
            options.add_argument(flag)
        if phone:
            options.add_experimental_option(
                "mobileEmulation", {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1.0}})
        else:
            options.add_argument(f"--window-size={width},{height}")
        options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
        self.driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
        self.requested: list[str] = []  # every address the browser asked for, in order
        self.sent: list[str] = []  # every text frame the page sent the server (keys, sizes)
        self.screen: pyte.Screen | None = None
        self._stream: pyte.ByteStream | None = None
        self._decode = codecs.getincrementaldecoder("utf-8")(errors="replace").decode

    def open(self, url: str) -> None:
        self.driver.get(url)

    def press(self, *keys: str) -> None:
        """Type into the terminal as a user does, one key at a time (selenium's Keys for special keys)."""
        from selenium.webdriver.common.by import By

        field = self.driver.find_element(By.CSS_SELECTOR, ".xterm-helper-textarea")
        for key in keys:
            field.send_keys(key)

    def press_on_the_page(self, *keys: str) -> None:
        """Type where the browser's focus is, as a user who has not clicked anything yet."""
        from selenium.webdriver.common.action_chains import ActionChains

        ActionChains(self.driver).send_keys(*keys).perform()

    def size(self) -> tuple[int, int]:
        """The terminal's size in cells, as the page last told the app."""
        self.catch_up()
        assert self.screen is not None, "the page has not told the app its size"
        return self.screen.columns, self.screen.lines

    def text(self) -> str:
        self.catch_up()
        return "\n".join(self.screen.display) if self.screen else ""

    def wait_for(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.text()
            if text in shown:
                return shown
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear in the browser; it shows:\n{self.text()}")

    def catch_up(self) -> None:
        """Read what the browser logged since last time: addresses asked for, frames sent and received."""
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            method, params = message["method"], message["params"]
            if method == "Network.requestWillBeSent":
                self.requested.append(params["request"]["url"])
            elif method == "Network.webSocketCreated":
                self.requested.append(params["url"])
                self._start_screen(params["url"])
            elif method == "Network.webSocketFrameSent":
                self._sent(params["response"])
            elif method == "Network.webSocketFrameReceived":
                self._received(params["response"])

    def console_errors(self) -> list[str]:
        """What the page's scripts wrote to the console as errors since last asked."""
        return [entry["message"] for entry in self.driver.get_log("browser") if entry["level"] == "SEVERE"]

    def _start_screen(self, url: str) -> None:
        # The page opens the websocket with its size in cells; the app draws at that size from its first frame.
        asked = parse_qs(urlsplit(url).query)
        self.screen = pyte.Screen(int(asked["width"][0]), int(asked["height"][0]))
        self._stream = pyte.Stream(self.screen)

    def _sent(self, frame: dict) -> None:
        if frame["opcode"] != 1:
            return
        self.sent.append(frame["payloadData"])
        kind, *rest = json.loads(frame["payloadData"])
        if kind == "resize" and self.screen is not None:
            self.screen.resize(rest[0]["height"], rest[0]["width"])

    def _received(self, frame: dict) -> None:
        if frame["opcode"] != 2 or self._stream is None:  # binary frames are what the app draws
            return
        self._stream.feed(self._decode(base64.b64decode(frame["payloadData"])))

    def close(self) -> None:
        self.driver.quit()
        shutil.rmtree(self.profile, ignore_errors=True)
