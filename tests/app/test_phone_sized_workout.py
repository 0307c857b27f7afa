"""The workout on a phone's terminal (40x20, taps are clicks): every loop action has a tap target, the layout
follows the width, and a resize in the middle of a rest changes nothing but the layout."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.binding import Binding
from textual.color import Color
from textual.geometry import Region
from textual.widgets import OptionList

from tests.app.test_user_keymap import drawn, screen_text
from tests.app.test_workout_loop import form_shown, open_set_form, type_into
from tests.app.waiting import until
from tests.builders import a_set, a_workout, moment
from tui.app import make_app
from tui.screens.confirm import ConfirmScreen
from tui.screens.pickers import ExercisePickerScreen
from tui.screens.set_editor import SetForm
from tui.screens.too_small import TooSmallScreen
from tui.screens.workout import WorkoutScreen
from tui.screens.workout_summary import SummaryScreen
from tui.store.open import open_store
from tui.widgets.countdown import CountdownHead
from tui.widgets.footer import Footer
from tui.widgets.plain import say
from tui.widgets.workout_sets import WorkoutSets

FOUR_MOVES = "four-upper-body-exercises"


async def started(app, pilot) -> None:
    app.start_workout(app.catalogue.routines[FOUR_MOVES])
    await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
    await pilot.pause()


def done_last_week(store) -> None:
    """Last week's supermans, three sets each with a load and an RPE: at 40 columns "Last time" takes three lines,
    the advice and "space logs" two each."""
    start = moment(2026, 11, 13, 18, 0)
    sets = tuple(a_set("superman", at=start, reps=reps, load=2.5, unit="kg", rpe=8.5) for reps in (13, 11, 13))
    store.history.save_many([replace(a_workout(at=start, name="Last week"), finished_at=start, sets=sets)])


# A phone held upright, and on its side (its 18 rows were refused: "runstrength needs 40x20").
PHONES = pytest.mark.parametrize("size", [(40, 20), (40, 18), (90, 18)], ids=["40x20", "40x18", "90x18"])


@PHONES
@pytest.mark.parametrize("last_time", [False, True], ids=["first time", "with last time's sets"])
async def test_a_workout_by_taps_alone_on_a_phone(store, clock, data_dir, last_time, size):
    """Every tap target stays on screen, however many lines last time's sets and the advice take above them (they
    pushed the targets off a phone's 20 rows: no way to skip or finish but the keys, which the footer had no room
    to name)."""
    if last_time:
        done_last_week(store)
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await started(app, pilot)
        assert not isinstance(app.screen, TooSmallScreen)
        if last_time:
            assert "Last time: 13 reps" in screen_text(app)
        shown = app.screen.find_widget
        for button in app.screen.query("#workout-buttons Button"):
            assert shown(button).visible_region == button.region, f"{button.label} is cut off: {screen_text(app)}"
        await pilot.click("#tap-log_set")
        assert len(open_store(data_dir).workout.current().sets) == 1
        named = "" if size[0] < 60 else "runstrength · "  # at 40 columns the app's name would push the time out
        assert app.title == f"{named}Rest 1:00"
        await pilot.click("#tap-rest_longer")
        assert app.title == f"{named}Rest 1:15"
        await pilot.click("#tap-rest_shorter")
        await pilot.click("#tap-skip_rest")
        assert app.session.rest is None
        await pilot.click("#tap-next_exercise")
        assert app.session.current_slot.exercise_id == "pull-up"
        await pilot.click("#tap-previous_exercise")
        assert app.session.current_slot.exercise_id == "superman"
        await pilot.click("#tap-edit")
        await until(pilot, lambda: form_shown(app))
        await pilot.click("#save")
        await until(pilot, lambda: not form_shown(app))
        await pilot.click("#tap-finish")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.click("#yes")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
    assert len(list(open_store(data_dir).history.all())) == (2 if last_time else 1)


async def finished_after(app, pilot, sets: int) -> None:
    """A workout started, `sets` sets logged (each rest skipped), finished with `f y`; its records shown."""
    await started(app, pilot)
    for _ in range(sets):
        await pilot.press("space", "s")
    await pilot.press("f")
    await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
    await pilot.press("y")
    await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
    await until(pilot, lambda: "looking through" not in str(app.screen.query_one("#summary-records").render()))


async def test_the_whole_summary_is_reached_with_the_keys_at_40x20(store, clock):
    """The summary is taller than a phone's screen, and its box takes no focus: its records and its Close button
    could not be reached from the keyboard."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await finished_after(app, pilot, sets=4)
        assert "Pull-up: most reps" not in screen_text(app)  # the last of the records, below the screen
        await pilot.press("end")
        await until(pilot, lambda: "Pull-up: most reps" in screen_text(app))
        assert app.screen.query_one(".dialog").scroll_y == app.screen.query_one(".dialog").max_scroll_y  # Close too
        await pilot.press("home")
        await until(pilot, lambda: "Finished: " in screen_text(app))
        await pilot.press("pagedown", "down")
        await until(pilot, lambda: "Finished: " not in screen_text(app))


