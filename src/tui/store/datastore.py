"""The data directory: its lock, its files, and locked transactions over fresh TinyDB views."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TypeVar, cast

import filelock
import orjson
from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import Storage

from tui.store.day_index import YEAR_FILE_PREFIX
from tui.store.errors import DataDirError, StoreBusyError
from tui.store.files import (
    FILE_MODE,
    TEMP_PREFIX,
    TEMP_SUFFIX,
    not_a_file,
    parse_document,
    read_document,
    write_atomically,
)
from tui.store.paths import DIR_MODE
from tui.store.schema import SCHEMA_VERSION, migrate, stamp, version_of

MAIN_FILE = "runstrength.json"
WORKOUT_FILE = "workout.json"
LOCK_FILE = ".runstrength.lock"
STUCK_WAIT_S = 0.2  # the wait for a lock held past a whole wait already (see DataStore.locked)
T = TypeVar("T")


def check_private(path: Path, is_dir: bool) -> None:
    """Refuse a data dir or file another user owns or may write: they could read or rewrite the training log."""
    what = "The data directory" if is_dir else "The data file"
    info = path.stat() if is_dir else path.lstat()  # a linked data dir is fine; a linked data file is not
    if stat.S_ISLNK(info.st_mode):
        raise DataDirError(path, "is a symbolic link; data files must be plain files", what)
    if info.st_uid != os.getuid():
        raise DataDirError(path, f"belongs to another user (uid {info.st_uid}); use one of your own", what)
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        mode = "700" if is_dir else "600"
        raise DataDirError(path, f"can be changed by other users; make it private with: chmod {mode} {path}", what)


def read_fresh(path: Path) -> dict[str, Any] | None:
    """The file parsed now, for a transaction (or a check) that must see its latest content."""
    return read_document(path, orjson.loads)


class AtomicJSONStorage(Storage):
    """TinyDB storage over read_document and write_atomically; every write stamps the data version."""

    def __init__(self, path: Path, read: Callable[[Path], dict[str, Any] | None] = read_fresh,
                 written: Callable[[bytes, dict[str, Any]], None] | None = None) -> None:
        self.path = Path(path)
        self._read = read
        self._written = written  # told the bytes written and what they parse to

    def read(self) -> dict[str, Any] | None:
        return self._read(self.path)

    def write(self, data: dict[str, Any]) -> None:
        stamped = stamp(data)
        raw = encode(stamped)
        write_atomically(self.path, raw)
        if self._written:
            self._written(raw, stamped)

    def close(self) -> None:
        pass


class _WriteBack(CachingMiddleware):
    # Reads the file once, keeps every change in memory, writes once at commit: a transaction that changes
    # several documents replaces the file a single time, so it lands whole or not at all.
    WRITE_CACHE_SIZE = 1_000_000

    def __init__(self, storage_cls: type[Storage]) -> None:  # typed: TinyDB's middleware is not
        super().__init__(storage_cls)  # type: ignore[no-untyped-call]

    def flush(self) -> None:
        super().flush()  # type: ignore[no-untyped-call]


class DataStore:
    """One user's data directory. Every write runs under one inter-process lock on a fresh view of the file."""

    def __init__(self, directory: Path, lock_timeout: float = 10.0) -> None:
        self.directory = Path(directory)
        self.lock_timeout = lock_timeout
        self._held_past_wait = False  # the last wait for the lock ran out (see locked)
        self._prepare_directory()
        # A data dir nobody may write here (a backup on a read-only mount, a copy of another's log) can still be
        # looked at and exported: reads need no lock, and every write is refused when it is tried.
        self.read_only = not os.access(self.directory, os.W_OK)
        self._lock = filelock.FileLock(self.directory / LOCK_FILE, timeout=lock_timeout, mode=FILE_MODE)
        self._current: set[Path] = set()
        self._main_seen: tuple[bytes | None, dict[str, Any] | None] | None = None  # see _read_for_view
        self._made_from_main: dict[str, Any] = {}  # see made_from_main_file
        if not self.read_only:
            os.chmod(self.directory, DIR_MODE)  # mkdir's mode is filtered by the umask; tighten a 0755 of ours too
            with self.locked():
                self._remove_stale_temp_files()
        self.ensure_current(self.main_path)

    @property
    def main_path(self) -> Path:
        return self.directory / MAIN_FILE

    @property
    def workout_path(self) -> Path:
        return self.directory / WORKOUT_FILE

    def history_path(self, year: int) -> Path:
        return self.directory / f"history-{year:04d}.json"

    def history_years(self) -> list[int]:
        years = []
        for path in self.directory.glob("history-*.json"):
            suffix = path.stem.removeprefix("history-")
            if suffix.isdigit():
                years.append(int(suffix))
        return sorted(years)

    def _prepare_directory(self) -> None:
        if self.directory.exists() and not self.directory.is_dir():
            raise DataDirError(self.directory, "exists but is not a directory")
        if not self.directory.exists():
            try:
                self.directory.mkdir(parents=True, mode=DIR_MODE)
            except OSError as error:
                raise DataDirError(self.directory, f"cannot be created ({error.strerror})") from None
        check_private(self.directory, is_dir=True)
        for path in [*self.directory.glob("*.json"), *self.directory.glob("*.jsonl"), self.directory / LOCK_FILE]:
            if path.is_symlink() or path.exists():  # a dangling link is still refused
                check_private(path, is_dir=False)
                if path.is_dir() and not path.is_symlink():
                    raise not_a_file(path)

    def _remove_stale_temp_files(self) -> None:
        # A writer killed mid-write leaves its temp file behind; under the lock nobody is writing one now.
        for leftover in self.directory.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
            leftover.unlink(missing_ok=True)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the data directory's lock (re-entrant within this process)."""
        if self.read_only:  # its lock file cannot be opened, and no write can happen here to wait for
            yield
            return
        if not self.directory.is_dir():
            # Deleted while the app runs: the lock would make it again, readable by anyone (0755, filelock's).
            self.directory.mkdir(parents=True, mode=DIR_MODE, exist_ok=True)
            os.chmod(self.directory, DIR_MODE)
        # Once another process has kept the lock past the whole wait (stuck, or an import stopped with ctrl+z), the
        # next waits are short until it lets go: the app retries a set's save every few seconds, and each retry
        # froze its screen, rest timer and keys for the whole wait again.
        wait = STUCK_WAIT_S if self._held_past_wait else self.lock_timeout
        try:
            # A short poll: a waiting set write should follow the holder within milliseconds, not 50 ms.
            self._lock.acquire(timeout=min(wait, self.lock_timeout), poll_interval=0.002)
        except filelock.Timeout:
            self._held_past_wait = True
            raise StoreBusyError(self.directory, self.lock_timeout) from None
        self._held_past_wait = False
        try:
            yield
        finally:
            self._lock.release()

    def ensure_current(self, path: Path) -> None:
        """Refuse a newer or corrupt file; bring an older one up to date after a backup copy.

        Checked once per file per process; later reads still refuse a newer file through the storage.
        """
        if path not in self._current:
            self._read_current(path)

    def _read_current(self, path: Path) -> dict[str, Any] | None:
        """The file parsed for reading, checked (and brought up to date) first if this is its first read: the
        check's parse is the one read, so a year file's first read parses it once, not twice."""
        data = self._read_for_view(path)
        if path in self._current:
            return data
        if data is not None and version_of(data) < SCHEMA_VERSION:
            with self.locked():
                data = read_fresh(path)  # another process may have migrated it meanwhile
                if data is not None and version_of(data) < SCHEMA_VERSION:
                    self._backup(path, version_of(data))
                    write_atomically(path, encode(migrate(data)))
            data = self._read_for_view(path)
        self._current.add(path)
        return data

    def _backup(self, path: Path, version: int) -> Path:
        when = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        backup = path.with_name(f"{path.name}.v{version}-{when}.bak")
        # Written like a data file (private temp file renamed over the name), so a symlink planted at the
        # backup's name is replaced, never followed: a copy would write the user's data wherever it points.
        write_atomically(backup, path.read_bytes())
        return backup

    @contextlib.contextmanager
    def transaction(self, path: Path) -> Iterator[TinyDB]:
        """A read-modify-write of one file: locked, on a fresh read, written once if the block succeeds."""
        self.ensure_current(path)
        with self.locked():
            # The main file's view goes before a year file's or the main file's own transaction: the index in the
            # main file is written next (a finish, an edit, an import) and what it writes is the view's next parse.
            # Kept through them, the old view and a second parse of the new file took a finish with ten years
            # about 4 MiB higher (the session probe's step by step peak).
            if path == self.main_path or path.name.startswith(YEAR_FILE_PREFIX):
                self._forget_main_view()
            written = self._main_written if path == self.main_path else None
            db = TinyDB(path, storage=_WriteBack(AtomicJSONStorage), written=written)
            yield db
            cast(_WriteBack, db.storage).flush()  # the storage this transaction made
            if path == self.main_path:
                self.write_status_summary()

    def write_status_summary(self) -> None:
        """Write `status`'s summary of the main file as it is now (under the lock).

        Parsed through the view cache, so the next view of the main file reuses this parse. A failure to write
        it (a full disk) loses nothing: the summary left behind no longer matches the main file, and `status`
        reads the main file instead until the next write succeeds.
        """
        from tui.store.status_summary import write_summary

        with self.locked():
            data = self._read_for_view(self.main_path)
            if data is not None:
                try:
                    write_summary(self.directory, data)
                except OSError:
                    pass

    @contextlib.contextmanager
    def reading(self, path: Path) -> Iterator[TinyDB]:
        """A read-only view of one file. No lock needed: files are only ever replaced whole."""
        data = self._read_current(path)
        # The view keeps what it reads (the caching middleware), so this one parse is all it ever reads.
        yield TinyDB(path, read=lambda _path: data, storage=_WriteBack(AtomicJSONStorage))

    def peek(self, path: Path) -> dict[str, Any] | None:
        """The file as a view reads it (the main file parsed again only when its bytes changed)."""
        return self._read_for_view(path)

    def _read_for_view(self, path: Path) -> dict[str, Any] | None:
        """The file parsed for reading only; the main file is not parsed again while its bytes are unchanged.

        The main file holds the per-day index, so at 50k sets parsing and checking it takes about 5 ms, and the
        app reads it three times as it starts and again on every change of screen. Comparing the bytes is
        exact (a file's size and times can repeat) and costs a fraction of that. Views only read what they
        share; a transaction, which changes what it reads, always parses the file afresh.
        """
        if path != self.main_path:
            return read_fresh(path)
        try:
            raw: bytes | None = path.read_bytes()
        except FileNotFoundError:
            raw = None  # no file yet: nothing
        if self._main_seen is None or self._main_seen[0] != raw:
            # The old parse and what was made from it go first: at ten years both parses at once cost 5 MB more.
            self._forget_main_view()
            self._main_seen = (raw, None if raw is None else parse_document(path, raw, orjson.loads))
        return self._main_seen[1]

    def _forget_main_view(self) -> None:
        self._main_seen = None
        self._made_from_main.clear()

    def _main_written(self, raw: bytes, data: dict[str, Any]) -> None:
        """A transaction wrote the main file: what it wrote is the view's next parse (a view never changes it)."""
        self._forget_main_view()
        self._main_seen = (raw, data)

    def made_from_main_file(self, name: str, make: Callable[[dict[str, Any] | None], T]) -> T:
        """What make() builds from the main file as it is now, built once while the file's bytes are unchanged
        (the Calendar and History build the index's rows on every visit; at ten years that takes longer than
        drawing the screen). Forgotten with the parse it was made from, so nothing keeps an old parse alive."""
        data = self._read_current(self.main_path)
        if name not in self._made_from_main:
            self._made_from_main[name] = make(data)
        made: T = self._made_from_main[name]
        return made


def encode(data: dict[str, Any]) -> bytes:
    # Indented and key-sorted: the user owns these files and may read or diff them.
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS)
