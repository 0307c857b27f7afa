"""Nothing of the user's data leaves the data dir: not into the terminal's title, not into files elsewhere (logs,
caches) under the user's home, not onto the terminal after the app has gone; and the app keeps no log file and no
devtools connection of its own."""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

import pytest
import textual.constants

from tests.app.test_workout_screen import FOUR_MOVES, started
from tests.e2e.terminal import Terminal, wait_until_dead
from tui.app import make_app
from tui.domain.catalogue.loading import load_catalogue
from tui.resources import data_dir
from tui.store.open import open_store

pytestmark = pytest.mark.slow


def titles(terminal: Terminal) -> str:
    """What the terminal shows outside the screen: tmux's pane title (set by OSC 0/2) and window name."""
    return terminal.tmux("display", "-p", "-t", "app", "#{pane_title} | #{window_name}")


def app_process(terminal: Terminal) -> int:
    """The app under the pane's shell (keep_pane runs it as the shell's child)."""
    shell = terminal.app_pid()
    children = Path(f"/proc/{shell}/task/{shell}/children").read_text().split()
    assert len(children) == 1, children
    return int(children[0])


def open_files(pid: int) -> list[str]:
    """The regular files the process has open (not terminals, pipes, sockets or /dev/null)."""
    found = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except FileNotFoundError:  # closed meanwhile
            continue
        if target.startswith("/") and not target.startswith("/dev/") and Path(target).is_file():
            found.append(target)
    return found


def files_holding(marker: bytes, *roots: Path, outside_of: Path) -> list[str]:
    """Every file under roots (not under outside_of) whose name or content holds marker."""
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path == outside_of or outside_of in path.parents or path.is_symlink() or not path.is_file():
                continue
            if marker in path.name.encode() or marker in path.read_bytes():
                hits.append(str(path))
    return hits


def test_a_routine_name_and_a_set_note_stay_in_the_data_dir(terminal, tmp_path):
    home = Path(os.environ["HOME"])  # the test's own home (see tests/conftest.py), which the app inherits
    data = tmp_path / "data"
    name = f"Leakcheck {uuid.uuid4().hex[:10]}"
    note = f"notecheck{uuid.uuid4().hex[:10]}"
    terminal.start("--data-dir", str(data), keep_pane=True)
    terminal.wait_for("Four upper-body moves for running")

    terminal.press("a")  # a routine of our own, named with the marker
    terminal.wait_for("New routine")
    terminal.type(name)
    terminal.wait_for(name)  # typed in full before enter leaves the field (a loaded machine lags)
    terminal.press("Enter")
    terminal.wait_until_settled()
    terminal.press("a")
    terminal.wait_for("Add an exercise")
    terminal.type("push-up")
    terminal.wait_for("Knee push-up")
    terminal.press("Enter")
    terminal.wait_for("1. Push-up")
    terminal.press("C-s")
    terminal.wait_for(f"Saved “{name}”")
    terminal.press("Enter")  # start it: the saved routine has the cursor
    terminal.wait_for("Set 1 of 3")
    terminal.press("e")  # the set editor; the note is its seventh field (a push-up is done on both sides at once)
    terminal.wait_for("Use these values")
    terminal.wait_until_settled()
    terminal.press(*["Tab"] * 6)
    terminal.type(note)
    terminal.wait_for(note)
    terminal.press("C-s")
    terminal.press("Space")
    terminal.wait_for("Set 2 of 3")

    # Mid-workout: the marker is on the screen, and nowhere else.
    assert name in terminal.screen()
    assert name not in titles(terminal) and note not in titles(terminal)
    app = app_process(terminal)
    assert all(Path(path).parent == data for path in open_files(app)), open_files(app)  # no log file open

    terminal.press("f")
    terminal.wait_for("Finish now?")
    terminal.press("y")
    terminal.wait_for(f"Finished: {name}")
    terminal.press("Enter")
    terminal.wait_for("No workout in progress")  # the summary closed: q is the App's key again
    terminal.press("q")
    wait_until_dead(app)
    terminal.wait_for("exit 0")

    # Once the app has gone, the terminal (with its scrollback) holds neither marker: nothing was printed.
    after = terminal.tmux("capture-pane", "-p", "-S", "-", "-t", "app")
    assert "exit 0" in after
    assert name not in after and note not in after, after
    assert name not in titles(terminal) and note not in titles(terminal)

    # The data dir has both (so the markers were really in use); no other file under home or the test's dirs.
    (workout,) = open_store(data).history.all()
    assert workout.name == name and workout.sets[0].note == note
    for marker in (name, note):
        assert files_holding(marker.encode(), home, tmp_path, outside_of=data) == []


def test_escape_sequences_in_a_stored_name_are_shown_not_obeyed(terminal, tmp_path):
    # A routine from a file someone else wrote (an import, a hand edit) whose name tries to retitle the window
    # and clear the screen: the terminal must get the name's text, never its control characters.
    data = tmp_path / "data"
    shipped = load_catalogue(data_dir()).routines["four-upper-body-exercises"]
    hostile = "Evil \x1b]2;RETITLED\x07\x1b[2J\x9b31m routine"
    open_store(data).routines.save(shipped._replace(id="evil", name=hostile, shipped=False))
    terminal.start("--data-dir", str(data))
    terminal.wait_for("Shipped routines")  # after the user's own, the hostile one
    terminal.press("/")  # the search field takes the keys from here
    terminal.type("evil")
    # The name without its escape sequences, in the list and the detail pane: the sequences are dropped whole (their
    # text, "]2;RETITLED", once showed in the name).
    terminal.wait_for("Evil  routine")
    assert "RETITLED" not in titles(terminal)


async def test_the_app_keeps_no_log_file_and_no_devtools(store, clock, monkeypatch):
    for variable in ("TEXTUAL", "TEXTUAL_LOG"):  # a user's shell could set these; the app must not need them
        monkeypatch.delenv(variable, raising=False)

    def every_logger() -> list[logging.Logger]:
        return [logging.getLogger(), *(logger for logger in logging.Logger.manager.loggerDict.values()
                                       if isinstance(logger, logging.Logger))]

    handlers_before = {id(handler) for logger in every_logger() for handler in logger.handlers}
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space")
        assert app.devtools is None and "devtools" not in app.features
        assert textual.constants.LOG_FILE is None
    added = [handler for logger in every_logger() for handler in logger.handlers if id(handler) not in handlers_before]
    assert added == []  # no logging set up by the app: no file handler, no stream handler onto the terminal
    file_handlers = [handler for logger in every_logger() for handler in logger.handlers
                     if isinstance(handler, logging.FileHandler) and not type(handler).__module__.startswith("_pytest")]
    assert file_handlers == []  # (pytest's own handler, writing to /dev/null, is the only one)
