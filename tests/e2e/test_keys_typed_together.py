"""Keys that arrive together, as they do when an SSH connection stalls and then catches up: each goes to the field
the keys before it moved to, not to the field that had the focus when they arrived."""

from __future__ import annotations

import pytest

from tests.e2e.terminal import Terminal

pytestmark = pytest.mark.slow


@pytest.fixture
def terminal(request, tmp_path):
    """The app in a 100x30 pane with an empty data dir, its routines listed."""
    terminal = Terminal(f"keys-{request.node.name.removeprefix('test_')[:30]}", width=100, height=30)
    try:
        terminal.start("--data-dir", str(tmp_path / "data"))
        terminal.wait_for("Gym upper-body session")
        yield terminal
    finally:
        terminal.close()


def start_the_gym_session(terminal: Terminal) -> None:
    terminal.press("j", "Enter")
    terminal.wait_for("Exercise 1 of 6")


def test_a_burst_of_keys_fills_the_fields_its_tabs_move_to(terminal):
    start_the_gym_session(terminal)
    terminal.press("e")
    terminal.wait_for("Use these values")
    terminal.wait_until_settled()
    # The reps, on to the unit and back to the load, the load, and save. While tab moved the focus only after the
    # field it left had seen it, the 4 and the 0 went to the reps: "1240 reps", refused, and no load.
    terminal.press_at_once("1", "2", "Tab", "Tab", "BTab", "4", "0", "C-s")
    terminal.wait_for("space logs: 12 reps @ 40 kg")


def test_a_burst_through_the_set_form_logs_the_values_it_typed(terminal):
    """e, the values, enter, space and up in one burst: the form opens, takes them, space logs them, and the cursor
    goes up to the logged set. While e moved the focus only after the keys behind it had gone to the set list,
    the whole burst came to nothing: no form, no set logged, and no word of it."""
    start_the_gym_session(terminal)
    terminal.wait_until_settled()
    terminal.press_at_once("e", "1", "5", "Tab", "2", "0", "Enter", "Space", "Up")
    terminal.wait_for("Set 1: 15 reps @ 20 kg")
    assert "Set 2 of 3" in terminal.screen()
    # Back down to the next set, skip the rest, other values with ctrl+s, log, and up to see them.
    terminal.press_at_once("Down", "s", "e", "1", "0", "C-s", "Space", "Up")
    assert "Set 3 of 3" in terminal.wait_for("Set 2: 10 reps @ 20 kg")


def test_a_fields_own_keys_typed_with_characters_act_where_they_were_typed(terminal):
    """The backspaces went through the load field and up to the app before they acted, behind enter: 32.5 kg."""
    start_the_gym_session(terminal)
    terminal.wait_until_settled()
    terminal.press_at_once("e", "1", "0", "Tab", "3", "2", ".", "5", "BSpace", "BSpace", "Enter", "Space")
    assert "Set 2 of 3" in terminal.wait_for("space logs: 10 reps @ 32 kg")


def test_a_search_typed_with_its_slash_finds_what_was_typed(terminal):
    """The letters that came with the / went to the routine list, where "a" makes a new routine."""
    terminal.wait_until_settled()
    terminal.press_at_once("/", "p", "l", "a", "n", "k")
    terminal.wait_until(lambda screen: "plank" in screen.splitlines()[1], "the search does not show 'plank'")
    screen = terminal.wait_for("4 routines, 4 exercises")  # what the whole word finds
    assert "New routine" not in screen


def test_the_command_palette_takes_the_command_typed_with_ctrl_p(terminal):
    """The palette was still being built when the keys behind ctrl+p came: they were lost, and enter ran nothing."""
    terminal.press("2")  # from the Workout screen, as its "no workout in progress" says
    terminal.wait_for("No workout in progress")
    terminal.wait_until_settled()
    terminal.press_at_once("C-p", *"start four", "Enter")
    terminal.wait_for("Exercise 1 of 4")


def test_a_past_workouts_new_name_typed_with_e_is_saved(terminal):
    """The name went to History's list, where its letters are keys of their own; the form saved no new name."""
    start_the_gym_session(terminal)
    terminal.press("Space")
    terminal.wait_for("Set 2 of 3")
    terminal.press("f")
    terminal.wait_for("Finish now?")
    terminal.press("y")
    terminal.wait_for("Close (esc)")
    terminal.press("Enter")
    terminal.wait_for("No workout in progress")
    terminal.press("4")
    terminal.wait_for("Gym upper-body session")
    terminal.wait_until_settled()
    terminal.press_at_once("e", *"Renamed", "C-s")
    terminal.wait_for("Saved “Renamed”.")


def test_an_exercise_searched_for_and_chosen_in_one_burst_is_the_one_added(terminal):
    """The search's enter acted before the search had its letters, and added Push-up."""
    terminal.press("a")
    terminal.wait_for("New routine")
    terminal.type("Gym day")
    terminal.press("Enter")
    terminal.wait_for("No exercises yet")
    terminal.wait_until_settled()
    terminal.press_at_once("a", *"crunch", "Enter")
    assert "Push-up" not in terminal.wait_for("1. Crunch")


