"""Keys that arrive together, as they do when an SSH connection stalls and then catches up: each goes to the field
the keys before it moved to, not to the field that had the focus when they arrived."""

from __future__ import annotations

import pytest

from tests.e2e.terminal import Terminal

pytestmark = pytest.mark.slow


def test_a_burst_of_keys_fills_the_fields_its_tabs_move_to(tmp_path):
    terminal = Terminal("keys-together", width=100, height=30)
    try:
        terminal.start("--data-dir", str(tmp_path / "data"))
        terminal.wait_for("Gym upper-body session")
        terminal.press("j", "Enter")
        terminal.wait_for("Exercise 1 of 6")
        terminal.press("e")
        terminal.wait_for("Use these values")
        terminal.wait_until_settled()
        # The reps, on to the unit and back to the load, the load, and save. While tab moved the focus only after
        # the field it left had seen it, the 4 and the 0 went to the reps: "1240 reps", refused, and no load.
        terminal.press_at_once("1", "2", "Tab", "Tab", "BTab", "4", "0", "C-s")
        terminal.wait_for("space logs: 12 reps @ 40 kg")
    finally:
        terminal.close()
