"""The values of one set as the user enters them: parsed from what was typed, held to the forms' limits
(set_rules.py, where every rule on a set's values is)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Any

from tui.domain.printable import printable
from tui.domain.settings import UNITS
from tui.domain.units import reps_text
from tui.domain.workout.model import DROP, FAILURE, NORMAL, SET_TYPE_LETTERS, SET_TYPES, WARMUP, LoggedSet
from tui.domain.workout.set_rules import MAX_HOLD_S, MAX_LOAD, MAX_NOTE, MAX_REPS, SIDES


class SetValueError(ValueError):
    """A value typed for a set is not acceptable; the message says which and why."""


@dataclass(frozen=True)
class SetValues:
    """What `space` will log: prefilled from the target and last time, editable before logging."""

    reps: int | None = None
    hold_s: int | None = None
    load: float | None = None  # added (+) or assisting (-) load on top of bodyweight; None for none
    unit: str = "kg"
    bands: tuple[str, ...] = ()
    side: str | None = None
    rpe: float | None = None
    note: str = ""
    set_type: str = NORMAL

    def __post_init__(self) -> None:
        if self.reps is not None and not 0 <= self.reps <= MAX_REPS:
            raise SetValueError(f"reps must be from 0 to {MAX_REPS}")
        if self.hold_s is not None and not 1 <= self.hold_s <= MAX_HOLD_S:
            raise SetValueError(f"a hold must be from 1 to {MAX_HOLD_S} seconds")
        if self.load is not None and not -MAX_LOAD <= self.load <= MAX_LOAD:
            raise SetValueError(f"load must be between -{MAX_LOAD:g} and {MAX_LOAD:g} {self.unit}")
        if self.unit not in UNITS:
            raise SetValueError(f"the unit must be {' or '.join(UNITS)}")
        if self.side is not None and self.side not in SIDES:
            raise SetValueError("the side must be L or R")
        if self.rpe is not None and not (1 <= self.rpe <= 10 and (self.rpe * 2).is_integer()):
            raise SetValueError("RPE must be from 1 to 10, in steps of 0.5")
        if self.set_type not in SET_TYPES:
            raise SetValueError("the set type must be W (warm-up), D (drop), F (failure) or empty")
        if len(self.note) > MAX_NOTE:
            raise SetValueError(f"a note can be at most {MAX_NOTE} characters")

    @classmethod
    def unchecked(cls, **values: Any) -> SetValues:
        """Values as a set already holds them (an imported one may be past a form's limits), not checked again."""
        made = object.__new__(cls)
        for name, value in {**{f.name: f.default for f in fields(cls)}, **values}.items():
            object.__setattr__(made, name, value)
        return made

    @classmethod
    def of(cls, logged: LoggedSet, units: str | None = None) -> SetValues:
        """A logged set's values: to change it (`e`), or to log it again once taken back (`u`). A set with no load
        has no unit of its own: it takes `units` (the settings'), or a load typed into it read as kg for a user
        in lb."""
        unit = logged.unit if logged.load is not None or units is None else units
        return cls(reps=logged.reps, hold_s=logged.hold_s, load=logged.load, unit=unit, bands=logged.bands,
                   side=logged.side, rpe=logged.rpe, note=logged.note, set_type=logged.set_type)

    def changed(self, **values: Any) -> SetValues:
        return replace(self, **values)

    def to_data(self) -> dict[str, Any]:
        """The values that differ from the defaults, as JSON takes them."""
        data = {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) != f.default}
        if self.bands:
            data["bands"] = list(self.bands)
        return data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> SetValues:
        """Values saved by to_data, checked again (a hand edit): raises SetValueError, TypeError or ValueError."""
        return cls(**{**data, "bands": tuple(data.get("bands", ()))})

    def describe(self, *, bodyweight: bool) -> str:
        """Short text such as "12 reps @ 10 kg", "12 reps, +10 kg", "45 s", "10 reps, red+green band, L"."""
        return describe_values(self.reps, self.hold_s, self.load, self.unit, self.bands, self.side, self.rpe,
                               self.set_type, bodyweight=bodyweight)


