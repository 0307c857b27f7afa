"""A kept summary written as lines of JSON (the charts' `progress.jsonl`): the whole summary on its first line, then
each change of the history appended as a line of its own, every line followed by one that stamps the year files as
they were after it.

Ten years of the charts' summary come to 1.7 MB. Read and rewritten whole at every finish, it took the peak memory
of a session 3 MiB higher. Appended, a finish reads only the last line, to know the summary was current before it,
and writes one workout's rows. A kill in the middle of an append leaves a last line that is cut
short or is no stamp: the summary is then out of date, and rebuilt from the year files as any kept summary is.

Its first line reads {"shape": N, "summary": {...}}; a change, {"forget": [workout ids], "add": {...}} (the
changed workouts' own summary); a stamp, {"year_files": {...}}. Once a reader has taken in more changes than
CHANGES_KEPT, it writes the summary whole again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import orjson

from tui.store.day_index import year_files
from tui.store.files import write_atomically
from tui.store.kept_summaries import Before, SummaryKind

if TYPE_CHECKING:
    from tui.domain.progress.records import WorkoutValues
    from tui.domain.workout.model import Workout

S = TypeVar("S")

CHANGES_KEPT = 200  # about four years of workouts: the file stays within a few percent of its whole size
_STAMP_READ = 64 * 1024  # a stamp line is tens of bytes per year file


def _no_merge(summary: Any, more: Any) -> None:
    raise NotImplementedError


@dataclass(frozen=True)
class LinesKind(SummaryKind[S]):
    """A summary kept as lines: `forget` must take workouts out exactly (it is applied to every change)."""

    merge: Callable[[S, S], None] = field(default=_no_merge)  # add a change's summary into the whole
    replaces: str | None = None  # the file this one took over from, removed as it is written whole
    read_after: bool = True  # what a change needs before it is how the year files looked, not the summary

    def read(self, directory: Path, files: dict[str, list[int]] | None = None) -> tuple[S | None, bool]:
        files = year_files(directory) if files is None else files
        path = self.path(directory)
        try:
            summary, stamp, changes = self._parsed(path)
        except FileNotFoundError:
            return (None if files else self.of(())), False
        except (OSError, ValueError, KeyError, TypeError):  # unreadable, cut short, or not in the shape written
            return None, False
        if summary is None or stamp != files:
            return None, False
        return summary, changes > CHANGES_KEPT

    def _parsed(self, path: Path) -> tuple[S | None, Any, int]:
        """The summary with every change taken in, the last stamp (None when a change follows it), the changes."""
        # Line by line: the file's bytes are never all held beside what is parsed from them.
        with path.open("rb") as handle:
            lines = iter(handle)
            first = self._line(next(lines, b""))
            if first.get("shape") != self.shape or not self.looks_right(first["summary"]):
                return None, None, 0
            summary: S = first["summary"]
            stamp, changes = None, 0
            for line in lines:
                doc = self._line(line)
                if "year_files" in doc:
                    stamp = doc["year_files"]
                    continue
                stamp = None  # a change no stamp followed: cut off before its stamp was written
                added, leaving = doc["add"], doc["forget"]
                if not self.looks_right(added) or not isinstance(leaving, list):
                    return None, None, 0
                self.forget(summary, leaving)
                self.merge(summary, added)
                changes += 1
        return summary, stamp, changes

    def _line(self, line: bytes) -> dict[str, Any]:
        if not line.endswith(b"\n"):
            raise ValueError("a line cut short")
        doc = self.loads(line)
        if not isinstance(doc, dict):
            raise ValueError("a line that is not an object")
        return doc

    def write(self, directory: Path, summary: S) -> None:
        lines = (orjson.dumps({"shape": self.shape, "summary": self.written_as(summary)}) + b"\n"
                 + orjson.dumps({"year_files": year_files(directory)}) + b"\n")
        write_atomically(self.path(directory), lines)
        if self.replaces:
            (Path(directory) / self.replaces).unlink(missing_ok=True)

    def take_in(self, directory: Path, read: Any, added: Iterable[tuple[Workout, WorkoutValues]]) -> None:
        before: Before = read
        changed = self.of(())
        for workout, summed in added:
            self.add(changed, workout, summed)
        path = self.path(directory)
        if not path.exists():
            if not before.files:  # the first workout of a new data dir
                self.write(directory, changed)
            return
        if self._last_stamp(path) != before.files:
            return  # out of date before this change: left for the next reader to rebuild
        lines = (orjson.dumps({"forget": before.leaving, "add": self.written_as(changed)}) + b"\n"
                 + orjson.dumps({"year_files": year_files(directory)}) + b"\n")
        # O_NOFOLLOW: a link planted at the summary's name is refused, never written through.
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_NOFOLLOW)
        with os.fdopen(fd, "ab") as handle:
            handle.write(lines)
            handle.flush()
            os.fsync(handle.fileno())

    def _last_stamp(self, path: Path) -> Any:
        """The year files the last line stamps; None when the last line is cut short or is no stamp."""
        with path.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            handle.seek(max(0, size - _STAMP_READ))
            tail = handle.read()
        start = tail.rfind(b"\n", 0, len(tail) - 1) + 1
        if not tail.endswith(b"\n") or (start == 0 and size > len(tail)):
            return None
        try:
            doc = self.loads(tail[start:])
        except ValueError:
            return None
        return doc.get("year_files") if isinstance(doc, dict) else None
