"""Export and import at the data directory: everything read out of a store, and an import written in whole.

An import is planned and written under the one lock, so an app open in another process never loses a set to
it. Files are written in an order that makes the main file the commit point: year files first (a workout in a
year file but not in the per-day index counts as not imported, and importing again completes it; history is
keyed by id), then the main file (index, routines, freezes, settings) in one write, then the workout in progress.
"""

from __future__ import annotations

import codecs
import os
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import orjson

from tui.domain.catalogue.codec import routine_to_data
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.catalogue.exercise_names import ExerciseNames
from tui.domain.catalogue.model import Catalogue
from tui.domain.settings import Settings
from tui.domain.transfer.data import ImportFileError, UserData, with_dates_ahead
from tui.domain.transfer.export_format import encode, from_json, looks_like_json, to_document
from tui.domain.transfer.import_plan import Existing, ImportPlan, plan_import, start_minute
from tui.domain.transfer.strong_csv import from_csv, to_csv
from tui.store import import_journal
from tui.store.custom_exercises_repo import TABLE as EXERCISES_TABLE
from tui.store.custom_exercises_repo import add_new, custom_exercises_from_docs
from tui.store.datastore import MAIN_FILE, WORKOUT_FILE, DataStore
from tui.store.day_index import (
    INDEX_TABLE,
    entries_from_rows,
    index_in_step,
    index_row,
    year_files,
)
from tui.store.errors import DataDirError
from tui.store.files import read_document, write_atomically
from tui.store.freezes_repo import TABLE as FREEZES_TABLE
from tui.store.freezes_repo import freeze_days, freeze_doc
from tui.store.healing import undo_cut_off_import
from tui.store.history import WORKOUTS_TABLE, record_year_files, replace_by_id
from tui.store.kept_summaries import KeptSummaries
from tui.store.open import Store
from tui.store.records import workout_from_file
from tui.store.routines_repo import TABLE as ROUTINES_TABLE
from tui.store.settings_repo import TABLE as SETTINGS_TABLE
from tui.store.settings_repo import settings_from_docs
from tui.store.workout_in_progress import TABLE as IN_PROGRESS_TABLE

FORMATS = ("json", "csv")


def custom_exercises_in(directory: Path) -> list[CustomExercise]:
    """The custom exercises a data directory holds (none when it does not exist). Reads only: creates nothing."""
    main = read_document(Path(directory) / MAIN_FILE, orjson.loads)
    return custom_exercises_from_docs(_docs(main, EXERCISES_TABLE))


# --- export ------------------------------------------------------------------------------------------------


def read_everything(store: Store) -> UserData:
    """Every finished workout, the workout in progress, the user's routines, settings and freeze weeks."""
    # Under the lock: a workout finished in another window meanwhile is in the export once, never twice or not at
    # all (it moves from workout.json to a year file).
    with store.data.locked():
        workouts = tuple(store.history.all())
        # A finish not yet filed into history (a window killed just after it, in a data dir this cannot write).
        waiting = store.workout.waiting()
        if waiting is not None and all(workout.id != waiting.id for workout in workouts):
            workouts += (waiting,)
        return UserData(
            workouts=workouts,
            in_progress=store.workout.current(),
            routines=tuple(store.routines.all()),
            settings=store.settings.get(),
            freezes=tuple(store.freezes.all()),
            custom_exercises=tuple(store.exercises.all()),
        )


def export_file_name(output_format: str, today: date) -> str:
    """The name an export gets in a folder given for it ("runstrength-export-2026-12-06.json", the CSV's
    "runstrength-sets-..."), by the palette's dialog and by `export -o FOLDER` alike."""
    what = "export" if output_format == "json" else "sets"
    return f"runstrength-{what}-{today.isoformat()}.{output_format}"


