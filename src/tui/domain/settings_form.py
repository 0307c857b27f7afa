"""Turning what the user typed in the settings form into Settings; every mistake is a SettingsError message."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from tui.domain.input_limits import LONGEST_REST_S
from tui.domain.settings import Settings, SettingsError, names_a_place


@dataclass(frozen=True)
class SettingsInput:
    """The settings form as typed or chosen: free text where the user types, values where they pick."""

    units: str
    default_rest: str
    weekly_target: int
    first_weekday: str
    time_zone: str
    rollover_hour: int
    bell: bool
    theme: str
    desktop_alert: bool = True
    auto_holds: bool = False


def _seconds(text: str) -> int:
    typed = text.strip()
    figure = typed.removesuffix("s").strip()
    if typed and not figure:  # " s": a unit with no figure
        raise SettingsError(f"default rest: {typed!r} has a unit but no number; type seconds such as 90")
    clock = re.fullmatch(r"([0-9]{1,2}):([0-5][0-9])", figure)  # "1:30", as the routine editor takes a rest
    if clock:
        return int(clock[1]) * 60 + int(clock[2])
    # isascii: isdigit() alone accepts "²" and "１２" (full-width); the length keeps int() off thousands of digits.
    if not (figure.isascii() and figure.isdigit() and len(figure) <= 9):
        raise SettingsError(f"default rest must be a whole number of seconds from 0 to {LONGEST_REST_S} (or minutes "
                            f"and seconds, such as 1:30), not {typed!r}")
    return int(figure)


class SettingsFormError(SettingsError):
    """Every wrong field of the form at once: (field, message) pairs in the order the form shows them."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        super().__init__("; ".join(message for _, message in problems))


def _problem(field: str, check: Callable[[], object]) -> tuple[str, str] | None:
    try:
        check()
    except SettingsError as error:
        return field, str(error)
    return None


def zone_named(typed: str) -> str:
    """The time zone typed, spelled as the time zone database spells it whatever its case ("america/new_york"
    is America/New_York); as typed when it names none."""
    text = typed.strip()
    return _zones_by_folded_name().get(text.casefold(), text)


@cache
def _zones_by_folded_name() -> dict[str, str]:
    import zoneinfo  # when the form is first saved, not as the app starts: listing the zones takes ~30 ms

    return {name.casefold(): name for name in zoneinfo.available_timezones() if names_a_place(name)}


def settings_from_input(typed: SettingsInput) -> Settings:
    """The Settings the form describes; raises SettingsFormError naming every field that is wrong.

    The typed fields are checked one by one against the very rules Settings holds, so the form can list each
    problem and put the cursor on the first; the picked fields can only hold valid values.
    """
    found = [
        _problem("default-rest", lambda: Settings(default_rest_s=_seconds(typed.default_rest))),
        _problem("time-zone", lambda: Settings(time_zone=zone_named(typed.time_zone))),
    ]
    problems = [problem for problem in found if problem is not None]
    if problems:
        raise SettingsFormError(problems)
    return Settings(
        units=typed.units,
        default_rest_s=_seconds(typed.default_rest),
        weekly_target=typed.weekly_target,
        first_weekday=typed.first_weekday,
        time_zone=zone_named(typed.time_zone),
        rollover_hour=typed.rollover_hour,
        bell=typed.bell,
        desktop_alert=typed.desktop_alert,
        auto_holds=typed.auto_holds,
        theme=typed.theme,
    )
