"""Inclusive whole-number ranges such as "12-15 reps" or "60-90 s rest"."""

from __future__ import annotations

from typing import NamedTuple


class _Ends(NamedTuple):
    low: int
    high: int


class IntRange(_Ends):
    """An inclusive range; a single figure is a range whose ends are equal.

    A named tuple (ordered by low, then high), not a dataclass: the catalogue is built before the first frame
    and a dataclass costs about 1 ms to define.
    """

    __slots__ = ()

    def __new__(cls, low: int, high: int) -> IntRange:
        if low < 0 or high < low:
            raise ValueError(f"{low}-{high} is not a range from low to high")
        return super().__new__(cls, low, high)

    @classmethod
    def exactly(cls, value: int) -> IntRange:
        return cls(value, value)

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"

    def to_data(self) -> int | list[int]:
        """The form used in data files and the store: a number, or [low, high]."""
        return self.low if self.low == self.high else [self.low, self.high]
