"""A whole workout driven by keys, checked on screen and on disk (a second store opened on the same files)."""

from __future__ import annotations

import asyncio
import html
import re
import subprocess
import sys

import pendulum
import pytest
from textual.command import CommandList, Hits, Provider
from textual.geometry import Region
from textual.widgets import Static

from tests.app.keystrokes import press_together
from tests.app.test_focus_in_sight import focus_in_sight
from tests.app.waiting import until
from tui.app import make_app
from tui.domain.workout.session import WorkoutSession
from tui.screens.confirm import ConfirmScreen
from tui.screens.workout_dialogs import ResumeScreen
from tui.screens.workout_summary import SummaryScreen
from tui.store.open import open_store
from tui.store.workout_in_progress import this_window
from tui.widgets.countdown import Countdown, CountdownHead, ProgressLine
from tui.widgets.footer import Footer

FOUR_MOVES = "four-upper-body-exercises"
STRETCH = "post-workout-stretch"
GYM = "sample-upper-body-workout"


def on_screen(app, widget_id: str) -> str:
    """What the Workout screen shows, under any dialog over it (another window's workout may be offered to resume:
    the once-a-second look at the data files decides when)."""
    workout_screen = next(screen for screen in reversed(app.screen_stack) if screen.query(f"#workout-{widget_id}"))
    return str(workout_screen.query_one(f"#workout-{widget_id}", Static).render())


def timer_text(app) -> str:
    timer = app.screen.query_one(Countdown)
    if not timer.display:
        return ""
    return f"{timer.query_one(CountdownHead).title} {timer.query_one('Digits').value}"


def on_disk(data_dir):
    return open_store(data_dir).workout.current()


async def started(app, pilot, routine_id: str):
    app.start_workout(app.catalogue.routines[routine_id])
    await pilot.pause()


class BellCounter:
    """Counts terminal bells: Pilot has no terminal to hear them in."""

    def __init__(self, app) -> None:
        self.rings = 0
        app.bell = self.ring

    def ring(self) -> None:
        self.rings += 1


