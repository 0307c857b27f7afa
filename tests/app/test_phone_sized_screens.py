"""Every screen and modal on a phone's terminal (40x20), a little larger (60x30) and the smallest desktop one
(80x24, where History's tables still have every column: a long name pushed the volumes off it): nothing reaches
past the right edge and nothing needs sideways scrolling, whichever screen or dialog is up. Each case is what a
user does to get there, from the first screen."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.content import Content
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button, DataTable, Input

from tests.app.waiting import until
from tests.builders import a_set, a_workout, moment
from tui.app import make_app
from tui.domain.routines.editing import copy_routine
from tui.domain.settings import Settings
from tui.screens.day_workouts import DayWorkoutsScreen
from tui.screens.history import HistoryScreen
from tui.screens.set_editor import SetEditor
from tui.screens.settings import SettingsScreen
from tui.screens.too_small import TooSmallScreen
from tui.screens.workout import WorkoutScreen
from tui.screens.workout_detail import WorkoutDetailScreen
from tui.screens.workout_edit import EditWorkoutScreen
from tui.store.open import open_store
from tui.widgets.sets_table import SetsTable

OWN = "tuesday-core"
# The year heatmap scrolls sideways on purpose (53 weeks in 40 columns), inside a box that fits the screen.
SCROLLS_SIDEWAYS = {"heatmap"}


@pytest.fixture
def history(store):
    """Two finished workouts this week (one with a long name and a note), one routine of the user's."""
    store.settings.save(Settings(time_zone="Europe/Paris"))
    plans = [((2026, 11, 17, 18, 0), "Ab workout for runners", [("crunch", 22, None, None), ("plank", None, 40, None)]),
             ((2026, 11, 19, 7, 15), "Upper-back trio with the long band and the heavy dumbbells",
              [("band-row", 12, None, None), ("dumbbell-row", 10, None, 12.0)])]
    for when, name, exercises in plans:
        start = moment(*when)
        sets = tuple(replace(a_set(exercise, at=start, reps=reps), hold_s=hold, load=load, rpe=8.5,
                             note="felt strong, kept the elbows in")
                     for exercise, reps, hold, load in exercises for _ in range(2))
        store.history.save(replace(a_workout(at=start, name=name), sets=sets, finished_at=start))
    return store


def app_with_own_routine(store, clock):
    app = make_app(store, clock)
    shipped = app.catalogue.routines["runner-ab-workout"]
    store.routines.save(copy_routine(shipped, set(app.catalogue.routines), ())._replace(id=OWN, name="Tuesday core"))
    return app


def on_own_routine(app) -> None:
    app.screen.query_one("#routine-list").highlight_id(f"own:{OWN}")


def start_workout(app) -> None:
    app.start_workout(app.catalogue.routines["four-upper-body-exercises"])


def rest_over(app) -> None:
    app.clock.advance(seconds=90)
    app.screen.tick()


# What the user does, from the Routines screen, to reach each screen or modal: keys, or a callable for a step
# that is not a key.
JOURNEYS = {
    "routines list": [],
    "routine on its own view": ["enter"],
    "exercise of a routine": ["l", "enter"],
    "catalogue exercise": ["b", "enter"],
    "search": ["slash", *"plank"],
    "equipment picker": ["g"],
    "focus choice": ["o"],
    "time choice": ["t"],
    "routine editor": [on_own_routine, "e"],
    "exercise picker": [on_own_routine, "e", "a", *"row"],
    "entry editor": [on_own_routine, "e", "enter"],
    "delete routine question": [on_own_routine, "d"],
    "workout in a set": [start_workout],
    "workout resting": [start_workout, "space"],
    "rest run over": [start_workout, "space", lambda app: rest_over(app)],
    "in a hold": [lambda app: app.start_workout(app.catalogue.routines["post-workout-stretch"]), "space"],
    "set editor": [start_workout, "e"],
    "finish question": [start_workout, "space", "f"],
    "workout summary": [start_workout, "space", "f", "y"],
    "no workout": ["2"],
    "calendar": ["3"],
    "calendar day": ["3", "left", "left", "left", "enter"],
    "history list": ["4"],
    "workout detail": ["4", "enter"],
    "edit workout": ["4", "e"],
    "add workout": ["4", "a"],
    "delete workout question": ["4", "d"],
    "progress charts": ["4", "g"],
    "records": ["4", "r"],
    "settings": ["comma"],
    "key help": ["question_mark"],
    "key help on the calendar": ["3", "question_mark"],
    "command palette": ["ctrl+p"],
    "export path": ["ctrl+p", *"export all data", "enter"],
}


