"""A real full disk for tests: a tiny tmpfs mounted for the test, filled until the kernel says ENOSPC."""

from __future__ import annotations

import os
import subprocess
from contextlib import contextmanager

import pytest


@contextmanager
def mounted_tiny_disk(mount_point, size: str = "256k"):
    mount_point.mkdir(exist_ok=True)
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount_point)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk) -> None:
    """Write until the disk is full (the kernel's ENOSPC, nothing simulated)."""
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    # A tmpfs may still take a few bytes in a page already given to a file: take those too.
    fd = os.open(disk / "filler-tail", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        while True:
            os.write(fd, b"\0")
    except OSError:
        pass
    finally:
        os.close(fd)


def make_room(disk) -> None:
    for name in ("filler", "filler-tail"):
        (disk / name).unlink(missing_ok=True)


@contextmanager
def made_read_only(directory):
    """The directory mounted read-only over itself (a backup disk, a snapshot): the kernel refuses every write
    in it, root's too, which a chmod would not."""
    for command in (["mount", "--bind", str(directory), str(directory)],
                    ["mount", "-o", "remount,bind,ro", str(directory)]):
        done = subprocess.run(command, capture_output=True)
        if done.returncode != 0:
            subprocess.run(["umount", "-l", str(directory)], check=False, capture_output=True)
            pytest.skip(f"cannot mount a directory read-only here: {done.stderr.decode().strip()}")
    try:
        yield directory
    finally:
        subprocess.run(["umount", "-l", str(directory)], check=False)
