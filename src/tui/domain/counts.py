"""How many of something, as the app says it: "1 set", "12 sets". Every count a user reads is worded here, so no
message says "1 sets"."""

from __future__ import annotations


def count(number: float, thing: str, things: str | None = None) -> str:
    """ "1 workout", "12 workouts", "2.5 reps" (an average); `things` where the plural is not thing + "s" ("1 cardio
    entry", "3 entries")."""
    shown = f"{number:g}" if isinstance(number, float) else str(number)
    return f"{shown} {thing if number == 1 else things or thing + 's'}"


def cardio_count(number: int) -> str:
    """ "1 cardio entry", "3 cardio entries"."""
    return count(number, "cardio entry", "cardio entries")
