"""Snapshots must not depend on when the screenshot is taken: no blinking text cursor."""

from __future__ import annotations

import pytest
from textual.widgets import Input


@pytest.fixture(autouse=True)
def _no_cursor_blink(monkeypatch):
    # A plain False in place of the reactive: every Input reads it, so the cursor is always drawn and never blinks.
    monkeypatch.setattr(Input, "cursor_blink", False)
