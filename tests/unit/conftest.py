"""The shipped catalogue, loaded once per run: the unit tests read real content."""

from __future__ import annotations

import pytest

from tui.domain.catalogue.loading import load_catalogue
from tui.resources import data_dir


@pytest.fixture(scope="session")
def catalogue():
    return load_catalogue(data_dir())