def export_content(data: UserData, output_format: str, catalogue: Catalogue) -> bytes:
    """The export file's bytes: the lossless JSON document, or one CSV row per set of each finished workout."""
    if output_format == "csv":
        return to_csv(data.workouts, ExerciseNames(catalogue.exercises, data.custom_exercises)).encode("utf-8")
    return encode(to_document(data))


DATA_DIR_REFUSAL = "holds the app's own files: export to a file outside it"


def in_data_dir(path: Path, data_dir: Path) -> bool:
    """Whether path is (or links to) a file of the data directory, where no export may go."""
    return Path(os.path.realpath(path)).parent == Path(os.path.realpath(data_dir))


def write_export(path: Path, content: bytes, data_dir: Path) -> None:
    """Write an export where the user points, as a shell's `>` would: through a symlink to its file, and into a
    device or a pipe (/dev/null, /dev/stdout, a FIFO) as it is. Replacing those whole, the way a file is written,
    turned a symlink into a file and, run as root, /dev/null into a private file that broke every program using it.
    A file is written atomically and private to the user (0600), like the data files themselves. Never into the
    data directory (DataDirError): `-o DATA/history-2026.json` wrote an export over that year's workouts."""
    if in_data_dir(path, data_dir):
        raise DataDirError(data_dir, DATA_DIR_REFUSAL, what="the data directory")
    if path.exists() and not path.is_file() and not path.is_dir():  # what it points to, if a link
        with open(path, "wb") as stream:  # /dev/stdout is a link to a pipe with no path of its own: opened as given
            stream.write(content)
        return
    write_atomically(Path(os.path.realpath(path)), content)


# --- import ------------------------------------------------------------------------------------------------


# Ten years of history (about 50,000 sets) export to 19 MB of JSON, 6 MB of CSV. Read whole, /dev/zero took
# gigabytes of memory and never ended.
MAX_IMPORT_BYTES = 200_000_000


def read_import_file(path: Path, catalogue: Catalogue, settings: Settings, unit: str | None = None,
                     format_key: str | None = None, custom: Iterable[CustomExercise] = (),
                     distance_unit: str | None = None, now: datetime | None = None) -> UserData:
    """Read and check a whole import file (our JSON export, or a CSV export of ours, Strong's, Hevy's, FitNotes' or
    LiftLog's); raises ImportFileError.

    CSV times are taken in the user's time zone; weights in a file that names no unit are taken in `unit`, else
    in the settings' unit, and distances in a file that names no unit for them in `distance_unit`. `format_key`
    forces a CSV format rather than finding it from the header; `custom` are the user's custom exercises, so one they
    renamed is still recognised by its name. The report names the workouts that start after `now` (the clock's).
    """
    name = str(path)
    try:
        with open(path, "rb") as stream:
            raw = stream.read(MAX_IMPORT_BYTES + 1)
    except OSError as error:
        raise ImportFileError(name, None, f"cannot be read ({error.strerror or error})") from None
    return read_import_bytes(raw, name, catalogue, settings, unit, format_key, custom, distance_unit, now)


def read_import_bytes(raw: bytes, name: str, catalogue: Catalogue, settings: Settings, unit: str | None = None,
                      format_key: str | None = None, custom: Iterable[CustomExercise] = (),
                      distance_unit: str | None = None, now: datetime | None = None) -> UserData:
    """As read_import_file, for what was read from `name` (at most MAX_IMPORT_BYTES and one more)."""
    if len(raw) > MAX_IMPORT_BYTES:
        raise ImportFileError(name, None, f"is larger than any export ({MAX_IMPORT_BYTES // 1_000_000} MB or more; "
                                          f"ten years of history export to about 20 MB): nothing was imported")
    text = _decoded(raw, name)
    if looks_like_json(text) and format_key in (None, "json"):
        data = from_json(text, name, catalogue)
    elif format_key == "json":
        raise ImportFileError(name, None, "is not JSON: --format json is for our JSON export")
    else:
        data = from_csv(text, name, ExerciseNames(catalogue.exercises, custom), settings.zone, settings.units, unit,
                        format_key, distance_unit)
    return with_dates_ahead(data, now or datetime.now(timezone.utc))


