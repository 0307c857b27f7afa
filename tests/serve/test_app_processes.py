"""Each browser tab drives an app process of its own on the served data dir; a closed tab ends its app, and a
stopped server (Ctrl+C, or a polite kill) leaves no app process behind. A server killed outright is a lost
connection, like a dropped SSH session: its apps leave with everything saved, and write no crash log."""

from __future__ import annotations

import asyncio
import signal

import aiohttp
import pytest

from tests.serve.server import alive, child_processes, command_line, wait_until
from tests.serve.tab import Tab
from tui.store.open import open_store

pytestmark = pytest.mark.slow


async def open_tab(session: aiohttp.ClientSession, url: str) -> aiohttp.ClientWebSocketResponse:
    """A tab as the page opens it, once the app has drawn something."""
    tab = await session.ws_connect(f"{url}ws?width=100&height=30")
    message = await tab.receive(timeout=30)
    assert message.type == aiohttp.WSMsgType.BINARY, message
    return tab


async def wait_for(condition, what: str, timeout: float = 20.0) -> None:
    # The tabs' sockets live on this loop: wait without blocking it.
    await asyncio.to_thread(wait_until, condition, what, timeout)


@pytest.mark.parametrize("stop_with", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP],
                         ids=["SIGINT", "SIGTERM", "SIGHUP"])
async def test_tabs_run_their_own_app_and_nothing_outlives_the_server(serve, tmp_path, stop_with):
    served = serve()
    data = tmp_path / "data"
    async with aiohttp.ClientSession() as session:
        first = await open_tab(session, served.url)
        second = await open_tab(session, served.url)
        apps = child_processes(served.process.pid)
        assert len(apps) == 2, apps
        for app in apps:
            assert command_line(app)[-3:] == ["tui.serve.tab_app", "--data-dir", str(data.resolve())]

        await first.close()  # the tab is closed: its app ends, the other tab's goes on
        await wait_for(lambda: len([app for app in apps if alive(app)]) == 1, "one app left after its tab closed")
        # (An ended app may stay a zombie for a moment, until the server collects it: it counts as ended.)
        assert [app for app in child_processes(served.process.pid) if alive(app)] == [app for app in apps if alive(app)]

        assert await asyncio.to_thread(served.stop, stop_with) == 0
        await wait_for(lambda: not any(alive(app) for app in apps), "no app left once the server has stopped")
        # The open tab is told the app has ended (after what the app drew last).
        message = await second.receive(timeout=10)
        while message.type == aiohttp.WSMsgType.BINARY:
            message = await second.receive(timeout=10)
        assert message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED), message


async def test_a_server_killed_outright_leaves_no_app_behind(serve):
    # kill -9 gives the server no chance to stop its apps: each app notices on its own and leaves.
    served = serve()
    async with aiohttp.ClientSession() as session:
        tab = await Tab.open(session, served.url)
        await tab.wait_for("Four upper-body moves for running")
        apps = child_processes(served.process.pid)
        assert len(apps) == 1
        served.process.kill()
        served.process.wait(10)
        await wait_for(lambda: not any(alive(app) for app in apps), "no app left after kill -9 of the server")
        await tab.close()


async def test_a_server_killed_mid_workout_is_a_lost_connection_not_a_crash(serve, tmp_path, monkeypatch):
    # Crash logs go to the state dir (tui.crash.crash_log_dir): the served apps inherit this one.
    state = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(state))
    served = serve()
    async with aiohttp.ClientSession() as session:
        tab = await Tab.open(session, served.url, columns=45, lines=40)  # a phone's page
        await tab.wait_for("Four upper-body moves for")
        await tab.press("\r")  # the first routine: on a phone it opens a view of its own, which enter starts
        await tab.wait_for("Start")
        await tab.press("\r")
        await tab.wait_for("Set 1 of 3")
        await tab.press(" ")
        await tab.wait_for("Set 2 of 3")  # the rest timer now draws every second: the app writes on and on
        (app,) = child_processes(served.process.pid)

        served.process.kill()
        served.process.wait(10)
        await wait_for(lambda: not alive(app), "the tab's app left after kill -9 of the server")
        await tab.close()

    assert list(state.rglob("*")) == [], "a lost connection is no crash: nothing in the crash log dir"
    workout = open_store(tmp_path / "data").workout.current()
    assert workout is not None and len(workout.sets) == 1
