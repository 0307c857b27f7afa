"""The system's time zone, as the name a workout is stored with ("Asia/Tokyo").

pendulum finds the system's zone, but names it only when the system does: TZ=Asia/Tokyo, /etc/timezone, or an
/etc/localtime linked into the zone database. A zone read from a file has no name: TZ=:/etc/localtime (advised to
spare the C library a look at that file on every call), TZ=/usr/share/zoneinfo/Asia/Tokyo, or an /etc/localtime
copied rather than linked (Alpine's documented set-up, and many container images'). Starting a workout there
crashed ("'NoneType' object has no attribute 'lower'"). The name then comes from the file: its place in the zone
database, else the zone whose file it is a copy of.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from tui.domain.settings import names_a_place, zone_named

LOCALTIME = Path("/etc/localtime")


@cache  # as pendulum keeps the zone it found once per process
def system_zone() -> str:
    """The system's zone by name; UTC when it has none to be found (UTC keeps dates well defined)."""
    import pendulum  # imported when first needed: see clock.py

    try:
        name = pendulum.tz.get_local_timezone().name
    except Exception:  # an unusual set-up pendulum cannot read
        name = None
    if name and _usable(name):
        return name
    return zone_of_file(_zone_file()) or "UTC"


def _zone_file() -> Path:
    """The file the system's zone is read from: the one TZ names (":" first is allowed), else /etc/localtime."""
    named = Path(os.environ.get("TZ", "").removeprefix(":"))
    return named if named.is_absolute() and named.is_file() else LOCALTIME


@cache  # the files do not change while the app runs; the database is searched once at most
def zone_of_file(path: Path) -> str | None:
    """The name of the zone a zone file is, or is a copy of; None when it is neither."""
    try:
        real = path.resolve()
        content = real.read_bytes()
    except OSError:
        return None
    if "zoneinfo" in real.parts:  # .../zoneinfo/Asia/Tokyo
        last = len(real.parts) - 1 - real.parts[::-1].index("zoneinfo")
        name = "/".join(real.parts[last + 1:])
        if _usable(name):
            return name
    for name, candidate in _database_files():
        if candidate.stat().st_size == len(content) and candidate.read_bytes() == content and _usable(name):
            return name
    return None


def _database_files() -> Iterator[tuple[str, Path]]:
    """Each zone's file, in the system's database and then Python's tzdata; a zone's own name before the older
    names that share its file ("Asia/Tokyo" before "Japan", "Europe/Paris" before "Europe/Monaco")."""
    import zoneinfo

    names = zoneinfo.available_timezones()
    for folder in map(Path, (*zoneinfo.TZPATH, *_tzdata_folder())):
        current = _current_names(folder)
        for name in sorted(names, key=lambda name: (name not in current, "/" not in name, name)):
            candidate = folder / name
            if candidate.is_file():
                yield name, candidate


def _current_names(folder: Path) -> set[str]:
    """The zones the database lists as current (zone1970.tab's third column); empty when it has no list."""
    try:
        lines = (folder / "zone1970.tab").read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return set()
    return {fields[2] for fields in (line.split("\t") for line in lines if not line.startswith("#")) if len(fields) > 2}


def _tzdata_folder() -> list[str]:
    """Python's copy of the database (the tzdata package, as zoneinfo uses it where the system has none)."""
    from importlib.util import find_spec

    found = find_spec("tzdata")
    return [str(Path(place) / "zoneinfo") for place in (found.submodule_search_locations or [])] if found else []


def _usable(name: str) -> bool:
    if not names_a_place(name):
        return False
    try:
        zone_named(name)
    except (ValueError, KeyError, OSError):  # zoneinfo's errors for a name that is no zone
        return False
    return True