async def test_space_logs_each_set_durably_and_the_rest_timer_starts_by_itself(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        assert on_screen(app, "position") == "Set 1 of 3"
        assert on_screen(app, "target") == "Target: 12-15 reps · then rest 60 s"
        assert timer_text(app) == "Workout 0:00"
        await pilot.press("space")
        assert [s.reps for s in on_disk(data_dir).sets] == [12]
        assert on_screen(app, "position") == "Set 2 of 3"
        assert timer_text(app) == "Rest 1:00"
        clock.advance(seconds=45)
        app.screen.tick()
        assert timer_text(app) == "Rest 0:15"
        await pilot.press("plus")
        assert timer_text(app) == "Rest 0:30"
        await pilot.press("minus", "minus")
        assert timer_text(app) == "Rest 0:00"
        clock.advance(seconds=12)
        app.screen.tick()
        assert timer_text(app) == "Rest over: time for the next set +0:12"
        await pilot.press("s")
        assert timer_text(app) == "Workout 0:57"  # between rests, the workout's own time
        assert on_disk(data_dir).progress.get("rest") is None


async def test_the_bell_rings_once_when_the_rest_ends_unless_turned_off(store, clock):
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        bells = BellCounter(app)
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space")
        clock.advance(seconds=59)
        app.screen.tick()
        assert bells.rings == 0
        clock.advance(seconds=1)
        app.screen.tick()
        app.screen.tick()
        assert bells.rings == 1
        app.settings = app.settings.changed(bell=False)
        await pilot.press("space")
        clock.advance(seconds=61)
        app.screen.tick()
        assert bells.rings == 1


def line_colours(app) -> set[object]:
    """The colours the rest's progress line is drawn in."""
    line = app.screen.query_one(ProgressLine)
    return {segment.style.color for segment in line.render_lines(Region(0, 0, *line.size))[0] if segment.text.strip()}


async def test_the_rests_line_turns_green_when_the_rest_is_over_not_before(store, clock):
    """Rounded to whole percents, the line was full and green a third of a second before a minute's rest was over,
    and 18 s before an hour's."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space")
        await until(pilot, lambda: "Rest" in timer_text(app))
        complete = app.screen.query_one(ProgressLine).get_component_rich_style("progress-line--complete").color
        clock.advance(seconds=59.7)
        app.screen.tick()
        await until(pilot, lambda: timer_text(app) == "Rest 0:01")
        assert complete not in line_colours(app)
        clock.advance(seconds=0.3)
        app.screen.tick()
        await until(pilot, lambda: complete in line_colours(app))
        assert line_colours(app) == {complete}


async def test_a_rest_over_before_the_workout_was_taken_up_here_does_not_ring_again(data_dir, clock):
    """Taken over in a browser tab minutes after its rest had ended (the window driving it had rung), the bell rang
    and the tab said "Rest over" again; resumed after a crash, too, for a rest over long before."""
    first = make_app(open_store(data_dir), clock)
    async with first.run_test() as pilot:
        await started(first, pilot, FOUR_MOVES)
        await pilot.press("space")
    clock.advance(seconds=200)  # the 60 s rest, over long ago
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(80, 24)) as pilot:
        bells = BellCounter(second)
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: second.session is not None and timer_text(second).startswith("Rest over"))
        second.screen.tick()
        assert bells.rings == 0
        await pilot.press("space")  # the next set's rest rings as ever
        clock.advance(seconds=60)
        second.screen.tick()
        assert bells.rings == 1


@pytest.mark.parametrize("size", [(40, 20), (100, 30)])
async def test_the_set_list_keeps_its_place_as_rests_come_and_go(store, clock, size):
    # The rest's box used to appear on each logged set and go with the rest: the list under it jumped by the
    # box's height, and the row a thumb was on moved away from it.
    from tui.widgets.workout_sets import WorkoutSets

    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await started(app, pilot, FOUR_MOVES)
        sets = app.screen.query_one(WorkoutSets)
        place = sets.region
        for key in ("space", "plus", "s", "space", "u", "n", "space"):
            await pilot.press(key)
            await pilot.pause()
            assert sets.region == place, key
        assert timer_text(app) == "Rest 1:00"
        await pilot.press("s")
        logged, planned = app.session.sets_logged()
        assert (logged, planned) == (2, 15)
        head = app.screen.query_one(CountdownHead)
        count, title = head.keys, head.title
        # Between rests: how many sets are logged, beside the workout's time (the title, at 40 columns).
        assert (title, count) == (("2 of 15 sets", "") if size[0] < 60 else ("Workout", "2 of 15 sets logged"))


async def test_the_sets_after_the_next_one_stay_in_view_under_it(store, clock):
    """Moved on to the Gym session's third exercise at 80x24, its first set came to the list's bottom row and its
    other two sets stayed out of sight, under the done sets of the first exercise."""
    from tui.widgets.workout_sets import WorkoutSets

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot, GYM)
        sets = app.screen.query_one(WorkoutSets)
        for exercise in (2, 3, 4):
            await pilot.press("n")
            await until(pilot, lambda exercise=exercise: f"Exercise {exercise} of 6" in on_screen(app, "progress"))
            await pilot.pause()
            shown = sets.scroll_y, sets.scroll_y + sets.scrollable_content_region.height
            now = app.session.current_slot.entry_index
            lines = [sets.first_line(slot.key) for slot in app.session.plan if slot.entry_index == now]
            assert len(lines) == 3 and shown[0] <= lines[0] < lines[2] < shown[1], (exercise, shown, lines)


@pytest.mark.parametrize(("size", "rows"), [((100, 30), 6), ((43, 46), 6), ((80, 24), 4), ((40, 20), 2)])
async def test_the_timer_takes_fewer_rows_the_shorter_the_terminal(store, clock, size, rows):
    # Big digits where there is room, a phone's 43x46 page included (read from the bench at the gym); the time in
    # one line under 30 rows; no border on a phone with its keyboard up (40x20).
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space")
        await pilot.pause()
        assert app.screen.query_one(Countdown).region.height == rows
        assert app.screen.query_one("Digits").display == (rows == 6)


async def test_the_workouts_time_reads_as_a_stopwatch_like_the_summarys_duration(store, clock):
    # A rest counts down and shows 0:01 until it is over; the workout's time counts up and shows whole seconds
    # gone, so after 15.6 s it reads 0:15, as the finish summary's "15 s" does.
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        clock.advance(seconds=15.6)
        app.screen.tick()
        await pilot.pause()
        assert timer_text(app) == "Workout 0:15"
        assert on_screen(app, "progress") == "Exercise 1 of 4 · 0:15"
        await pilot.press("space")
        clock.advance(seconds=0.5)
        app.screen.tick()
        assert timer_text(app) == "Rest 1:00"  # 59.5 s left


async def test_without_a_workout_the_footer_offers_A_to_start_one_and_the_workout_keys_once_one_runs(
        store, clock, data_dir):
    # On a phone, dimmed Log, Edit and Undo filled the footer with keys that did nothing and left out `A`, the one
    # key that did something there.
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("2")
        footer = app.screen.query_one(Footer)

        def offered() -> dict[str, bool]:
            return {item.description: item.enabled for item in footer.items}

        await until(pilot, lambda: offered().get("Empty workout") is True)
        assert not {"Log", "Edit", "Undo"} & set(offered())
        assert "A Empty workout" in app.screen.query_one(Footer).render().plain
        await pilot.press("space", "e", "u")
        assert "No workout in progress." in on_screen(app, "exercise")
        assert on_disk(data_dir) is None
        await started(app, pilot, FOUR_MOVES)
        await until(pilot, lambda: all(offered().get(key) for key in ("Log", "Edit", "Undo")))
        assert "Empty workout" not in offered()
        await pilot.press("space")
        assert len(on_disk(data_dir).sets) == 1
        await pilot.press("f", "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        await pilot.press("escape")
        await until(pilot, lambda: "Log" not in offered() and offered().get("Empty workout") is True)


async def test_the_focus_follows_what_the_workout_screen_shows_as_a_workout_starts_and_ends(store, clock, data_dir):
    # Started with the Empty workout button (a click, a phone's tap), the workout kept the focus on the hidden
    # Routines button: down moved nothing in the set list and enter went to the Routines screen. With no workout,
    # the hidden set list had it, and the key help listed its keys.
    from textual.widgets import HelpPanel

    from tests.app.test_routines_screen import plain
    from tui.screens.workout import WorkoutScreen
    from tui.widgets.workout_sets import WorkoutSets

    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await until(pilot, lambda: "A picks its first exercise" in shown_lines(app))
        assert focus_in_sight(app)
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query(HelpPanel)))
        help_text = plain(app.screen.query_one(HelpPanel).query_one("BindingsTable").render_bindings_table())
        assert "Add exercise" in help_text and "The list of sets" not in help_text
        await pilot.press("question_mark")
        await pilot.click("#tap-empty")
        await until(pilot, lambda: bool(app.screen.query("#exercise-search")))
        await pilot.press(*"push-up")
        await until(pilot, lambda: "Push-up" in str(app.screen.query("NavList").first().get_option_at_index(0).prompt))
        await pilot.press("enter")
        await until(pilot, lambda: app.session is not None and isinstance(app.screen.focused, WorkoutSets))
        sets = app.screen.query_one(WorkoutSets)
        await pilot.press("down")
        assert sets.selected_key == app.session.plan[1].key, "down moves to set 2"
        await pilot.press("enter")
        await until(pilot, lambda: on_screen(app, "position") == "Set 2 of 3")  # enter makes it the next set
        assert isinstance(app.screen, WorkoutScreen), "enter stays on the Workout screen"
        await pilot.press("space", "f", "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        await pilot.press("escape")
        await until(pilot, lambda: app.session is None and "No workout in progress." in on_screen(app, "exercise"))
        assert focus_in_sight(app), f"the focus on {app.focused}, out of sight"


def shown_lines(app) -> str:
    return "\n".join(on_screen(app, line) for line in ("exercise", "position", "target", "last-time"))


async def test_without_a_workout_A_starts_an_empty_one_with_the_exercise_it_picks(store, clock, data_dir):
    # Strong's "Start an empty workout", then its first exercise: one key, and nothing started if none is picked.
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("2")
        await until(pilot, lambda: "A picks its first exercise" in shown_lines(app))
        await pilot.press("A")
        await until(pilot, lambda: "Start a workout with" in str(app.screen.query_one(".dialog-title").render()))
        await until(pilot, lambda: "Start" in [item.description for item in app.screen.query_one(Footer).items])
        await pilot.press("escape")
        await pilot.pause()
        assert app.session is None and on_disk(data_dir) is None, "cancelled: no workout was started"
        await pilot.press("A", *"plank")
        await until(pilot, lambda: "Plank" in str(app.screen.query("NavList").first().get_option_at_index(0).prompt))
        await pilot.press("enter")
        await until(pilot, lambda: app.session is not None)
        assert on_screen(app, "position") == "Set 1 of 3"
        assert "Plank" in on_screen(app, "exercise")
        assert any("Started with Plank: A adds another." in str(n.message) for n in app._notifications)
        saved = on_disk(data_dir)
        resumed = WorkoutSession.resume(saved)  # as the next start would, after a kill
        assert saved.routine_id is None and [entry.exercise_id for entry in resumed.routine.entries] == ["plank"]
        assert not app.screen.query_one("#workout-starts").display


async def test_a_phone_taps_to_start_an_empty_workout_or_to_go_to_the_routines(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("2")
        await until(pilot, lambda: app.screen.query_one("#workout-starts").display)
        assert shown_lines(app).splitlines()[2:4] == ["or an empty workout:", "A picks its first exercise."]
        await pilot.click("#tap-empty")
        await until(pilot, lambda: "Start a workout with" in str(app.screen.query_one(".dialog-title").render()))
        await pilot.press("escape")
        await until(pilot, lambda: not app.screen.is_modal)  # the picker closed, nothing started
        await pilot.click("#tap-routines")
        await until(pilot, lambda: app.current_mode == "routines")


async def test_undo_takes_the_set_back_on_screen_and_on_disk(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space", "space")
        assert len(on_disk(data_dir).sets) == 2
        await pilot.press("u")
        assert len(on_disk(data_dir).sets) == 1
        assert on_screen(app, "position") == "Set 2 of 3"
        assert timer_text(app) == "Rest 1:00"  # the first set's rest runs on (no key but s ends a rest)


async def test_values_edited_before_logging_are_what_gets_logged(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("e")
        await pilot.pause()
        editor = app.screen
        editor.query_one("#count").value = "14"
        editor.query_one("#load").value = "5"
        editor.query_one("#bands").value = "Red + green"
        editor.query_one("#rpe").value = "8.5"
        editor.query_one("#note").value = "slow lowering"
        await pilot.press("ctrl+s")
        await pilot.pause()
        # a superman: the 5 kg is held on top of the body
        assert "14 reps, +5 kg, red+green bands, RPE 8.5" in on_screen(app, "next")
        await pilot.press("space")
        (logged,) = on_disk(data_dir).sets
        assert (logged.reps, logged.load, logged.unit, logged.bands, logged.rpe, logged.note) == (
            14, 5.0, "kg", ("red", "green"), 8.5, "slow lowering",
        )


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("count", "", "reps cannot be empty"),
        ("load", "heavy", "load must be a number"),
        ("unit", "st", "the unit must be kg or lb"),
        ("rpe", "11", "RPE must be from 1 to 10"),
        ("side", "X", "the side must be L or R"),
        ("bands", "red+#", "is not a band colour"),
    ],
)
async def test_invalid_values_are_refused_with_a_message_and_nothing_is_logged(store, clock, data_dir, field, typed,
                                                                              message):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one(f"#{field}").value = typed
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert message in str(app.screen.query_one("#set-editor-error").render())
        await pilot.press("escape")
        await pilot.pause()
        assert on_disk(data_dir).sets == ()
        assert "12 reps" in on_screen(app, "next")


async def test_a_hold_counts_down_get_ready_then_the_hold_and_logs_itself(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        await started(app, pilot, STRETCH)
        await pilot.press("space")
        assert timer_text(app) == "Get ready 0:05"
        clock.advance(seconds=5)
        app.screen.tick()
        assert timer_text(app) == "Hold (30 s) 0:30"
        clock.advance(seconds=30)
        app.screen.tick()
        (logged,) = on_disk(data_dir).sets
        assert (logged.exercise_id, logged.hold_s) == ("cat-cow", 30)
        assert on_screen(app, "exercise").startswith("Cobra")


async def test_space_during_a_hold_stops_it_and_logs_the_seconds_held(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        await started(app, pilot, STRETCH)
        await pilot.press("space")
        clock.advance(seconds=5 + 18)
        await pilot.press("space")
        assert [s.hold_s for s in on_disk(data_dir).sets] == [18]


async def test_next_and_previous_move_between_exercises(store, clock):
    app = make_app(store, clock)
    async with app.run_test() as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("n")
        assert on_screen(app, "exercise").startswith("Pull-up")
        await pilot.press("n", "p")
        assert on_screen(app, "exercise").startswith("Pull-up")


async def test_finishing_shows_the_summary_and_moves_the_workout_to_history(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space", "space", "space")
        clock.advance(minutes=12)
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # 12 planned sets are not logged: asks first
        await pilot.press("y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        summary = str(app.screen.query_one("#summary").render())
        assert "Duration   12 min" in summary and "Sets       3" in summary and "Reps       36" in summary
        assert "Hold time" not in summary and "Volume" not in summary, "none was held, no load was lifted"
    reopened = open_store(data_dir)
    assert reopened.workout.current() is None
    (finished,) = reopened.history.all()
    assert len(finished.sets) == 3 and finished.finished_at.utc == clock.now()


async def test_after_a_crash_the_next_start_resumes_exactly_where_it_was(data_dir, clock):
    first = make_app(open_store(data_dir), clock)
    async with first.run_test() as pilot:
        await started(first, pilot, FOUR_MOVES)
        await pilot.press("space", "space", "plus")
    # The process dies here (no finish, no clean exit). Half a minute later the user starts the app again.
    clock.advance(seconds=30)
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert second.current_mode == "workout"
        assert isinstance(second.screen, ResumeScreen)
        assert "2 sets logged" in str(second.screen.query_one(".dialog-text").render())
        assert "Resting: 0:45 left." in str(second.screen.query_one(".dialog-text").render())
        await pilot.press("r")
        await pilot.pause()
        assert on_screen(second, "position") == "Set 3 of 3"
        assert timer_text(second) == "Rest 0:45"
        await pilot.press("space")
    assert len(on_disk(data_dir).sets) == 3


async def test_a_hold_resumed_after_a_crash_says_what_it_will_log(data_dir, clock):
    first = make_app(open_store(data_dir), clock)
    async with first.run_test() as pilot:
        await started(first, pilot, STRETCH)
        first.workout.use_values(first.workout.next_values().changed(hold_s=40))  # `e`, 40 s
        await pilot.press("space")
        assert "space: start now" in on_screen(first, "next")
    clock.advance(seconds=10)
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen))
        await pilot.press("r")
        await until(pilot, lambda: timer_text(second) == "Hold (40 s) 0:35")  # the 40 s it logs when it ends
        assert "space: stop and log" in on_screen(second, "next")


def offer_text(app) -> str:
    return str(app.screen.query_one(".dialog-text", Static).render())


async def test_the_resume_offers_rest_counts_down_while_it_waits_for_an_answer(data_dir, clock):
    """"Resting: 0:56 left." stayed 0:56 while the rest ran on."""
    first = make_app(open_store(data_dir), clock)
    async with first.run_test() as pilot:
        await started(first, pilot, FOUR_MOVES)
        await pilot.press("space")
        assert first.session.rest.remaining_s(clock.now()) == 60
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen))
        assert "Resting: 1:00 left." in offer_text(second)
        clock.advance(seconds=10)
        await until(pilot, lambda: "Resting: 0:50 left." in offer_text(second))


def its_process_ended(data_dir) -> None:
    """The workout's window gone, as its process would be once closed or killed: a test's first app runs in this
    process, which is alive, so the second took it for a window still driving the workout elsewhere."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    store = open_store(data_dir)
    store.workout.take_over(store.workout.current().id, {**this_window(), "pid": ended.pid})


async def test_esc_on_the_offer_leaves_a_workout_taken_up_elsewhere_a_moment_before_to_that_window(data_dir, clock):
    """Left by a crash, esc on the offer resumes the workout. Taken up in another window a second before (this one
    notices such a change within a second), esc took it back from that window, unwarned."""
    first = make_app(open_store(data_dir), clock)
    async with first.run_test() as pilot:
        await started(first, pilot, FOUR_MOVES)
        await pilot.press("space")
    its_process_ended(data_dir)
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen))
        assert "open in another window" not in offer_text(second)
        store, elsewhere = open_store(data_dir), this_window()
        store.workout.take_over(store.workout.current().id, elsewhere)  # `r` in a third window, just now
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(second.screen, ResumeScreen))
        assert second.session is None
    assert open_store(data_dir).workout.current().progress["driver"] == elsewhere