async def walk(app, pilot, journey: str) -> None:
    """From the Routines screen to the journey's screen or modal, a step at a time."""
    await pilot.pause()
    for step in JOURNEYS[journey]:
        if callable(step):
            step(app)
        else:
            await pilot.press(step)
        await pilot.pause()


def past_the_edge(app) -> list[str]:
    """Every shown widget that reaches past the screen's right edge, every one that scrolls sideways, and every
    button too narrow for its label (it wraps it, or loses its end: "Keep going (n)" lost its key)."""
    width = app.size.width
    screen = app.screen
    found = [f"{screen!r} scrolls sideways"] if screen.show_horizontal_scrollbar else []
    for widget in screen.walk_children(Widget):
        region = widget.region  # empty when the widget, or a container around it, is not shown
        if not region.width or not widget.visible or any(node.id in SCROLLS_SIDEWAYS for node in widget.ancestors):
            continue
        if region.x < 0 or region.right > width:
            found.append(f"{widget!r} spans columns {region.x}-{region.right}")
        if widget.show_horizontal_scrollbar and widget.id not in SCROLLS_SIDEWAYS and not isinstance(widget, Input):
            found.append(f"{widget!r} scrolls sideways")  # (a text field's own line scrolls, as in any field)
        if isinstance(widget, (Button, Input)) and not reachable(widget):
            found.append(f"{widget!r} is cut off and nothing scrolls to it")
        if isinstance(widget, Button) and widget.content_size.width < label_width(widget):
            found.append(f"{widget!r} has {widget.content_size.width} columns for its label {widget.label!r}")
    return found


def label_width(button: Button) -> int:
    """The columns a button's label takes on one line, with the room Textual keeps at either end of it."""
    return Content.from_text(button.label).cell_length + 2 * button.styles.line_pad


def reachable(widget: Widget) -> bool:
    """Inside every container around it, or inside one that scrolls up and down to it."""
    for container in widget.ancestors:
        region = container.region if isinstance(container, Widget) else None
        if region and not region.contains_region(widget.region):  # (a container on a layer of its own has none)
            return container.allow_vertical_scroll
    return True


@pytest.mark.parametrize("size", [(40, 20), (60, 30), (80, 24)], ids=["40x20", "60x30", "80x24"])
@pytest.mark.parametrize("journey", JOURNEYS)
async def test_every_screen_and_modal_fits_the_width(history, clock, journey, size):
    app = app_with_own_routine(history, clock)
    async with app.run_test(size=size) as pilot:
        await walk(app, pilot, journey)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, TooSmallScreen)
        await until(pilot, lambda: app.screen.is_mounted)
        assert past_the_edge(app) == [], type(app.screen).__name__


