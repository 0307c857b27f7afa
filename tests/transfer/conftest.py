"""Shared by the export and import tests: the shipped catalogue, and a byte-exact picture of a data directory."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.domain.catalogue.loading import load_catalogue
from tui.resources import data_dir as shipped_data_dir

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue(shipped_data_dir())


def picture(directory: Path) -> dict[str, tuple[bytes, int]] | None:
    """Every file under directory with its bytes and mode; None when the directory does not exist."""
    if not directory.exists():
        return None
    found = {}
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            found[str(path.relative_to(directory))] = (path.read_bytes(), os.stat(path).st_mode)
    return found
