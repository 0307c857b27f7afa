"""The Settings modal: opened with `,` or the command palette; bad values refused with a message and nothing
saved; good values saved and applied at once (theme, calendar)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from textual.command import CommandPalette
from textual.widgets import Input, Label, Select

from tests.app.waiting import until
from tests.builders import a_streak_begun_in_2025, a_workout, moment
from tui.app import make_app
from tui.domain.settings import Settings
from tui.screens.calendar import CalendarScreen
from tui.screens.confirm import ConfirmScreen
from tui.screens.pickers import ExercisePickerScreen
from tui.screens.settings import SettingsScreen
from tui.screens.workout import WorkoutScreen
from tui.store.open import open_store
from tui.widgets.month_grid import MonthGrid
from tui.widgets.streak_panel import StreakPanel


async def open_settings(app, pilot) -> SettingsScreen:
    await pilot.press("comma")
    await pilot.pause()
    assert isinstance(app.screen, SettingsScreen)
    return app.screen


async def test_comma_opens_the_settings_with_the_current_values(store, clock):
    store.settings.save(Settings(default_rest_s=75, time_zone="Asia/Tokyo", weekly_target=3))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_settings(app, pilot)
        assert modal.query_one("#default-rest", Input).value == "75"
        assert modal.query_one("#time-zone", Input).value == "Asia/Tokyo"
        assert modal.query_one("#weekly-target", Select).value == 3
        assert modal.query_one("#first-weekday", Select).value == "monday"
        await pilot.press("escape")
        assert not isinstance(app.screen, SettingsScreen)


async def test_the_command_palette_offers_the_settings(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"settings", "enter")  # enter waits for the search of what was typed
        await until(pilot, lambda: isinstance(app.screen, SettingsScreen))


async def test_an_invalid_value_is_refused_with_a_message_and_nothing_is_saved(data_dir, clock):
    store = open_store(data_dir)
    store.settings.save(Settings(time_zone="Europe/Paris"))
    before = store.data.main_path.read_bytes()
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_settings(app, pilot)
        modal.query_one("#default-rest", Input).value = "ninety"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        assert str(modal.query_one("#settings-error").render()) == (
            "Default rest must be a whole number of seconds from 0 to 3600 (or minutes and seconds, such as 1:30), "
            "not 'ninety'."
        )
        modal.query_one("#default-rest", Input).value = "90"
        modal.query_one("#time-zone", Input).value = "Europe/Atlantis"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "'Europe/Atlantis' is not a time zone name" in str(modal.query_one("#settings-error").render())
        assert modal.focused is modal.query_one("#time-zone")
        await pilot.press("escape")
    assert store.data.main_path.read_bytes() == before
    assert app.settings == Settings(time_zone="Europe/Paris")


async def test_every_wrong_field_is_reported_at_once_and_the_cursor_goes_to_the_first(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_settings(app, pilot)
        modal.query_one("#default-rest", Input).value = "ninety"
        modal.query_one("#time-zone", Input).value = "Europe/Atlantis"
        modal.query_one("#time-zone", Input).focus()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert str(modal.query_one("#settings-error").render()).splitlines() == [
            "Default rest must be a whole number of seconds from 0 to 3600 (or minutes and seconds, such as 1:30), "
            "not 'ninety'.",
            "'Europe/Atlantis' is not a time zone name like Europe/Paris.",
        ]
        assert modal.focused is modal.query_one("#default-rest")


async def test_a_valid_change_is_saved_and_applied_at_once(data_dir, clock):
    store = open_store(data_dir)
    store.settings.save(Settings(time_zone="Europe/Paris"))
    # Sunday 15 and Tuesday 17 Nov: one Monday-week each, one Sunday-week together.
    for day in (15, 17):
        workout = a_workout(at=moment(2026, 11, day, 18, 0), sets=4)
        store.history.save(replace(workout, finished_at=workout.started_at))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        assert isinstance(app.screen, CalendarScreen)
        assert "1 of 2 - 1 more by Sunday" in str(app.screen.query_one(StreakPanel).render())
        modal = await open_settings(app, pilot)
        modal.query_one("#first-weekday", Select).value = "sunday"
        modal.query_one("#default-rest", Input).value = "120"
        modal.query_one("#theme", Select).value = "nord"
        modal.query_one("#bell", Select).value = False
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, CalendarScreen)
        # Applied: the app's settings, the theme, and the calendar recomputed with Sunday weeks.
        assert app.settings.first_weekday == "sunday" and app.settings.default_rest_s == 120
        assert app.theme == "nord"
        panel = str(app.screen.query_one(StreakPanel).render())
        assert "2 of 2 - this week counts" in panel and "Current streak  1 week" in panel
        assert str(app.screen.query_one(MonthGrid).render()).startswith("Su Mo Tu We Th Fr Sa")
    saved = open_store(data_dir).settings.get()
    assert (saved.first_weekday, saved.default_rest_s, saved.theme, saved.bell) == ("sunday", 120, "nord", False)


async def test_saving_unchanged_settings_writes_nothing(data_dir, clock):
    store = open_store(data_dir)
    store.settings.save(Settings(time_zone="Europe/Paris"))
    before = store.data.main_path.stat().st_mtime_ns
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_settings(app, pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsScreen)
    assert store.data.main_path.stat().st_mtime_ns == before


async def test_a_refusals_reasons_follow_what_is_typed_until_none_is_left(store, clock):
    """ "Default rest must be ... not '[red]60'" stayed under the field put right, until the next save."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        modal = await open_settings(app, pilot)
        modal.query_one("#time-zone", Input).value = "Europe/Atlantis"
        rest = modal.query_one("#default-rest", Input)
        rest.focus()
        await pilot.press("end", "ctrl+u", *"[red]60", "ctrl+s")

        def error() -> list[str]:
            return str(modal.query_one("#settings-error").render()).splitlines()

        await until(pilot, lambda: len(error()) == 2)
        await pilot.press(*"60")  # the refused text was selected: typing replaces it
        await until(pilot, lambda: error() == ["'Europe/Atlantis' is not a time zone name like Europe/Paris."])
        modal.query_one("#time-zone", Input).value = "Europe/Paris"
        await until(pilot, lambda: error() == [])
        assert isinstance(app.screen, SettingsScreen), "nothing saved until asked"


