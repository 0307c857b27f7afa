"""The kept record history gives a past workout's page its records at the time, as a scan of every earlier
workout gives them (tests/store/test_kept_records.py checks each page against that scan, through finishes,
edits, deletes and imports): here, that it is kept with the history, without a rebuild where none is needed."""

from __future__ import annotations

from dataclasses import replace

from tests.store.test_kept_records import BODYWEIGHT, assert_same_records_as_a_full_scan, finished, generated  # noqa: F401
from tui.domain.progress.record_bests import UNITS
from tui.domain.progress.record_history import records_at_the_time
from tui.store.kept_record_history import RECORD_HISTORY
from tui.store.open import open_store


def kept_current(data_dir) -> bool:
    return RECORD_HISTORY.read_current(data_dir) is not None


def test_every_workouts_records_at_the_time_are_kept_with_the_history(data_dir, generated):  # noqa: F811
    """A past workout's page measured it against every earlier workout: a second at ten years. The few best values
    kept for the finish said for 61 of a ten-year history's newest 100 workouts; the record history says for all."""
    store = open_store(data_dir)
    store.history.save_many(generated)
    assert kept_current(data_dir), "written with the history: no page has to rebuild it"
    history = store.history.record_history()
    said = [records_at_the_time(workout, history, units, BODYWEIGHT) for workout in store.history.all()
            for units in UNITS]
    assert None not in said
    assert sum(map(bool, said)) > len(said) / 10, "and many set records"


def test_a_finish_an_edit_and_a_delete_of_the_newest_workout_are_taken_in(data_dir, generated):  # noqa: F811
    """The newest workout, the one most often put right, leaves no later value to become a record in its place."""
    store = open_store(data_dir)
    store.history.save_many(generated[:60])
    newest = finished(replace(generated[60], sets=tuple(
        replace(s, reps=(s.reps or 0) + 5, load=s.load and s.load * 2) for s in generated[60].sets)))
    store.history.save(newest)
    assert kept_current(data_dir)
    assert records_at_the_time(newest, store.history.record_history(), "kg", BODYWEIGHT), "more reps, twice the load"
    store.history.save(replace(newest, sets=newest.sets[:1]))
    assert kept_current(data_dir), "an edit of the newest"
    store.history.delete(newest.id)
    assert kept_current(data_dir), "a delete of the newest"
    assert_same_records_as_a_full_scan(store)


def test_a_delete_of_an_older_record_is_rebuilt_when_next_read(data_dir, generated):  # noqa: F811
    """Which later value becomes a record in its place only the year files know."""
    store = open_store(data_dir)
    store.history.save_many(generated[:60])
    history = store.history.record_history()
    setter = next(w for w in list(store.history.all())[20:40] if records_at_the_time(w, history, "kg", BODYWEIGHT))
    store.history.delete(setter.id)
    assert not kept_current(data_dir)
    assert_same_records_as_a_full_scan(store)
    assert kept_current(data_dir), "rebuilt as read, and written"


def test_the_only_workout_of_an_exercise_deleted_or_edited_leaves_it_out(data_dir, generated):  # noqa: F811
    """Its records were the only values of their kinds: the kinds go with them (a list of no records was left,
    and the next workout of that exercise crashed the store as it was added)."""
    store = open_store(data_dir)
    store.history.save_many(generated[:20])
    once = finished(replace(generated[20], sets=tuple(replace(s, exercise_id="custom:sled-push")
                                                      for s in generated[20].sets[:2])))
    store.history.save(once)
    store.history.save(replace(once, sets=once.sets[:1]))
    store.history.delete(once.id)
    assert kept_current(data_dir) and "custom:sled-push" not in store.history.record_history()["kg"]
    store.history.save(replace(once, id="again"))
    assert kept_current(data_dir)
    assert_same_records_as_a_full_scan(store)