@pytest.mark.parametrize("journey", JOURNEYS)
async def test_every_screen_and_modal_takes_the_moving_keys_beside_the_key_help_at_40x20(history, clock, journey):
    """Beside the keys panel a phone's 40 columns squeeze a list to nothing: page down on Routines crashed the app
    (Textual had laid out no lines for it to page through)."""
    app = app_with_own_routine(history, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await walk(app, pilot, journey)
        await pilot.press("question_mark", "pagedown", "pagedown", "end", "pageup", "home", "down", "up")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running and app.return_code is None


SIZES = pytest.mark.parametrize("size", [(40, 20), (60, 30)], ids=["40x20", "60x30"])


@SIZES
async def test_a_set_is_logged_by_a_tap_on_the_workout_screen(store, clock, size, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        start_workout(app)
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await pilot.pause()
        await pilot.click("#tap-log_set")
        await until(pilot, lambda: app.session.rest is not None)
        assert len(open_store(data_dir).workout.current().sets) == 1


@SIZES
async def test_a_days_workouts_are_listed_from_the_calendar_and_one_opens(history, clock, size):
    app = make_app(history, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("3", "left", "left", "left", "enter")  # Tue 17 Nov
        await until(pilot, lambda: isinstance(app.screen, DayWorkoutsScreen))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        assert app.screen.workout.name == "Ab workout for runners"


@SIZES
async def test_a_tap_on_a_past_workout_marks_it_and_a_second_tap_opens_it(history, clock, size):
    app = make_app(history, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen) and app.screen.summaries)
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#history-list", DataTable)
        second_row = sum(table.rows[key].height for key in list(table.rows)[:1]) + 1  # under the header
        await pilot.click("#history-list", offset=(3, second_row))  # a first tap puts the cursor on it
        await until(pilot, lambda: table.cursor_row == 1)
        await pilot.click("#history-list", offset=(3, second_row))  # a second opens it
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        assert app.screen.workout.name == "Ab workout for runners", "the older of the two, listed second"


@SIZES
async def test_settings_are_changed_and_saved_by_taps(store, clock, size, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("comma")
        await until(pilot, lambda: isinstance(app.screen, SettingsScreen))
        app.screen.query_one("#default-rest", Input).value = "75"
        await pilot.click("#settings-save")
        await until(pilot, lambda: not isinstance(app.screen, SettingsScreen))
        assert open_store(data_dir).settings.get().default_rest_s == 75


@SIZES
async def test_a_past_workouts_sets_show_whole_after_one_is_changed(history, clock, size):
    """The sets' column kept the width of its title ("Set") after a set was changed: "Upp", "er-" down the screen."""
    app = make_app(history, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen) and app.screen.summaries)
        await app.workers.wait_for_complete()
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
        form = app.screen
        table = form.query_one("#form-sets", DataTable)
        form.set_focus(table)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, SetEditor))
        await pilot.press(*"11", "ctrl+s")  # focusing the reps selected them: typing replaces them
        await until(pilot, lambda: app.screen is form)
        await pilot.pause()

        def shown() -> str:
            return "\n".join(strip.text for strip in table.render_lines(Region(0, 0, *table.size)))

        await until(pilot, lambda: "11 reps" in shown())
        assert "Band row" in shown(), shown()


async def newest_workouts_sets(pilot, rows: int) -> DataTable:
    """History, then the newest workout's page: its table of sets, once it has `rows` rows."""
    app = pilot.app
    await pilot.press("4")
    await until(pilot, lambda: isinstance(app.screen, HistoryScreen) and app.screen.summaries)
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
    table = app.screen.query_one("#detail-sets", DataTable)
    await until(pilot, lambda: table.row_count == rows)
    await pilot.pause()
    return table


async def test_a_past_workouts_page_draws_its_sets_at_its_width_from_the_first_frame(store, clock, monkeypatch):
    """At 40x20 a workout's page first showed every set wrapped in a column ten cells wide ("Overhead" over
    "press"), drawn before the table had a width, then drew it again at its width."""
    start = moment(2026, 11, 19, 7, 15)
    sets = tuple(replace(a_set("overhead-press", at=start, reps=10), load=30.0, rpe=8.0) for _ in range(3))
    store.history.save(replace(a_workout(at=start, name="Presses"), sets=sets, finished_at=start))
    drawn: list[str] = []
    add_row = SetsTable.add_row

    def drawing(table, *cells, **options):
        drawn.append(" | ".join(str(cell) for cell in cells))
        return add_row(table, *cells, **options)

    monkeypatch.setattr(SetsTable, "add_row", drawing)
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await newest_workouts_sets(pilot, rows=3)
        assert drawn and all("Overhead press" in row for row in drawn if "Overhead" in row), drawn
        assert any("10 reps · 30 kg · RPE 8" in row for row in drawn), drawn


async def test_a_past_workouts_sets_read_whole_on_a_phone_superset_included(store, clock):
    """At 40x20 a set's line was cut with an ellipsis ("27 reps · +5 lb · red+green ·…": the RPE and the note lost),
    and its superset letter was not shown at all."""
    start = moment(2026, 11, 19, 7, 15)
    sets = (replace(a_set("band-row", at=start, reps=27), bands=("red", "green"), rpe=8.5, superset=0,
                    note="slow on the way back, elbows in"),
            replace(a_set("push-up", at=start, reps=20), superset=0))
    store.history.save(replace(a_workout(at=start, name="Pairs"), sets=sets, finished_at=start))
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        table = await newest_workouts_sets(pilot, rows=2)
        shown = "\n".join(strip.text for strip in table.render_lines(Region(0, 0, *table.size)))
        assert "…" not in shown, shown
        flat = " ".join(shown.split())
        for words in ("Band row · superset A", "27 reps", "red+green", "RPE 8.5", "slow on the way back, elbows in",
                      "Push-up · superset A"):
            assert words in flat, (words, shown)


