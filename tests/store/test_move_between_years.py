"""A past workout edited so that its date moves it into another year: one journaled operation. Killed with SIGKILL
at random moments while a real process saves such moves over and over, the workout is afterwards in exactly one
year's file (not in both, not in none), listed once, and a move that was acknowledged is never undone.
Before the journal, a kill between the write to the new year and the removal from the old one left it in both
files for good (the index listed it once, but the old copy stayed, and a rebuild could pick either)."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import orjson
import pytest

from tests.builders import a_workout, moment
from tests.store.test_data_dir_heals import ids_in_index
from tests.store.test_kill_and_concurrency import _ack, _killed_after
from tui.status import read_status
from tui.store.files import read_document
from tui.store.open import open_store

pytestmark = pytest.mark.slow

MOVE_KILLS = 40


def dated(workout, year: int):
    at = moment(year, 12 if year % 2 else 1, 31 if year % 2 else 1, 18, 0)
    return replace(workout, started_at=at, finished_at=at, name=f"Moved to {year}")


def years_holding(directory, workout_id: str) -> dict[int, dict]:
    found = {}
    for path in directory.glob("history-*.json"):
        for doc in (read_document(path, orjson.loads) or {}).get("workouts", {}).values():
            if doc["id"] == workout_id:
                found[int(path.stem.removeprefix("history-"))] = doc
    return found


def _move_back_and_forth(fd: int, directory, workout) -> None:
    store = open_store(directory)
    _ack(fd, "ready")
    for number in itertools.count():
        year = 2025 if number % 2 else 2026
        store.history.save(dated(workout, year))
        _ack(fd, "moved", str(year))


def test_sigkill_while_a_workout_moves_between_years_leaves_it_in_exactly_one_year(tmp_path):
    directory = tmp_path / "data"
    workout = dated(a_workout(sets=4), 2025)
    store = open_store(directory)
    store.history.save(dated(a_workout(sets=3), 2025))  # a neighbour in each year, never touched
    store.history.save(dated(a_workout(sets=3), 2026))
    store.history.save(workout)
    rng = random.Random(20261130)
    cut_mid_move = 0
    for _ in range(MOVE_KILLS):
        acks = _killed_after(rng.uniform(0.0, 0.05), _move_back_and_forth, directory, workout)
        moves = [int(ack[1]) for ack in acks if ack[0] == "moved"]
        cut_mid_move += (directory / "move-journal.json").exists()
        assert read_status(directory).workouts == 3, "status counts it once, even before the next open"

        healed = open_store(directory)
        holding = years_holding(directory, workout.id)
        assert len(holding) == 1, f"in {sorted(holding)}: once, in one year's file"
        (year, doc), = holding.items()
        assert doc["name"] == f"Moved to {year}", "the copy is the one saved for that year, whole"
        if moves:  # the last acknowledged move, or the one after it that was in flight
            assert year in (moves[-1], 2025 if moves[-1] == 2026 else 2026)
        assert not (directory / "move-journal.json").exists()
        assert ids_in_index(directory) == {w.id for w in healed.history.all()}
        assert [entry.id for entry in healed.history.summaries()].count(workout.id) == 1
        assert len(healed.history.summaries()) == 3
    print(f"{cut_mid_move} of {MOVE_KILLS} kills cut a move half-way; each was settled on the next open")


@pytest.mark.parametrize("cut", ["before the new year's write", "after the new year's write"])
def test_a_move_cut_off_is_completed_or_undone_by_the_next_open(data_dir, cut):
    store = open_store(data_dir)
    workout = dated(a_workout(sets=2), 2025)
    store.history.save(workout)
    moved = dated(workout, 2026)
    from tui.store import move_journal  # what save() writes first

    move_journal.begin(data_dir, move_journal.Move(workout.id, 2025, 2026))
    if cut == "after the new year's write":
        store.history.save_many([moved])  # the new year's file written, the old copy not yet removed
    healed = open_store(data_dir)
    expected = 2026 if cut == "after the new year's write" else 2025
    assert list(years_holding(data_dir, workout.id)) == [expected]
    assert [entry.local_date.year for entry in healed.history.summaries()] == [expected]
    assert not (data_dir / "move-journal.json").exists()


def test_a_past_workouts_earlier_ones_come_from_its_year_and_before_and_a_day_across_zones(data_dir):
    store = open_store(data_dir)
    # New Year's Eve in Honolulu is already New Year's Day in Kiritimati: filed in 2025, yet started later.
    eve = a_workout(at=moment(2025, 12, 31, 23, 0, zone="Pacific/Honolulu"), name="Eve")
    day = a_workout(at=moment(2026, 1, 1, 0, 30, zone="Pacific/Kiritimati"), name="New Year")
    others = [a_workout(at=moment(year, 6, 1, 18, 0), name=str(year)) for year in (2024, 2025, 2026, 2027)]
    store.history.save_many([replace(w, finished_at=w.started_at) for w in [eve, day, *others]])
    names = [w.name for w in store.history.started_before(eve)]
    assert names == ["2024", "2025", "New Year"], "the Kiritimati workout, in next year's file, started first"
    assert [w.name for w in store.history.started_before(others[1])] == ["2024"]


@pytest.mark.parametrize("own_year_first", [True, False])
def test_a_workout_copied_into_another_years_file_is_deleted_for_good(data_dir, own_year_first):
    """A year file copied by hand under another year's name (or a sync's mix-up) holds the same workouts twice.
    They were listed once, but a delete took one copy out, of its own year's file, and the other came back at
    the next rebuild of the list. The rebuild now keeps each workout in its own year's file only."""
    store = open_store(data_dir)
    mine, other = dated(a_workout(), 2026), dated(a_workout(), 2026)
    store.history.save(mine)
    store.history.save(other)
    copy_year = 2027 if own_year_first else 2019  # read before or after the file of its own year
    (data_dir / f"history-{copy_year}.json").write_bytes((data_dir / "history-2026.json").read_bytes())
    store = open_store(data_dir)  # the year files changed: the list is rebuilt
    assert ids_in_index(data_dir) == {mine.id, other.id}
    assert store.history.delete(mine.id)
    for _ in range(2):
        (data_dir / f"history-{copy_year}.json").touch()  # a sync's touch, a backup restored: rebuilt again
        store = open_store(data_dir)
        store.history.rebuild_index_if_stale()
        assert ids_in_index(data_dir) == {other.id}, "the deleted workout came back"
        assert years_holding(data_dir, other.id).keys() == {2026}
    assert store.history.get(mine.id) is None