async def a_hold_left_to_end_while_the_app_was_closed(data_dir, clock) -> tuple[pendulum.DateTime, int]:
    """A plank started, the app closed, and 20 s past the hold's end: its end and its target."""
    first = make_app(open_store(data_dir), clock)
    async with first.run_test() as pilot:
        await started(first, pilot, "runner-ab-workout")
        await pilot.press("n", "n", "n", "space")  # to the plank; its get-ready countdown starts
        await until(pilot, lambda: first.session.hold is not None)
        ended = first.session.hold.hold_deadline
        target = first.session.hold.target_s
    its_process_ended(data_dir)
    clock.advance(seconds=(ended - clock.now()).total_seconds() + 20)
    return ended, target


async def test_a_hold_that_ended_while_the_app_was_closed_is_logged_as_of_its_end(data_dir, clock):
    """Resumed 20 s after a plank ended by itself, it was logged then, and a whole rest started from then."""
    ended, target = await a_hold_left_to_end_while_the_app_was_closed(data_dir, clock)
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen))
        assert f"Its {target} s hold ended meanwhile: it will be logged, one set more, whether you resume or finish." \
            in offer_text(second)
        await pilot.press("r")
        await until(pilot, lambda: second.session is not None and len(second.session.workout.sets) == 1)
        logged = second.session.workout.sets[0]
        assert (logged.hold_s, logged.logged_at.utc) == (target, ended)
        rest = second.session.rest
        assert rest.remaining_s(clock.now()) == rest.remaining_s(ended) - 20