async def test_what_is_typed_after_a_refused_save_replaces_the_value_refused(data_dir, clock):
    """The cursor stayed at the end of the field it was already in: "ninety" refused, then "90" typed, read
    "ninety90", refused again."""
    store = open_store(data_dir)
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await open_settings(app, pilot)
        rest = modal.query_one("#default-rest", Input)
        rest.focus()
        await pilot.press("end", "ctrl+u", *"ninety", "ctrl+s")
        await until(pilot, lambda: "not 'ninety'" in str(modal.query_one("#settings-error").render()))
        await pilot.press("9", "0", "ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, SettingsScreen))
    assert open_store(data_dir).settings.get().default_rest_s == 90


async def test_on_a_phone_the_focused_fields_hint_shows_under_the_fields(store, clock):
    """At 40 columns the hints beside the fields had no room: "Default rest 90" said nothing of seconds, and
    "Holds run on" nothing of what it does."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        screen = await open_settings(app, pilot)
        line = screen.query_one("#settings-focused-hint", Label)
        for field_id, hint in (("default-rest", "Default rest: seconds, 0-3600"),
                               ("auto-holds", "Holds run on: starts next hold"), ("units", "Units: for new loads"),
                               ("theme", "")):
            screen.query_one(f"#{field_id}").focus()
            await until(pilot, lambda hint=hint: line.content == hint)
            assert line.region.height == 1 and screen.region.contains_region(line.region), "not on the screen"
            assert all(not beside.display for beside in screen.query(".settings-hint")), "no room beside the fields"
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:  # where the hints stand beside their fields
        screen = await open_settings(app, pilot)
        assert not screen.query_one("#settings-focused-hint").display


async def test_each_setting_that_counts_past_workouts_again_says_so(store, clock):
    """Setting the day to roll over at 04:00 moved a workout at 00:05 to the day before, and a four-week streak
    was gone without a word: only the weekly target said it counted past weeks again."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_settings(app, pilot)
        for field_id, hint in (("weekly-target", "past weeks too"), ("first-weekday", "past weeks too"),
                               ("rollover-hour", "past days too")):
            row = screen.query_one(f"#{field_id}").parent
            assert [str(label.content) for label in row.query(".settings-hint")] == [hint]


async def test_escape_on_changed_settings_asks_before_throwing_them_away(data_dir, clock):
    """Escape closed the form at once, a default rest typed in gone without a word, where every other form asks."""
    store = open_store(data_dir)
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        modal = await open_settings(app, pilot)
        await pilot.press("escape")  # nothing changed: closed at once
        await until(pilot, lambda: not isinstance(app.screen, SettingsScreen))
        modal = await open_settings(app, pilot)
        modal.query_one("#default-rest", Input).focus()
        await pilot.press("end", "ctrl+u", *"45", "escape")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("n")  # keep editing: the form as it was
        await until(pilot, lambda: app.screen is modal)
        assert modal.query_one("#default-rest", Input).value == "45"
        await pilot.press("escape", "y")
        await until(pilot, lambda: not isinstance(app.screen, (SettingsScreen, ConfirmScreen)))
    assert open_store(data_dir).settings.get().default_rest_s == Settings().default_rest_s


async def test_a_default_rest_changed_mid_workout_reaches_the_rests_left_blank(data_dir, clock):
    """The workout kept the default rest it started with: "then rest 90 s" after the setting said 20."""
    store = open_store(data_dir)
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_workout(None)  # an empty workout: its exercises have no rest of their own
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen))
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"push-up", "enter")

        def target() -> str:
            return str(app.screen.query_one("#workout-target").render())

        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and "then rest 90 s" in target())
        modal = await open_settings(app, pilot)
        modal.query_one("#default-rest", Input).value = "20"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and "then rest 20 s" in target())
    assert open_store(data_dir).workout.current().progress["default_rest_s"] == 20


