"""Data versions, migration with a backup, and files we must refuse without touching."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from tests.builders import a_set, a_workout, moment
from tui.cli import main
from tui.store.errors import CorruptFileError, NewerSchemaError
from tui.store.open import open_store
from tui.store.schema import SCHEMA_VERSION, migrate, version_of

BAD_FILES = {
    "truncated": b'{"settings": {"1": {"units": "lb"',
    "not json": b"units = 'lb'\n",
    "binary": bytes(range(256)),
    "a list": b"[1, 2, 3]",
    "bad version": b'{"meta": {"1": {"schema": "one"}}}',
}


@pytest.mark.parametrize("content", BAD_FILES.values(), ids=BAD_FILES.keys())
def test_a_main_file_that_is_not_valid_json_is_refused_and_left_byte_for_byte(data_dir, content):
    data_dir.mkdir()
    main_file = data_dir / "runstrength.json"
    main_file.write_bytes(content)
    with pytest.raises(CorruptFileError) as caught:
        open_store(data_dir)
    assert str(main_file) in str(caught.value)
    assert main_file.read_bytes() == content
    assert sorted(p.name for p in data_dir.iterdir() if not p.name.startswith(".")) == ["runstrength.json"]


def test_the_command_line_names_the_corrupt_file_and_exits_non_zero(data_dir, capsys):
    data_dir.mkdir()
    main_file = data_dir / "runstrength.json"
    main_file.write_bytes(BAD_FILES["truncated"])
    assert main(["--data-dir", str(data_dir)]) == 2
    error = capsys.readouterr().err
    assert str(main_file) in error and "not valid JSON" in error and "left exactly as it is" in error
    assert main_file.read_bytes() == BAD_FILES["truncated"]


def test_a_corrupt_history_file_is_refused_when_read_and_left_unchanged(store):
    workout = store.workout.start(a_workout())
    store.workout.log_set(workout.id, a_set())
    store.workout.finish(workout.id, workout.started_at)
    history_file = store.data.history_path(2026)
    history_file.write_bytes(b'{"workouts": {"1": ')
    with pytest.raises(CorruptFileError, match="history-2026.json"):
        store.history.in_year(2026)
    with pytest.raises(CorruptFileError):
        store.history.save(replace(workout, finished_at=workout.started_at))
    assert history_file.read_bytes() == b'{"workouts": {"1": '


@pytest.mark.parametrize("broken, says, kept_years", [
    ("history-2025.json", "to go on without the workouts of that year (the other years' are kept)", [2026]),
    ("runstrength.json", "to go on without your routines, settings, freeze weeks and own exercises (your workouts "
                         "are kept in the year files, and listed again)", [2025, 2026]),
])
def test_a_corrupt_file_moved_away_as_its_message_says_leaves_what_it_says(data_dir, capsys, broken, says,
                                                                          kept_years):
    """The message said "move it elsewhere to start with an empty log" for any file: a user could throw away ten
    years to mend one."""
    store = open_store(data_dir)
    for year in (2025, 2026):
        store.history.save(replace(a_workout(at=moment(year, 3, 2, 18, 0), sets=1), finished_at=moment(year, 3, 2,
                                                                                                        19, 0)))
    (data_dir / broken).write_bytes(b'{"workouts": {"1": ')
    assert main(["--data-dir", str(data_dir), "status"]) == 2
    assert says in capsys.readouterr().err
    (data_dir / broken).rename(data_dir.parent / broken)  # as the message says
    assert main(["--data-dir", str(data_dir), "status"]) == 0
    assert sorted(w.started_at.local.year for w in open_store(data_dir).history.all()) == kept_years


def test_a_file_from_a_newer_version_is_refused_and_left_unchanged(data_dir, capsys):
    data_dir.mkdir()
    main_file = data_dir / "runstrength.json"
    content = json.dumps({"meta": {"1": {"schema": SCHEMA_VERSION + 1}}, "settings": {}}).encode()
    main_file.write_bytes(content)
    with pytest.raises(NewerSchemaError, match="newer runstrength-tui"):
        open_store(data_dir)
    assert main(["--data-dir", str(data_dir)]) == 2
    assert "Upgrade runstrength-tui" in capsys.readouterr().err
    assert main_file.read_bytes() == content


def test_an_older_file_is_backed_up_then_migrated_keeping_the_users_data(data_dir):
    data_dir.mkdir()
    main_file = data_dir / "runstrength.json"
    # Version 0: a TinyDB file from before the data version existed.
    original = json.dumps({"settings": {"1": {"units": "lb", "weekly_target": 3}}}).encode()
    main_file.write_bytes(original)
    store = open_store(data_dir)
    backups = list(data_dir.glob("runstrength.json.v0-*.bak"))
    assert len(backups) == 1 and backups[0].read_bytes() == original
    assert version_of(json.loads(main_file.read_bytes())) == SCHEMA_VERSION
    settings = store.settings.get()
    assert (settings.units, settings.weekly_target) == ("lb", 3)
    open_store(data_dir)  # a second open has nothing to migrate and makes no second backup
    assert len(list(data_dir.glob("*.bak"))) == 1


def test_an_older_year_file_read_first_by_history_is_migrated_and_its_workouts_listed(data_dir):
    # A year file is checked by its first read (not as the store opens): that same read must see it migrated.
    store = open_store(data_dir)
    workout = a_workout(sets=2, finished_at=moment(2026, 11, 20, 19, 0))
    store.history.save(workout)
    year_file = data_dir / "history-2026.json"
    older = {table: docs for table, docs in json.loads(year_file.read_bytes()).items() if table != "meta"}
    year_file.write_text(json.dumps(older))
    reopened = open_store(data_dir)
    assert [w.id for w in reopened.history.in_year(2026)] == [workout.id]
    assert version_of(json.loads(year_file.read_bytes())) == SCHEMA_VERSION
    assert len(list(data_dir.glob("history-2026.json.v0-*.bak"))) == 1
    assert [len(w.sets) for w in reopened.history.in_year(2026)] == [2]


def test_migration_steps_run_in_order_up_to_the_target():
    steps = {
        0: lambda data: {**data, "routines": data.get("routines", {})},
        1: lambda data: {"renamed": data["routines"], **{k: v for k, v in data.items() if k != "routines"}},
        2: lambda data: {**data, "added_in_3": {}},
    }
    result = migrate({"routines": {"1": {"id": "mine"}}}, target=3, migrations=steps)
    assert result["renamed"] == {"1": {"id": "mine"}}
    assert "added_in_3" in result and "routines" not in result
    assert version_of(result) == 3
