"""Settings saved from two windows, and on a full disk: each save writes only what it changed, read fresh under
the lock, and a save the disk refuses is explained without losing anything (settings or sets)."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Select

from tui.app import make_app
from tui.screens.settings import SettingsScreen
from tui.store.open import open_store
from tests.app.disks import fill, make_room, mounted_tiny_disk
from tests.app.waiting import until


async def type_into(pilot, field: Input, text: str) -> None:
    field.focus()
    await pilot.pause()
    await pilot.press("end", *["backspace"] * len(field.value), *text)


async def test_a_stale_window_saving_units_keeps_the_rest_another_window_saved(data_dir, clock):
    window_b = make_app(open_store(data_dir), clock)  # opened first: it read rest 90
    async with window_b.run_test() as pilot:
        window_a = open_store(data_dir)  # window A saves rest 45
        window_a.settings.save(window_a.settings.get().changed(default_rest_s=45))
        await pilot.press("comma")
        await until(pilot, lambda: isinstance(window_b.screen, SettingsScreen))
        window_b.screen.query_one("#units", Select).value = "lb"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(window_b.screen, SettingsScreen))
        assert window_b.settings.default_rest_s == 45, "B now uses the rest A saved"
        # And says so: as it saves, or already before (it notices other windows' saves within a second).
        assert any(text in n.message for n in window_b._notifications for text in (
            "Changed in another window meanwhile, and used here now too: default rest.",
            "Settings changed in another window: default rest.")), "and says so"
    saved = open_store(data_dir).settings.get()
    assert (saved.units, saved.default_rest_s) == ("lb", 45)


async def test_a_theme_change_in_one_window_keeps_the_rest_saved_in_another(data_dir, clock):
    app = make_app(open_store(data_dir), clock)
    async with app.run_test() as pilot:
        window_a = open_store(data_dir)
        window_a.settings.save(window_a.settings.get().changed(default_rest_s=45))
        app.theme = "nord"
        await pilot.pause()
    saved = open_store(data_dir).settings.get()
    assert (saved.theme, saved.default_rest_s) == ("nord", 45)


@pytest.fixture
def tiny_disk(tmp_path):
    with mounted_tiny_disk(tmp_path / "tiny") as disk:
        yield disk


async def test_a_full_disk_during_a_settings_save_keeps_the_form_and_every_unsaved_set(tiny_disk, clock):
    data = tiny_disk / "data"
    app = make_app(open_store(data), clock)
    async with app.run_test() as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await pilot.pause()
        await pilot.press("space")
        await until(pilot, lambda: len(app.session.workout.sets) == 1)
        fill(tiny_disk)
        await pilot.press("s", "space")  # skip the rest, log a set: refused by the disk, kept in memory
        await until(pilot, lambda: len(app.session.workout.sets) == 2)
        before = (data / "runstrength.json").read_bytes() if (data / "runstrength.json").exists() else None
        await pilot.press("comma")
        await until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        await type_into(pilot, app.screen.query_one("#default-rest", Input), "45")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, SettingsScreen), "the form stays open to try again"
        assert any("the disk is full" in n.message for n in app._notifications)
        after = (data / "runstrength.json").read_bytes() if (data / "runstrength.json").exists() else None
        assert after == before
        make_room(tiny_disk)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, SettingsScreen))
        app.screen.tick()  # the workout screen retries its unsaved sets on its tick
        await until(pilot, lambda: len(open_store(data).workout.current().sets) == 2)
    assert open_store(data).settings.get().default_rest_s == 45
