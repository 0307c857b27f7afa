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


def sets_and_cardio(sets: int, cardio: int, warm_ups: int = 0) -> str:
    """What a workout holds (or an import, or an export), as every sentence says it: "6 sets, 2 warm-ups, 1 cardio
    entry"; what there is none of left out ("9 sets"), the sets too when something else is there: a run imported
    alone is "1 cardio entry", not "0 sets, 1 cardio entry"."""
    parts = [count(sets, "set")] if sets or not (cardio or warm_ups) else []
    parts += [count(warm_ups, "warm-up")] if warm_ups else []
    return ", ".join(parts + ([cardio_count(cardio)] if cardio else []))