async def test_a_setting_changed_by_hand_to_a_bad_value_is_said_and_the_others_are_kept(data_dir, clock):
    """weekly_target 0 typed into runstrength.json set every setting back to its default, unsaid, and the next
    save of any setting wrote those defaults over the user's (their 120 s rest became 90)."""
    import json

    store = open_store(data_dir)
    store.settings.save(Settings(time_zone="America/New_York", default_rest_s=120))
    main = data_dir / "runstrength.json"
    data = json.loads(main.read_text())
    data["settings"]["1"]["weekly_target"] = 0
    data["settings"]["1"]["theme"] = "no-such-theme"  # the app's to know: said too
    main.write_text(json.dumps(data))
    app = make_app(open_store(data_dir), clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: any("The saved weekly target, theme in runstrength.json could not be used"
                                       in str(note.message)
                                       for note in app._notifications))
        assert (app.settings.default_rest_s, app.settings.time_zone) == (120, "America/New_York")
        modal = await open_settings(app, pilot)
        assert modal.query_one("#default-rest", Input).value == "120"
        modal.query_one("#first-weekday", Select).value = "sunday"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: not isinstance(app.screen, SettingsScreen))
    saved = open_store(data_dir).settings.get()
    assert (saved.default_rest_s, saved.time_zone, saved.first_weekday) == (120, "America/New_York", "sunday")


@pytest.mark.parametrize(("others", "kept_off"), [
    ((date(2026, 9, 7), date(2026, 9, 14), date(2026, 9, 21), date(2026, 9, 28)), "Mon 09 Nov 2026"),
    ((date(2026, 11, 23), date(2026, 11, 30), date(2026, 12, 7), date(2026, 12, 14)), "Mon 14 Dec 2026"),
], ids=["its own freeze stays off", "a later freeze goes"])
async def test_a_weekly_target_raised_says_which_freeze_it_keeps_off(data_dir, clock, others, kept_off):
    """The week of 9 Nov frozen, then done twice (its freeze handed back), then four other weeks frozen: a target
    of 3 made it stop counting, and its freeze, or a later one, went off with only "Settings saved."."""
    store = open_store(data_dir)
    a_streak_begun_in_2025(store)
    store.freezes.freeze(date(2026, 11, 9), "monday")
    for day in (10, 12):
        workout = a_workout(at=moment(2026, 11, day, 18, 0), sets=3)
        store.history.save(replace(workout, finished_at=workout.started_at))
    for day in others:
        store.freezes.freeze(day, "monday", {date(2026, 11, 9).toordinal()})
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        modal = await open_settings(app, pilot)
        modal.query_one("#weekly-target", Select).value = 3
        await pilot.press("ctrl+s")
        await until(pilot, lambda: any("Settings saved." in str(n.message) for n in app._notifications))
        said = " ".join(str(n.message) for n in app._notifications)
        assert f"The freeze you set on the week of {kept_off} stays off now" in said
        # Then the week made to start on Sunday: that freeze was off already, and the same week starts a day
        # earlier ("the week of Sun 08 Nov 2026 stays off now" was said of it).
        app._notifications.clear()
        modal = await open_settings(app, pilot)
        modal.query_one("#first-weekday", Select).value = "sunday"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: any("Settings saved." in str(n.message) for n in app._notifications))
        assert "stays off" not in " ".join(str(n.message) for n in app._notifications)
