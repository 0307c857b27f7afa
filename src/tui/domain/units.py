"""Loads in kilograms or pounds, and how a count of repetitions reads."""

from __future__ import annotations

KG_PER_LB = 0.45359237
LOAD_STEP = {"kg": 2.5, "lb": 5.0}  # the smallest usual jump in load: a pair of small plates


def reps_text(reps: float) -> str:
    """ "12 reps", "1 rep": the one rule for every figure of repetitions the user reads."""
    return f"{reps:g} rep{'' if reps == 1 else 's'}"


def convert(load: float, unit: str, to_unit: str) -> float:
    """load, given in unit, expressed in to_unit."""
    if unit == to_unit:
        return load
    return load * KG_PER_LB if to_unit == "kg" else load / KG_PER_LB
