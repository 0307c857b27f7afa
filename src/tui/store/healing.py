"""A data directory that heals as it opens: a cut-off import undone, an index out of step with the year files
rebuilt. Both are checked cheaply (a file's existence, a few stat calls) so a healthy directory pays nothing."""

from __future__ import annotations

from tinydb import Query

from tui.store import custom_exercise_changes, import_journal, move_journal, status_summary
from tui.store.custom_exercises_repo import TABLE as EXERCISES_TABLE
from tui.store.datastore import DataStore
from tui.store.day_index import INDEX_TABLE
from tui.store.errors import StoreError
from tui.store.history import WORKOUTS_TABLE, HistoryRepo


def heal(data: DataStore, history: HistoryRepo) -> None:
    """Finish or undo a cut-off import or move between years, finish a cut-off mapping of a custom exercise,
    then rebuild the per-day
    index if it disagrees with the year files."""
    if custom_exercise_changes.journal_path(data.directory).exists():
        with data.locked():
            custom_exercise_changes.finish_cut_off_change(data)
    if import_journal.journal_path(data.directory).exists():
        with data.locked():
            _settle_import(data)
    if move_journal.journal_path(data.directory).exists():
        with data.locked():
            history.settle_move()
    history.rebuild_index_if_stale()
    if not status_summary.is_current(data.directory) and data.main_path.exists():
        data.write_status_summary()  # cut off after the main file's write, or written by an older version


def undo_cut_off_import(data: DataStore) -> None:
    """Undo an import whose write just failed, if the disk lets us; the journal stays for the next open if not."""
    if import_journal.journal_path(data.directory).exists():
        try:
            with data.locked():
                _settle_import(data)
        except (OSError, StoreError):
            pass


def _settle_import(data: DataStore) -> None:
    adding = import_journal.pending(data.directory)
    every_id = set().union(*adding.values()) if adding else set()
    with data.reading(data.main_path) as db:
        committed = any(db.table(INDEX_TABLE).contains(Query().id == workout_id) for workout_id in every_id)
    if not committed:
        for year, ids in adding.items():
            path = data.history_path(year)
            if path.exists():
                with data.transaction(path) as db:
                    db.table(WORKOUTS_TABLE).remove(Query().id.one_of(list(ids)))
    import_journal.end(data.directory)


def mark_old_cardio(data: DataStore, history: HistoryRepo) -> bool:
    """Mark as cardio the custom exercises that only cardio entries name (a run: see transfer.data.cardio_only),
    among those stored before every import marked them: no picker is to offer a run for sets. True if it marked one.

    Every custom exercise is stored with its answer (the mark, or not), once it has one: this reads the year files
    once per data directory, ever (a second at ten years), and reads only the custom exercises after that. Not when
    the store opens: the first frame would wait for it (the App calls it a moment after, off the UI thread).
    """
    with data.reading(data.main_path) as db:
        unsaid = {str(doc["id"]) for doc in db.table(EXERCISES_TABLE).all() if "cardio" not in doc and "id" in doc}
    if not unsaid:
        return False
    only_cardio: frozenset[str] = frozenset()
    if any(workout.cardio for workout in history.summaries()):  # no cardio entry anywhere: no year file to read
        from tui.domain.transfer.data import cardio_only

        only_cardio = cardio_only(history.all())  # the rule every import marks them by
    with data.transaction(data.main_path) as db:
        table = db.table(EXERCISES_TABLE)
        for exercise_id in unsaid:
            table.update({"cardio": exercise_id in only_cardio}, Query().id == exercise_id)
    return bool(unsaid & only_cardio)
