"""Reading one entry of a hand-edited file, field by field, with errors that say where the problem is."""

from __future__ import annotations

import math
from enum import Enum
from typing import Any, NoReturn, TypeVar

from tui.domain.errors import DataFileError
from tui.domain.printable import printable
from tui.domain.ranges import IntRange

E = TypeVar("E", bound=Enum)


class EntryReader:
    """Typed access to the fields of one entry; every mistake raises DataFileError."""

    def __init__(self, raw: Any, file: str, entry: str) -> None:
        self.file, self.entry = file, entry
        if not isinstance(raw, dict):
            self.fail(None, "should be a table of fields")
        self.raw: dict[str, Any] = raw

    def fail(self, field: str | None, problem: str) -> NoReturn:
        raise DataFileError(self.file, self.entry, field, problem)

    def only(self, *allowed: str) -> None:
        """Refuse unknown fields, so a misspelt field is caught instead of silently ignored."""
        for name in self.raw:
            if name not in allowed:
                self.fail(name, f"is not a known field (known: {', '.join(allowed)})")

    def text(self, name: str, required: bool = True, default: str = "") -> str:
        value = self.raw.get(name)
        if value is None:
            if required:
                self.fail(name, "is missing")
            return default
        text = printable(value).strip() if isinstance(value, str) else ""
        if not text:
            self.fail(name, "should be non-empty text")
        return text

    def texts(self, name: str, required: bool = True, non_empty: bool = False) -> tuple[str, ...]:
        value = self.raw.get(name)
        if value is None:
            if required:
                self.fail(name, "is missing")
            return ()
        is_list_of_texts = isinstance(value, list) and all(isinstance(v, str) for v in value)
        texts = tuple(printable(v).strip() for v in value) if is_list_of_texts else ()
        if not is_list_of_texts or not all(texts):
            self.fail(name, "should be a list of non-empty texts")
        if non_empty and not texts:
            self.fail(name, "should have at least one item")
        return texts

    def choice(self, name: str, enum: type[E]) -> E:
        value = self.raw.get(name)
        if value is None:
            self.fail(name, "is missing")
        try:
            return enum(value)
        except ValueError:
            known = ", ".join(str(member.value) for member in enum)
            self.fail(name, f"{value!r} is not one of: {known}")
            raise  # unreachable: fail() raises

    def choices(self, name: str, enum: type[E], non_empty: bool = True) -> tuple[E, ...]:
        values = self.texts(name, required=non_empty, non_empty=non_empty)
        result = []
        for value in values:
            try:
                result.append(enum(value))
            except ValueError:
                known = ", ".join(str(member.value) for member in enum)
                self.fail(name, f"{value!r} is not one of: {known}")
        return tuple(result)

    def range(self, name: str, required: bool = False, minimum: int = 0, maximum: int | None = None) -> IntRange | None:
        """A whole number or [low, high]."""
        value = self.raw.get(name)
        if value is None:
            if required:
                self.fail(name, "is missing")
            return None
        if isinstance(value, bool):
            self.fail(name, "should be a whole number or [low, high]")
        if isinstance(value, int):
            low = high = value
        elif (
            isinstance(value, list)
            and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        ):
            low, high = value
        else:
            self.fail(name, "should be a whole number or [low, high]")
            raise AssertionError  # unreachable
        if low < minimum:
            self.fail(name, f"should be at least {minimum}")
        if high < low:
            self.fail(name, f"[{low}, {high}] runs backwards; write [low, high]")
        if maximum is not None and high > maximum:
            self.fail(name, f"should be at most {maximum}")
        return IntRange(low, high)

    def flag(self, name: str, default: bool | None = None) -> bool | None:
        value = self.raw.get(name, default)
        if value is not None and not isinstance(value, bool):
            self.fail(name, "should be true or false")
        return value

    def number(self, name: str, minimum: float = 0) -> float:
        value = self.raw.get(name)
        # TOML has inf and nan: a number, and none a band's pounds or a stretch can be (inf made int() raise).
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.fail(name, "should be a number")
        if value < minimum:
            self.fail(name, f"should be at least {minimum}")
        return float(value)

    def entries(self, name: str, may_be_empty: bool = False) -> list[Any]:
        value = self.raw.get(name)
        if not isinstance(value, list) or not (value or may_be_empty):
            self.fail(name, "should list at least one entry")
        return value