def _decoded(raw: bytes, name: str) -> str:
    """The file's text: UTF-8 (with or without a byte order mark), or UTF-16, which is how a spreadsheet saves
    "Unicode text" (Excel's tab-separated save of an export opened in it): with its byte order mark, or without it,
    known by a NUL byte beside the first letter of its header (which no text in UTF-8 has)."""
    utf16 = ("utf-16" if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
             else "utf-16-le" if raw[1:2] == b"\x00" and raw[:1] != b"\x00"
             else "utf-16-be" if raw[:1] == b"\x00" and raw[1:2] != b"\x00" else None)
    if utf16 is not None:
        try:
            return raw.decode(utf16)
        except UnicodeDecodeError as error:
            raise ImportFileError(name, None, f"is broken UTF-16 text (at its byte {error.start + 1}): export it "
                                              f"again as UTF-8") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(name, None, f"is not UTF-8 text (its byte {error.start + 1}, 0x{raw[error.start]:02X}, "
                                          f"starts no UTF-8 character): export it again as UTF-8") from None


def _docs(document: dict[str, Any] | None, table: str) -> list[dict[str, Any]]:
    docs = (document or {}).get(table)
    return [doc for doc in docs.values() if isinstance(doc, dict)] if isinstance(docs, dict) else []


def existing_in(directory: Path) -> Existing:
    """What the directory holds that an import must not add again. Reads files only: creates nothing."""
    directory = Path(directory)
    main = read_document(directory / MAIN_FILE, orjson.loads)
    workout_ids = frozenset(str(doc.get("id")) for doc in _docs(main, INDEX_TABLE))
    indexed = {entry.id: entry for entry in entries_from_rows(_docs(main, INDEX_TABLE))}
    current_docs = _docs(read_document(directory / WORKOUT_FILE, orjson.loads), IN_PROGRESS_TABLE)
    in_progress = workout_from_file(current_docs[0], directory / WORKOUT_FILE) if current_docs else None
    set_ids = {logged.id for logged in in_progress.sets} if in_progress else set()
    by_start: dict[str, tuple[tuple[str, Counter[str]], ...]] = {}
    by_id: dict[str, Counter[str]] = {}
    for path in sorted(directory.glob("history-*.json")):
        if path.stem.removeprefix("history-").isdigit():
            for doc in _docs(read_document(path, orjson.loads), WORKOUTS_TABLE):
                # A workout in a year file but not in the index is from an import cut off before its commit:
                # its sets are not there yet as far as the user can tell, so importing again completes it.
                if doc.get("id") in workout_ids:
                    sets = [s for s in doc.get("sets", ()) if isinstance(s, dict)]
                    set_ids.update(str(s.get("id")) for s in sets)
                    by_id[doc["id"]] = Counter(str(s.get("exercise")) for s in sets)
                    if (entry := indexed.get(doc["id"])) is not None:
                        minute = start_minute(entry.started_local)
                        by_start[minute] = (*by_start.get(minute, ()), (entry.name.strip(), by_id[doc["id"]]))
    settings_docs = _docs(main, SETTINGS_TABLE)
    return Existing(
        workout_ids=workout_ids,
        set_ids=frozenset(set_ids),
        in_progress=in_progress,
        routine_ids=frozenset(str(doc.get("id")) for doc in _docs(main, ROUTINES_TABLE)),
        routine_names=frozenset(str(doc.get("name")) for doc in _docs(main, ROUTINES_TABLE)),
        freezes=frozenset(freeze_days(_docs(main, FREEZES_TABLE))),
        settings=settings_from_docs(settings_docs) if settings_docs else None,
        custom_exercise_ids=frozenset(str(doc.get("id")) for doc in _docs(main, EXERCISES_TABLE)),
        same_as=tuple((exercise.id, exercise.same_as)
                      for exercise in custom_exercises_from_docs(_docs(main, EXERCISES_TABLE)) if exercise.same_as),
        by_start=by_start,
        by_id=by_id,
    )


