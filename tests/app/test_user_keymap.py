"""User keymaps: `[keymap]` in config.toml (in $XDG_CONFIG_HOME/runstrength-tui/) remaps any binding by its id;
`?` and the footer show the remapped keys; a config that is not TOML or names an unknown id is refused with the
file and line, exit 2, before the data dir is touched."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest
from textual.geometry import Region

from tests.app.waiting import until
from tui.app import make_app
from tui.cli import main
from tui.keymap import config_path, user_keymap
from tui.screens.history import HistoryScreen
from tui.widgets.footer import Footer


def write_config(text: str) -> Path:
    path = config_path()
    assert str(path).startswith(os.environ["XDG_CONFIG_HOME"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def screen_text(app) -> str:
    """The whole screen as text, read from Textual's own screenshot."""
    svg = app.export_screenshot()
    return html.unescape(" ".join(re.findall(r">([^<>]*)</text>", svg))).replace("\xa0", " ")


def drawn(widget) -> str:
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, *widget.size)))


async def test_a_remapped_key_works_and_is_shown_in_the_footer_and_the_key_help(store, clock):
    write_config('[keymap]\n"history.delete" = "x"\n"app.help" = "h,question_mark"\n')
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=(160, 60)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.pause()
        assert "x Delete" in drawn(app.screen.query_one(Footer))
        await pilot.press("h")
        await until(pilot, lambda: bool(app.screen.query("HelpPanel")))
        await pilot.pause()
        on_screen = screen_text(app)
        assert re.search(r"\bx\s+Delete", on_screen), "the key help lists the remapped key"
        assert not re.search(r"\bd\s+Delete", on_screen)


@pytest.mark.parametrize("text, line, says", [
    ('[keymap]\n"app.help" = = "h"\n', 2, "is not valid TOML"),
    ('[keymap]\n"app.help" = "h"\n"history.remove" = "x"\n', 3, "there is no binding with the id 'history.remove'"),
    ('[keymap]\n"app.quit" = 3\n', 2, "is not a key list"),
    ('[keymapp]\n"app.quit" = "x"\n', 1, "[keymapp] is not a setting we know"),
])
def test_a_bad_config_is_refused_with_its_file_and_line_and_exit_2(data_dir, capsys, text, line, says):
    path = write_config(text)
    assert main(["--data-dir", str(data_dir)]) == 2
    error = capsys.readouterr().err
    assert f"{path}, line {line}: " in error and says in error
    assert not data_dir.exists(), "refused before the data dir was touched"
    assert path.read_text() == text


async def test_a_remapped_screen_key_shows_in_the_screens_group_from_the_first_frame(store, clock):
    # Textual puts a remapped binding after the others: the footer's "Screens" lost it ("134 Screens ... w
    # Workout"), and the first screen's footer, drawn before the keymap was set, showed "1234" until a key.
    write_config('[keymap]\n"screen.workout" = "w"\n')
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("", "3", "1"):
            if key:
                await pilot.press(key)
            await pilot.pause()
            footer = drawn(app.screen.query_one(Footer))
            assert "1w34 Screens" in footer, footer
            assert not re.search(r"\bw Workout\b", footer), footer
