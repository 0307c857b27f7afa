"""Inclusive whole-number ranges such as "12-15 reps" or "60-90 s rest"."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class IntRange:
    """An inclusive range; a single figure is a range whose ends are equal."""

    low: int
    high: int

    def __post_init__(self) -> None:
        if self.low < 0 or self.high < self.low:
            raise ValueError(f"{self.low}-{self.high} is not a range from low to high")

    @classmethod
    def exactly(cls, value: int) -> IntRange:
        return cls(value, value)

    def __str__(self) -> str:
        return str(self.low) if self.low == self.high else f"{self.low}-{self.high}"

    def to_data(self) -> int | list[int]:
        """The form used in data files and the store: a number, or [low, high]."""
        return self.low if self.low == self.high else [self.low, self.high]
