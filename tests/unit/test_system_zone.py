"""The system's time zone by name, however the system gives it: a name, a path into the zone database, or a copy
of a zone's file. Each case runs the lookup in a process of its own with the TZ variable set, as a user's shell
sets it (pendulum reads the system's zone once per process)."""

from __future__ import annotations

import os
import subprocess
import sys
import zoneinfo
from pathlib import Path

import pytest

from tui.domain.system_zone import zone_of_file


def database_file(name: str) -> Path:
    """A zone's file in the system's database, else in Python's tzdata."""
    import tzdata

    for folder in (*zoneinfo.TZPATH, str(Path(tzdata.__file__).parent / "zoneinfo")):
        if (Path(folder) / name).is_file():
            return Path(folder) / name
    raise AssertionError(f"no file for {name}")


def zone_with(tz: str) -> str:
    """The zone the app uses with no zone chosen in its settings, when the shell sets TZ=tz."""
    code = "from tui.domain.settings import Settings; print(Settings().zone)"
    done = subprocess.run([sys.executable, "-c", code], env={**os.environ, "TZ": tz}, capture_output=True, text=True,
                          check=True)
    return done.stdout.strip()


def test_a_zone_named_by_the_system_keeps_its_name():
    assert zone_with("Asia/Tokyo") == "Asia/Tokyo"


def test_a_path_into_the_zone_database_gives_the_zone_s_name():
    path = database_file("Asia/Tokyo")
    assert zone_with(f":{path}") == "Asia/Tokyo"  # the leading colon is POSIX's "implementation-defined" form
    assert zone_with(str(path)) == "Asia/Tokyo"


def test_a_copy_of_a_zone_s_file_gives_that_zone(tmp_path):
    """An /etc/localtime copied, not linked (Alpine's way), read through TZ=:file. Before: no name, and starting a
    workout crashed."""
    copy = tmp_path / "localtime"
    copy.write_bytes(database_file("America/Sao_Paulo").read_bytes())
    assert zone_with(f":{copy}") == "America/Sao_Paulo"


def test_a_copy_names_the_zone_not_an_older_name_of_the_same_file(tmp_path):
    """Japan and Asia/Tokyo share a file; the zone list's own name is the one kept."""
    copy = tmp_path / "localtime"
    copy.write_bytes(database_file("Japan").read_bytes())
    assert zone_of_file(copy) == "Asia/Tokyo"


@pytest.mark.parametrize("content", [b"", b"not a zone file", b"TZif2" + bytes(100)])
def test_a_file_that_is_no_zone_gives_no_name(tmp_path, content):
    odd = tmp_path / "localtime"
    odd.write_bytes(content)
    assert zone_of_file(odd) is None
    assert zone_of_file(tmp_path / "missing") is None
