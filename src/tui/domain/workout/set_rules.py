"""Every rule on a set's values, in one place: what a stored set may hold at all, and the narrower limits of our
forms.

The forms' limits (500 reps, an hour's hold, 1000 kg) catch typing mistakes; they are not limits on history. An
import takes any value another app can write (a 90-minute run, 1000 reps of skipping, a 1200 lb leg press) and
lists the ones past those limits in its report (unusual_values). Only what cannot be a value at all (text, a
negative count) is refused: the *_problem checks, which the JSON import and the stored data's reader use.
SetValues (set_values.py) holds what a form takes to the limits.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from tui.domain import input_limits
from tui.domain.counts import count
from tui.domain.numbers import is_number, is_whole
from tui.domain.settings import UNITS
from tui.domain.workout.model import SET_TYPES

MAX_REPS = input_limits.MOST_REPS
MAX_HOLD_S = input_limits.LONGEST_HOLD_S
MAX_LOAD = 1000.0
MAX_NOTE = input_limits.SET_NOTE
SIDES = ("L", "R")

# Past these, a cardio entry is listed as unusual (kept all the same): a day's effort, a very long way.
UNUSUAL_DURATION_S = 24 * 3600
UNUSUAL_DISTANCE_M = 500_000
# Past these, no set was ever lifted: a file giving more is refused, not kept. A load of 1e308 was kept, and the
# workout's volume came to infinity, which the per-day index cannot hold: the workout vanished from History, the
# calendar and `status`.
IMPOSSIBLE_REPS = 1_000_000
IMPOSSIBLE_LOAD = 1_000_000.0


# Each check returns what is wrong with a value the file gives for a set, or None when it is fine: only what
# cannot be the value at all. A note may be longer than the editor allows: cutting it would lose the user's words.


def as_written(value: object) -> str:
    """A value refused, as its file writes it: JSON's true, false and null (Python's "True" read as a word of ours),
    anything else as Python shows it ('abc', 1.5)."""
    return json.dumps(value) if value is None or isinstance(value, bool) else repr(value)


def reps_problem(value: Any) -> str | None:
    if not is_whole(value) or value < 0:
        return f"should be a whole number of reps from 0, not {as_written(value)}"
    if value > IMPOSSIBLE_REPS:
        value = value if value < 1e15 else float(value)  # "1e+308": said in full, it was 309 digits
        return f"is more than any set ever had ({value:,} reps; at most {IMPOSSIBLE_REPS:,})"
    return None


def hold_problem(value: Any) -> str | None:
    if not is_whole(value) or value < 0:
        return f"should be a whole number of seconds from 0, not {as_written(value)}"
    return None


def duration_problem(value: Any) -> str | None:
    if not is_whole(value) or value < 0:
        return f"should be a whole number of seconds from 0, not {as_written(value)}"
    return None


def distance_problem(value: Any) -> str | None:
    if not is_number(value) or value < 0:
        return f"should be a distance in metres such as 5000, not {as_written(value)}"
    return None


def load_problem(value: Any) -> str | None:
    if not is_number(value):
        return f"should be a number such as 12.5 or -20 (assistance), not {as_written(value)}"
    if abs(value) > IMPOSSIBLE_LOAD:
        return f"is more than anyone ever lifted ({value:g}; at most {IMPOSSIBLE_LOAD:,.0f})"
    return None


def unusual_values(reps: int | None, hold_s: int | None, load: float | None, unit: str,
                   duration_s: int | None = None, distance_m: float | None = None) -> list[str]:
    """The values of a set that no form of ours takes (kept, but worth a look), in words."""
    found = []
    if reps is not None and reps > MAX_REPS:
        found.append(f"{count(reps, 'rep')} (a form takes at most {MAX_REPS})")
    if hold_s is not None and hold_s > MAX_HOLD_S:
        found.append(f"a hold of {hold_s} s (a form takes at most {MAX_HOLD_S})")
    if load is not None and abs(load) > MAX_LOAD:
        found.append(f"a load of {load:g} {unit} (a form takes at most {MAX_LOAD:g})")
    if duration_s is not None and duration_s > UNUSUAL_DURATION_S:
        found.append(f"a cardio entry of {duration_s} s (more than a day)")
    if distance_m is not None and distance_m > UNUSUAL_DISTANCE_M:
        found.append(f"a distance of {distance_m / 1000:g} km")
    return found


def unit_problem(value: Any) -> str | None:
    return None if value in UNITS else f"should be {' or '.join(UNITS)}, not {as_written(value)}"


def side_problem(value: Any) -> str | None:
    return None if value in SIDES else f"should be {' or '.join(SIDES)}, not {as_written(value)}"


def rpe_problem(value: Any) -> str | None:
    # Our forms take steps of 0.5; other apps' RPE may be finer, and history keeps it as written.
    if not is_number(value) or not 0 < value <= 10:
        return f"should be an RPE from 1 to 10, not {as_written(value)}"
    return None


def band_problem(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return f"should be a band colour such as red, not {as_written(value)}"
    return None


def round_problem(value: Any) -> str | None:
    if not is_whole(value) or value < 1:
        return f"should be a round number from 1, not {as_written(value)}"
    return None


def superset_problem(value: Any) -> str | None:
    if not is_whole(value) or value < 0:
        return f"should be a superset number from 0, not {as_written(value)}"
    return None


def bands_problem(value: Any) -> str | None:
    """A set's bands: a list of colours ("red" alone was read letter by letter: r+e+d)."""
    if not isinstance(value, list):
        return f"should be a list of band colours such as [\"red\"], not {as_written(value)}"
    return next((problem for band in value if (problem := band_problem(band))), None)


def note_problem(value: Any) -> str | None:
    return None if isinstance(value, str) else f"should be text, not {as_written(value)}"


def set_type_problem(value: Any) -> str | None:
    return None if value in SET_TYPES else f"should be one of {', '.join(SET_TYPES)}, not {as_written(value)}"


# The fields a set's record may leave out, each with its check; only those present are checked (most sets have
# three). The same for a file being imported and for the stored files a hand edit may have changed: "reps": "abc"
# in workout.json crashed the resume and the finish, and in a year file, History; "note": 5, the CSV export.
SET_FIELD_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "reps": reps_problem, "hold_s": hold_problem, "load": load_problem, "unit": unit_problem, "side": side_problem,
    "rpe": rpe_problem, "distance_m": distance_problem, "duration_s": duration_problem, "round": round_problem,
    "superset": superset_problem, "type": set_type_problem, "bands": bands_problem, "note": note_problem}


def set_record_problem(record: Mapping[str, Any]) -> tuple[str, str] | None:
    """The first field of a set's record (as a file holds it) whose value cannot be one, and what is wrong with it
    ("reps", "should be a whole number of reps, not 'abc'"); None when every value can be."""
    for key, value in record.items():
        problem_of = SET_FIELD_CHECKS.get(key)
        if problem_of is not None and value is not None:
            problem = problem_of(value)
            if problem:
                return key, problem
    return None
