"""The data dir heals as it opens: the per-day index is rebuilt when it disagrees with the year files (a kill
between the two writes, a main file emptied or moved away), and an import cut off between year files is
undone. Real processes killed for real with SIGKILL, many times; real files."""

from __future__ import annotations

import random
import time
from dataclasses import replace

import orjson
import pytest

from tests.builders import a_workout, moment
from tests.store.test_kill_and_concurrency import _ack, _killed_after
from tui.cli import main
from tui.domain.transfer.data import UserData
from tui.status import read_status
from tui.store.errors import BadRecordError, CorruptFileError
from tui.store.files import read_document
from tui.store.open import open_store
from tui.store.transfer import import_into

pytestmark = pytest.mark.slow

DELETE_KILLS = 40
IMPORT_KILLS = 40


def finished(year: int, day: int = 10, sets: int = 4, **fields):
    workout = a_workout(at=moment(year, 3, day, 18, 0), sets=sets, **fields)
    return replace(workout, finished_at=workout.started_at)


def ids_in_year_files(directory) -> set[str]:
    found = set()
    for path in directory.glob("history-*.json"):
        found |= {doc["id"] for doc in (read_document(path, orjson.loads) or {}).get("workouts", {}).values()}
    return found


def ids_in_index(directory) -> set[str]:
    main_file = read_document(directory / "runstrength.json", orjson.loads) or {}
    return {row["id"] for row in main_file.get("days", {}).values()}


@pytest.mark.parametrize("emptied", ["runstrength.json", "history-2025.json"])
def test_an_emptied_data_file_is_refused_by_name_and_left_as_it_is(data_dir, capsys, emptied):
    """Read as no data, an emptied year file took its year from History, the Calendar and status without a word, an
    emptied main file the settings and routines; and the next write made it so for good. (An emptied workout.json
    is written again by the window logging the workout: tests/app/test_files_broken_while_running.py.)"""
    store = open_store(data_dir)
    store.history.save_many([finished(year, day) for year in (2024, 2025) for day in (3, 10, 17)])
    path = data_dir / emptied
    path.write_bytes(b"")  # emptied (a crash of some other tool, a bad sync)
    with pytest.raises(CorruptFileError, match=f"{emptied} is not valid JSON \\(it is empty\\)"):
        list(open_store(data_dir).history.all())
    for command in (["status"], ["export", "-o", str(data_dir.parent / "out")]):
        assert main(["--data-dir", str(data_dir), *command]) == 2
        assert f"{emptied} is not valid JSON (it is empty)" in capsys.readouterr().err
    assert path.read_bytes() == b""


def test_a_main_file_moved_away_opens_on_the_whole_log_and_stays_whole_after_the_next_write(data_dir):
    store = open_store(data_dir)
    store.history.save_many([finished(2025, day) for day in range(1, 28)])
    store.data.main_path.rename(data_dir.parent / "moved-away.json")
    assert "no workouts logged yet" not in read_status(data_dir).line
    reopened = open_store(data_dir)
    reopened.history.save(finished(2026))
    assert len(open_store(data_dir).history.summaries()) == 28


@pytest.mark.parametrize("change", ["moved away", "emptied of its tables", "a year file restored"])
def test_an_index_out_of_step_while_the_app_runs_is_rebuilt_as_it_is_next_read(data_dir, change):
    """A broken main file's message says to move it away, "your workouts are kept in the year files, and listed
    again": with the app open, History and the Calendar listed none until a finish or a restart."""
    store = open_store(data_dir)
    store.history.save_many([finished(2025, day) for day in (3, 10, 17)])
    assert len(store.history.summaries()) == 3
    if change == "moved away":
        store.data.main_path.rename(data_dir.parent / "moved-away.json")
    elif change == "emptied of its tables":
        store.data.main_path.write_bytes(b'{"_default": {}}')
    else:
        backup = store.data.history_path(2025).read_bytes()
        store.history.delete(store.history.summaries()[0].id)
        assert len(store.history.summaries()) == 2
        store.data.history_path(2025).write_bytes(backup)  # the user puts the old file back
    assert {s.id for s in store.history.summaries()} == ids_in_year_files(data_dir)  # the store still open
    assert ids_in_index(data_dir) == ids_in_year_files(data_dir) and len(ids_in_index(data_dir)) == 3


