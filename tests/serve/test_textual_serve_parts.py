"""What tui/serve/web.py takes from textual-serve is still there, so an upgrade that moves it fails here, by name.

The page is ours, but the terminal in it is textual-serve's script, which finds the app's websocket in the
terminal element's data-session-websocket-url and adds ?width=&height= to it; its files are served by name.
"""

from __future__ import annotations

import re
from pathlib import Path

from textual_serve.server import Server

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
