"""The user's settings, their defaults and their validation."""

from __future__ import annotations

from datetime import timezone, tzinfo
from typing import Any, NamedTuple

from tui.domain.input_limits import LONGEST_REST_S
from tui.domain.numbers import is_whole

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNITS = ("kg", "lb")


# Each setting in the user's words, for messages ("changed in another window: default rest").
LABELS = {"units": "units", "default_rest_s": "default rest", "weekly_target": "weekly target",
          "first_weekday": "first day of the week", "time_zone": "time zone", "rollover_hour": "day rollover hour",
          "bell": "bell", "theme": "theme", "desktop_alert": "desktop alert", "auto_holds": "holds run on"}


class SettingsError(ValueError):
    """A setting value the user gave is not acceptable; the message says which and why."""


# Files of the time zone database that name no zone: "localtime" is whatever the machine reading it says (a
# workout stored in it changes meaning on another machine), "posixrules" and "Factory" are the database's own,
# posix/ and right/ copies of every zone.
_NOT_ZONES = ("localtime", "posixrules", "factory")


def names_a_place(zone: str) -> bool:
    """Whether a name the time zone database takes is a zone a workout can be stored in."""
    return zone.casefold() not in _NOT_ZONES and not zone.casefold().startswith(("posix/", "right/"))


def zone_named(name: str) -> tzinfo:
    """The zone of a name, as pendulum.timezone reads it (its zones are the standard library's, and "utc" in any
    case is UTC), without importing pendulum: `status` checks the settings on every shell prompt, and pendulum
    was half of its time. Raises zoneinfo's error (a ValueError or a KeyError) for a name that is no zone."""
    if name.casefold() == "utc":
        return timezone.utc
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def _local_zone() -> str:
    from tui.domain.system_zone import system_zone  # it imports pendulum: see clock.py

    return system_zone()


class _Values(NamedTuple):
    """The settings and their defaults; Settings adds the checks."""

    units: str = "kg"
    default_rest_s: int = 90  # ours: the top of the sources' 60-90 s, enough to recover for the next set
    weekly_target: int = 2  # the sources' "two to three sessions per week", low end
    first_weekday: str = "monday"
    time_zone: str = ""  # empty: the system's zone, looked up when needed
    rollover_hour: int = 0  # a workout before this hour counts for the previous day
    bell: bool = True
    # A desktop notification escape (OSC 9 and OSC 777) with the bell, for a terminal that is not in view.
    desktop_alert: bool = True
    auto_holds: bool = False  # a hold that follows another with no rest (other side, stretches) starts by itself
    theme: str = "textual-dark"


def _whole_from(value: Any, low: int, high: int) -> bool:
    return is_whole(value) and low <= value <= high


class Settings(_Values):
    """The user's settings, valid by construction (SettingsError otherwise).

    A named tuple, not a dataclass: `status` reads them on every shell prompt, and importing dataclasses would
    cost it 15 ms, a fifth of its budget.
    """

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> Settings:
        settings = super().__new__(cls, *args, **kwargs)
        settings._check()
        return settings

    def _check(self) -> None:
        if self.units not in UNITS:
            raise SettingsError(f"units must be one of {', '.join(UNITS)}, not {self.units!r}")
        if not _whole_from(self.default_rest_s, 0, LONGEST_REST_S):
            raise SettingsError(f"default rest must be a whole number of seconds from 0 to {LONGEST_REST_S}")
        if not _whole_from(self.weekly_target, 1, 7):
            raise SettingsError("the weekly target must be a whole number of workouts from 1 to 7")
        if self.first_weekday not in WEEKDAYS:
            raise SettingsError(f"the first day of the week must be one of {', '.join(WEEKDAYS)}")
        if self.time_zone:
            if not isinstance(self.time_zone, str):
                raise SettingsError(f"{self.time_zone!r} is not a time zone name like Europe/Paris")
            if not names_a_place(self.time_zone):
                raise SettingsError(f"{self.time_zone!r} is a file of the time zone database, not a zone; type one "
                                    f"like Europe/Paris")
            try:
                zone_named(self.time_zone)
            except Exception:
                raise SettingsError(f"{self.time_zone!r} is not a time zone name like Europe/Paris") from None
        if not _whole_from(self.rollover_hour, 0, 23):
            raise SettingsError("the day rollover hour must be a whole hour from 0 to 23")
        if not isinstance(self.bell, bool):
            raise SettingsError("the bell setting must be on or off")
        if not isinstance(self.desktop_alert, bool):
            raise SettingsError("the desktop notification setting must be on or off")
        if not isinstance(self.auto_holds, bool):
            raise SettingsError("the holds-run-on setting must be on or off")
        if not isinstance(self.theme, str) or not self.theme:
            raise SettingsError("the theme must be a theme name")

    @property
    def zone(self) -> str:
        """The zone in force: the chosen one, else the system's."""
        return self.time_zone or _local_zone()

    def to_data(self) -> dict[str, Any]:
        return self._asdict()

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Settings:
        """Settings from stored data; fields this version does not know are ignored, missing ones default."""
        return cls(**{key: value for key, value in data.items() if key in cls._fields})

    def changes_from(self, before: Settings) -> dict[str, Any]:
        """The fields whose values differ from before's: what a save writes, so another window's change to any
        other field is kept."""
        return {field: value for field, value in self._asdict().items() if getattr(before, field) != value}

    def changed(self, **values: Any) -> Settings:
        # Not _replace, which would skip the checks.
        return Settings(**{**self._asdict(), **values})
