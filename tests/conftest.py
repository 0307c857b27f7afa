"""Fixtures shared by every test: a private data directory and a clock the test moves by hand."""

from __future__ import annotations

from pathlib import Path

import pendulum
import pytest

from tui.store.open import Store, open_store


@pytest.fixture(autouse=True)
def _away_from_home(tmp_path_factory, monkeypatch):
    # No test may read or write the developer's own data: point every default location at a temp dir.
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("RUNSTRENGTH_HOME", raising=False)


class FakeClock:
    """A clock that only moves when the test says so."""

    def __init__(self, start: pendulum.DateTime) -> None:
        self.current = start.in_timezone("UTC")

    def now(self) -> pendulum.DateTime:
        return self.current

    def advance(self, **duration: float) -> None:
        self.current = self.current.add(**duration)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris"))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir) -> Store:
    return open_store(data_dir)