@pytest.mark.parametrize("then", ["a finish", "an import"])
def test_a_main_file_emptied_of_its_tables_while_the_app_runs_keeps_the_whole_log_after_the_next_write(data_dir,
                                                                                                     then):
    """The app's store was open; a finish stamped an index of its one row as right, and the workouts before it were
    gone from History, the Calendar and status for good, a restart too."""
    store = open_store(data_dir)
    store.history.save_many([finished(2025, day) for day in (3, 10, 17)])
    store.data.main_path.write_bytes(b'{"_default": {}}')
    if then == "a finish":
        store.history.save(finished(2026))
    else:
        import_into(store, UserData(workouts=(finished(2026),)))
    assert ids_in_index(data_dir) == ids_in_year_files(data_dir) and len(ids_in_index(data_dir)) == 4
    assert len(open_store(data_dir).history.summaries()) == 4
    assert read_status(data_dir).workouts == 4


def test_a_year_file_restored_from_a_backup_is_indexed_again(data_dir):
    store = open_store(data_dir)
    store.history.save_many([finished(2025, day) for day in (1, 2, 3)])
    backup = store.data.history_path(2025).read_bytes()
    store.history.delete(store.history.summaries()[0].id)
    store.data.history_path(2025).write_bytes(backup)  # the user puts the old file back
    assert len(open_store(data_dir).history.summaries()) == 3


@pytest.mark.parametrize("edit", ["a row broken", "rows taken out", "every row taken out"])
def test_an_index_changed_by_hand_is_rebuilt_and_every_workout_counts_again(data_dir, edit):
    """A row of the index a hand edit broke ("sets": "lots") was left out, and with it its workout from History,
    the Calendar and `status`, for good: the year files had not changed, so nothing looked out of step."""
    store = open_store(data_dir)
    store.history.save_many([finished(2026, day) for day in (3, 10, 17)])
    main = data_dir / "runstrength.json"
    data = orjson.loads(main.read_bytes())
    rows = data["days"]
    if edit == "a row broken":
        next(iter(rows.values()))["sets"] = "lots"
    elif edit == "rows taken out":
        del rows[next(iter(rows))]
    else:
        rows.clear()
    main.write_bytes(orjson.dumps(data))
    assert len(open_store(data_dir).history.summaries()) == 3
    assert read_status(data_dir).workouts == 3, "status counts it once the index is whole again"


def test_a_workout_filed_in_the_wrong_years_file_opens_and_deletes(data_dir):
    store = open_store(data_dir)
    misfiled = finished(2025)
    store.history.save(finished(2024))
    raw = orjson.loads(store.data.history_path(2024).read_bytes())
    raw["workouts"]["2"] = misfiled.to_data()  # a 2025 workout in the 2024 file (a hand edit, another tool)
    store.data.history_path(2024).write_bytes(orjson.dumps(raw))
    reopened = open_store(data_dir)
    assert misfiled.id in {entry.id for entry in reopened.history.summaries()}
    assert reopened.history.get(misfiled.id) == misfiled
    assert reopened.history.delete(misfiled.id)
    assert misfiled.id not in ids_in_year_files(data_dir) | ids_in_index(data_dir)


@pytest.mark.parametrize("broken", [{"id": "w1", "name": 7}, {"id": "w1"}, ["not", "a", "record"],
                                    {"id": "w1", "name": "x", "started_at": {"utc": "2025-01-01T00:00:00Z",
                                                                             "zone": "Mars/Olympus"}}])