async def test_every_key_of_the_set_form_is_on_the_footer_at_40_columns(store, clock):
    """On a phone the form's footer read "esc Cancel ^s Use these values": ctrl+l, Log set, had no room."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot)
        await open_set_form(pilot)
        footer = app.screen.query_one(Footer).render().plain
        shown = [binding for binding in SetForm.BINDINGS if isinstance(binding, Binding) and binding.show]
        assert len(shown) == 3
        for binding in shown:
            assert f"{app.get_key_display(binding)} {binding.description}" in footer


async def test_a_tap_on_a_row_makes_that_set_the_next_one(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot)
        plan = app.screen.query_one(WorkoutSets)
        lines = [plan.render_line(y).text for y in range(plan.size.height)]
        row = next(y for y, line in enumerate(lines) if "Set 3: 12-15 reps" in line)  # as drawn, wrapping and all
        await pilot.click("#workout-plan", offset=(8, row))
        assert app.session.current_slot.set_number == 3


@pytest.mark.parametrize("key", ["enter", "down", "end"])
async def test_after_a_tap_the_keys_still_drive_the_set_list(store, clock, key):
    """A tap on +15s left the focus on that button: enter added 15 s more, and the arrows and end no longer moved
    the set list."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot)
        await pilot.press("space")  # a rest runs
        rested = app.session.rest.deadline
        await pilot.click("#tap-rest_longer")
        assert (app.session.rest.deadline - rested).total_seconds() == 15
        plan = app.screen.query_one(WorkoutSets)
        row = plan.cursor
        await pilot.press(key)
        await pilot.pause()
        assert (app.session.rest.deadline - rested).total_seconds() == 15, "the tap's button pressed again"
        assert app.focused is plan
        if key != "enter":
            assert plan.cursor != row


async def test_every_line_of_the_workout_fits_40_columns(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot)
        await pilot.press("space")
        for widget in app.screen.query("#workout-body Static, #workout-body Button"):
            if widget.display and widget.region.width:
                assert widget.region.right <= 40, widget


