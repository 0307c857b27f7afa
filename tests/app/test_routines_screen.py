"""The Routines screen driven by keys as a user would: the list and its detail, search, filters, the exercise
detail, the editor, copying and deleting; the store is checked afterwards through store.routines.all()."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from rich.console import Console
from textual.geometry import Region
from textual.widgets import HelpPanel, Input, SelectionList, Static

from tests.app.test_user_keymap import screen_text
from tests.app.waiting import until
from tests.builders import a_set, a_workout, moment
from tui.app import make_app
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.catalogue.model import Focus, Routine, RoutineEntry, RoutineFormat
from tui.domain.ranges import IntRange
from tui.domain.routines.editing import copy_routine
from tui.domain.workout.plan import plan_for
from tui.screens.confirm import ConfirmScreen
from tui.screens.entry_editor import EntryEditorScreen
from tui.screens.exercise_detail import ExerciseDetailScreen
from tui.screens.pickers import ChoiceScreen, EquipmentScreen, ExercisePickerScreen
from tui.screens.routine_editor import RoutineEditorScreen
from tui.screens.routines import RoutinesScreen
from tui.store.open import open_store
from tui.widgets.footer import Footer
from tui.widgets.hanging import Hanging

FOUR_MOVES = "four-upper-body-exercises"
AB_WORKOUT = "runner-ab-workout"


def plain(renderable) -> str:
    if isinstance(renderable, Hanging):  # a Textual visual, not a Rich renderable
        return renderable.plain
    console = Console(width=200, file=io.StringIO(), record=True)
    console.print(renderable)
    return console.export_text()


def listing(app):
    return app.screen.query_one("#routine-list")


def listed_ids(app) -> list[str]:
    return [option.id for option in listing(app).options if option.id]


def row_text(app, option_id: str) -> str:
    return plain(listing(app).get_option(option_id).prompt)


def detail_text(app) -> str:
    return "\n".join(plain(option.prompt) for option in app.screen.query_one("#routine-detail").options)


def filter_bar(app) -> str:
    return plain(app.screen.query_one("#filters", Static).content)


def own_routine(store, catalogue, source_id: str = AB_WORKOUT, name: str | None = None):
    """Save a copy of a shipped routine as the user's own, as if made earlier."""
    mine = copy_routine(catalogue.routines[source_id], set(catalogue.routines), ())
    if name:
        mine = mine._replace(name=name)
    store.routines.save(mine)
    return mine


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[{" ": "space"}.get(char, char) for char in text])


# -- the list and the detail ---------------------------------------------------------------------------------


async def test_your_routines_come_first_then_the_shipped_ones_then_the_catalogue(store, clock):
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue, name="Abs for Tuesday")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        ids = listed_ids(app)
        shipped = [f"shipped:{rid}" for rid in app.catalogue.routines]
        assert ids[0] == f"own:{mine.id}"
        assert listing(app).highlighted_id() == f"own:{mine.id}"  # where the cursor starts
        assert ids[1: len(shipped) + 1] == shipped
        assert ids[len(shipped) + 1:] == [f"exercise:{eid}" for eid in app.catalogue.exercises]
        row = row_text(app, f"shipped:{FOUR_MOVES}")
        assert "Four upper-body moves for running" in row
        assert "4 exercises · 20-28 min" in row
        assert "back, core, arms, shoulders · chair or bench, pull-up bar" in row