def describe_values(reps: int | None, hold_s: int | None, load: float | None, unit: str,
                    bands: tuple[str, ...] = (), side: str | None = None, rpe: float | None = None,
                    set_type: str = NORMAL, *, bodyweight: bool) -> str:
    """A set's values in short text, unchecked: an imported set may hold what no form accepts (1000 reps).

    A weight is what is lifted ("12 reps @ 40 kg"); on a bodyweight exercise, or as assistance, the load is
    a change to the body's weight and reads as one ("12 reps, +10 kg", "12 reps, 20 kg assisted")."""
    parts = []
    if reps is not None:
        parts.append(reps_text(reps))
    if hold_s is not None:
        parts.append(f"{hold_s} s")
    text = " ".join(parts) or "-"
    if load:
        on_the_body = bodyweight or load < 0
        text += f"{', ' if on_the_body else ' @ '}{load_text(load, unit, bodyweight=bodyweight)}"
    if bands:
        text += f", {'+'.join(bands)} {'bands' if len(bands) > 1 else 'band'}"  # "red+green band" read as one
    if side:
        text += f", {side}"
    if rpe is not None:
        text += f", RPE {rpe:g}"
    if set_type != NORMAL:
        text += f", {SET_TYPE_NAMES[set_type]}"
    return text


METRES_PER_MILE = 1609.344


def format_distance(metres: float, units: str = "kg") -> str:
    """ "2.5 km", "800 m"; in miles for a user whose weights are in pounds ("3.11 mi", "0.5 mi"), as Strong pairs
    kilograms with kilometres and pounds with miles."""
    if units == "lb":
        return f"{metres / METRES_PER_MILE:.2f}".rstrip("0").rstrip(".") + " mi"
    return f"{metres / 1000:.2f}".rstrip("0").rstrip(".") + " km" if metres >= 1000 else f"{metres:g} m"


def format_clock(seconds: int) -> str:
    """ "13:00", "1:05:00": a cardio entry's duration."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def describe_cardio(distance_m: float | None, duration_s: int | None, units: str = "kg") -> str:
    """ "5 km in 26:00", "5 km", "15:00": a cardio entry in short text, its distance as format_distance gives it."""
    parts = [format_distance(distance_m, units) if distance_m is not None else "",
             format_clock(duration_s) if duration_s is not None else ""]
    return " in ".join(part for part in parts if part) or "-"


SET_TYPE_NAMES = {NORMAL: "normal", "warmup": "warm-up", "drop": "drop set", "failure": "to failure"}


def check_one_count(reps: int | None, hold_s: int | None) -> None:
    """A set counts reps or a hold, never both, and never neither (the rule for every set a user enters)."""
    if reps is not None and hold_s is not None:
        raise SetValueError("a set has reps or a hold, not both")
    if reps is None and hold_s is None:
        raise SetValueError("give the reps or the hold seconds")


def format_load(load: float) -> str:
    """A load as typed in a form's field: "12.5", "-20" (assistance)."""
    return f"{load:+g}" if load < 0 else f"{load:g}"


def load_text(load: float, unit: str, *, bodyweight: bool) -> str:
    """A logged load as the user reads it, the one place one is worded: "40 kg" lifted; on a bodyweight
    exercise "+10 kg" added to the body; "20 kg assisted" for assistance (a negative load, on any exercise:
    a negative weight is only ever assistance)."""
    if load < 0:
        return f"{-load:g} {unit} assisted"
    return f"+{load:g} {unit}" if bodyweight and load > 0 else f"{load:g} {unit}"


def parse_count(text: str, what: str, *, clock: bool = False) -> int | None:
    """Reps or a hold's seconds typed in a field (with clock, "1:30" too, as the app shows a time); empty means
    "not given". Below zero is said as such: "reps must be a whole number, not '-3'" was said of a whole
    number."""
    text = text.strip()
    if not text:
        return None
    minutes = re.fullmatch(r"([0-9]{1,2}):([0-5][0-9])", text) if clock else None
    if minutes:
        return int(minutes[1]) * 60 + int(minutes[2])
    if re.fullmatch(r"[-−][0-9][0-9:]*", text):
        raise SetValueError(f"{what} cannot be below zero, not {text!r}")
    if not re.fullmatch(r"[0-9]+", text):  # ASCII digits: `\d` takes full-width and other scripts' digits
        example = " (or minutes and seconds, such as 1:30)" if clock else ""
        raise SetValueError(f"{what} must be a whole number{example}, not {text!r}")
    if len(text) > 9:  # far beyond any limit, and int() refuses thousands of digits with a bare ValueError
        raise SetValueError(f"{what} is far too large ({len(text)} digits)")
    return int(text)


