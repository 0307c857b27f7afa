"""Timings taken the way a user meets them: the app in a real terminal (tmux), keys typed, the screen read."""

from __future__ import annotations

import itertools
import os
import subprocess
import time
from pathlib import Path

SOCKET = "runstrength-bench"
ROOT = Path(__file__).resolve().parent.parent  # the probes run as `python -m bench.probes` from here
# Measured processes run as a user's do: Python caches compiled modules (some shells and sandboxes turn that
# off, which would add compiling every module of the app to each start-up).
USER_ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


_runs = itertools.count()
_socket = SOCKET


def _fresh_server() -> None:
    # A server of its own for every run: starting one right after killing the last can lose the new session.
    global _socket
    _socket = f"{SOCKET}-{os.getpid()}-{next(_runs)}"


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", "-L", _socket, *args], capture_output=True, text=True, check=False,
                          env=USER_ENV).stdout


def _wait_for(text: str, timeout: float = 20.0, poll: float = 0.005) -> float:
    """Seconds until text is on screen."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if text in _tmux("capture-pane", "-p", "-t", "bench"):
            return time.perf_counter() - started
        time.sleep(poll)
    raise TimeoutError(f"{text!r} never appeared")


def _close() -> None:
    """Kill the server, and wait for the pane's process to end so that it cannot slow down the next run."""
    pid = int(_tmux("list-panes", "-t", "bench", "-F", "#{pane_pid}").split()[0])
    _tmux("kill-server")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.01)
    raise TimeoutError(f"process {pid} outlived its terminal")


def first_frame_in_tmux(command: list[str], text: str) -> float:
    """Seconds from starting the command in a fresh 100x30 pane until `text` is on screen."""
    _fresh_server()
    started = time.perf_counter()
    _tmux("new-session", "-d", "-s", "bench", "-x", "100", "-y", "30", "-c", str(ROOT), " ".join(["exec", *command]))
    _wait_for(text)
    elapsed = time.perf_counter() - started
    _close()
    return elapsed


def log_latency_in_tmux(app: str, data: Path, presses: int) -> list[float]:
    """Milliseconds from sending `space` to the workout file being replaced on disk, for each press."""
    _fresh_server()
    _tmux("new-session", "-d", "-s", "bench", "-x", "100", "-y", "30", f"exec {app} --data-dir {data}")
    _wait_for("Four upper")  # the routine list: the first frame has been drawn
    _tmux("send-keys", "-t", "bench", "C-p")
    _wait_for("Search for commands")
    _tmux("send-keys", "-t", "bench", "-l", "start gym upper")
    _wait_for("Start workout: Gym upper-body")
    _tmux("send-keys", "-t", "bench", "Enter")
    _wait_for("Set 1 of 3")
    workout_file = data / "workout.json"
    latencies = []
    for number in range(presses):
        before = workout_file.stat().st_mtime_ns
        started = time.perf_counter()
        _tmux("send-keys", "-t", "bench", "Space")
        while workout_file.stat().st_mtime_ns == before:
            if time.perf_counter() - started > 20:  # a press that logged nothing: say so rather than wait forever
                pane = _tmux("capture-pane", "-p", "-t", "bench")
                _close()
                raise TimeoutError(f"set {number + 1}: space wrote nothing in 20 s; the pane shows:\n{pane}")
            time.sleep(0.0005)
        latencies.append((time.perf_counter() - started) * 1000)
        if number % 12 == 11:  # stay mid-workout: take the sets back
            for _ in range(12):
                _tmux("send-keys", "-t", "bench", "u")
            time.sleep(0.5)
        time.sleep(0.05)
    _close()
    return latencies
