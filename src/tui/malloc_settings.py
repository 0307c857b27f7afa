"""Two settings of glibc's malloc that keep the app's memory down over a session with years of history.

Reading a year file parses about 2 MB of JSON into some 5 MB of objects, and the charts, last time's sets and
the finish read several, in worker threads so the screen stays live. Two of glibc's defaults kept that memory
after it was freed:
- each thread gets a malloc arena of its own, so what a worker freed was kept for that arena alone, beside the
  main thread's heap;
- a large block (a file's bytes, the parser's buffer) that was freed raises the size from which blocks are
  mapped apart, so the next ones came from the heap, which returns little once fragmented.
With one arena, and large blocks always mapped apart (given back when freed), the benchmark's session at ten
years peaked at 81.2 MiB; 82.0 with the second alone, 84.0 with the first alone (medians of four runs).
Python allocates under the GIL, so the threads lose nothing by sharing one arena; the first frame came no later
(taken in turns, a little sooner).

These are M_ARENA_MAX and M_MMAP_THRESHOLD, glibc's documented tunables (also the MALLOC_ARENA_MAX and
MALLOC_MMAP_THRESHOLD_ variables), set before any thread starts; elsewhere (macOS, musl) nothing is set.
"""

from __future__ import annotations

import ctypes
import sys

# From glibc's malloc.h.
M_MMAP_THRESHOLD = -3
M_ARENA_MAX = -8
MAPPED_APART_FROM = 128 * 1024  # glibc's own starting value, kept fixed


def keep_memory_small() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # no C library to ask, or one without mallopt
        return
    mallopt(M_ARENA_MAX, 1)
    mallopt(M_MMAP_THRESHOLD, MAPPED_APART_FROM)
