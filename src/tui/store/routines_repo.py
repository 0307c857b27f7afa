"""The user's own routines in the main file (shipped routines live in data/ and are read-only)."""

from __future__ import annotations

from tinydb import Query

from tui.domain.catalogue.codec import routine_from_data, routine_to_data
from tui.domain.catalogue.model import Routine
from tui.domain.errors import DataFileError
from tui.domain.printable import quoted
from tui.store.datastore import DataStore
from tui.store.errors import GoneError, SavedMeanwhileError

TABLE = "routines"

_by_id = Query().id


class RoutinesRepo:
    def __init__(self, store: DataStore) -> None:
        self._store = store

    def all(self) -> list[Routine]:
        with self._store.reading(self._store.main_path) as db:
            docs = db.table(TABLE).all()
        routines = [routine_from_data(dict(doc), self._store.main_path.name, shipped=False) for doc in docs]
        # Two with one id (a routine copied by hand, a sync's merge): every later save or delete of either would
        # act on both, and the list, which tells them apart by id, stopped the app.
        seen: set[str] = set()
        for routine in routines:
            if routine.id in seen:
                raise DataFileError(self._store.main_path.name, f"routine '{routine.id}'", "id",
                                    "is another routine's too; give one of them an id of its own")
            seen.add(routine.id)
        return routines

    def save(self, routine: Routine, *, replacing: Routine | None = None) -> None:
        """Insert a new routine, or put an edit in the place of `replacing`, the user's routine as the editor read
        it. Checked under the lock, so that two windows never write over each other: a new routine whose id
        another window has just taken, or an edit of a routine changed elsewhere since, is refused
        (SavedMeanwhileError); an edit of a routine deleted meanwhile too (GoneError): saving it would bring it
        back."""
        if routine.shipped:
            raise ValueError("shipped routines are read-only; save a copy instead")
        with self._store.transaction(self._store.main_path) as db:
            table = db.table(TABLE)
            doc = table.get(_by_id == (replacing or routine).id)
            stored = routine_from_data(dict(doc), self._store.main_path.name, shipped=False) if doc else None
            if replacing is None and stored is not None:
                raise SavedMeanwhileError(
                    f"another window has just saved a routine called {quoted(stored.name)}, by the name this one "
                    "would take: give it another name", stored)
            if replacing is not None and stored is None:
                raise GoneError(replacing.name)  # the one deleted, not the name the edit gives it
            if replacing is not None and stored != replacing:
                raise SavedMeanwhileError(f"{quoted(replacing.name)} was changed in another window since you "
                                          "opened it", stored)
            # Remove then insert: TinyDB's upsert merges, which would keep a field the edit removed.
            table.remove(_by_id == routine.id)
            table.insert(routine_to_data(routine))

    def delete(self, routine_id: str) -> bool:
        with self._store.transaction(self._store.main_path) as db:
            return bool(db.table(TABLE).remove(_by_id == routine_id))
