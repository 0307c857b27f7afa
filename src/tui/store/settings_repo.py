"""The user's settings in the main file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tui.domain.settings import Settings, SettingsError

if TYPE_CHECKING:  # only for the annotation: `status` reads this module without loading the lock machinery
    from tui.store.datastore import DataStore

TABLE = "settings"


def settings_from_docs(docs: Sequence[Mapping[str, Any]]) -> Settings:
    """Settings from the settings table's documents; defaults for anything unset. A hand-edited bad value
    falls back to the defaults rather than keeping the app from starting."""
    if not docs:
        return Settings()
    try:
        return Settings.from_data(dict(docs[0]))
    except (SettingsError, TypeError):
        return Settings()


class SettingsRepo:
    def __init__(self, store: DataStore) -> None:
        self._store = store

    def get(self) -> Settings:
        """The saved settings; defaults for anything unset. A hand-edited bad value falls back to defaults."""
        with self._store.reading(self._store.main_path) as db:
            return settings_from_docs(db.table(TABLE).all())

    def change(self, changes: Mapping[str, Any]) -> Settings:
        """Write only the given fields over the settings stored now; returns the settings as saved.

        Read fresh under the lock: another window may have changed other fields since this one read them, and
        writing its whole (stale) settings back would undo that. Fields this version does not know are kept.
        """
        with self._store.transaction(self._store.main_path) as db:
            table = db.table(TABLE)
            docs = table.all()
            stored = dict(docs[0]) if docs else {}
            settings = settings_from_docs([stored]).changed(**changes)
            table.truncate()
            table.insert({**stored, **settings.to_data()})
        return settings

    def save(self, settings: Settings) -> None:
        """Set every field (a fresh data dir, a test); a window saves what it changed with change()."""
        self.change(settings.to_data())
