"""No network access, ever: a whole session runs with every network socket refused."""

from __future__ import annotations

import socket

import pytest

from tui.app import make_app
from tui.cli import main


@pytest.fixture
def no_sockets(monkeypatch):
    opened = []

    real_socket = socket.socket

    class NoNetwork(real_socket):
        # asyncio's own wake-up pipe is an AF_UNIX socket pair: local, not network, so it may pass.
        def __init__(self, family=socket.AF_INET, *args, **kwargs) -> None:
            if family in (socket.AF_INET, socket.AF_INET6):
                opened.append(family)
                raise AssertionError("runstrength-tui must never open a network socket")
            super().__init__(family, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", NoNetwork)
    yield opened
    assert opened == []


async def test_a_whole_workout_opens_no_socket(no_sockets, store, clock, data_dir, tmp_path, capsys):
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        for key in ("1", "3", "4", "2"):
            await pilot.press(key)
        app.start_workout(app.catalogue.routines["runner-ab-workout"])
        await pilot.pause()
        await pilot.press("space", "space", "space", "f", "y")
        await app.workers.wait_for_complete()
    assert main(["--data-dir", str(data_dir), "export", "-o", str(tmp_path / "all.json")]) == 0
    assert main(["--data-dir", str(data_dir), "status"]) == 0
    assert len(list(store.history.all())) == 1