async def test_finishing_from_the_offer_keeps_a_hold_that_ended_while_the_app_was_closed(data_dir, clock):
    """Finished from the offer, the plank that ran to its end while the app was dead was lost: the summary said
    "Sets 0" and History had no plank."""
    ended, target = await a_hold_left_to_end_while_the_app_was_closed(data_dir, clock)
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen))
        await pilot.press("f")
        await until(pilot, lambda: isinstance(second.screen, SummaryScreen))
        assert "Plank" in str(second.screen.query_one(".dialog-text", Static).render())
    [finished] = open_store(data_dir).history.all()
    assert [(s.exercise_id, s.hold_s) for s in finished.sets] == [("plank", target)]
    assert finished.finished_at.utc == ended, "finished when its last set was done, not when the app came back"
    assert on_disk(data_dir) is None


async def test_finishing_from_the_offer_logs_a_hold_still_running_as_held(data_dir, clock):
    """Killed 10 s into a plank and finished from the offer, the plank was dropped: `f` in the app logs it."""
    first = make_app(open_store(data_dir), clock)
    async with first.run_test() as pilot:
        await started(first, pilot, "runner-ab-workout")
        await pilot.press("n", "n", "n", "space", "space")  # the plank's hold, started at once
        await until(pilot, lambda: first.session.hold is not None and not first.session.hold.getting_ready(
            clock.now()))
    its_process_ended(data_dir)
    clock.advance(seconds=10)
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen))
        assert "left. Finishing logs the 10 s held." in offer_text(second)
        await pilot.press("f")
        await until(pilot, lambda: isinstance(second.screen, SummaryScreen))
    [finished] = open_store(data_dir).history.all()
    assert [(s.exercise_id, s.hold_s) for s in finished.sets] == [("plank", 10)]


