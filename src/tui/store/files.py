"""One JSON file on disk: read whole, written atomically and durably, private to the user.

No TinyDB and no orjson imported here: `status` reads through this module and should not pay for them.
"""

from __future__ import annotations

import codecs
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tui.store.errors import CorruptFileError, DataDirError, NewerSchemaError
from tui.store.schema import SCHEMA_VERSION, version_of

TEMP_PREFIX = ".runstrength-"
TEMP_SUFFIX = ".tmp"
FILE_MODE = 0o600


# workout.json holds only the workout being logged, which the window logging it writes whole again on its next save
# (tests/app/test_files_broken_while_running.py): emptied, it holds no workout until then.
_EMPTY_MEANS_NOTHING = frozenset({"workout.json"})


def read_document(path: Path, loads: Callable[[bytes], Any]) -> dict[str, Any] | None:
    """The file parsed by loads, or None when it does not exist (or is an emptied workout.json); never changes
    the file.

    The app parses with orjson. `status` uses the standard library's json: slower to parse the main file (5 ms
    instead of 2 at 50k sets) but 20 ms faster to import, as orjson brings in dataclasses and uuid.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise not_a_file(path) from None
    return parse_document(path, raw, loads)


def not_a_file(path: Path) -> DataDirError:
    """A data file's (or the lock's) name taken by a directory: refused by name, the directory left alone."""
    return DataDirError(path, "is a directory, not a file; move it out of the data directory", "The data file")


def parse_document(path: Path, raw: bytes, loads: Callable[[bytes], Any]) -> dict[str, Any] | None:
    """The bytes of the file at path parsed and checked as read_document does."""
    raw = raw.removeprefix(codecs.BOM_UTF8)  # a file saved by Windows' Notepad starts with one: no reason to refuse it
    if not raw.strip():
        if path.name in _EMPTY_MEANS_NOTHING:
            return None
        # Not valid JSON, as the rest: every write replaces a file whole, so an empty one was emptied by something
        # else (a sync tool, another program's crash, a full disk elsewhere). Read as no data, a year's workouts or
        # the settings and routines went without a word, and the next write made it so.
        raise CorruptFileError(path, "it is empty")
    try:
        data = loads(raw)
    except ValueError as error:  # each parser's decoding error is one (and bytes that are not UTF-8 too)
        raise CorruptFileError(path, _not_json(raw, error)) from None
    except RecursionError:  # the standard library's parser on thousands of nested brackets
        raise CorruptFileError(path, "nested too deeply to be a data file") from None
    if not isinstance(data, dict):
        raise CorruptFileError(path, "the top level is not an object of tables")
    for name, table in data.items():
        # TinyDB reads each table as {"<whole number id>": {record}}; anything else would crash it later.
        if not isinstance(table, dict) or not all(
            key.isascii() and key.isdigit() and isinstance(record, dict) for key, record in table.items()
        ):
            raise CorruptFileError(path, f"the table {name!r} is not an object of numbered records")
    try:
        version = version_of(data)
    except ValueError as error:
        raise CorruptFileError(path, str(error)) from None
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(path, version, SCHEMA_VERSION)
    return data


def _not_json(raw: bytes, error: ValueError) -> str:
    """Why the bytes are no JSON: the parser's words and where, or that they are not text at all (a parser said
    "str is not valid UTF-8: surrogates not allowed" of a file of random bytes)."""
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "it is not text: its bytes are not UTF-8"
    return str(error)


def write_atomically(path: Path, content: bytes) -> None:
    """Replace path with content so that a kill at any moment leaves the old file or the new one, whole.

    Temp file in the same directory (so the rename cannot cross file systems), fsync it, rename over the
    target, then fsync the directory so the rename itself survives a power cut.
    """
    directory = path.parent
    # mkstemp opens with O_CREAT | O_EXCL and mode 0600: it never follows a planted symlink and the
    # file is private from its first byte.
    try:
        fd, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=directory)
    except OSError as error:
        raise _of_the_file(error, path) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException as error:
        try:
            os.unlink(temp_name)
        except FileNotFoundError:
            pass
        if isinstance(error, OSError):
            raise _of_the_file(error, path) from None
        raise
    fsync_directory(directory)


def _of_the_file(error: OSError, path: Path) -> OSError:
    """The error said of the file being written, not of its temp file: "Operation not permitted
    (/data/.runstrength-70wrwdzs.tmp)" named a file the user never saw and cannot find."""
    error.filename, error.filename2 = str(path), None
    return error


# What Linux's fsync answers for a folder whose file system cannot sync folders at all: SMB/CIFS shares (a home
# on a NAS), WSL's DrvFs on a network drive, some FUSE and Ceph volumes. There the file itself was synced and
# renamed into place, and syncing the folder is not possible: the write is as durable as that file system makes
# it. Taken as a failure, every save there said "Not saved yet (Invalid argument)" after saving, and a workout
# could not be started. Any other error (EIO: the disk failing) is still one.
FOLDER_SYNC_UNSUPPORTED = frozenset({errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP})


def fsync_directory(directory: Path) -> None:
    """Make the renames in directory durable, where its file system can (see FOLDER_SYNC_UNSUPPORTED)."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    except OSError as error:
        if error.errno not in FOLDER_SYNC_UNSUPPORTED:
            raise
    finally:
        os.close(fd)
