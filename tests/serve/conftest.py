"""Each test gets its own `serve` processes on 127.0.0.1, stopped afterwards."""

from __future__ import annotations

import contextlib
import os
import signal

import pytest

from tests.serve.server import Served, child_processes


@pytest.fixture
def serve(tmp_path):
    """start(*args, data=None): a `serve` process on the test's data dir (or data), on a port the system picks."""
    started: list[Served] = []

    def start(*args: str, data=None) -> Served:
        served = Served(data or tmp_path / "data", *args)
        started.append(served)
        return served

    yield start
    for served in started:
        if served.process.poll() is None:
            leftovers = child_processes(served.process.pid)
            served.stop()
            for pid in leftovers:  # only left when the test failed before the server could end them
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
