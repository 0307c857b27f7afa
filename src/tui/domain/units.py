"""Loads in kilograms or pounds."""

from __future__ import annotations

KG_PER_LB = 0.45359237
LOAD_STEP = {"kg": 2.5, "lb": 5.0}  # the smallest usual jump in load: a pair of small plates


def convert(load: float, unit: str, to_unit: str) -> float:
    """load, given in unit, expressed in to_unit."""
    if unit == to_unit:
        return load
    return load * KG_PER_LB if to_unit == "kg" else load / KG_PER_LB