def test_a_year_file_with_a_record_of_the_wrong_shape_is_refused_by_name_and_left_as_it_is(data_dir, capsys,
                                                                                            broken):
    store = open_store(data_dir)
    store.history.save(finished(2025))
    raw = orjson.loads(store.data.history_path(2025).read_bytes())
    raw["workouts"]["2"] = broken if isinstance(broken, dict) else {"id": broken}
    path = store.data.history_path(2025)
    path.write_bytes(orjson.dumps(raw))
    before = path.read_bytes()
    with pytest.raises(BadRecordError, match="history-2025.json holds"):
        list(open_store(data_dir).history.all())
    assert main(["--data-dir", str(data_dir), "export"]) == 2
    assert "history-2025.json holds" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_workout_in_progress_of_the_wrong_shape_is_refused_by_name_and_left_as_it_is(data_dir, capsys):
    open_store(data_dir)
    path = data_dir / "workout.json"
    path.write_bytes(b'{"meta": {"1": {"schema": 1}}, "workout": {"1": {"id": "w", "name": ["a"], "started_at": 3}}}')
    before = path.read_bytes()
    assert main(["--data-dir", str(data_dir), "export"]) == 2
    assert "workout.json holds" in capsys.readouterr().err
    assert path.read_bytes() == before


# A value no set can hold, as a hand edit leaves it: each crashed a screen or a command that reached it ("reps":
# "abc" in workout.json crashed the resume and the finish; in a year file, History's detail and the CSV export;
# "bands": "red" was read letter by letter, r+e+d).
IMPOSSIBLE_SET_VALUES = [("reps", "abc"), ("reps", -3), ("load", "heavy"), ("hold_s", 2.5), ("type", "bogus"),
                         ("side", "X"), ("round", 0), ("unit", "stone"), ("bands", [5]), ("bands", "red"),
                         ("note", 5)]


@pytest.mark.parametrize(("field", "value"), IMPOSSIBLE_SET_VALUES)
def test_a_set_value_no_set_can_hold_in_a_year_file_is_refused_by_name_and_left_as_it_is(data_dir, capsys, field,
                                                                                         value):
    store = open_store(data_dir)
    store.history.save(finished(2025))
    path = store.data.history_path(2025)
    raw = orjson.loads(path.read_bytes())
    raw["workouts"]["1"]["sets"][1][field] = value
    path.write_bytes(orjson.dumps(raw))
    before = path.read_bytes()
    with pytest.raises(BadRecordError, match=f"history-2025.json holds workout .* cannot be read \\(set 2's {field} "):
        list(open_store(data_dir).history.all())
    for export in (["export"], ["export", "--format", "csv"]):
        assert main(["--data-dir", str(data_dir), *export, "-o", str(data_dir.parent / "out")]) == 2
        assert "history-2025.json holds" in capsys.readouterr().err
    assert path.read_bytes() == before


def in_progress_with_two_sets(data_dir):
    """A workout in progress with two sets logged, and its file."""
    store = open_store(data_dir)
    workout = a_workout(at=moment(2025, 3, 10, 18, 0), sets=2)
    store.workout.start(workout)
    for logged in workout.sets:
        store.workout.log_set(workout.id, logged)
    return workout, data_dir / "workout.json"


@pytest.mark.parametrize(("field", "value"), IMPOSSIBLE_SET_VALUES[:3])
def test_a_set_value_no_set_can_hold_in_the_workout_in_progress_is_refused_by_name(data_dir, capsys, field, value):
    workout, path = in_progress_with_two_sets(data_dir)
    raw = orjson.loads(path.read_bytes())
    raw["workout"]["1"]["sets"][0][field] = value
    path.write_bytes(orjson.dumps(raw))
    before = path.read_bytes()
    assert main(["--data-dir", str(data_dir), "export", "-o", str(data_dir.parent / "out")]) == 2
    assert f"workout.json holds workout '{workout.id}' that cannot be read (set 1's {field} " in \
        capsys.readouterr().err.replace("\n", " ")
    assert path.read_bytes() == before


