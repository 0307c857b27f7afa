"""Where the data lives: --data-dir, else $RUNSTRENGTH_HOME, else the platform's user data dir."""

from __future__ import annotations

from pathlib import Path

from tui.store.paths import resolve_data_dir


def test_the_command_line_wins_over_the_environment():
    assert resolve_data_dir("/x/cli", {"RUNSTRENGTH_HOME": "/x/env"}) == Path("/x/cli")


def test_the_environment_wins_over_the_platform_default():
    assert resolve_data_dir(None, {"RUNSTRENGTH_HOME": "/x/env"}) == Path("/x/env")


def test_the_default_is_the_xdg_data_dir_on_linux(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert resolve_data_dir(None, {}) == tmp_path / "xdg" / "runstrength-tui"


def test_a_tilde_is_expanded(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert resolve_data_dir("~/training", {}) == tmp_path / "training"
