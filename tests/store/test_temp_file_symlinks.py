"""Symlinks planted in the data dir cannot make a write land outside it.

Every write goes to a temp file in the data dir, then replaces the data file. These tests plant symbolic links
pointing outside the data dir at every name the temp file could take, and at the data files themselves, then
write through the real store on a real file system. Only tempfile's sequence of candidate names is replaced (so
the test knows the names); mkstemp, open, rename and fsync are the real ones. The outside files must stay byte
for byte as they were; the write lands inside the data dir or is refused with a clear error; and no temp file
of ours is left behind.
"""

from __future__ import annotations

import errno
import itertools
import os
import stat
import tempfile
from dataclasses import replace
from pathlib import Path

import pendulum
import pytest

from tests.builders import a_workout, moment
from tui.domain.settings import Settings
from tui.store.errors import CorruptFileError, DataDirError
from tui.store.files import TEMP_PREFIX, TEMP_SUFFIX
from tui.store.open import open_store

PLANTED = ["trap1", "trap2", "trap3"]  # the first names tempfile will offer


@pytest.fixture
def outside(tmp_path) -> Path:
    """A directory outside the data dir, with a file worth protecting and an empty subdirectory."""
    place = tmp_path / "outside"
    place.mkdir()
    (place / "precious.txt").write_bytes(b"the user's SSH config, say\n")
    os.chmod(place / "precious.txt", 0o644)
    (place / "a-dir").mkdir()
    return place


def picture(directory: Path) -> dict[str, tuple[bytes | None, int]]:
    """Every entry under directory: its bytes (None for a dir) and its mode."""
    return {str(path.relative_to(directory)): (None if path.is_dir() else path.read_bytes(), path.lstat().st_mode)
            for path in sorted(directory.rglob("*"))}


def temp_names(directory: Path) -> set[str]:
    return {path.name for path in directory.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}")}


def plant_at_temp_names(data_dir: Path, outside: Path, names) -> set[str]:
    """A symlink at each temp name: to the precious file, to a file that does not exist yet, to a directory."""
    targets = itertools.cycle([outside / "precious.txt", outside / "not-yet.txt", outside / "a-dir"])
    planted = set()
    for name, target in zip(names, targets):
        link = data_dir / f"{TEMP_PREFIX}{name}{TEMP_SUFFIX}"
        link.symlink_to(target)
        planted.add(link.name)
    return planted


@pytest.fixture
def predictable_names(monkeypatch):
    """tempfile offers PLANTED first, then names of its own choosing; everything else in mkstemp is real."""
    real = tempfile._get_candidate_names

    def candidates():
        return itertools.chain(PLANTED, real())

    monkeypatch.setattr(tempfile, "_get_candidate_names", candidates)


def finished(year: int = 2026):
    start = moment(year, 11, 18, 7, 15)
    return replace(a_workout(at=start, sets=3), finished_at=start)


# Each write the app makes, with the file it replaces.
WRITES = {
    "runstrength.json": lambda store: store.settings.save(Settings(units="lb")),
    "workout.json": lambda store: store.workout.start(a_workout()),
    "history-2026.json": lambda store: store.history.save(finished()),
}


def written_back(store, name: str) -> bool:
    """What the write stored reads back through a fresh store."""
    fresh = open_store(store.directory)
    if name == "runstrength.json":
        return fresh.settings.get().units == "lb"
    if name == "workout.json":
        return fresh.workout.current() is not None
    return len(fresh.history.summaries()) == 1


@pytest.mark.parametrize("name", WRITES)
def test_symlinks_at_the_temp_file_names_are_passed_over_and_the_write_lands_inside(
        store, outside, predictable_names, name):
    planted = plant_at_temp_names(store.directory, outside, PLANTED)
    before = picture(outside)
    WRITES[name](store)
    assert picture(outside) == before  # the precious file, its mode, and nothing created at the dangling target
    target = store.directory / name
    assert stat.S_ISREG(target.lstat().st_mode) and stat.S_IMODE(target.lstat().st_mode) == 0o600
    assert temp_names(store.directory) == planted  # ours are gone; the planted links were left alone
    assert written_back(store, name)