async def test_discarding_a_left_over_workout_asks_first(data_dir, clock):
    first = make_app(open_store(data_dir), clock)
    async with first.run_test() as pilot:
        await started(first, pilot, FOUR_MOVES)
        await pilot.press("space")
    second = make_app(open_store(data_dir), clock)
    async with second.run_test() as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert "for good" in str(second.screen.query_one(".dialog-title").render())
        await pilot.press("y")
        await pilot.pause()
    assert on_disk(data_dir) is None and list(open_store(data_dir).history.all()) == []


async def test_a_second_window_taking_over_stops_the_first_from_driving(data_dir, clock):
    first = make_app(open_store(data_dir), clock)
    second = make_app(open_store(data_dir), clock)
    async with first.run_test() as pilot_one:
        await started(first, pilot_one, FOUR_MOVES)
        await pilot_one.press("space")
        async with second.run_test() as pilot_two:
            await pilot_two.pause()
            body = str(second.screen.query_one(".dialog-text").render())
            assert "open in another window" in body  # the first window is this very process: alive
            await pilot_two.press("r")
            await pilot_two.pause()
            await pilot_two.press("space")
        await pilot_one.press("space")  # refused: the second window drives it now
        assert first.session is None
        assert "No workout in progress" in on_screen(first, "exercise")
    assert len(on_disk(data_dir).sets) == 2