def test_a_routine_named_filled_and_saved_in_one_burst_is_saved_as_typed(terminal):
    """The keys typed after enter in the name went into the name: enter moves on to the exercises only in the
    screen's answer to the name field, which came after them. Then, 1 time in 10 to 40, `a` found the exercises
    not yet focused (Textual's has_focus comes a moment after the focus), added nothing, and the "r" of crunch
    renamed the routine "unch"."""
    terminal.wait_until_settled()
    terminal.press_at_once("a", "A", "b", "s", "Enter", "a", *"crunch", "Enter", "C-s")
    screen = terminal.wait_for("Saved “Abs”.")
    assert any(line.strip().startswith("1 exercise ·") for line in screen.splitlines())  # the crunch, not "Abs…"


@pytest.mark.parametrize("opening", [("C-p", *"start gym upper", "Enter"), ("j", "Enter")],
                         ids=["from the palette", "from the routine list"])
def test_space_typed_with_the_key_that_starts_a_workout_logs_the_first_set(terminal, opening):
    """The key that starts a workout builds its screen after its own turn has ended (last time's sets are read
    first): a space typed with it went to the screen it left, and no set was logged."""
    terminal.wait_until_settled()
    terminal.press_at_once(*opening, "Space")
    screen = terminal.wait_for("Set 2 of 3")
    assert "✓ Set 1:" in screen, screen


@pytest.mark.parametrize("second, shows", [
    ("2", "No workout in progress"),  # read as "™", and both keys were lost
    ("3", "runstrength — Calendar"),  # "£"
    ("4", "runstrength — History"),
    ("a", "runstrength — New routine"),  # read as alt+a
])
def test_escape_and_the_key_after_it_arriving_together_act_as_both(terminal, second, shows):
    # tmux before 3.5 waits 500 ms after escape and sends it with the next key as one sequence, as alt with that key;
    # a stalled SSH connection does the same. Escape closed no dialog, and the key after it did nothing.
    terminal.press(",")
    terminal.wait_for("Weekly target")
    terminal.wait_until_settled()
    terminal.press_at_once("Escape", second)
    screen = terminal.wait_for(shows)
    assert "Weekly target" not in screen


def test_a_pound_sign_typed_in_a_field_stays_a_pound_sign(terminal):
    # The character Textual makes of escape 3 is a character of its own: in a field it is what was typed.
    start_the_gym_session(terminal)
    terminal.press("N")  # the workout's note
    terminal.wait_for("Note for this workout")
    terminal.wait_until_settled()
    terminal.type("£5 day pass")
    screen = terminal.wait_for("£5 day pass")
    assert "Note for this workout" in screen and "runstrength — Workout" in screen


def test_a_zero_width_joiner_or_non_joiner_typed_in_a_field_is_kept(terminal, tmp_path):
    """Typed, U+200C (a Persian keyboard's key, part of a word's spelling) and U+200D (what makes 🏃‍♀️ one emoji)
    were dropped: Textual's Input takes only what str.isprintable calls printable. Pasted, they were kept."""
    start_the_gym_session(terminal)
    terminal.press("N")
    terminal.wait_for("Note for this workout")
    terminal.wait_until_settled()
    typed = "می\u200cخوام 🏃\u200d♀️ 5k"
    terminal.type(typed)
    terminal.wait_for("5k")
    terminal.press("Enter")
    terminal.wait_until(lambda screen: "Note for this workout" not in screen, "the note saved")
    assert typed in (tmp_path / "data" / "workout.json").read_text(encoding="utf-8")


def text_of(screen: str) -> str:
    """The screen's text without the scroll bar's thumb, which is drawn a moment after the text."""
    return "\n".join(line.translate(str.maketrans("", "", "▁▂▃▄▅▆▇█")).rstrip() for line in screen.splitlines())


def test_downs_that_come_together_scroll_as_far_as_downs_typed_apart(tmp_path):
    """On a phone-sized pane, ten downs in one burst scrolled the key help one line: each was counted from where
    the help was before the frame, not from where the down before it had moved it."""
    terminal = Terminal("keys-scroll-together", width=40, height=20)
    try:
        terminal.start("--data-dir", str(tmp_path / "data"))
        terminal.wait_for("Shipped routines")
        terminal.press("?")
        terminal.wait_for("tab Next field")
        top = text_of(terminal.wait_until_settled())
        for _ in range(10):
            terminal.press("Down")
            terminal.wait_until_settled()
        apart = text_of(terminal.screen())
        assert apart != top
        terminal.press("Home")
        terminal.wait_until(lambda screen: text_of(screen) == top, "home did not scroll the help back to its top")
        terminal.press_at_once(*["Down"] * 10)
        terminal.wait_until(lambda screen: text_of(screen) == apart,
                            "ten downs at once did not scroll as far as ten apart")
    finally:
        terminal.close()
