"""Loads in kilograms or pounds, and how a count of repetitions reads."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from tui.domain.counts import count

KG_PER_LB = 0.45359237
LOAD_STEP = {"kg": 2.5, "lb": 5.0}  # the smallest usual jump in load: a pair of small plates


def reps_text(reps: float) -> str:
    """ "12 reps", "1 rep": the one rule for every figure of repetitions the user reads."""
    return count(reps, "rep")


def tenths(value: float) -> float:
    """A figure to a tenth, as every screen shows one worked out (a volume, an estimated 1RM), a half rounded up as
    by hand: an estimated 1RM of 55.25 read 55.2 (Python's round takes a half to the even tenth)."""
    return _rounded(value, "0.1")


def hundredths(value: float) -> float:
    """A load as logged, to a hundredth at most: 43.75 kg (a 1.25 kg plate's) read 43.8 in the records, beside its
    set's 43.75; an import's 40.8233 reads 40.82."""
    return _rounded(value, "0.01")


def _rounded(value: float, step: str) -> float:
    if not math.isfinite(value) or abs(value) >= 1e15:
        return value  # no figure of ours is (a float keeps no tenths there, and Decimal refuses to round it)
    # To nine places first: 43.75 x (1 + 12/30) is 61.24999999999999 as a float, and read 61.2.
    return float(Decimal(repr(round(value, 9))).quantize(Decimal(step), ROUND_HALF_UP))


def volume_number(volume: float) -> str:
    """A volume (reps x load, summed) as every screen writes it: thousands grouped, to a tenth where it has one
    ("1,002.5", "1,350"). Rounded to whole units, half to even, 162.5 read 162 and 167.5 read 168: a workout's
    exercise lines did not add up to its total."""
    return f"{tenths(volume):,.1f}".removesuffix(".0")


def convert(load: float, unit: str, to_unit: str) -> float:
    """load, given in unit, expressed in to_unit."""
    if unit == to_unit:
        return load
    return load * KG_PER_LB if to_unit == "kg" else load / KG_PER_LB