class SlowToSearch(Provider):
    """Commands that take half a second to search, as every search can on a loaded machine."""

    async def search(self, query: str) -> Hits:
        await asyncio.sleep(0.5)
        for _ in ():
            yield


@pytest.mark.parametrize("slow_search", [False, True], ids=["search", "slow search"])
async def test_starting_from_the_command_palette(store, clock, data_dir, slow_search):
    app = make_app(store, clock)
    if slow_search:
        app.COMMANDS = app.COMMANDS | {SlowToSearch}
    async with app.run_test(size=(100, 30)) as pilot:
        # Typed together, as fast typing or a stalled SSH connection delivers it. Enter came while the palette still
        # listed its hits for no text, and ran the first of those: the keys panel opened, and no workout started.
        press_together(pilot, "ctrl+p", *"start ab workout", "enter")
        await until(pilot, lambda: app.current_mode == "workout" and app.screen.query("#workout-exercise")
                    and on_screen(app, "exercise").startswith("Crunch"))
    assert on_disk(data_dir).routine_id == "runner-ab-workout"


async def test_the_palette_offers_no_maximize_that_hides_the_workout(store, clock):
    """Textual's Maximize filled a phone's Workout screen with the list of sets: the rest timer and the next set
    were gone until escape."""
    from tui.widgets.workout_sets import WorkoutSets

    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        app.screen.query_one(WorkoutSets).focus()
        await pilot.pause()
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert "Maximize" not in titles and {"Keys", "Settings", "Quit"} <= titles