async def test_with_no_routine_of_yours_the_shipped_ones_come_first_and_then_how_to_make_one(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        prompts = [plain(option.prompt).strip() for option in listing(app).options]
        assert prompts[0].startswith("Shipped routines")
        yours = next(n for n, prompt in enumerate(prompts) if prompt.startswith("Your routines"))
        assert prompts[yours] == "Your routines\n  none yet: a makes one, c copies one"
        assert yours == len(app.catalogue.routines) + 1
        assert listing(app).highlighted_id() == f"shipped:{FOUR_MOVES}"


def drawn_list(app) -> list[str]:
    """The routine list's lines as drawn, where it is scrolled to."""
    return [strip.text.rstrip() for strip in listing(app).render_lines(Region(0, 0, *listing(app).size))]


@pytest.mark.parametrize("size", [(40, 20), (100, 40)])
async def test_how_to_make_a_routine_of_your_own_is_read_whole(store, clock, size):
    """It followed the heading on its line, cut with an ellipsis at every width: "none yet: a makes one…"."""
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("b", "k")  # to the catalogue, then up to the last shipped routine: the hint under it
        await until(pilot, lambda: any(line.startswith("Your routines") for line in drawn_list(app)))
        lines = drawn_list(app)
        start = next(n for n, line in enumerate(lines) if line.startswith("Your routines"))
        end = lines.index("Exercise catalogue", start)
        hint = " ".join(" ".join(lines[start:end]).split())  # however it is wrapped
        assert hint == "Your routines none yet: a makes one, c copies one", lines[start:end]


@pytest.mark.parametrize("size", [(40, 20), (100, 30)])
async def test_home_shows_the_heading_above_the_first_routine_as_at_start(store, clock, size):
    """home put the cursor on the first routine with that routine at the top: its heading scrolled out of sight."""
    app = make_app(store, clock)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert drawn_list(app)[0] == "Shipped routines  read-only"
        await pilot.press("end")
        await until(pilot, lambda: drawn_list(app)[0] != "Shipped routines  read-only")
        await pilot.press("home")
        await until(pilot, lambda: listing(app).highlighted_id() == f"shipped:{FOUR_MOVES}")
        await until(pilot, lambda: drawn_list(app)[0] == "Shipped routines  read-only")
        assert drawn_list(app)[1] == "Four upper-body moves for running"


async def test_up_on_the_first_routine_and_down_on_the_last_exercise_stay_there(store, clock):
    """OptionList goes round: up on the first routine, pressed to reach the top, went to the catalogue's last
    exercise, and enter opened it."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await until(pilot, lambda: listing(app).highlighted_id() == f"shipped:{FOUR_MOVES}")
        await pilot.press("up", "up")
        await pilot.pause()
        assert listing(app).highlighted_id() == f"shipped:{FOUR_MOVES}"
        await pilot.press("end")
        await until(pilot, lambda: listing(app).highlighted_id() != f"shipped:{FOUR_MOVES}")
        last = listing(app).highlighted_id()
        await pilot.press("down")
        await pilot.pause()
        assert listing(app).highlighted_id() == last


async def test_the_best_match_stays_in_sight_when_the_search_is_left_on_a_phone(store, clock):
    """Leaving the search adds "x clears" to the filter bar, a line less for the list: "/plank" then enter hid
    Plank, under the cursor, below the list's edge, and the next enter opened what could not be seen."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("slash", *"plank")
        await until(pilot, lambda: listing(app).highlighted_id() == "exercise:plank")
        await pilot.press("enter")
        await until(pilot, lambda: app.screen.focused is listing(app))
        await until(pilot, lambda: "Plank  no equipment" in drawn_list(app))


@pytest.mark.parametrize(("typed", "exercise"), [("bb bench", "bench-press"), ("flat bench", "bench-press"),
                                                  ("dumbell row", "dumbbell-row"), ("bnch pres", "bench-press")])
async def test_an_exercise_found_by_another_of_its_names_gets_the_cursor_not_a_routine_holding_it(
        store, clock, typed, exercise):
    """ "bb bench" (an alias of Bench press) put the cursor on the Gym upper-body session, which holds it, and
    enter, enter started that workout; "dumbell row" found nothing at all, "row" being too short for a typo."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", *typed)
        await until(pilot, lambda: listing(app).highlighted_id() == f"exercise:{exercise}")


async def test_home_in_a_routines_view_on_a_phone_goes_to_the_routine_itself_and_the_view_reopens_at_its_top(
        store, clock):
    """On a phone a routine's header is taller than the screen. home put the cursor on the first exercise with the
    routine's name scrolled out of sight, and enter opened that exercise where the user meant to start the
    routine; the view, left with esc and opened again, came back scrolled as it was left, its name out of sight."""
    app = make_app(store, clock)
    footer = lambda: app.screen.query_one(Footer).render().plain  # noqa: E731
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        await pilot.press("l")  # into the first routine's exercises, on its own view
        detail = app.screen.query_one("#routine-detail")
        await until(pilot, lambda: detail.entry_index() == 0)

        def drawn() -> str:
            return "\n".join(strip.text for strip in detail.render_lines(Region(0, 0, *detail.size)))

        def at_its_top() -> bool:
            return drawn().lstrip().startswith("Four upper-body moves for running") and "⏎ Start" in footer()

        await pilot.press("end")  # the last exercise, whole, at the foot of the view
        await until(pilot, lambda: detail.entry_index() == 3
                    and drawn().rstrip().endswith("transverse abdominis, deltoids"))
        await pilot.press("home")
        await until(pilot, lambda: detail.entry_index() is None and at_its_top())
        await pilot.press("end", "escape")
        await until(pilot, lambda: app.screen.focused is listing(app))
        await pilot.press("enter")  # the routine's view again
        await until(pilot, lambda: app.screen.focused is detail and at_its_top())
        await pilot.press("enter")
        await until(pilot, lambda: app.session is not None)
        assert app.session.workout.name == "Four upper-body moves for running"


@pytest.mark.parametrize("size", [(40, 20), (100, 30)])
async def test_up_from_a_routines_first_exercise_leaves_its_exercises_and_enter_starts_it(store, clock, size):
    """On a phone, k on the first exercise went round to the last one, `⏎ Open` stayed, and enter opened "Side
    plank with leg raise": the routine could not be started again without esc."""
    app = make_app(store, clock)
    footer = lambda: app.screen.query_one(Footer).render().plain  # noqa: E731
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("l")  # into the first routine's exercises (on a phone, on its own view)
        detail = app.screen.query_one("#routine-detail")
        await until(pilot, lambda: detail.entry_index() == 0 and "⏎ Open" in footer())
        await pilot.press("k")
        await until(pilot, lambda: "⏎ Start" in footer())
        assert detail.entry_index() is None
        if size[0] > 40:  # the list beside it has the cursor again
            assert app.screen.focused is listing(app)
        else:  # on the routine itself: up again goes nowhere (it went round to the last exercise)
            await pilot.press("k")
            await pilot.pause()
            assert detail.entry_index() is None and "⏎ Start" in footer()
        await pilot.press("enter")
        await until(pilot, lambda: app.session is not None)
        assert app.session.workout.name == "Four upper-body moves for running"


async def test_the_detail_follows_the_cursor_and_marks_our_figures(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "1. Superman (arms and legs together)" in detail_text(app)
        await pilot.press("j")
        text = detail_text(app)
        assert "Gym upper-body session" in text
        assert "3 x 8-12 reps · rest 60-90 s*" in text  # the article gives no rest: ours
        assert "barbell or gym machine · pectorals, triceps" in text
        assert "* our default: the source gives no figure" in text
        assert "Source: “Upper Body Workouts to Boost Running Performance”" in text
        await pilot.press("down", "down")
        text = detail_text(app)
        assert "circuit · 3 rounds* · rest 60-90 s after each round*" in text
        await pilot.press("k")
        assert "Ab workout for runners" in detail_text(app)


async def test_the_last_exercise_of_a_routine_is_shown_whole_at_the_end_of_the_detail(store, clock):
    # The detail's scrollbar appears once its rows are measured and narrows them by a column, so the plank's row
    # wraps once more. Textual's OptionList kept the row heights measured before and cut its last line off.
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("j")
        detail = app.screen.query_one("#routine-detail")
        assert detail.routine.name == "Gym upper-body session"
        detail.scroll_end(animate=False)
        await pilot.pause()
        shown = " ".join(strip.text for strip in detail.render_lines(Region(0, 0, *detail.size))).split()
        last_row = plain(detail.get_option_at_index(detail.option_count - 1).prompt).split()
        assert last_row[:2] == ["6.", "Plank"] and last_row[-1] == "anterior"
        assert shown[-len(last_row):] == last_row


async def test_enter_starts_a_workout_of_the_routine_under_the_cursor(store, clock, monkeypatch):
    app = make_app(store, clock)
    started = []
    monkeypatch.setattr(app, "start_workout", started.append)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "enter")
        assert [routine.id for routine in started] == ["sample-upper-body-workout"]


async def test_exercise_detail_from_a_routine_shows_everything_and_jumps_to_variations(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "l")  # into the gym session's exercises
        await pilot.press("j", "j", "j", "j", "enter")  # the fifth: push-up
        assert isinstance(app.screen, ExerciseDetailScreen)
        text = plain(app.screen.query_one("#exercise-text", Static).content)
        assert "In Gym upper-body session: 3 x 10-15 reps · rest 60-90 s*" in text
        for part in ("How to do it", "1. Put your hands on the floor", "Cues", "Common mistakes",
                     "Why it helps a runner", "Easier: Knee push-up", "Harder: Diamond push-up",
                     "Source: “Upper Body Workouts to Boost Running Performance”", "Muscles: pectorals"):
            assert part in text
        body = app.screen.query_one("#exercise-body")
        await pilot.press("end")  # as every page's text does
        assert body.scroll_y == body.max_scroll_y > 0
        await pilot.press("home")
        assert body.scroll_y == 0
        await pilot.press("v", "end", "home", "j", "enter")  # easier, then harder: Diamond push-up
        assert isinstance(app.screen, ExerciseDetailScreen) and app.screen.exercise.id == "diamond-push-up"
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, RoutinesScreen)
        await pilot.press("escape")  # out of the routine's exercises, back to the list
        assert app.focused is listing(app)