def _delete_all(fd: int, directory) -> None:
    store = open_store(directory)
    _ack(fd, "ready")
    for summary in store.history.summaries():
        store.history.delete(summary.id)
        _ack(fd, "deleted", summary.id)


def test_sigkill_during_history_deletes_never_leaves_the_index_and_the_year_files_apart(tmp_path):
    directory = tmp_path / "data"
    rng = random.Random(20261130)
    torn_before_open = 0
    for _ in range(DELETE_KILLS):
        store = open_store(directory)
        if len(store.history.summaries()) < 10:
            store.history.save_many([finished(year, day) for year in (2024, 2025, 2026) for day in range(1, 11)])
        acks = _killed_after(rng.uniform(0.0, 0.05), _delete_all, directory)
        deleted = {ack[1] for ack in acks if ack[0] == "deleted"}
        torn_before_open += ids_in_index(directory) != ids_in_year_files(directory)
        healed = open_store(directory)
        assert ids_in_index(directory) == ids_in_year_files(directory), "the open rebuilt the index"
        assert {entry.id for entry in healed.history.summaries()} == {w.id for w in healed.history.all()}
        assert not deleted & ids_in_year_files(directory), "an acknowledged delete stays done"
        assert read_status(directory).workouts == len(ids_in_year_files(directory))
    print(f"{torn_before_open} of {DELETE_KILLS} kills left the index and year files apart; all were healed")


def _import(fd: int, directory, data: UserData) -> None:
    store = open_store(directory)
    _ack(fd, "ready")
    import_into(store, data)
    _ack(fd, "imported")


def test_sigkill_during_an_import_leaves_all_of_it_or_none_of_it(tmp_path):
    data = UserData(workouts=tuple(finished(year, day, sets=8) for year in range(2016, 2026) for day in range(1, 25)))
    wanted = {workout.id for workout in data.workouts}
    timing = tmp_path / "timing"
    started = time.monotonic()
    import_into(open_store(timing), data)
    duration = time.monotonic() - started
    rng = random.Random(17)
    outcomes = {"none": 0, "all": 0}
    cut_between_year_files = 0
    for number in range(IMPORT_KILLS):
        directory = tmp_path / f"data-{number}"
        # Most kills while the year files are written.
        acks = _killed_after(rng.uniform(0.3, 1.1) * duration, _import, directory, data)
        acked = any(ack[0] == "imported" for ack in acks)
        in_files = ids_in_year_files(directory) & wanted
        cut_between_year_files += bool(in_files) and in_files != wanted
        open_store(directory)
        indexed, stored = ids_in_index(directory) & wanted, ids_in_year_files(directory) & wanted
        assert indexed == stored, "what the year files hold is what the index lists"
        assert stored in (set(), wanted), f"half an import ({len(stored)} of {len(wanted)} workouts)"
        assert not acked or stored == wanted
        outcomes["all" if stored else "none"] += 1
        assert not (directory / "import-journal.json").exists()
    print(f"imports killed: {outcomes}; {cut_between_year_files} cut between year files, all undone")


def test_a_workout_file_of_random_bytes_is_said_to_be_no_text_in_words(data_dir, capsys):
    """It said "is not valid JSON (str is not valid UTF-8: surrogates not allowed: line 1 column 1 (char 0))"."""
    open_store(data_dir)
    path = data_dir / "workout.json"
    path.write_bytes(random.Random(7).randbytes(300))
    before = path.read_bytes()
    assert main(["--data-dir", str(data_dir), "export", "-o", str(data_dir.parent / "out")]) == 2
    said = capsys.readouterr().err.replace("\n", " ")
    assert "workout.json is not valid JSON (it is not text: its bytes are not UTF-8)." in said, said
    assert path.read_bytes() == before


def test_a_workout_file_saved_with_notepads_byte_order_mark_is_read(data_dir):
    """A hand edit saved by Windows' Notepad starts the file with a byte order mark: the file was refused whole."""
    _, path = in_progress_with_two_sets(data_dir)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert len(open_store(data_dir).workout.current().sets) == 2
