"""The user's settings in the main file."""

from __future__ import annotations

from tui.domain.settings import Settings, SettingsError
from tui.store.datastore import DataStore

TABLE = "settings"


class SettingsRepo:
    def __init__(self, store: DataStore) -> None:
        self._store = store

    def get(self) -> Settings:
        """The saved settings; defaults for anything unset. A hand-edited bad value falls back to defaults."""
        with self._store.reading(self._store.main_path) as db:
            docs = db.table(TABLE).all()
        if not docs:
            return Settings()
        try:
            return Settings.from_data(dict(docs[0]))
        except (SettingsError, TypeError):
            return Settings()

    def save(self, settings: Settings) -> None:
        with self._store.transaction(self._store.main_path) as db:
            table = db.table(TABLE)
            table.truncate()
            table.insert(settings.to_data())