@pytest.mark.parametrize("typed", ["start upper back", "start upper-back"])
async def test_words_typed_apart_find_a_name_joined_by_a_hyphen(store, clock, data_dir, typed):
    """ "start upper back" found no "Upper-back trio" in the palette, and enter started the first routine listed."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *typed)
        await until(pilot, lambda: any("Start workout: Upper-back trio" in str(hit.prompt)
                                       for hit in app.screen.query_one(CommandList).options))
        await pilot.press("enter")
        await until(pilot, lambda: app.session is not None)
    assert on_disk(data_dir).routine_id == "upper-back-three-moves"


async def test_a_workout_under_a_minute_reads_in_seconds_in_its_summary(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot, FOUR_MOVES)
        await pilot.press("space")
        clock.advance(seconds=42)
        await pilot.press("f", "y")
        await until(pilot, lambda: isinstance(app.screen, SummaryScreen))
        summary = str(app.screen.query_one("#summary").render())
        assert "Duration   42 s" in summary and "0 min" not in summary


def drawn(app) -> str:
    """The screen as drawn: a line laid out too narrow for its text shows it cut."""
    svg = app.export_screenshot()
    return html.unescape("".join(re.findall(r">([^<>]*)</text>", svg))).replace("\xa0", " ")


async def test_a_line_whose_text_grows_is_drawn_whole(store, clock):
    """Lines whose size a change keeps (the elapsed time ticking, "Set 1 of 3" becoming "Set 2 of 3") are redrawn
    without a layout of the screen; a text that grows must still be drawn whole, not cut at its old width."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:

        async def drawn_after(seconds: int) -> str:
            clock.advance(seconds=seconds)
            app.screen.tick()
            await pilot.pause()
            return drawn(app)

        await started(app, pilot, FOUR_MOVES)
        assert "Exercise 1 of 4 · 9:59" in await drawn_after(599)
        assert "Exercise 1 of 4 · 10:00" in await drawn_after(1)
        await pilot.press("space")
        assert "+/- 15 s  s: skip" in drawn(app)
        assert "Rest over: time for the next set" in await drawn_after(61)
        await pilot.press("n")
        assert "Pull-up" in drawn(app)


async def test_under_the_offer_to_resume_the_screen_tells_of_the_workout_left_not_of_none(store, clock, data_dir):
    # "No workout in progress" and "Start a routine" read under the offer's "Workout in progress ... Resume (r)".
    first = make_app(store, clock)
    async with first.run_test(size=(80, 24)) as pilot:
        await started(first, pilot, FOUR_MOVES)
        await pilot.press("space")
    second = make_app(open_store(data_dir), clock)
    async with second.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(second.screen, ResumeScreen))
        await until(pilot, lambda: on_screen(second, "exercise") == "A workout is in progress.")
        starts = second.screen_stack[-2].query_one("#workout-starts")
        assert not starts.display, "no Routines and Empty workout buttons under the offer"
        await pilot.press("d")
        await until(pilot, lambda: isinstance(second.screen, ConfirmScreen))
        await pilot.press("y")
        await until(pilot, lambda: on_screen(second, "exercise") == "No workout in progress.")
        assert second.screen.query_one("#workout-starts").display
