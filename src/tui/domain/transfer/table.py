"""A CSV export as rows of cells, whoever wrote it, and the values other apps write in them.

The delimiter is sniffed from the header line (`,`, `;` or a tab: spreadsheets re-save in any of them; a header
with none of them, `|` between its names, is refused saying so); a byte-order mark and Windows line ends are
accepted. Numbers may use a decimal comma (Strong's exports in European locales, `;`-separated), times may be
12-hour with a plain, no-break or narrow no-break space before AM/PM (or pm, p.m., p. m.), and durations come in every
form Strong has written ("1h 5m", "38min", "20s", "0:45:00", or plain seconds).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple

from tui.domain.transfer.data import CUT_SHORT, ImportFileError

DELIMITERS = {",": "commas", ";": "semicolons", "\t": "tabs"}
_INFINITY = float("inf")

_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_SPACES = re.compile(r"[\u202f\u00a0\u2007\s]+")
# AM or PM as phones write it: "PM", "pm" (English in Australia or India), "p.m." (Canada), "p. m." (Spanish).
_HALF = r"((?i:[AP]\.?\s?M\.?))"
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s?" + _HALF + r"?"
    r"(Z|[+-]\d{2}:?\d{2})?)?"
)
# The month in the phone's language: "15 Jan 2024", "19 ago 2026", "15 janv. 2024", "3 März 2025" (see month_number).
_DAY_MONTH = re.compile(
    r"(\d{1,2})\s([^\W\d_]{3,12})\.?\s(\d{4}),?(?:\s(\d{1,2}):(\d{2})(?::(\d{2}))?\s?" + _HALF + r"?)?"
)
# The month first, as a phone set to US English writes it: "Jan 1, 2024, 10:00 AM" (Hevy).
_MONTH_DAY = re.compile(
    r"([^\W\d_]{3,12})\.?\s(\d{1,2}),?\s(\d{4}),?(?:\s(\d{1,2}):(\d{2})(?::(\d{2}))?\s?" + _HALF + r"?)?"
)
# A date as a spreadsheet rewrites it: "9/4/2023 18:05" (US), "04/09/2023 18:05" (UK), "04.09.2023 18:05" (Germany).
_NUMERIC_DATE = re.compile(
    r"(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?:,?\s(\d{1,2}):(\d{2})(?::(\d{2}))?\s?" + _HALF + r"?)?")
# "2024-01-04 17:39:43" (or with a T), in ASCII digits only: what datetime.fromisoformat reads as _ISO does.
_PLAIN_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[ T][0-9]{2}:[0-9]{2}:[0-9]{2}").fullmatch
_DURATION = re.compile(
    r"(?:(\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?|s)?)?)?\s*(?:(\d+)\s*s(?:ec(?:onds?|s)?)?)?",
    re.IGNORECASE)
_CLOCK = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.\d+)?")


class Table(NamedTuple):
    """A CSV file's header and rows; each row with the line it starts on (a quoted note may span lines)."""

    file: str
    header: tuple[str, ...]  # names as written, trimmed
    rows: list[tuple[int, list[str]]]
    delimiter: str

    @property
    def decimal_comma(self) -> bool:
        """Whether numbers may be written 62,5: only where commas do not separate the cells."""
        return self.delimiter != ","

    def column(self, *names: str) -> int | None:
        """The index of the first of names the header has (ignoring case), or None."""
        folded = [name.casefold() for name in self.header]
        for name in names:
            if name.casefold() in folded:
                return folded.index(name.casefold())
        return None


def _outside_quotes(line: str) -> str:
    return re.sub(r'"[^"]*"', "", line)