def preview_import(directory: Path, data: UserData) -> ImportPlan:
    """What importing data would add (for --dry-run); changes nothing, not even a missing directory."""
    return plan_import(data, existing_in(directory))


def import_into(store: Store, data: UserData) -> ImportPlan:
    """Add to the store what data holds and it does not; returns what was added.

    Planned on a fresh read under the lock and written before the lock is let go, so a set another process
    logs meanwhile waits for the import and is kept.
    """
    with store.data.locked():
        store.workout.file_finished()  # a finish that waits is history, not the workout in progress
        plan = plan_import(data, existing_in(store.directory))
        if plan.adds_anything:
            # The kept summaries take the new workouts in as a finish does, so the next finish and History's
            # records and charts do not wait for them to be rebuilt from ten years of year files.
            kept = KeptSummaries(store.data, store.history.all)
            read = kept.before_change(workout.id for workout in plan.workouts)
            files = year_files(store.directory)
            try:
                indexed = _write(store.data, plan, files)
            except BaseException:
                undo_cut_off_import(store.data)  # at once when it can; else the next open does it
                raise
            if not indexed:  # the index was out of step before the import (see HistoryRepo._write_index)
                store.history.rebuild_index()
            kept.after_change(read, plan.workouts)
    return plan


def _write(data: DataStore, plan: ImportPlan, files_before: dict[str, list[int]]) -> bool:
    """Write the plan; whether the index was written for the year files as `files_before` says they were."""
    by_year: dict[int, list[dict[str, Any]]] = {}
    for workout in plan.workouts:
        # The local year from the standard library's conversion (as the stored local date is made: Moment.to_data),
        # not pendulum's `local_date`, which costs several times more for each of thousands of workouts.
        by_year.setdefault(workout.started_at.local_plain().year, []).append(workout.to_data())
    # Journaled: a kill between two year files is undone as the store next opens (see import_journal).
    if by_year:
        import_journal.begin(data.directory, {year: [doc["id"] for doc in docs] for year, docs in by_year.items()})
    for year, docs in sorted(by_year.items()):
        with data.transaction(data.history_path(year)) as db:
            replace_by_id(db.table(WORKOUTS_TABLE), docs)
    indexed = write_main_file(data, plan, files_before)
    if by_year:
        import_journal.end(data.directory)
    if plan.in_progress is not None:
        with data.transaction(data.workout_path) as db:
            table = db.table(IN_PROGRESS_TABLE)
            if not table.all():  # planned under this same lock with nothing in progress; checked once more
                table.insert(plan.in_progress.to_data())
    return indexed


def write_main_file(data: DataStore, plan: ImportPlan, files_before: dict[str, list[int]]) -> bool:
    """The import's commit: the index rows of the new workouts, routines, freezes and settings, in one write.
    Returns whether the index was written for the year files as `files_before` says they were before the import
    (if not, it holds only some workouts, and is to be rebuilt)."""
    with data.transaction(data.main_path) as db:
        indexed = index_in_step(db, files_before)
        replace_by_id(db.table(INDEX_TABLE), [index_row(workout) for workout in plan.workouts])
        record_year_files(db, data.directory)
        db.table(ROUTINES_TABLE).insert_multiple(routine_to_data(routine) for routine in plan.routines)
        db.table(FREEZES_TABLE).insert_multiple(freeze_doc(day) for day in plan.freezes)
        add_new(db.table(EXERCISES_TABLE), plan.custom_exercises)
        if plan.settings is not None:
            db.table(SETTINGS_TABLE).truncate()
            db.table(SETTINGS_TABLE).insert(plan.settings.to_data())
    return indexed