async def test_an_exercises_page_shows_your_last_time_and_records_or_that_it_is_not_done_yet(store, clock):
    # As Strong's exercise page has its History and Records: what you did of it, after its how-to.
    start = moment(2026, 11, 13, 18, 0)
    store.history.save_many([replace(a_workout(at=start, name="Last week"), finished_at=start, sets=(
        a_set("push-up", at=start, reps=15), a_set("push-up", at=start, reps=12)))])
    app = make_app(store, clock)

    def text() -> str:
        return plain(app.screen.query_one("#exercise-text", Static).content)

    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b", "enter")  # the catalogue's first exercise: push-up
        await until(pilot, lambda: isinstance(app.screen, ExerciseDetailScreen) and "Yours" in text())
        assert "Last time (Fri 13 Nov 2026): 15 · 12 reps\nRecords: most reps 15 reps\n" in text()
        assert text().index("Common mistakes") < text().index("Yours") < text().index("Why it helps a runner")
        await pilot.press("v", "enter")  # its easier variation: Knee push-up, never done
        await until(pilot, lambda: app.screen.exercise.id == "knee-push-up" and "Yours" in text())
        assert "Not done yet: your sets and records will show here." in text()


async def test_the_catalogue_is_browsable_on_its_own(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("b")
        assert listing(app).highlighted_id() == "exercise:push-up"
        preview = plain(app.screen.query_one("#exercise-preview-text", Static).content)
        assert "How to do it" in preview
        await pilot.press("enter")
        assert isinstance(app.screen, ExerciseDetailScreen) and app.screen.exercise.id == "push-up"
        await pilot.press("escape", "b")
        assert listing(app).highlighted_id() == f"shipped:{FOUR_MOVES}"


# -- search and filters --------------------------------------------------------------------------------------


async def test_search_is_incremental_and_forgiving(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("slash")
        assert app.focused is app.screen.query_one("#search", Input)
        await type_text(pilot, "pushu")
        assert "exercise:push-up" in listed_ids(app)
        for typed in ("push ups", "Push-up", "pushup"):
            app.screen.query_one("#search", Input).value = typed
            await pilot.pause()
            exercises = [option_id for option_id in listed_ids(app) if option_id.startswith("exercise:")]
            assert exercises[0] == "exercise:push-up", typed
            assert "shipped:home-bodyweight-circuit" in listed_ids(app)  # it has push-ups in it
            assert "shipped:runner-ab-workout" not in listed_ids(app)
        await pilot.press("enter")  # keeps the results and goes back to the list
        assert app.focused is listing(app)
        assert "Search" not in filter_bar(app) and "1 clears" not in filter_bar(app)
        await pilot.press("slash", "escape")  # escape forgets the search
        assert app.screen.query_one("#search", Input).value == ""
        assert len(listed_ids(app)) == len(app.catalogue.routines) + len(app.catalogue.exercises)


async def test_a_search_puts_the_cursor_on_the_best_match_of_yours_or_ours_and_enter_opens_it(store, clock):
    """`/trio` listed "Upper-back trio" first, but the cursor stayed on the routine it was on before the search
    (or on a routine of yours listed above, that only held a tricep dip), and enter opened that one."""
    app = make_app(store, clock)
    own_routine(store, app.catalogue, "home-bodyweight-circuit", name="My circuit")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("down", "down", "slash")
        await type_text(pilot, "trio")
        await until(pilot, lambda: listing(app).highlighted_id() == "shipped:upper-back-three-moves")
        assert listed_ids(app)[0].startswith("own:")  # yours still listed first, under their heading
        await type_text(pilot, "x")  # nothing matches: the cursor on what is left
        await pilot.press("backspace", "ctrl+u")
        await type_text(pilot, "my circ")
        await until(pilot, lambda: listing(app).highlighted_id().startswith("own:"))


async def test_search_finds_your_routine_by_your_own_exercise_and_a_name_in_any_script(store, clock):
    """"sled" found nothing though a routine of the user's had their Sled push; "核心" listed everything."""
    store.exercises.add([CustomExercise("custom:sled-push", "Sled push 🛷")])
    store.routines.save(Routine(
        id="mine", name="Tue 💪 核心 core", description="", format=RoutineFormat.STRAIGHT_SETS, focus=(Focus.CORE,),
        entries=(RoutineEntry("custom:sled-push", IntRange(3, 3), reps=IntRange(10, 10)),), shipped=False,
    ))
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await type_text(pilot, "sled")  # and the exercise itself, under "Your exercises"
        await until(pilot, lambda: listed_ids(app) == ["own:mine", "exercise:custom:sled-push"])
        await pilot.press("ctrl+u")
        await type_text(pilot, "核心")
        await until(pilot, lambda: listed_ids(app) == ["own:mine"])


async def test_search_forgives_a_typo(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await type_text(pilot, "plnk")
        exercises = [option_id for option_id in listed_ids(app) if option_id.startswith("exercise:")]
        assert exercises[0] == "exercise:plank"
        assert "shipped:runner-ab-workout" in listed_ids(app)  # it has a plank in it


async def test_a_search_that_finds_nothing_says_how_to_get_everything_back(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash")
        await type_text(pilot, "zzzq")
        assert listed_ids(app) == []
        # Still typing: x would type an x ("zzzqx"), so the key that clears the search there is escape.
        shown = [plain(listing(app).get_option_at_index(i).prompt).strip() for i in range(2)]
        assert shown == ["Nothing matches.", "esc clears the search"] and "x clears" not in filter_bar(app)
        lines = [strip.text.rstrip() for strip in listing(app).render_lines(Region(0, 0, listing(app).size.width, 2))]
        assert [line.strip() for line in lines] == shown  # whole, not cut with an ellipsis
        await pilot.press("enter")  # the search kept, the list in hand: now x clears it
        await until(pilot, lambda: plain(listing(app).get_option_at_index(1).prompt).strip() == "x clears the search")
        assert "x clears" in filter_bar(app)
        await pilot.press("x")
        assert len(listed_ids(app)) == len(app.catalogue.routines) + len(app.catalogue.exercises)
        await pilot.press("slash")
        await type_text(pilot, "zzzq")
        await pilot.press("escape")
        assert len(listed_ids(app)) == len(app.catalogue.routines) + len(app.catalogue.exercises), "esc cleared it"


async def test_filters_combine_are_shown_and_one_key_clears_them(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        assert "Equipment: any" in filter_bar(app) and "7 routines, 41 exercises" in filter_bar(app)
        await pilot.press("o")
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("j", "enter")  # "Any focus", then core
        await pilot.press("t")
        await pilot.press("j", "j", "j", "enter")  # fits in 30 min
        bar = filter_bar(app)
        assert "Focus: core" in bar and "Time: fits in 30 min" in bar and "x clears" in bar
        assert [i for i in listed_ids(app) if i.startswith("shipped:")] == [
            "shipped:four-upper-body-exercises", "shipped:sample-upper-body-workout", "shipped:runner-ab-workout",
            "shipped:home-bodyweight-circuit",
        ]
        await pilot.press("g")
        assert isinstance(app.screen, EquipmentScreen)
        kit = app.screen.query_one(SelectionList)
        kit.deselect_all()  # a runner with no kit at all
        await pilot.press("enter")
        assert "Equipment: none" in filter_bar(app)
        assert [i for i in listed_ids(app) if i.startswith("shipped:")] == ["shipped:runner-ab-workout"]
        assert "exercise:kettlebell-chainsaw-row" not in listed_ids(app)
        await pilot.press("x")
        bar = filter_bar(app)
        assert "Equipment: any" in bar and "Focus: any" in bar and "Time: any" in bar and "clears" not in bar
        assert len(listed_ids(app)) == len(app.catalogue.routines) + len(app.catalogue.exercises)


async def test_the_equipment_picker_ticks_what_you_have(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        kit = app.screen.query_one(SelectionList)
        kit.deselect_all()
        await pilot.press("space", "j", "space", "enter")  # chair or bench, resistance band
        assert "Equipment: chair or bench, resistance band" in filter_bar(app)
        await pilot.press("g", "a", "enter")  # everything ticked: no equipment filter at all
        assert "Equipment: any" in filter_bar(app)
        await pilot.press("g", "escape")
        assert "Equipment: any" in filter_bar(app)


# -- the editor ----------------------------------------------------------------------------------------------


async def test_a_new_routine_is_built_from_the_catalogue_and_saved(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        assert isinstance(app.screen, RoutineEditorScreen)
        assert app.focused is app.screen.query_one("#name", Input)
        # The way from the name to `a` is said: a typed `a` ended the name ("Tuesday corea").
        assert "(in the name, enter first)" in " ".join(screen_text(app).split())
        await type_text(pilot, "Tuesday core")
        await pilot.press("enter")  # done with the name: on to the exercises
        assert app.focused is app.screen.query_one("#entries")
        await pilot.press("a")
        assert isinstance(app.screen, ExercisePickerScreen)
        await type_text(pilot, "planks")
        await pilot.press("enter")
        await pilot.press("a")
        await type_text(pilot, "side plank")
        await pilot.press("enter")
        await pilot.press("enter")  # change the side plank's figures
        assert isinstance(app.screen, EntryEditorScreen)
        sets = app.screen.query_one("#sets", Input)
        sets.value = "2"
        app.screen.query_one("#amount", Input).value = "8-10"
        app.screen.query_one("#rest", Input).value = "45"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, RoutineEditorScreen)
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, RoutinesScreen)
        saved = store.routines.all()
        assert [(r.id, r.name, r.shipped) for r in saved] == [("tuesday-core", "Tuesday core", False)]
        plank, side = saved[0].entries
        assert (plank.exercise_id, plank.sets, plank.hold_s, plank.rest_s) == ("plank", IntRange(3, 3),
                                                                              IntRange(30, 60), IntRange(60, 90))
        assert (side.exercise_id, side.sets, side.reps, side.per_side, side.rest_s) == (
            "side-plank-leg-raise", IntRange(2, 2), IntRange(8, 10), True, IntRange(45, 45))
        assert listing(app).highlighted_id() == "own:tuesday-core"


@pytest.mark.parametrize(("routine_format", "last", "blank_means"), [
    (RoutineFormat.STRAIGHT_SETS, False, "default, or 60-90"), (RoutineFormat.STRAIGHT_SETS, True, "default, or 60-90"),
    (RoutineFormat.CIRCUIT, False, "none, or 30-60"), (RoutineFormat.CIRCUIT, True, "the round's rest")])
async def test_a_blank_rest_says_what_it_does_and_says_it_whole_on_a_phone(store, clock, routine_format, last,
                                                                          blank_means):
    """It said "60-90, or blank for none", cut to "...blank fo" at 40 columns; and in straight sets a blank rest
    is the settings' default rest after each set, not none. A circuit's last exercise rests as the round does: it
    said "none", and a rest typed there was never run (build_routine refuses it)."""
    app = make_app(store, clock)
    plank = RoutineEntry("plank", IntRange(3, 3), hold_s=IntRange(30, 60))
    async with app.run_test(size=(40, 20)) as pilot:
        app.push_screen(EntryEditorScreen(app.catalogue.exercises["plank"], plank, routine_format, last=last))
        await until(pilot, lambda: isinstance(app.screen, EntryEditorScreen) and bool(app.screen.query("#rest")))
        await pilot.pause()
        rest = app.screen.query_one("#rest", Input)
        assert rest.value == "" and rest.placeholder == blank_means
        assert rest.content_region.width >= len(blank_means), "the whole of it in the field"
    routine = Routine("mine", "Mine", "", routine_format, focus=(Focus.CORE,), entries=(plank, plank), rounds=None)
    slot = plan_for(routine, default_rest_s=75)[-1 if last else 0]
    straight = routine_format is RoutineFormat.STRAIGHT_SETS
    assert slot.rest_after_s == (75 if straight or last else None)  # a circuit's round rests 75 s when not given


async def first_entry_opened(app, pilot, mine) -> None:
    """Your routine in its editor, and its first exercise (crunch) in the entry editor."""
    listing(app).highlight_id(f"own:{mine.id}")
    await pilot.press("e", "enter")
    assert isinstance(app.screen, EntryEditorScreen)


async def test_invalid_figures_are_refused_with_a_message_and_nothing_is_saved(store, clock):
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue)
    async with app.run_test(size=(80, 24)) as pilot:
        await first_entry_opened(app, pilot, mine)
        app.screen.query_one("#sets", Input).value = "abc"
        app.screen.query_one("#amount", Input).value = "30-20"
        await pilot.press("enter")
        assert isinstance(app.screen, EntryEditorScreen)  # still open
        problems = str(app.screen.query_one("#entry-problems", Static).render())
        assert "Sets: 'abc' is not a whole number" in problems
        assert "Reps: 30-20 runs backwards; put the smaller number first." in problems
        assert app.focused is app.screen.query_one("#sets", Input)
        await pilot.press("escape")
        assert isinstance(app.screen, RoutineEditorScreen)
        app.screen.query_one("#name", Input).value = "   "
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, RoutineEditorScreen)
        assert "Name: give the routine a name." in str(app.screen.query_one("#editor-problems", Static).render())
        assert app.focused is app.screen.query_one("#name", Input)
    assert store.routines.all() == [mine]


async def test_space_ticks_each_side_and_enter_on_it_applies_the_figures_as_in_a_field(store, clock):
    """Enter on "Each side" untied it again and left the dialog open, while the hint said "enter: apply"."""
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue)
    async with app.run_test(size=(80, 24)) as pilot:
        await first_entry_opened(app, pilot, mine)
        await pilot.press("tab", "tab", "tab", "space")  # sets, reps, rest: each side, ticked
        await until(pilot, lambda: app.screen.query_one("#per-side").value is True)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RoutinesScreen))
    assert store.routines.all()[0].entries[0].per_side is True


