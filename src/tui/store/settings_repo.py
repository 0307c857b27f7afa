"""The user's settings in the main file."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.domain.settings import Settings, SettingsError

if TYPE_CHECKING:  # only for the annotation: `status` reads this module without loading the lock machinery
    from tui.store.datastore import DataStore

TABLE = "settings"


def settings_from_docs(docs: list[dict]) -> Settings:
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

    def save(self, settings: Settings) -> None:
        with self._store.transaction(self._store.main_path) as db:
            table = db.table(TABLE)
            table.truncate()
            table.insert(settings.to_data())
