"""When something happened, as the user lived it: a UTC instant, the zone they were in, and that local date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first needed: see clock.py
    import pendulum


@lru_cache(maxsize=64)
def zone_named(name: str) -> pendulum.Timezone:
    """The time zone of that name, built once per process: pendulum reads and parses the zone's file each time
    it is asked for one by name (about 0.2 ms), which was most of the time an export or import of ten years took
    when every set's time asked for its zone again. Raises for a zone name that does not exist."""
    import pendulum

    return pendulum.timezone(name)


def known_zone(name: str) -> str:
    """The zone name, checked once per process."""
    zone_named(name)
    return name


@lru_cache(maxsize=64)
def _plain_zone(name: str) -> tzinfo:
    from zoneinfo import ZoneInfo

    return ZoneInfo(name)


def utc_zone() -> pendulum.Timezone:
    return zone_named("UTC")


# The years a moment may fall in. Outside them a time zone's offset can carry the local time past year 1 or 9999,
# which Python's dates cannot hold: a file claiming such a year is refused when read, not when a screen shows it.
YEARS = range(2, 9999)


def check_year(year: int) -> None:
    """Refuse a year outside YEARS (ValueError with a message for the user)."""
    if year not in YEARS:
        raise ValueError(f"the year {year} is out of range (years {YEARS.start} to {YEARS.stop - 1})")


@dataclass(frozen=True)
class Moment:
    """A UTC instant with the IANA zone it was lived in; the local date follows from both and never moves."""

    utc: pendulum.DateTime
    zone: str

    def __post_init__(self) -> None:
        if self.utc.utcoffset() != timedelta(0):
            raise ValueError("a Moment's instant must be in UTC")
        check_year(self.utc.year)
        known_zone(self.zone)

    @classmethod
    def at(cls, instant: pendulum.DateTime, zone: str) -> Moment:
        check_year(instant.year)  # before the conversion, which overflows at the ends of the calendar
        return cls(instant.in_timezone(utc_zone()), zone)

    @property
    def local(self) -> pendulum.DateTime:
        return self.utc.in_timezone(zone_named(self.zone))

    @property
    def local_date(self) -> pendulum.Date:
        return self.local.date()

    @classmethod
    def at_local(cls, local: datetime, zone: str) -> Moment:
        """The moment a naive local time names in zone, as pendulum reads one: a time a clock change skips is
        moved forward, a time it repeats is the later of the two. Built with the standard library (pendulum
        takes about 100 µs for this, which an import of thousands of workouts adds up)."""
        check_year(local.year)  # before the conversion, which overflows at the ends of the calendar
        plain = _plain_zone(zone)
        instant = max(local.replace(tzinfo=plain, fold=0).astimezone(timezone.utc),
                      local.replace(tzinfo=plain, fold=1).astimezone(timezone.utc))
        return cls._in_utc(instant, zone)

    def later(self, seconds: float) -> Moment:
        """The moment seconds after this one, in the same zone."""
        u = self.utc
        instant = datetime(u.year, u.month, u.day, u.hour, u.minute, u.second, u.microsecond, timezone.utc)
        return self._in_utc(instant + timedelta(seconds=seconds), self.zone)

    @classmethod
    def _in_utc(cls, instant: datetime, zone: str) -> Moment:
        import pendulum

        check_year(instant.year)  # every way a Moment is made passes here or through __post_init__
        utc = pendulum.DateTime(instant.year, instant.month, instant.day, instant.hour, instant.minute,
                                instant.second, instant.microsecond, tzinfo=utc_zone())
        made = object.__new__(cls)
        object.__setattr__(made, "utc", utc)
        object.__setattr__(made, "zone", known_zone(zone))
        return made

    def seconds_after(self, earlier: Moment) -> float:
        """Seconds from earlier to this moment (negative when earlier is the later one). The standard library's
        subtraction: pendulum's makes an Interval (about 40 µs), which an import of thousands of workouts adds up."""
        return datetime.__sub__(self.utc, earlier.utc).total_seconds()

    def local_plain(self) -> datetime:
        """The local time as a standard-library datetime (with the zone's offset): what `local` is, made several
        times faster, for code that runs once per set or workout and needs no pendulum methods."""
        u = self.utc
        zone = _plain_zone(self.zone)
        return zone.fromutc(datetime(u.year, u.month, u.day, u.hour, u.minute, u.second, u.microsecond, zone))

    def to_data(self) -> dict[str, str]:
        """The stored form: the instant, the zone, and the local date (kept for readers that do not compute)."""
        made = self.__dict__.get("_data")  # a workout's sets often share its start (an import's do): made once
        if made is None:
            made = self._make_data()
            object.__setattr__(self, "_data", made)
        return dict(made)

    def _make_data(self) -> dict[str, str]:
        # The standard library's formatting and conversion on a plain datetime: pendulum's formatter costs about
        # 70 µs a call and its conversion 35 µs, which ten years of sets add up to seconds.
        u = self.utc
        local = self.local_plain()
        return {
            "utc": f"{u.year:04d}-{u.month:02d}-{u.day:02d}T{u.hour:02d}:{u.minute:02d}:{u.second:02d}."
                   f"{u.microsecond:06d}Z",
            "zone": self.zone,
            "local_date": local.date().isoformat(),
        }

    @classmethod
    def from_data(cls, data: dict[str, str]) -> Moment:
        import pendulum

        instant = datetime.fromisoformat(data["utc"].replace("Z", "+00:00"))  # much faster than pendulum.parse
        if instant.utcoffset() != timedelta(0):  # written by hand with an offset: the same instant, in UTC
            return cls(pendulum.instance(instant).in_timezone(utc_zone()), data["zone"])
        # Made in UTC, so only the zone needs checking (the offset check costs 7 µs a moment).
        return cls._in_utc(instant, data["zone"])
