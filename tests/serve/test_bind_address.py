"""The server listens on this machine only unless told otherwise, and prints the address it really listens on."""

from __future__ import annotations

import ipaddress
import os
import subprocess
from pathlib import Path

import pytest

from tests.serve.server import APP
from tui.cli import main
from tui.serve.run import address_to_open

pytestmark = pytest.mark.slow


def listening(pid: int) -> set[tuple[str, int]]:
    """The (address, port) pairs the process's TCP sockets listen on, read from /proc."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except FileNotFoundError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = set()
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and inode in inodes:  # 0A: LISTEN
                address, port = local.split(":")
                raw = bytes.fromhex(address)
                # /proc writes each 32-bit word in the machine's byte order (little-endian here).
                words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
                found.add((str(ipaddress.ip_address(words)), int(port, 16)))
    return found


def test_by_default_it_listens_on_this_machine_only(serve):
    served = serve()
    port = int(served.base.rsplit(":", 1)[1])
    assert listening(served.process.pid) == {("127.0.0.1", port)}


def test_another_address_is_listened_on_when_asked_for(serve):
    # A second loopback address stands in for a network one: the test talks to this machine only.
    served = serve("--host", "127.0.0.2")
    port = int(served.base.rsplit(":", 1)[1])
    assert served.url.startswith(f"http://127.0.0.2:{port}/")
    assert listening(served.process.pid) == {("127.0.0.2", port)}


def test_a_port_already_taken_is_said_plainly(serve, tmp_path):
    first = serve()
    port = first.base.rsplit(":", 1)[1]
    second = subprocess.run([str(APP), "serve", "--port", port, "--data-dir", str(tmp_path / "data")],
                            capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert second.returncode == 1
    assert f"cannot listen on 127.0.0.1 port {port}: " in second.stderr
    assert "Traceback" not in second.stderr and "http://" not in second.stdout


@pytest.mark.parametrize("port", ["70000", "-1", "http"])
def test_a_port_that_is_no_port_is_refused_before_anything_starts(port, tmp_path, capsys):
    with pytest.raises(SystemExit) as refused:
        main(["serve", "--port", port, "--data-dir", str(tmp_path / "data")])
    assert refused.value.code == 2
    assert "is not a port number (0 to 65535" in capsys.readouterr().err
    assert not (tmp_path / "data").exists()


def test_the_printed_address_names_this_machine_when_every_address_is_served(monkeypatch):
    monkeypatch.setattr("socket.gethostname", lambda: "gym-box")
    assert address_to_open("0.0.0.0", 8000, "abc") == "http://gym-box:8000/abc/"
    assert address_to_open("::1", 8000, "abc") == "http://[::1]:8000/abc/"
    assert address_to_open("127.0.0.1", 8000, "abc") == "http://127.0.0.1:8000/abc/"
