"""What tui/serve/web.py takes from textual-serve is still there, so an upgrade that moves it fails here, by name.

The page is ours, but the terminal in it is textual-serve's script, which finds the app's websocket in the
terminal element's data-session-websocket-url and adds ?width=&height= to it; its files are served by name. When
the socket closes, the script shows the page's .ended; the page learns why from the socket, as it watches every
WebSocket the script makes. Each tab's app draws through the driver named in TEXTUAL_DRIVER: textual-serve names
Textual's WebDriver, and tab_app.py ours, a WebDriver too (tests/serve/test_app_processes.py sees it at work).
"""

from __future__ import annotations

import re
from pathlib import Path

from textual.drivers.web_driver import WebDriver
from textual_serve.server import Server

from tui.serve.tab_app import DRIVER
from tui.serve.tab_driver import TabDriver
from tui.serve.web import PAGE_DIR, shipped_files


def test_the_websocket_handler_is_a_public_method_of_textual_serve_s_server():
    assert callable(getattr(Server, "handle_websocket", None))
    assert Path(Server("true").statics_path).is_dir()


def test_every_file_our_page_names_is_shipped_by_textual_serve():
    page = (PAGE_DIR / "index.html").read_text()
    named = set(re.findall(r'"static/([^"]+)"', page))
    assert named >= {"js/textual.js", "css/xterm.css", "fonts/RobotoMono-VariableFont_wght.ttf"}
    assert named <= set(shipped_files(Path(Server("true").statics_path)))


def test_the_terminal_script_still_finds_its_websocket_where_our_page_puts_it():
    script = (Path(Server("true").statics_path) / "js" / "textual.js").read_text()
    assert "dataset.sessionWebsocketUrl" in script
    assert 'this.websocket_url+"?width="' in script
    assert "id=\"terminal\"" in (PAGE_DIR / "index.html").read_text()


def test_the_terminal_script_makes_its_socket_where_the_page_can_watch_it_close():
    script = (Path(Server("true").statics_path) / "js" / "textual.js").read_text()
    assert "new WebSocket(" in script  # the page's window.WebSocket, looked up as the script runs
    assert 'addEventListener("close",' in script and 'classList.add("-closed")' in script
    assert "body.-closed .ended" in (PAGE_DIR / "index.html").read_text()


def test_tab_app_names_our_driver_as_textual_reads_it():
    module, _, name = DRIVER.partition(":")  # module:class, as Textual's get_driver_class takes it
    assert f"{module}.{name}" == f"{TabDriver.__module__}.{TabDriver.__name__}"
    assert issubclass(TabDriver, WebDriver)
