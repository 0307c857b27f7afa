"""Cells of our CSV export that a spreadsheet would run as a formula, written as text, and read back as typed.

A spreadsheet opening a CSV file runs a cell starting with =, +, -, @, a tab or a carriage return as a formula
(CSV injection): a note "=HYPERLINK(...)" or "=cmd|..." typed or imported from someone else's file would run on
the user's computer. Such a cell is written with a single quote in front, as OWASP advises, which spreadsheets
take as "this is text". Our own CSV import takes that quote off again, so what the user wrote comes back as it
was. A number ("-20", an assisted set's load) is left alone: a spreadsheet reads it as a number and runs nothing.

Text that already starts with quotes before such a character ("'=x") gets one more, so taking one off on import
never eats a quote the user typed: the quote is added exactly when it is taken off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_FORMULA_STARTS = frozenset("=+-@\t\r")
_FIRST_TO_CHECK = _FORMULA_STARTS | {"'"}
_NUMBER = re.compile(r"-?\d+(\.\d+)?")  # as the export writes numbers: plain digits, never "1e-05"


def _runs(text: str) -> bool:
    """Whether a cell holding text (its leading quotes taken off) would run as a formula."""
    unquoted = text.lstrip("'")
    return unquoted[:1] in _FORMULA_STARTS and not _NUMBER.fullmatch(unquoted)


def spreadsheet_safe(cells: Iterable[str]) -> list[str]:
    """A row's cells as written to our CSV export: each that a spreadsheet would run, with a quote in front."""
    # The first character is checked before anything else: almost every cell is a number, a date or a word.
    return [f"'{cell}" if cell[:1] in _FIRST_TO_CHECK and _runs(cell) else cell for cell in cells]


def as_written(cells: list[str]) -> list[str]:
    """A row of our CSV export read back: the quote spreadsheet_safe put in front of a cell taken off."""
    if "'" not in "".join(cells):  # nearly every row: one look at the whole row
        return cells
    return [cell[1:] if cell[:1] == "'" and _runs(cell) else cell for cell in cells]