def sniff_delimiter(first_line: str) -> str:
    """The delimiter of a CSV file, from its header line: the most frequent of `,`, `;` and a tab outside quotes."""
    outside = _outside_quotes(first_line)
    counts = {delimiter: outside.count(delimiter) for delimiter in DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def _not_separated(file: str, line: int, header_line: str) -> ImportFileError:
    """A header with none of our delimiters between its cells: every export we read has three columns or more, so
    the file is separated by something else (`|`), and read as CSV it failed at its first quote, or was one column.
    """
    between = set(_outside_quotes(header_line).strip()) - {" "}
    # Only when every name is quoted is what is left between them surely the separator.
    by = f" (they are separated by {next(iter(between))!r})" if len(between) == 1 and '"' in header_line else ""
    return ImportFileError(
        file, f"line {line}", f"has no commas, semicolons or tabs between its cells{by}: we read CSV separated by "
                              f"one of those, as every app's export is; export it again from the app, or save it "
                              f"from a spreadsheet as CSV")


def read_table(text: str, file: str, check_header: Callable[[Table], object] | None = None) -> Table:
    """The header and rows of a CSV export; raises ImportFileError naming the line when it is not CSV.

    check_header sees the table with its header only, before any row is read: a file that is not of the
    expected format is refused at line 1 rather than at its first odd row.
    """
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ImportFileError(file, None, "is empty")
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = sniff_delimiter(first_line)
    if first_line.strip() and delimiter not in _outside_quotes(first_line):
        # Read as CSV it fails at its first quote ("',' expected after '"'"), or it is one column: said plainly.
        raise _not_separated(file, text.count("\n", 0, len(text) - len(text.lstrip("\r\n"))) + 1, first_line)
    stream = io.StringIO(text, newline="")
    reader = csv.reader(stream, delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        header: list[str] = []
        while not any(cell.strip() for cell in header):
            row = next(reader, None)
            if row is None:
                raise ImportFileError(file, None, "is empty")
            header = row
        width = len(header)
        if check_header is not None:
            check_header(Table(file, tuple(name.strip().strip("\ufeff") for name in header), [], delimiter))
        line = reader.line_num + 1
        for cells in reader:
            if len(cells) != width:
                if not any(cell.strip() for cell in cells):
                    line = reader.line_num + 1
                    continue
                if len(cells) < width:
                    why = CUT_SHORT if _ends_there(stream) else (
                        "a cell is missing, or a line break in a note has no quotes around it")
                    raise ImportFileError(file, f"line {line}", f"has {len(cells)} of the {width} columns: {why}")
                # Even when the cells past the header's are empty: a delimiter too many anywhere in the row (a
                # note's unquoted comma before an empty cell) moves every cell after it one column on, and the
                # row would be read wrong without a word (reps as a distance: a cardio entry).
                raise ImportFileError(
                    file, f"line {line}", f"has {len(cells)} columns, more than the {width} of the header (the file "
                                          f"is read as separated by {DELIMITERS[delimiter]}: one in a note or a name "
                                          f"needs quotes around it)")
            elif not any(cells):  # a row of empty cells (a spreadsheet's blank line)
                line = reader.line_num + 1
                continue
            rows.append((line, cells))
            line = reader.line_num + 1
    except csv.Error as error:
        if str(error).startswith("field larger than field limit"):  # read to its end, it read as cut short there
            raise ImportFileError(file, f"line {reader.line_num}", f"has a cell of over {csv.field_size_limit():,} "
                                                                   f"characters: no workout app exports one") from None
        why = CUT_SHORT if _ends_there(stream) else "export it again, or open it in a spreadsheet and save it as CSV"
        raise ImportFileError(file, f"line {reader.line_num}", f"is not valid CSV ({error}): {why}") from None
    return Table(file, tuple(name.strip().strip("\ufeff") for name in header), rows, delimiter)


def _ends_there(stream: io.StringIO) -> bool:
    """Whether the row the reader has just read is the file's last: only then may a fault in it be the file's
    being cut short (CUT_SHORT)."""
    return not stream.read().strip()  # the reader reads a row's lines and no further: this is the rest


# A file writes the same few numbers over and over (reps, weights, RPE): each text is read once. Only a number is
# kept (a ValueError is raised afresh every time); the bound keeps memory flat whatever the file.
@lru_cache(maxsize=4096)
def number(text: str, decimal_comma: bool) -> float | None:
    """A number cell: None when empty, else the number; raises ValueError for anything else."""
    text = text.strip()
    if not text:
        return None
    if decimal_comma or ("," in text and "." not in text):
        text = text.replace(",", ".")
    # float() itself, then what it takes that a number cell is not ("nan", "inf", "1_000"): a regular
    # expression per cell cost a tenth of a 50k-row import.
    value = float(text)
    if value != value or value in (_INFINITY, -_INFINITY) or "_" in text:
        raise ValueError(text)
    return value


def local_time(text: str, day_first: bool = True) -> tuple[datetime, str | None]:
    """A date and time as apps write them, and the offset the text names, if any ("Z", "+02:00").

    "2024-01-04 17:39:43", "2024-01-04 5:39:43 PM" (any space before PM), "2024-01-04T17:39:43", "2024-01-04",
    "15 Jan 2024, 18:02" (Hevy; its month in the phone's language: "19 ago 2026, 14:20"; in US English "Jan 15,
    2024, 6:02 PM"), and as a spreadsheet
    rewrites them: "04.09.2023 18:05", and "9/4/2023 6:05 PM" with its day first or not (day_first; see
    numeric_day_first). Raises ValueError for anything else, or an impossible date.
    """
    if _PLAIN_ISO(text):
        # Nearly every export writes "2024-01-04 17:39:43": the standard library reads it in C, several times faster
        # than the expression below, and refuses the same impossible dates (ValueError).
        return datetime.fromisoformat(text), None
    cleaned = _SPACES.sub(" ", text).strip().upper()
    found = _ISO.fullmatch(cleaned)
    if found:
        year, month, day, hour, minute, second, half, offset = found.groups()
    elif found := _NUMERIC_DATE.fullmatch(cleaned):
        first, mark, second_number, year, hour, minute, second, half = found.groups()
        day, month = (first, second_number) if day_first or mark == "." else (second_number, first)
        year = year if len(year) == 4 else f"20{year}"
        offset = None
    else:
        spaced = _SPACES.sub(" ", text).strip()
        if found := _DAY_MONTH.fullmatch(spaced):
            day, month_name, year, hour, minute, second, half = found.groups()
        elif found := _MONTH_DAY.fullmatch(spaced):
            month_name, day, year, hour, minute, second, half = found.groups()
        else:
            raise ValueError(text)
        offset = None
        month = month_number(month_name)
        if month is None:
            raise ValueError(text)
        half = half.upper() if half else None
    hour_number = int(hour or 0)
    if half:
        if not 1 <= hour_number <= 12:
            raise ValueError(text)
        hour_number = hour_number % 12 + (12 if half.startswith("P") else 0)
    return datetime(int(year), int(month), int(day), hour_number, int(minute or 0), int(second or 0)), offset


def numeric_day_first(dates: Iterable[str], zone: str) -> tuple[bool, str | None]:
    """Whether dates such as "9/4/2023" have their day first, and the date that showed it, if one did: a number
    past 12 tells which is the day. Else, by the user's time zone: the month first in the Americas' north (as
    its spreadsheets write them), the day first elsewhere."""
    for text in dates:
        spaced = _SPACES.sub(" ", text).strip()  # as said in the report: "\x1f" is a space to \s, and a control
        found = _NUMERIC_DATE.fullmatch(spaced.upper())
        if found and found[2] == "/" and int(found[1]) > 12:
            return True, spaced
        if found and found[2] == "/" and int(found[3]) > 12:
            return False, spaced
    return not zone.startswith(_MONTH_FIRST_ZONES), None


# The time zones whose spreadsheets write the month first (9/4/2023 is September 4): the United States' and Canada's.
_MONTH_FIRST_ZONES = ("US/", "Canada/", "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                      "America/Phoenix", "America/Anchorage", "America/Detroit", "America/Indiana", "America/Boise",
                      "America/Kentucky", "America/North_Dakota", "America/Juneau", "America/Toronto",
                      "America/Vancouver", "America/Edmonton", "America/Winnipeg", "America/Halifax",
                      "Pacific/Honolulu")


def is_numeric_date(text: str) -> bool:
    return _NUMERIC_DATE.fullmatch(_SPACES.sub(" ", text).strip().upper()) is not None


def month_number(name: str) -> int | None:
    """The month a name or abbreviation stands for, in any language pendulum has (Hevy writes the month as the
    phone's language does: "ago", "janv.", "März", "окт."), or any unmistakable start of one ("Sept"); None
    for a word that is no month."""
    word = name.casefold().rstrip(".")
    return _month_names().get(word)


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    """Every month's name and abbreviation in pendulum's languages, and every start of one of three letters or
    more, each kept where it stands for one month only (a whole name before a start: "mar" is March, though
    "mars" and "marzo" start with it; "ma" is nothing)."""
    import pkgutil

    import pendulum
    import pendulum.locales

    names: dict[str, set[int]] = {}
    starts: dict[str, set[int]] = {}
    for language in (found.name for found in pkgutil.iter_modules(pendulum.locales.__path__) if found.ispkg):
        translations = pendulum.locale(language)
        for kind in ("abbreviated", "wide"):
            for month, written in translations.get(f"translations.months.{kind}").items():
                word = written.casefold().rstrip(".")
                names.setdefault(word, set()).add(month)
                for end in range(3, len(word)):
                    starts.setdefault(word[:end], set()).add(month)
    return {word: next(iter(months)) for found in (starts, names) for word, months in found.items()
            if len(months) == 1}


# No workout or cardio entry lasts a century; a duration past the calendar's end ("1e999", "99999999999h") crashed
# the import where a workout's end was worked out from it.
LONGEST_DURATION_S = 100 * 365 * 24 * 3600


def duration_s(text: str) -> int | None:
    """A duration as Strong and others write it: "1h 5m", "38min", "20s", "1:05:00", "45:00" or plain seconds
    ("4195", "4195.0"). None when empty; raises ValueError for anything else, a negative one, or one over a
    century."""
    # Most cells are whole seconds ("0" on each set of a Strong export not timed): read at once.
    seconds = int(text) if text.isdigit() else _duration_written(_SPACES.sub(" ", text).strip())
    if seconds is None:
        return None
    if not 0 <= seconds <= LONGEST_DURATION_S:
        raise ValueError(text)
    return seconds


def _duration_written(text: str) -> int | None:
    if not text:
        return None
    if _NUMBER.fullmatch(text):
        value = number(text, decimal_comma=False) or 0  # number() refuses "inf" and "nan"
        if value < 0:  # before rounding: -0.5 rounded to 0, and a run of -0.5 s was kept as one of no time
            raise ValueError(text)
        return round(value)
    if found := _CLOCK.fullmatch(text):
        hours, minutes, secs = found.groups()
        return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)
    if (found := _DURATION.fullmatch(text)) and any(found.groups()):
        hours, minutes, secs = (int(part or 0) for part in found.groups())
        return hours * 3600 + minutes * 60 + secs
    raise ValueError(text)