async def renamed_in_its_editor(app, pilot, mine) -> None:
    """The user's routine opened in the editor (`e`), its name changed, not saved yet."""
    listing(app).highlight_id(f"own:{mine.id}")
    await pilot.press("e")
    await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
    app.screen.query_one("#name", Input).value = "Ab workout, short"


@pytest.mark.parametrize("then", ["ctrl+s", "escape"])
async def test_a_routine_deleted_in_another_window_stays_deleted_unless_its_edit_is_saved_again(store, clock, data_dir,
                                                                                               then):
    """Saving the editor wrote the routine whole, and one deleted in another window meanwhile came back unsaid.
    Then the save was refused under the edit's new name ("“Ab workout, short” was deleted"), and the form closed on
    the edits. It names the routine deleted, and the edits stay: saved again they bring it back, as edited."""
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue)
    async with app.run_test(size=(80, 24)) as pilot:
        await renamed_in_its_editor(app, pilot, mine)
        assert open_store(data_dir).routines.delete(mine.id)  # the other window
        await pilot.press("ctrl+s")
        problems = app.screen.query_one("#editor-problems", Static)
        await until(pilot, lambda: "Not saved" in str(problems.render()))
        assert " ".join(str(problems.render()).split()) == (
            f"Not saved: “{mine.name}” was deleted since this form opened (in another window). ^s again saves "
            "yours as it is here; esc leaves it deleted.")
        assert open_store(data_dir).routines.all() == []
        await pilot.press(then)
        if then == "escape":
            await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))  # its edits: left unsaved?
            await pilot.press("y")
        await until(pilot, lambda: isinstance(app.screen, RoutinesScreen))
    kept = open_store(data_dir).routines.all()
    if then == "escape":
        assert kept == []
    else:
        assert [(routine.id, routine.name) for routine in kept] == [(mine.id, "Ab workout, short")]


