"""Every count a user reads agrees with its number: "1 set", never "1 sets"."""

from __future__ import annotations

import re
from pathlib import Path

from tests.builders import a_set
from tui.domain.counts import cardio_count, count, sets_and_cardio
from tui.widgets.sets_table import narrow_cells
from tui.widgets.workout_sets import sets_text

SOURCE = Path(__file__).resolve().parents[2] / "src" / "tui"
# A number put straight before a plural noun in a message ("{moved} sets of", "{planned} sets"), or a plural made
# by hand ("set{'s' if n != 1 else ''}"): each said "1 sets" or "1 times" somewhere, until they went through count.
HAND_MADE_PLURAL = re.compile(
    r"\{[^{}:!]*\} (sets|reps|workouts|weeks|warm-ups|exercises|routines|times|entries|days)\b"
    r"|\{'s' if|else 's'\}|\{\"s\" if|else \"s\"\}"
)


def test_one_of_a_thing_is_said_in_the_singular_and_more_in_the_plural():
    assert count(1, "set") == "1 set"
    assert count(0, "set") == "0 sets"
    assert count(12, "planned set") == "12 planned sets"
    assert cardio_count(1) == "1 cardio entry"
    assert cardio_count(3) == "3 cardio entries"


def test_a_workouts_counts_leave_out_what_it_has_none_of_and_its_sets_only_when_it_has_something_else():
    assert sets_and_cardio(9, 0) == "9 sets"
    assert sets_and_cardio(6, 1) == "6 sets, 1 cardio entry"
    assert sets_and_cardio(0, 2) == "2 cardio entries", "a run alone is not 0 sets"
    assert sets_and_cardio(1, 1, warm_ups=2) == "1 set, 2 warm-ups, 1 cardio entry"
    assert sets_and_cardio(0, 0) == "0 sets"


def test_no_message_in_the_app_puts_a_number_before_a_plural_of_its_own_making():
    found = [f"{path.relative_to(SOURCE)}:{number}: {line.strip()}"
             for path in sorted(SOURCE.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if HAND_MADE_PLURAL.search(line) and not line.lstrip().startswith("#")]
    assert found == [], "say these counts with tui.domain.counts.count:\n" + "\n".join(found)


def test_a_single_rep_reads_as_one_rep_in_a_set_list_and_on_a_phone():
    assert sets_text((a_set("pull-up", reps=1),), bodyweight=True) == "1 rep"
    assert sets_text((a_set("pull-up", reps=1), a_set("pull-up", reps=1)), bodyweight=True) == "1 · 1 reps"
    _, cells = narrow_cells(1, a_set("bench-press", reps=1, load=100.0), "Bench press", 40, bodyweight=False)
    assert "1 rep " in cells.plain + " " and "1 reps" not in cells.plain
