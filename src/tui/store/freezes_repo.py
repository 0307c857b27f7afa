"""The user's freeze weeks in the main file (one stored date per frozen week: its first day when frozen)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from tui.domain.streaks.freezes import check_can_freeze, freezes_week
from tui.domain.streaks.weeks import week_start

if TYPE_CHECKING:  # only for the annotation: `status` reads this module without loading the lock machinery
    from tui.store.datastore import DataStore

TABLE = "freezes"


def freeze_doc(first_day: date) -> dict[str, str]:
    """How a frozen week is stored: by its first day (the one shape every writer uses)."""
    return {"week": first_day.isoformat()}


def freeze_days(docs: Sequence[Mapping[str, Any]]) -> list[date]:
    """The stored freeze dates of a freezes table, skipping any entry a hand edit broke."""
    days = []
    for doc in docs:
        try:
            days.append(date.fromisoformat(doc["week"]))
        except (KeyError, TypeError, ValueError):
            continue
    return sorted(days)


class FreezesRepo:
    def __init__(self, store: DataStore) -> None:
        self._store = store

    def all(self) -> list[date]:
        """Every stored freeze date, oldest first."""
        with self._store.reading(self._store.main_path) as db:
            return freeze_days(db.table(TABLE).all())

    def freeze(self, day: date, first_weekday: str, unspent: Collection[int] = ()) -> date:
        """Freeze the week holding day; returns its first day. Raises FreezeRefused past the yearly cap.

        The cap is checked under the lock on a fresh read, so two open copies cannot freeze a fifth week.
        unspent: the first-day ordinals of the weeks whose freezes are not spent (Streak.unspent).
        """
        first_day = week_start(day, first_weekday)
        with self._store.transaction(self._store.main_path) as db:
            table = db.table(TABLE)
            check_can_freeze(freeze_days(table.all()), first_day, first_weekday, unspent)
            table.insert(freeze_doc(first_day))
        return first_day

    def unfreeze(self, day: date, first_weekday: str) -> bool:
        """Unfreeze the week holding day; False when it was not frozen."""
        first_day = week_start(day, first_weekday)
        with self._store.transaction(self._store.main_path) as db:
            table = db.table(TABLE)
            # Every stored freeze that freezes this week (there is one, unless the file was edited by hand).
            removed = table.remove(
                lambda doc: isinstance(doc.get("week"), str) and _in_week(doc["week"], first_day, first_weekday)
            )
        return bool(removed)


def _in_week(value: str, first_day: date, first_weekday: str) -> bool:
    try:
        return freezes_week(date.fromisoformat(value), first_day, first_weekday)
    except ValueError:
        return False