async def test_a_circuit_needs_rounds(store, clock):
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue, source_id="home-bodyweight-circuit")
    async with app.run_test(size=(80, 24)) as pilot:
        listing(app).highlight_id(f"own:{mine.id}")
        await pilot.press("e")
        app.screen.query_one("#rounds", Input).value = "0"
        await pilot.press("ctrl+s")
        assert "Rounds: must be at least 1." in str(app.screen.query_one("#editor-problems", Static).render())
        app.screen.query_one("#rounds", Input).value = "2-4"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, RoutinesScreen)
    (saved,) = store.routines.all()
    assert saved.rounds == IntRange(2, 4) and "rounds" not in saved.ours  # the figure is the user's now


async def test_a_problem_fixed_in_the_editor_leaves_the_list_of_problems_at_once(store, clock):
    """Shown on save, the problems stayed until the next save, though fixed: at 40x20 they took the exercises'
    room."""
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        editor = app.screen
        await pilot.press("ctrl+s")

        def problems() -> str:
            return str(editor.query_one("#editor-problems", Static).render())

        assert "Name: give the routine a name." in problems() and "add at least one exercise" in problems()
        await pilot.press(*"Abs")
        await until(pilot, lambda: "Name:" not in problems())
        assert "add at least one exercise" in problems()
        await pilot.press("enter", "a")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"crunch", "enter")
        await until(pilot, lambda: app.screen is editor and problems() == "")