def parse_load(text: str, assisted: bool = True) -> float | None:
    """A load such as 12.5, +5 or -20 (assistance); empty means bodyweight alone. assisted: whether the exercise
    may be done with an assisting machine's help, which a negative load is (the refusal names -20 only then)."""
    typed = text.strip()  # what a refusal quotes: "1,000.5" was quoted back as '1.000.5'
    text = typed.replace(",", ".")
    if not text:
        return None
    if not re.fullmatch(r"[+-]?[0-9]+(\.[0-9]+)?", text):
        examples = "12.5, +5 or -20" if assisted else "12.5 or +5"
        raise SetValueError(f"load must be a number such as {examples}, not {typed!r}")
    if re.fullmatch(r"[+-]?[1-9][0-9]{0,2}[.,][0-9]{3}", typed):
        # A thousands separator, or a decimal one? "1,000" was logged as 1 kg, and a leg press of "1,200" lb as
        # 1.2 lb, unsaid. No plate makes grams, so three decimals are asked about.
        whole, decimal = int(re.sub("[.,]", "", typed)), f"{float(text):g}"
        if abs(whole) <= MAX_LOAD:
            raise SetValueError(f"load {typed!r} reads as {whole} or as {decimal}: type {whole}, or {decimal} (a "
                                f"comma or a point is a decimal point here)")
        raise SetValueError(f"load {typed!r} reads as {decimal} here, where a comma or a point is a decimal point "
                            f"(a load is at most {MAX_LOAD:g}): type {decimal} if that is the load")
    return float(text) + 0.0  # + 0.0 turns "-0" into 0: it would show as "-0 kg"


def parse_rpe(text: str) -> float | None:
    typed = text.strip()
    text = typed.replace(",", ".")
    if not text:
        return None
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)?", text):
        raise SetValueError(f"RPE must be a number from 1 to 10, not {typed!r}")
    return float(text)  # its range and its steps of 0.5 are SetValues' to check: "9,75" is not 9.5 or 10


def parse_bands(text: str) -> tuple[str, ...]:
    """Band colours, combined with + or commas: "red", "red+green"."""
    names = [name.strip().lower() for name in re.split(r"[+,]", text) if name.strip()]
    for name in names:
        if not re.fullmatch(r"[a-z][a-z -]{0,19}", name):
            raise SetValueError(f"{name!r} is not a band colour; write colours such as red or red+green")
    return tuple(names)


def parse_note(text: str) -> str:
    return printable(text).strip()  # a paste may carry escape sequences; the terminal must never obey them


# The one-word fields (a side, a set type, a unit) take the word typed whole, its letter or its name, and refuse any
# other: "felt strong" typed into the set type (a tab too many on the way to the note) was cut to its "f", and the
# set saved as one to failure.
_SIDE_WORDS = {word: side for side in SIDES for word in (side.lower(), {"L": "left", "R": "right"}[side])}
_SET_TYPE_WORDS = {
    **{letter.lower(): set_type for set_type, letter in SET_TYPE_LETTERS.items()},
    "normal": NORMAL, "warm-up": WARMUP, "warmup": WARMUP, "drop": DROP, "drop set": DROP, "failure": FAILURE,
    "to failure": FAILURE,
}
_UNIT_WORDS = {"kg": "kg", "kgs": "kg", "lb": "lb", "lbs": "lb"}


def _word(text: str) -> str:
    return " ".join(text.split()).lower()


def parse_side(text: str) -> str | None:
    """L or R (left, right); empty for a set of both sides."""
    word = _word(text)
    if not word:
        return None
    if word not in _SIDE_WORDS:
        raise SetValueError("the side must be L or R")
    return _SIDE_WORDS[word]


def parse_set_type(text: str) -> str:
    """A set type as Strong writes it: W (warm-up), D (drop), F (failure), or its name; empty for a normal set."""
    word = _word(text)
    if not word:
        return NORMAL
    if word not in _SET_TYPE_WORDS:
        raise SetValueError("the set type must be W (warm-up), D (drop), F (failure) or empty")
    return _SET_TYPE_WORDS[word]


def parse_unit(text: str) -> str:
    """kg or lb (kgs, lbs)."""
    word = _word(text)
    if word not in _UNIT_WORDS:
        raise SetValueError(f"the unit must be {' or '.join(UNITS)}")
    return _UNIT_WORDS[word]


def set_type_letter(set_type: str) -> str:
    return SET_TYPE_LETTERS.get(set_type, "")