def test_when_every_temp_name_is_taken_by_a_symlink_the_write_is_refused_and_nothing_changes(
        store, outside, monkeypatch):
    store.settings.save(Settings(units="kg"))
    main_before = store.data.main_path.read_bytes()
    planted = plant_at_temp_names(store.directory, outside, PLANTED)
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: itertools.cycle(PLANTED))
    before = picture(outside)
    with pytest.raises(FileExistsError) as refused:
        store.settings.save(Settings(units="lb"))
    # An OSError with a reason, which the Workout screen shows as "Not saved yet (...)".
    assert refused.value.errno == errno.EEXIST and "No usable temporary file name found" in str(refused.value)
    assert picture(outside) == before
    assert store.data.main_path.read_bytes() == main_before
    assert temp_names(store.directory) == planted


@pytest.mark.parametrize("name", WRITES)
def test_a_data_file_turned_into_a_symlink_while_open_is_replaced_inside_and_its_target_untouched(
        store, outside, name):
    # Planted after the store was opened (opening refuses a linked data file: see test_unsafe_places.py).
    # The target holds valid data, so the write goes ahead: the link itself is replaced, never followed.
    (outside / "decoy.json").write_bytes(b"{}")
    link = store.directory / name
    link.unlink(missing_ok=True)
    link.symlink_to(outside / "decoy.json")
    before = picture(outside)
    WRITES[name](store)
    assert picture(outside) == before
    assert stat.S_ISREG(link.lstat().st_mode) and stat.S_IMODE(link.lstat().st_mode) == 0o600
    assert temp_names(store.directory) == set()
    assert written_back(store, name)


@pytest.mark.parametrize("name", WRITES)
def test_a_data_file_symlinked_to_a_file_that_is_not_ours_is_refused_and_its_target_untouched(
        store, outside, name):
    link = store.directory / name
    link.unlink(missing_ok=True)
    link.symlink_to(outside / "precious.txt")
    before = picture(outside)
    with pytest.raises(CorruptFileError, match=f"{link} is not valid JSON .* It has been left exactly as it is"):
        WRITES[name](store)
    assert picture(outside) == before
    assert link.is_symlink()
    assert temp_names(store.directory) == set()


def test_symlinks_at_temp_names_found_on_open_are_removed_and_their_targets_untouched(data_dir, outside):
    open_store(data_dir)
    plant_at_temp_names(data_dir, outside, PLANTED)
    before = picture(outside)
    open_store(data_dir)  # clears what a killed writer left; a link is removed, never followed
    assert temp_names(data_dir) == set()
    assert picture(outside) == before


def test_a_symlink_at_the_lock_file_is_refused_and_its_target_untouched(data_dir, outside):
    data_dir.mkdir(mode=0o700)
    (data_dir / ".runstrength.lock").symlink_to(outside / "precious.txt")
    before = picture(outside)
    with pytest.raises(DataDirError, match=r"\.runstrength\.lock is a symbolic link"):
        open_store(data_dir, lock_timeout=0.5)
    assert picture(outside) == before


def test_symlinks_at_the_migration_backup_names_do_not_receive_the_backup(data_dir, outside):
    data_dir.mkdir(mode=0o700)
    old = data_dir / "runstrength.json"
    old.write_bytes(b'{"settings": {}}')  # data version 0: opening migrates it after a backup copy
    os.chmod(old, 0o600)
    now = pendulum.now("UTC")
    for second in range(-1, 10):  # every name the backup can take while this test runs
        when = now.add(seconds=second).format("YYYYMMDDTHHmmss")
        (data_dir / f"runstrength.json.v0-{when}.bak").symlink_to(outside / "precious.txt")
    before = picture(outside)
    open_store(data_dir)
    assert picture(outside) == before
    # The backup replaced one of the links: a private file of its own, inside the data dir, holding the old data.
    backups = [path for path in data_dir.glob("runstrength.json.v0-*.bak") if not path.is_symlink()]
    assert len(backups) == 1
    assert backups[0].read_bytes() == b'{"settings": {}}'
    assert stat.S_IMODE(backups[0].stat().st_mode) == 0o600