async def test_reorder_remove_and_rename_then_save(store, clock):
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue)
    before = [entry.exercise_id for entry in mine.entries]  # crunch, leg-raise, russian-twist, plank
    async with app.run_test(size=(80, 24)) as pilot:
        listing(app).highlight_id(f"own:{mine.id}")
        await pilot.press("e")
        await pilot.press("J", "J")  # crunch moves two places later: leg raise, twist, crunch, plank
        await pilot.press("k", "shift+up")  # the twist moves first: twist, leg raise, crunch, plank
        await pilot.press("j", "j", "j", "x")  # plank goes
        await pilot.press("r")
        name = app.screen.query_one("#name", Input)
        assert app.focused is name
        name.value = "Core, shorter"
        await pilot.press("ctrl+s")
    (saved,) = store.routines.all()
    assert saved.id == mine.id and saved.name == "Core, shorter"
    assert [entry.exercise_id for entry in saved.entries] == ["russian-twist", "leg-raise", "crunch"]
    assert before == ["crunch", "leg-raise", "russian-twist", "plank"]


async def test_home_and_end_go_to_the_first_and_last_exercise_in_the_editor(store, clock):
    """They did nothing: home then K moved the third exercise up, not the first."""
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue)  # crunch, leg-raise, russian-twist, plank
    async with app.run_test(size=(80, 24)) as pilot:
        listing(app).highlight_id(f"own:{mine.id}")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        await pilot.press("j", "j", "home", "J")  # the first, crunch, one place later
        await pilot.press("end", "K")  # the last, plank, one place earlier
        await pilot.press("ctrl+s")
    (saved,) = store.routines.all()
    assert [entry.exercise_id for entry in saved.entries] == ["leg-raise", "crunch", "plank", "russian-twist"]


async def test_switching_format_to_circuit_and_back(store, clock):
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue)
    async with app.run_test(size=(80, 24)) as pilot:
        listing(app).highlight_id(f"own:{mine.id}")
        await pilot.press("e")
        assert not app.screen.query_one("#circuit-row").display
        app.screen.query_one("#format").value = RoutineFormat.CIRCUIT
        await until(pilot, lambda: app.screen.query_one("#circuit-row").display)
        assert app.screen.query_one("#rounds", Input).value == "3"
        await pilot.press("ctrl+s")
    (saved,) = store.routines.all()
    assert saved.format is RoutineFormat.CIRCUIT and saved.rounds == IntRange(3, 3)


async def test_a_new_circuit_takes_its_exercises_as_the_editor_says_right_after_its_format_is_picked(store, clock):
    """The focus stays on the format once it is picked, where "press a to add one" did nothing."""
    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        await pilot.press(*"Quick core", "tab", "enter", "down", "enter")
        await until(pilot, lambda: app.screen.query_one("#circuit-row").display)
        await until(pilot, lambda: "a Add" in app.screen.query_one(Footer).render().plain)
        await pilot.press("r", *"Core circuit", "tab")  # r goes to the name (its text selected, as a rename's)
        await until(pilot, lambda: app.screen.focused is app.screen.query_one("#format"))
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"plank", "enter")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        await pilot.press("ctrl+s")
        await until(pilot, lambda: len(store.routines.all()) == 1)
    (saved,) = store.routines.all()
    assert saved.name == "Core circuit" and saved.format is RoutineFormat.CIRCUIT
    assert [entry.exercise_id for entry in saved.entries] == ["plank"]


