"""The installed `runstrength-tui serve` as a user starts it: a real process on 127.0.0.1, and the URL it prints."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

APP = Path(sys.executable).parent / "runstrength-tui"


class Served:
    """One `serve` process on a port the system picks, and the address it printed."""

    def __init__(self, data: Path, *args: str) -> None:
        self.data = data
        self.process = subprocess.Popen(
            [str(APP), "serve", "--port", "0", "--data-dir", str(data), *args],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, stdin=subprocess.DEVNULL,
        )
        self.printed: list[str] = []  # every line it has printed so far, read as it comes
        threading.Thread(target=self._read_output, daemon=True).start()
        try:
            self.url = self._printed_url()
        except BaseException:
            self.process.kill()  # a server that never said where it is must not outlive the test
            self.process.wait()
            raise

    def _read_output(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.printed.append(line.rstrip("\n"))

    def _printed_url(self, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.printed):
                if line.strip().startswith("http://"):
                    return line.strip()
            if self.process.poll() is not None:
                break
            time.sleep(0.05)
        printed = "\n".join(self.printed)
        raise AssertionError(f"serve printed no address to open; it printed:\n{printed}")

    @property
    def base(self) -> str:
        """The server's origin, without the token: http://127.0.0.1:PORT"""
        return "/".join(self.url.split("/", 3)[:3])

    @property
    def token(self) -> str:
        return self.url.rstrip("/").rsplit("/", 1)[1]

    def stop(self, number: int = signal.SIGTERM, timeout: float = 20.0) -> int:
        if self.process.poll() is None:
            self.process.send_signal(number)
        return self.process.wait(timeout)


def child_processes(pid: int) -> list[int]:
    """The live processes whose parent is pid (every thread of it may have started some)."""
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            children += [int(child) for child in (task / "children").read_text().split()]
        except FileNotFoundError:  # the thread ended meanwhile
            continue
    return sorted(set(children))


def command_line(pid: int) -> list[str]:
    return Path(f"/proc/{pid}/cmdline").read_text().split("\0")[:-1]


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):  # gone, or collected between opening its file and reading it
        return False
    return state != "Z"  # a zombie has ended; only its parent has not collected it yet


def wait_until(condition, what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what}: not so after {timeout} s")
        time.sleep(0.05)
