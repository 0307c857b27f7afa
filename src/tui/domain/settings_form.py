"""Turning what the user typed in the settings form into Settings; every mistake is a SettingsError message."""

from __future__ import annotations

from dataclasses import dataclass

from tui.domain.settings import Settings, SettingsError


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
    text = text.strip().removesuffix("s").strip()
    # isascii: isdigit() alone accepts "²", which int() refuses; the length keeps int() off thousands of digits.
    if not (text.isascii() and text.isdigit() and len(text) <= 9):
        raise SettingsError(f"default rest must be a whole number of seconds from 0 to 3600, not {text!r}")
    return int(text)


def settings_from_input(typed: SettingsInput) -> Settings:
    """The Settings the form describes; raises SettingsError (with a message for the user) when one is wrong."""
    return Settings(
        units=typed.units,
        default_rest_s=_seconds(typed.default_rest),
        weekly_target=typed.weekly_target,
        first_weekday=typed.first_weekday,
        time_zone=typed.time_zone.strip(),
        rollover_hour=typed.rollover_hour,
        bell=typed.bell,
        desktop_alert=typed.desktop_alert,
        auto_holds=typed.auto_holds,
        theme=typed.theme,
    )
