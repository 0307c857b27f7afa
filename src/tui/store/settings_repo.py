"""The user's settings in the main file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tui.domain.settings import Settings, SettingsError

if TYPE_CHECKING:  # only for the annotation: `status` reads this module without loading the lock machinery
    from tui.store.datastore import DataStore

TABLE = "settings"


def settings_from_docs(docs: Sequence[Mapping[str, Any]]) -> Settings:
    """Settings from the settings table's documents; defaults for anything unset or refused (read_settings)."""
    return read_settings(docs)[0]


def read_settings(docs: Sequence[Mapping[str, Any]]) -> tuple[Settings, tuple[str, ...]]:
    """Settings from the settings table's documents, and the fields whose stored values were refused. Each field
    is taken on its own: a hand-edited bad value is left at its default rather than keeping the app from starting,
    and the others are kept (one bad value set every setting back to its default, and the next save of any
    setting wrote those defaults over the good values)."""
    settings, refused = Settings(), []
    for field, value in (dict(docs[0]) if docs else {}).items():
        if field not in Settings._fields:
            continue  # a newer version's: kept in the file by change()
        try:
            settings = settings.changed(**{field: value})
        except (SettingsError, TypeError, ValueError):
            refused.append(field)
    return settings, tuple(refused)


class SettingsRepo:
    def __init__(self, store: DataStore) -> None:
        self._store = store

    def get(self) -> Settings:
        """The saved settings; defaults for anything unset. A hand-edited bad value falls back to defaults."""
        with self._store.reading(self._store.main_path) as db:
            return settings_from_docs(db.table(TABLE).all())

    def refused(self) -> tuple[str, ...]:
        """The settings whose stored values this version refuses (a hand edit): each is at its default."""
        with self._store.reading(self._store.main_path) as db:
            return read_settings(db.table(TABLE).all())[1]

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
