"""When something happened, as the user lived it: a UTC instant, the zone they were in, and that local date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first needed: see clock.py
    import pendulum


@lru_cache(maxsize=64)
def known_zone(name: str) -> str:
    """The zone name, checked once per process (pendulum's lookup is slow enough to matter per set)."""
    import pendulum

    pendulum.timezone(name)  # raises for a zone name that does not exist
    return name


@dataclass(frozen=True)
class Moment:
    """A UTC instant with the IANA zone it was lived in; the local date follows from both and never moves."""

    utc: pendulum.DateTime
    zone: str

    def __post_init__(self) -> None:
        if self.utc.utcoffset() != timedelta(0):
            raise ValueError("a Moment's instant must be in UTC")
        known_zone(self.zone)

    @classmethod
    def at(cls, instant: pendulum.DateTime, zone: str) -> Moment:
        return cls(instant.in_timezone("UTC"), zone)

    @property
    def local(self) -> pendulum.DateTime:
        return self.utc.in_timezone(self.zone)

    @property
    def local_date(self) -> pendulum.Date:
        return self.local.date()

    def to_data(self) -> dict[str, str]:
        """The stored form: the instant, the zone, and the local date (kept for readers that do not compute)."""
        return {
            "utc": self.utc.format("YYYY-MM-DDTHH:mm:ss.SSSSSS[Z]"),
            "zone": self.zone,
            "local_date": self.local_date.isoformat(),
        }

    @classmethod
    def from_data(cls, data: dict[str, str]) -> Moment:
        import pendulum

        instant = datetime.fromisoformat(data["utc"].replace("Z", "+00:00"))  # much faster than pendulum.parse
        return cls(pendulum.instance(instant).in_timezone("UTC"), data["zone"])