async def test_resizing_from_a_phone_to_a_laptop_mid_rest_keeps_the_rest_and_the_sets(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot)
        await pilot.press("space")
        deadline = app.session.rest.deadline
        for size in ((120, 40), (40, 20), (80, 24), (40, 20)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert not isinstance(app.screen, TooSmallScreen)
        assert app.session.rest.deadline == deadline and len(app.session.workout.sets) == 1
        assert app.screen.has_class("-narrow")
        assert open_store(data_dir).workout.current().progress["rest"]["deadline"] == deadline.isoformat()


def shown_time(app) -> str:
    """The rest's time as the layout at this size shows it: one line under 30 rows, else big digits."""
    if app.screen.has_class("-short"):
        head = app.screen.query_one(CountdownHead)
        line = str(head.render())
        assert head.clock_inline and line.startswith(f"{head.title} {head.clock}"), "the time in one line"
        return head.clock
    digits = app.screen.query_one("Digits")
    assert digits.region.width, "the big digits are on screen"
    return digits.value


def tap_rows(app) -> int:
    return len({button.region.y for button in app.screen.query("#workout-buttons Button")})


async def test_a_running_rest_keeps_counting_through_phone_laptop_phone_and_the_layout_follows(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot)
        await pilot.press("space")
        clock.advance(seconds=10)
        app.screen.tick()
        await until(pilot, lambda: shown_time(app) == "0:50")
        assert tap_rows(app) == 2, "two rows of four tap targets on a phone"
        await pilot.resize_terminal(120, 40)
        await until(pilot, lambda: not app.screen.has_class("-narrow"))
        clock.advance(seconds=10)
        app.screen.tick()
        await until(pilot, lambda: shown_time(app) == "0:40")
        assert tap_rows(app) == 1 and app.title == "runstrength · Rest 0:40"
        await pilot.resize_terminal(40, 20)
        await until(pilot, lambda: app.screen.has_class("-narrow"))
        clock.advance(seconds=10)
        app.screen.tick()
        await until(pilot, lambda: shown_time(app) == "0:30")
        assert tap_rows(app) == 2 and app.title == "Rest 0:30"
        assert app.session.rest is not None and len(app.session.workout.sets) == 1


async def test_a_window_made_shorter_mid_rest_shows_the_time_on_the_boxs_line_at_once(store, clock):
    """Under 30 rows the big digits go and the time moves onto the box's first line. Made shorter (not narrower)
    mid-second, that line still read "Rest" alone until the clock moved on."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot)
        await pilot.press("space")
        head = app.screen.query_one(CountdownHead)
        await until(pilot, lambda: drawn(head).split() == ["Rest", "+/-", "15", "s", "s:", "skip"])
        await pilot.resize_terminal(100, 24)
        await until(pilot, lambda: app.screen.has_class("-short"))
        await until(pilot, lambda: drawn(head).startswith("Rest 1:00 "))


async def test_a_rest_run_over_keeps_its_timer_to_one_line_at_40_columns(store, clock):
    # "Rest over: time for the next set" beside the keys once squeezed them into a box a dozen lines high.
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot)
        await pilot.press("space")
        clock.advance(seconds=90)
        app.screen.tick()
        await until(pilot, lambda: shown_time(app) == "+0:30")
        timer = app.screen.query_one("Countdown")
        head = timer.query_one(CountdownHead).render()
        assert str(head) == "Rest over +0:30"
        colours = {span.style.foreground for span in head.spans if hasattr(span.style, "foreground")}
        assert colours == {Color.parse(app.get_css_variables()["warning"])}, "no border to turn: the title does"
        assert timer.region.height == 2, "the title and time, the bar"


@pytest.mark.parametrize("last_time", [False, True], ids=["first time", "with last time's sets"])
async def test_the_set_under_the_cursor_stays_in_view_as_the_rest_comes_and_goes(store, clock, last_time):
    if last_time:
        done_last_week(store)  # the lines above leave the sets two rows
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot)
        sets = app.screen.query_one(WorkoutSets)

        def cursor_row_in_view() -> bool:
            line = sets.first_line(sets.selected_key)
            if not sets.scroll_y <= line < sets.scroll_y + sets.scrollable_content_region.height:
                return False
            # On the screen, not under the tap targets: what is drawn at the row's place is the list.
            row = sets.content_region.y + line - round(sets.scroll_y)
            return row < app.size.height and app.screen.get_widget_at(sets.content_region.x + 2, row)[0] is sets

        # Log, skip the rest, log, undo, move on and log, as at the gym: the cursor follows the next set through
        # every rest and move.
        for key in ("space", "s", "space", "u", "n", "space", "space", "s", "n", "space", "n", "space"):
            await pilot.press(key)
            await until(pilot, cursor_row_in_view)
            assert sets.selected_key == app.session.cursor, key


STRETCH = "post-workout-stretch"  # four timed holds, each with a get-ready countdown


async def test_at_40x20_the_routines_name_and_what_space_does_in_a_hold_are_on_screen(store, clock):
    """On a phone the routine's name was nowhere during the workout, and in a hold the line under the set still
    said "space logs: 30 s" while the keys of the hold (space starts it now, or stops and logs it; s cancels)
    were left out for want of room beside the timer's title."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        app.start_workout(app.catalogue.routines[STRETCH])
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await until(pilot, lambda: "Post-workout stretch · 1 of 4 · 0:00" in screen_text(app))
        await pilot.press("space")
        await until(pilot, lambda: "space: start now  s: cancel" in screen_text(app))
        assert "starts: 30 s" not in screen_text(app)
        clock.advance(seconds=5)
        app.screen.tick()
        await until(pilot, lambda: "space: stop and log  s: cancel" in screen_text(app))
        shown = screen_text(app)
        assert "Post-workout stretch · 1 of 4" in shown and "Hold (30 s) 0:30" in shown
        sets = app.screen.query_one(WorkoutSets)
        line = sets.first_line(sets.selected_key)
        assert "Set 1 of 1" in shown and sets.scroll_y <= line < sets.scroll_y + sets.scrollable_content_region.height
        clock.advance(seconds=30)
        app.screen.tick()
        await until(pilot, lambda: len(app.session.workout.sets) == 1)
        # The next stretch's countdown starts by itself: its keys, and no "stop and log" left over.
        await until(pilot, lambda: "Cobra stretch" in screen_text(app) and "stop and log" not in screen_text(app))
        assert ("space: start now" if app.session.hold else "starts: 30 s") in screen_text(app)


async def test_at_40x20_a_long_routine_name_gives_way_to_the_workouts_progress_on_one_line(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        name = "Upper-back trio with the long band and the heavy dumbbells"
        app.start_workout(app.catalogue.routines[STRETCH]._replace(name=name))
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await until(pilot, lambda: "… · 1 of 4 · 0:00" in screen_text(app))
        progress = app.screen.query_one("#workout-progress")
        assert progress.region.height == 1 and progress.region.right <= 40
        assert str(progress.render()).startswith("Upper-back trio with")


async def test_at_40x20_every_set_logged_names_the_workout_once(store, clock):
    """"Morning workout" over "Morning workout · 1 of 1 · 0:33": the heading is the name once every set is logged."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("2", "A")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"crunch", "enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await pilot.press("space", "s", "space", "s", "space")  # its three sets, the rests skipped
        await until(pilot, lambda: "All sets logged." in screen_text(app))
        assert screen_text(app).count(app.session.workout.name) == 1


async def test_a_holds_countdown_is_read_whole_in_the_title_line_at_40_columns(store, clock):
    """The title line kept room for a clock and a wide palette mark: "Get ready 0:05 — Work…"."""
    from tests.app.test_user_keymap import drawn
    from tui.widgets.title_bar import TitleBar

    app = make_app(store, clock)

    def title() -> str:
        return drawn(app.screen.query_one(TitleBar).query_one("#title"))

    async with app.run_test(size=(40, 20)) as pilot:
        app.start_workout(app.catalogue.routines["post-workout-stretch"])
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await pilot.press("space")
        await until(pilot, lambda: "Get ready 0:05 — Workout" in title())
        clock.advance(seconds=5)
        await until(pilot, lambda: "Hold 0:30 — Workout" in title())


def toast_regions(app) -> list[Region]:
    return [toast.region for toast in app.screen.query("Toast")]


async def test_a_note_at_40x20_takes_the_width_and_its_own_lines_at_the_top_and_soon_goes(store, clock):
    """Textual's toast is half the screen wide: at 40 columns a note of a few words stood six rows high over the
    right of the set list, for five seconds."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20), notifications=True) as pilot:
        await started(app, pilot)
        await pilot.press("p")  # "No earlier exercise has sets left."
        await until(pilot, lambda: any(region.height for region in toast_regions(app)))
        # One row, the whole width, over the title bar: the set list, the exercise and the buttons stay in view.
        assert toast_regions(app) == [Region(0, 0, 40, 1)]
        assert "Superman" in screen_text(app).splitlines()[1]
        said = [n for n in app._notifications if "No earlier exercise" in n.message]
        assert said and said[0].timeout < 5, "gone sooner than a wide screen's note"
        say(app.screen, "Every set is logged: move to a logged set to change it, or press f to finish.")
        await until(pilot, lambda: len([region for region in toast_regions(app) if region.height]) == 2)
        first, second = toast_regions(app)
        assert (first.height, second.height) == (1, 3), "a longer note: as many rows as it needs, no more"
        assert first.bottom == second.y and first.width == second.width == 40


async def test_a_note_on_a_wide_screen_keeps_textuals_corner(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await started(app, pilot)
        await pilot.press("p")
        await until(pilot, lambda: any(region.height for region in toast_regions(app)))
        (toast,) = toast_regions(app)
        # Textual's own: half the width (its scrollbar's room aside), padded above and below, over the footer's row.
        assert toast == Region(49, 26, 49, 3)
        said = [n for n in app._notifications if "No earlier exercise" in n.message]
        assert said[0].timeout == app.NOTIFICATION_TIMEOUT


async def test_the_summarys_long_lines_wrap_under_their_own_start_at_40x20(store, clock):
    """A line too long for a phone's 40 columns went on at the left edge, under the headings."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await finished_after(app, pilot, sets=2)
        await pilot.pause()
        for part in ("#summary", "#summary-records"):
            lines = [line.rstrip() for line in drawn(app.screen.query_one(part)).splitlines() if line.strip()]
            exercises = lines[lines.index("Exercises") + 1:] if part == "#summary" else lines[1:]
            assert exercises, lines
            assert [line for line in exercises if not line.startswith("  ")] == [], "each line under its heading"
            assert any(line.startswith("    ") for line in exercises), "a line this long wraps at 40 columns"


async def test_a_long_set_row_and_exercise_name_wrap_under_their_labels_at_40x20(store, clock):
    """Their wrapped lines went on at the list's left edge, under the ticks and the exercises' numbers."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot)
        await pilot.press("e")
        await until(pilot, lambda: form_shown(app))
        for field, text in (("bands", "red+green"), ("side", "L"), ("rpe", "8.5"), ("set-type", "W")):
            await type_into(pilot, field, text)
        await pilot.press("enter")
        await until(pilot, lambda: not form_shown(app))
        await pilot.press("space")
        sets = app.screen.query_one(WorkoutSets)
        await until(pilot, lambda: "✓" in drawn(sets))
        lines = [line.rstrip() for line in drawn(sets).splitlines()]

        def goes_on_under(row: int, start: str) -> bool:
            """The row's second line starts where the text after `start` starts on its first."""
            first, second = lines[row], lines[row + 1]
            return len(second) - len(second.lstrip()) == first.index(start) + len(start)

        done = next(index for index, line in enumerate(lines) if "✓" in line)
        assert goes_on_under(done, "✓ "), lines  # under "Set 1 L: 12 reps...", not under the tick
        assert goes_on_under(0, "1. "), lines  # the exercise's name, "Superman (arms and legs together)"


async def test_the_exercise_pickers_rows_wrap_under_the_name_at_40x20(store, clock):
    """"Bench dip (feet raised)  chair" went on with "or bench" at the list's edge, where the names start: it read as
    an exercise of its own."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot)
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"dip")
        choices = app.screen.query_one("#exercise-choices", OptionList)
        await until(pilot, lambda: "Bench dip (feet raised)" in drawn(choices))
        lines = [line.rstrip() for line in drawn(choices).splitlines() if line.strip()]
        edge = min(len(line) - len(line.lstrip()) for line in lines)
        names = [line for line in lines if len(line) - len(line.lstrip()) == edge]
        catalogue = {exercise.name for exercise in app.catalogue.exercises.values()}
        assert all(any(line.strip().startswith(name) for name in catalogue) for line in names), names
        assert [line for line in lines if line not in names], "at 40 columns some row wraps"
        assert all(len(line) - len(line.lstrip()) == edge + 2 for line in lines if line not in names), lines


@PHONES
async def test_the_next_set_stays_in_view_however_long_last_times_sets_read(store, clock, size):
    """Last time's chainsaw rows, each side with a load in lb and an RPE, took five lines at 40 columns and the
    advice three more: the list of sets got no row at all, and up, down and e acted on a cursor out of sight. Then,
    at 40x18, the right side's heading ("then rest 60 s") took one more line: the list's second row went under the
    tap targets, and the row left in view was the left side just logged, not the next set."""
    start = moment(2026, 11, 13, 18, 0)
    sets = tuple(a_set("kettlebell-chainsaw-row", at=start, reps=reps, load=24.0, unit="lb", rpe=8.0, side=side,
                       note="grip gave out")
                 for reps, side in zip((13, 13, 11, 12, 13, 10), "LRLRLR"))
    store.history.save_many([replace(a_workout(at=start, name="Last week"), finished_at=start, sets=sets)])
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        app.start_workout(app.catalogue.routines["upper-back-three-moves"])
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await pilot.press("n")
        await until(pilot, lambda: "Last time: 13 reps" in screen_text(app))
        for side in "LR":
            await pilot.pause()
            shown = " ".join(screen_text(app).split())
            assert f"▶ Set 1 {side}: 10-12 reps next" in shown, shown  # the set space logs, under the cursor
            await pilot.press("space")
            await until(pilot, lambda side=side: app.session.current_slot.side != side)


async def test_the_set_list_on_a_phone_starts_with_a_whole_row(store, clock):
    """Round 2 of a circuit began under the last line of a row cut in two, "      reps", read as a line of its own:
    the list was scrolled by lines, not rows."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        app.start_workout(app.catalogue.routines["dumbbell-shoulder-circuit"])
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)
        await pilot.pause()
        sets = app.screen.query_one(WorkoutSets)

        def drawn_list() -> list[str]:
            return [strip.text.strip() for strip in sets.render_lines(Region(0, 0, *sets.size))]

        await pilot.press("space", "space", "space", "space")  # round 1's four sets
        await until(pilot, lambda: drawn_list()[:2] == ["Round 2 of 2-4", "▶ Dumbbell overhead shoulder"])
        # At the list's end too: "press: 10 reps", the end of the row above, stood over the next set.
        await pilot.press("s", "space", "end")
        await until(pilot, lambda: drawn_list()[0] == "▶ Lateral raise: 10-15 reps")