@pytest.mark.parametrize("size", [(40, 20), (80, 24)], ids=["40x20", "80x24"])
async def test_a_past_workouts_sets_keep_most_of_a_short_screen(store, clock, size):
    """At 40x20 two of a workout's sets were in view, under ten lines of its breakdown and records."""
    start = moment(2026, 11, 19, 7, 15)
    exercises = ("bench-press", "overhead-press", "pull-up", "barbell-row", "push-up")
    sets = tuple(replace(a_set(exercise, at=start, reps=10 + number), load=40.0 if exercise != "push-up" else None)
                 for exercise in exercises for number in range(3))
    store.history.save(replace(a_workout(at=start, name="Gym upper-body session"), sets=sets, finished_at=start))
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen) and app.screen.summaries)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await pilot.pause()
        table, summary = app.screen.query_one("#detail-sets", DataTable), app.screen.query_one("#detail-summary")
        assert table.size.height > summary.size.height, "the sets first; the breakdown scrolls under them"


async def test_a_past_workouts_sets_name_each_exercise_once_on_a_phone(store, clock):
    """At 40x20 every set took two lines, its exercise's name over its values: four sets of a workout in view."""
    start = moment(2026, 11, 19, 7, 15)
    sets = tuple(replace(a_set(exercise, at=start, reps=10 + number), load=40.0)
                 for exercise in ("bench-press", "overhead-press") for number in range(3))
    store.history.save(replace(a_workout(at=start, name="Gym upper-body session"), sets=sets, finished_at=start))
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        table = await newest_workouts_sets(pilot, rows=6)
        shown = [strip.text.rstrip() for strip in table.render_lines(Region(0, 1, table.size.width, 8))]
        assert [" ".join(line.split()) for line in shown] == [
            "1 Bench press", "10 reps · 40 kg", "2 11 reps · 40 kg", "3 12 reps · 40 kg",
            "4 Overhead press", "10 reps · 40 kg", "5 11 reps · 40 kg", "6 12 reps · 40 kg"], shown


def clipped(widget: Widget) -> bool:
    """Cut off by a container around it (its border, or the edge its content scrolls under): out of view until
    it is scrolled to."""
    return any(isinstance(container, Widget) and container.region
               and not container.scrollable_content_region.contains_region(widget.region)
               for container in widget.ancestors)


# Each form as a user opens it, the keys that fill every field it has with something refused, and the words that
# end its message: the reasons grow taller than a phone's screen has room for under the fields.
REFUSED_FORMS = {
    "settings": (["comma"], ["tab", "ctrl+u", *"ninety", "tab", "tab", "tab", "ctrl+u", *"Mars/Olympus"],
                 "like Europe/Paris."),
    # A superman's: reps, load, unit, bands, RPE, type (it has no side).
    "set form": (["e"], ["ctrl+u", *"0", "tab", *"abc", "tab", *"zz", "tab", *"Q", "tab", *"11", "tab", "X"],
                 "or empty."),
}


@pytest.mark.parametrize("size", [(40, 20), (40, 18)], ids=["40x20", "40x18"])
@pytest.mark.parametrize("form", REFUSED_FORMS)
async def test_a_refused_forms_reasons_and_buttons_stay_in_view_on_a_phone(store, clock, form, size):
    opening, typing, last_words = REFUSED_FORMS[form]
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        if form == "set form":
            start_workout(app)
            await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await pilot.press(*opening)
        await until(pilot, lambda: app.screen.focused is not None and app.screen.focused.id in ("units", "count"))
        await pilot.press(*typing, "ctrl+s")
        message = app.screen.query_one("#settings-error" if form == "settings" else "#set-editor-error")
        await until(pilot, lambda: last_words in str(message.render()))
        await pilot.pause()
        shown = [widget for widget in (message, *app.screen.query(Button)) if widget.region]
        assert [widget for widget in shown if clipped(widget)] == []
        buttons = {"settings": 2, "set form": 3}[form]  # Save, Cancel; Use these values, Log set, Cancel
        assert len(shown) == 1 + buttons, "the message and every button are on the screen"
        assert isinstance(app.screen.focused, Input) and not clipped(app.screen.focused), "the first field at fault"
