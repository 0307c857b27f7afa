"""Noticing that a data file was replaced since this window last looked: another window saved settings, logged a
set or finished the workout. One stat call, cheap enough for a timer.

Every write replaces the file whole (a temp file renamed over it), so each write gives the file a new inode, size or
modification time; comparing the three catches a change without reading the file.
"""

from __future__ import annotations

import os
from pathlib import Path

Stamp = tuple[int, int, int] | None


def stamp_of(path: Path) -> Stamp:
    """(inode, size, mtime in ns) of the file, or None when there is none."""
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


class FileWatch:
    """Tells whether one file was replaced since the last look (this window's own writes included)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._seen = stamp_of(self.path)

    def changed(self) -> bool:
        """Whether the file changed since the last call (or since the watch began); remembers it as seen."""
        now = stamp_of(self.path)
        if now == self._seen:
            return False
        self._seen = now
        return True
