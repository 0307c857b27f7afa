"""A name in a sentence is set apart one way everywhere: “Gym upper-body session”, through quoted()."""

from __future__ import annotations

import re
from pathlib import Path

from tui.domain.printable import quoted

SOURCE = Path(__file__).resolve().parents[2] / "src" / "tui"
# A name put between quotes by hand in a message ("Deleted '{workout.name}'", "Saved “{routine.name}”"): workouts
# read 'like this' and routines “like this”, from one message to the next, until they went through quoted().
HAND_QUOTED_NAME = re.compile(r"""['‘“]\{[^{}]*name[^{}]*\}['’”]""")


def test_a_name_is_quoted_with_curly_quotes():
    assert quoted("Gym upper-body session") == "“Gym upper-body session”"


def test_no_message_in_the_app_quotes_a_name_by_hand():
    found = [f"{path.relative_to(SOURCE)}:{number}: {line.strip()}"
             for path in sorted(SOURCE.rglob("*.py")) if path != SOURCE / "domain" / "printable.py"  # quoted's own
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if HAND_QUOTED_NAME.search(line) and not line.lstrip().startswith("#")]
    assert found == [], "quote these names with tui.domain.printable.quoted:\n" + "\n".join(found)
