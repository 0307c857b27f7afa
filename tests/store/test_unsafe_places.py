"""A data dir or file another user owns or may write, or a data dir path that is no directory, is refused with an
explanation, and left as it is."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tui.store.errors import DataDirError
from tui.store.open import open_store


def test_a_world_writable_data_dir_is_refused_with_the_fix(data_dir):
    data_dir.mkdir()
    os.chmod(data_dir, 0o777)
    refusal = f"can be changed by other users; make it private with: chmod 700 {data_dir}"
    with pytest.raises(DataDirError, match=refusal):
        open_store(data_dir)
    assert os.stat(data_dir).st_mode & 0o777 == 0o777  # not silently changed: the user decides


def test_a_group_writable_data_file_is_refused(store):
    store.settings.save(store.settings.get())
    os.chmod(store.data.main_path, 0o660)
    with pytest.raises(DataDirError, match="The data file .*runstrength.json can be changed by other users"):
        open_store(store.directory)


def test_a_readable_data_dir_of_ours_is_made_private(data_dir):
    data_dir.mkdir()
    os.chmod(data_dir, 0o755)
    open_store(data_dir)
    assert os.stat(data_dir).st_mode & 0o777 == 0o700


@pytest.mark.skipif(os.getuid() != 0, reason="giving a file to another user needs root")
def test_a_data_file_owned_by_another_user_is_refused(store):
    store.settings.save(store.settings.get())
    os.chown(store.data.main_path, 65534, 65534)
    with pytest.raises(DataDirError, match="belongs to another user"):
        open_store(store.directory)


@pytest.mark.parametrize("name", ["runstrength.json", "progress.jsonl"])  # a summary appended to, too
def test_a_data_file_that_is_a_symlink_is_refused(store, tmp_path, name):
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text("{}")
    (store.directory / name).symlink_to(elsewhere)
    with pytest.raises(DataDirError, match="is a symbolic link"):
        open_store(store.directory)
    assert elsewhere.read_text() == "{}"


def test_a_data_dir_reached_through_a_symlink_is_fine(tmp_path):
    real = tmp_path / "real"
    open_store(real)
    link = tmp_path / "link"
    link.symlink_to(real)
    open_store(link).settings.save(open_store(link).settings.get())
    assert (real / "runstrength.json").exists()


def start_the_app(*args: str) -> subprocess.CompletedProcess:
    """The real entry point, as a user starts it; the timeout fails the test should the app start after all."""
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, timeout=60, check=False,
                          stdin=subprocess.DEVNULL)


def test_starting_on_a_data_dir_that_is_a_file_exits_2_naming_it_and_leaves_it(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("my notes, not a directory")
    result = start_the_app("--data-dir", str(blocker))
    assert result.returncode == 2
    assert result.stderr == f"runstrength-tui: The data directory {blocker} exists but is not a directory.\n"
    assert result.stdout == ""
    assert blocker.read_text() == "my notes, not a directory"


def test_starting_on_a_data_dir_that_cannot_be_created_exits_2_with_the_reason(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    wanted = blocker / "data"
    result = start_the_app("--data-dir", str(wanted))
    assert result.returncode == 2
    assert result.stderr == (f"runstrength-tui: The data directory {wanted} cannot be created (Not a directory).\n")
    assert blocker.read_text() == "" and blocker.is_file()
