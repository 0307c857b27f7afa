"""What a value read from a file must be to count as a number: Python counts True and False as 1 and 0, and a
weekly target hand-edited to true read "this week 1 of True". Nothing imported: `status` reads settings and the
index through these."""

from __future__ import annotations

import math
from typing import Any


def is_whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