async def test_leaving_the_editor_with_changes_asks_first(store, clock):
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue)
    async with app.run_test(size=(80, 24)) as pilot:
        listing(app).highlight_id(f"own:{mine.id}")
        await pilot.press("e", "x", "escape")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, RoutineEditorScreen)
        await pilot.press("escape", "y")
        assert isinstance(app.screen, RoutinesScreen)
        await pilot.press("e", "escape")  # nothing changed: no question
        assert isinstance(app.screen, RoutinesScreen)
        await pilot.press("e", "x", "q")  # quitting from the editor asks too
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, RoutineEditorScreen) and app.is_running
        # ctrl+q too, Textual's quit, which goes before any screen's keys: it closed the editor and its routine
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, RoutineEditorScreen) and app.is_running
        await pilot.press("ctrl+q", "y")
        await until(pilot, lambda: not app.is_running)
    assert store.routines.all() == [mine]


async def test_routines_saved_by_another_running_copy_appear_when_you_come_back(store, clock, data_dir):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        other_window = open_store(data_dir)
        mine = own_routine(other_window, app.catalogue, name="From the other window")
        await pilot.press("2", "1")
        assert f"own:{mine.id}" in listed_ids(app)


# -- copying and deleting ------------------------------------------------------------------------------------


async def test_c_copies_a_shipped_routine_into_an_editable_one(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        assert listing(app).highlighted_id() == "own:four-upper-body-moves-for-running-copy"
        await pilot.press("c")
    shipped = app.catalogue.routines[FOUR_MOVES]
    copies = store.routines.all()
    assert [r.name for r in copies] == ["Four upper-body moves for running (copy)",
                                        "Four upper-body moves for running (copy 2)"]
    assert all(not r.shipped and len(r.entries) == len(shipped.entries) for r in copies)


async def test_a_copy_of_a_shipped_routine_has_no_our_default_marks(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        assert "*" in detail_text(app)  # the shipped routine: figures the article leaves out are ours
        await pilot.press("c")
        await until(pilot, lambda: listing(app).highlighted_id() == "own:four-upper-body-moves-for-running-copy")
        await until(pilot, lambda: "(copy)" in detail_text(app))
        assert "*" not in detail_text(app)


async def test_a_routine_cannot_take_the_name_of_another(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        editor = app.screen
        editor.query_one("#name", Input).value = "ab workout for RUNNERS"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "already a routine called" in plain(editor.query_one("#editor-problems").content))
        assert app.screen is editor and store.routines.all() == []
        assert "Exercises: add at least one exercise" in plain(editor.query_one("#editor-problems").content)
        assert editor.focused is editor.query_one("#name")  # every problem at once, the cursor on the first


async def test_editing_a_shipped_routine_offers_a_copy_and_saves_only_the_copy(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, RoutinesScreen) and store.routines.all() == []
        await pilot.press("e", "y")
        assert isinstance(app.screen, RoutineEditorScreen)
        assert app.screen.query_one("#name", Input).value == "Four upper-body moves for running (copy)"
        await pilot.press("escape")  # nothing typed yet: leaves without asking, and nothing is saved
        assert store.routines.all() == []
        await pilot.press("e", "y", "x", "ctrl+s")
    (copy,) = store.routines.all()
    assert copy.name == "Four upper-body moves for running (copy)" and len(copy.entries) == 3
    assert FOUR_MOVES in app.catalogue.routines and len(app.catalogue.routines[FOUR_MOVES].entries) == 4


async def test_copy_and_edit_opens_the_copy_without_our_default_marks(store, clock):
    """As a copy made with c: the `*` marks showed in the editor of the copy ("rest 60-90 s*"), and went at the
    save."""
    from tests.app.test_calendar_screen import screen_lines

    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        listing(app).highlight_id("shipped:runner-ab-workout")
        await until(pilot, lambda: "60-90 s*" in detail_text(app))
        await pilot.press("e", "y")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        await until(pilot, lambda: "Crunch" in "\n".join(screen_lines(app)))
        assert "*" not in "\n".join(screen_lines(app))


async def test_d_deletes_your_routine_after_asking(store, clock):
    app = make_app(store, clock)
    first = own_routine(store, app.catalogue, name="A first")
    second = own_routine(store, app.catalogue, source_id="upper-back-three-moves", name="B second")
    async with app.run_test(size=(80, 24)) as pilot:
        listing(app).highlight_id(f"own:{first.id}")
        await pilot.press("d")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert {r.id for r in store.routines.all()} == {first.id, second.id}
        await pilot.press("d", "y")
        assert [r.id for r in store.routines.all()] == [second.id]
        assert listing(app).highlighted_id() == f"own:{second.id}"  # the cursor stays among yours


async def test_shipped_routines_cannot_be_deleted(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, RoutinesScreen)
        assert any("Shipped routines cannot be deleted" in n.message for n in app._notifications)
        assert f"shipped:{FOUR_MOVES}" in listed_ids(app)


# -- keys ----------------------------------------------------------------------------------------------------


def test_every_binding_has_an_id_and_a_tooltip():
    from tui.screens.pickers import ChoiceScreen as Choice

    for screen in (RoutinesScreen, RoutineEditorScreen, ExerciseDetailScreen, EntryEditorScreen, ConfirmScreen,
                   Choice, EquipmentScreen, ExercisePickerScreen):
        for binding in screen.BINDINGS:
            assert binding.id and binding.tooltip, (screen.__name__, binding)
            # Left out of the footer, still listed by ?: the page keys, and e/c/d's word on an exercise.
            assert binding.show or binding.id.endswith((".page_up", ".page_down", ".first", ".last",
                                                        ".not_for_exercises")), binding


async def test_home_and_end_go_to_the_top_and_the_bottom_of_the_list(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: listing(app).highlighted_id() is not None)
        first = listing(app).highlighted_id()
        await pilot.press("end")
        await until(pilot, lambda: listing(app).highlighted_id() == listed_ids(app)[-1])
        assert listing(app).highlighted_id() != first
        await pilot.press("home")
        await until(pilot, lambda: listing(app).highlighted_id() == first)


async def test_the_routines_keys_are_in_the_footer_and_in_the_help(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()
        shown = {item.description for item in app.screen.query_one(Footer).items}
        assert {"Start", "Search", "Edit", "Copy", "New", "Delete", "Equipment", "Focus", "Time", "Clear"} <= shown
        await pilot.press("question_mark")
        await pilot.pause()
        help_text = plain(app.screen.query_one(HelpPanel).query_one("BindingsTable").render_bindings_table())
        for words in ("Start", "Search", "Edit", "Copy", "Delete", "Equipment", "Clear"):
            assert words in help_text


async def test_the_footer_follows_what_the_cursor_is_on(store, clock):
    # The footer is rebuilt only when its keys change (widgets/footer.py): it must still change when they do.
    app = make_app(store, clock)
    async with app.run_test(size=(200, 30)) as pilot:
        await pilot.pause()

        def footer() -> set[str]:
            return {item.description for item in app.screen.query_one(Footer).items}

        assert "Start" in footer() and "Open" not in footer()  # a routine is highlighted
        await pilot.press("b")  # to the exercise catalogue
        await until(pilot, lambda: "Open" in footer())
        assert "Start" not in footer()
        assert "Copy" not in footer()  # not offered: an exercise cannot be copied (pressed, c says why)
        await pilot.press("b")
        await until(pilot, lambda: "Start" in footer())


async def test_a_routine_of_yours_that_shares_a_shipped_id_is_listed_and_editable(store, clock):
    # An import can bring in a routine whose id a shipped one also has; both must show and stay apart.
    app = make_app(store, clock)
    store.routines.save(app.catalogue.routines[AB_WORKOUT]._replace(shipped=False, name="My abs"))
    async with app.run_test(size=(80, 24)) as pilot:
        assert {f"shipped:{AB_WORKOUT}", f"own:{AB_WORKOUT}"} <= set(listed_ids(app))
        listing(app).highlight_id(f"own:{AB_WORKOUT}")
        await pilot.press("e")
        assert isinstance(app.screen, RoutineEditorScreen)


async def test_a_routine_with_blank_rests_is_timed_with_the_default_rest(store, clock):
    """Knee push-ups 3 x 10-12 with no rest typed, the default rest 100 s: "about 2 min", done in 5."""
    store.settings.save(store.settings.get().changed(default_rest_s=100))
    store.routines.save(Routine(
        id="mine", name="Def", description="", format=RoutineFormat.STRAIGHT_SETS, focus=(Focus.ARMS,),
        entries=(RoutineEntry("knee-push-up", IntRange(3, 3), reps=IntRange(10, 12)),), shipped=False,
    ))
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: "own:mine" in listed_ids(app))
        row = next(option for option in listing(app).options if option.id == "own:mine")
        assert "1 exercise · 5 min" in plain(row.prompt)


async def test_a_routine_saved_while_a_search_hides_it_shows_the_search_cleared(store, clock):
    """With "stretch" searched, a new routine of crunches saved: "2 routines", without it, and another's detail."""
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.press("slash")
        await type_text(pilot, "stretch")
        await pilot.press("enter", "a")
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))
        editor = app.screen
        editor.query_one("#name", Input).value = "Abs"
        await pilot.press("tab", "tab", "a")  # to the exercises, and add one
        await until(pilot, lambda: isinstance(app.screen, ExercisePickerScreen))
        await pilot.press(*"crunch", "enter")
        await until(pilot, lambda: app.screen is editor)
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RoutinesScreen))
        (saved,) = store.routines.all()
        await until(pilot, lambda: listing(app).highlighted_id() == f"own:{saved.id}")
        assert app.screen.query_one("#search", Input).value == ""


@pytest.mark.parametrize(("typed", "reached"), [("new routine", "editor"), ("calendar", "calendar"),
                                                ("filter by focus", "focus")])
async def test_the_palette_finds_the_routines_keys_and_the_screens_by_name(store, clock, typed, reached):
    """On a phone the footer has room for a few keys, and the palette (a tap on ≡) is the way to the rest; it
    found nothing for "new routine" or "calendar"."""
    from textual.command import CommandPalette

    from tui.screens.calendar import CalendarScreen
    from tui.screens.pickers import ChoiceScreen

    app = make_app(store, clock)
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*[{" ": "space"}.get(char, char) for char in typed], "enter")
        screen = {"editor": RoutineEditorScreen, "calendar": CalendarScreen, "focus": ChoiceScreen}[reached]
        await until(pilot, lambda: isinstance(app.screen, screen))


def shown(app) -> str:
    return " ".join(screen_text(app).split())  # a message wrapped over lines, as one


async def test_an_edit_saved_over_a_change_from_another_window_is_asked_first(store, clock, data_dir):
    """Two windows editing one routine: the later ctrl+s wrote its routine whole, and the other window's exercise
    was gone without a word. It is said, and only a second ctrl+s saves over it."""
    app = make_app(store, clock)
    mine = own_routine(store, app.catalogue)
    async with app.run_test(size=(80, 24)) as pilot:
        await renamed_in_its_editor(app, pilot, mine)
        theirs = mine._replace(entries=mine.entries[:2])
        open_store(data_dir).routines.save(theirs, replacing=mine)  # the other window
        await pilot.press("ctrl+s")
        await until(pilot, lambda: "changed in another window since you opened it" in shown(app))
        assert "^s again saves yours over that change; esc leaves it as it is" in shown(app)
        assert open_store(data_dir).routines.all() == [theirs], "nothing written over"
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, RoutinesScreen))
    assert [(r.name, len(r.entries)) for r in open_store(data_dir).routines.all()] == [
        ("Ab workout, short", len(mine.entries))]
