"""User keymaps: `[keymap]` in config.toml (in $XDG_CONFIG_HOME/runstrength-tui/) remaps any binding by its id;
`?` and the footer show the remapped keys; a config that is not TOML or names an unknown id is refused with the
file and line, exit 2, before the data dir is touched."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Button, Input, Static

from tests.app.disks import fill, make_room, mounted_tiny_disk
from tests.app.waiting import until
from tui.app import make_app
from tui.cli import main
from tui.domain.catalogue.model import Focus, Routine, RoutineEntry, RoutineFormat
from tui.domain.errors import ConfigError
from tui.domain.ranges import IntRange
from tui.keymap import config_path, keys_text_fields_take, user_keymap
from tui.screens.entry_editor import EntryEditorScreen
from tui.screens.history import HistoryScreen
from tui.screens.settings import SettingsScreen
from tui.screens.transfer_dialog import TransferDialog
from tui.screens.workout import WorkoutScreen
from tui.screens.workout_add import AddWorkoutScreen
from tui.store.open import open_store
from tui.widgets.footer import Footer
from tui.widgets.workout_sets import WorkoutSets


def write_config(text: str) -> Path:
    path = config_path()
    assert str(path).startswith(os.environ["XDG_CONFIG_HOME"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def screen_text(app) -> str:
    """The whole screen as text, read from Textual's own screenshot."""
    svg = app.export_screenshot()
    return html.unescape(" ".join(re.findall(r">([^<>]*)</text>", svg))).replace("\xa0", " ")


def drawn(widget) -> str:
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, *widget.size)))


async def test_a_remapped_key_works_and_is_shown_in_the_footer_and_the_key_help(store, clock):
    write_config('[keymap]\n"history.delete" = "x"\n"app.help" = "h,question_mark"\n"app.palette" = "ctrl+k"\n')
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=(160, 60)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.pause()
        assert "x Delete" in drawn(app.screen.query_one(Footer))
        assert drawn(app.screen.query_one(Footer)).rstrip().endswith("^k Commands")  # it was left out
        await pilot.press("h")
        await until(pilot, lambda: bool(app.screen.query("HelpPanel")))
        await pilot.pause()
        on_screen = screen_text(app)
        assert re.search(r"\bx\s+Delete", on_screen), "the key help lists the remapped key"
        assert not re.search(r"\bd\s+Delete", on_screen)


def test_ids_written_without_quotes_as_toml_is_mostly_written_are_taken():
    """routines.new = "n" (TOML reads a table within a table) was refused: "no binding with the id 'routines'"."""
    write_config('[keymap]\nroutines.new = "n"\nworkout.undo = "z"\n"app.help" = "h"\n')
    assert user_keymap() == {"routines.new": "n", "workout.undo": "z", "app.help": "h"}
    write_config('[keymap]\nroutines.nope = "n"\n')
    with pytest.raises(ConfigError, match=r"line 2: there is no binding with the id 'routines.nope'"):
        user_keymap()


def test_a_config_saved_with_a_byte_order_mark_and_windows_line_ends_is_taken():
    """Notepad saves UTF-8 with a byte order mark, and CRLF: "line 1: is not valid TOML (Invalid statement)" said
    nothing of the mark, invisible in most editors. The mark is read as what it is, no part of the text."""
    path = write_config("")
    path.write_bytes('\ufeff[keymap]\r\n"app.help" = "h"\r\n'.encode())
    assert user_keymap() == {"app.help": "h"}


@pytest.mark.parametrize("size", [(100, 30), (40, 20)], ids=["100x30", "40x20"])
async def test_the_search_fields_hint_names_the_users_key_for_search(store, clock, size):
    """It said "/ search routines and exercises" with search remapped, and / did nothing."""
    write_config('[keymap]\n"routines.search" = "f3"\n')
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        search = app.screen.query_one("#search", Input)
        assert search.placeholder.startswith("f3 search routines and exercises")
        await pilot.press("f3", *"plank")
        await until(pilot, lambda: search.value == "plank")


@pytest.mark.parametrize("text, line, says", [
    ('[keymap]\n"app.help" = = "h"\n', 2, "is not valid TOML"),
    ('[keymap]\n"app.help" = "h"\n"history.remove" = "x"\n', 3, "there is no binding with the id 'history.remove'"),
    ('[keymap]\n"app.quit" = 3\n', 2, "is not a key list"),
    ('[keymapp]\n"app.quit" = "x"\n', 1, "[keymapp] is not a setting we know"),
    # Taken, "notakey" showed in the footer as the undo key while no key undid.
    ('[keymap]\n"app.help" = "h"\n"workout.undo" = "notakey"\n', 3, "there is no key called 'notakey'"),
    ('[keymap]\n"app.quit" = "x,ctrl+notakey"\n', 2, "there is no key called 'ctrl+notakey'"),
    ('[keymap]\n"app.quit" = "cmd+q"\n', 2, "there is no key called 'cmd+q'"),
    # A key typed as its character is told its name.
    ('[keymap]\n"workout.log" = "?"\n', 2, "is not a key list such as \"ctrl+s\" or \"j,down\": '?' is written "
                                           "'question_mark'"),
    ('[keymap]\n"app.quit" = "ctrl+."\n', 2, "'ctrl+.' is written 'ctrl+full_stop'"),
    ('[keymap]\n"app.palette" = "/"\n', 2, "'/' is written 'slash'"),
    ('[keymap]\n"app.quit" = "?,j"\n', 2, "'?,j' is written 'question_mark,j'"),
    ('[keymap]\n"app.quit" = "+"\n', 2, "there is no key called '+' (keys are named as in \"ctrl+s\", \"space\", "
                                        "\"f5\", \"question_mark\"): '+' is written 'plus'"),
    # Taken, and shown in the footer as "shift+c Copy", but the key arrives as the "C" it types: nothing copied.
    ('[keymap]\n"routines.copy" = "shift+c"\n', 2, "there is no key called 'shift+c' (keys are named as in "
                                                   "\"ctrl+s\", \"space\", \"f5\", \"question_mark\"): "
                                                   "'shift+c' is written 'C'"),
    # Taken, and shown in the footer, but the key arrives as "slash": nothing opened the palette.
    ('[keymap]\n"app.palette" = "solidus"\n', 2, "there is no key called 'solidus'"),
    # Taken (Unicode's names ignore case), but the key arrives as "space": space logged nothing, and no key undid.
    ('[keymap]\n"workout.log" = "Space"\n', 2, "there is no key called 'Space' (keys are named as in \"ctrl+s\", "
                                               "\"space\", \"f5\", \"question_mark\"): 'Space' is written 'space'"),
    ('[keymap]\n"workout.undo" = "u,Escape"\n', 2, "'u,Escape' is written 'u,escape'"),
])
def test_a_bad_config_is_refused_with_its_file_and_line_and_exit_2(data_dir, capsys, text, line, says):
    path = write_config(text)
    assert main(["--data-dir", str(data_dir)]) == 2
    error = capsys.readouterr().err
    assert f"{path}, line {line}: " in error and says in error
    assert not data_dir.exists(), "refused before the data dir was touched"
    assert path.read_text() == text


async def test_a_remapped_screen_key_shows_in_the_screens_group_from_the_first_frame(store, clock):
    # Textual puts a remapped binding after the others: the footer's "Screens" lost it ("134 Screens ... w
    # Workout"), and the first screen's footer, drawn before the keymap was set, showed "1234" until a key.
    write_config('[keymap]\n"screen.workout" = "w"\n')
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=(100, 30)) as pilot:
        for key in ("", "3", "1"):
            if key:
                await pilot.press(key)
            await pilot.pause()
            footer = drawn(app.screen.query_one(Footer))
            assert "1w34 Screens" in footer, footer
            assert not re.search(r"\bw Workout\b", footer), footer


async def test_the_palette_says_what_a_screens_key_does_where_your_key_took_it(store, clock):
    """With "workout.finish" = "1", the Workout screen's palette said "Key: 1" for Routines, and 1 finished."""
    from textual.command import CommandList, CommandPalette

    write_config('[keymap]\n"workout.finish" = "1"\n')
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=(100, 30)) as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and app.session is not None)

        async def palette_says(typed: str, said: str) -> None:
            """`said` in the help of the command the palette finds first for `typed`."""
            await pilot.press("ctrl+p")
            await until(pilot, lambda: isinstance(app.screen, CommandPalette))
            await pilot.press(*typed)
            found = app.screen.query_one(CommandList)

            def first() -> str:
                return " ".join(str(found.get_option_at_index(0).prompt).split()) if found.option_count else ""

            await until(pilot, lambda: first().startswith(typed.capitalize()) and said in first())
            await pilot.press("escape")
            await until(pilot, lambda: not isinstance(app.screen, CommandPalette))

        await palette_says("routines", "Its key 1 is Finish on this screen.")
        await palette_says("calendar", "Key: 3")


async def test_a_group_with_a_remapped_key_names_each_key_and_what_it_does(store, clock):
    # The rest keys were one footer entry, "+/- ±15s", drawn from a key display that named the minus key: remapped,
    # the footer read "r ±15s" and the key help "Rest 15 s longer (+) or less (-)". And a group's keys ran together
    # once one was longer than a character: "f5234 Screens".
    write_config('[keymap]\n"workout.rest_longer" = "r"\n"workout.rest_shorter" = "f12"\n'
                 '"screen.routines" = "f5"\n')
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=(160, 60)) as pilot:
        app.start_workout(app.catalogue.routines["four-upper-body-exercises"])
        # Space logs once the set list has the keys: pressed before, it went nowhere about one run in five.
        await until(pilot, lambda: app.session is not None and isinstance(app.screen, WorkoutScreen)
                    and isinstance(app.screen.focused, WorkoutSets))
        await pilot.press("space")  # a rest to change
        await until(pilot, lambda: app.session.rest is not None)
        footer = app.screen.query_one(Footer)
        await until(pilot, lambda: "r/f12 ±15s" in drawn(footer))
        assert "f5/2/3/4 Screens" in drawn(footer)
        line = drawn(footer)
        rest = app.session.rest.deadline
        await pilot.click(Footer, offset=(line.index("r/f12"), 0))  # the r
        await until(pilot, lambda: app.session.rest.deadline == rest.add(seconds=15))
        await pilot.click(Footer, offset=(line.index("r/f12") + 2, 0))  # the f12
        await until(pilot, lambda: app.session.rest.deadline == rest)
        await pilot.press("question_mark")
        await until(pilot, lambda: bool(app.screen.query("HelpPanel")))
        await pilot.pause()
        on_screen = screen_text(app)
        assert re.search(r"\br\s+\+15s\s+Rest 15 s longer", on_screen)
        assert re.search(r"\bf12\s+-15s\s+Rest 15 s less", on_screen)
        assert "(+)" not in on_screen and "(-)" not in on_screen


# Every binding a hint on screen names, remapped to a key no default uses: through a whole workout, no hint may
# name a default key ("space logs", "press f to finish") and each names the user's own.
HINTED = {"screen.routines": "f5", "app.palette": "f6", "workout.log": "f7", "workout.edit": "f8",
          "workout.finish": "f9", "workout.rest_longer": "f11", "workout.rest_shorter": "f12",
          "workout.skip_rest": "ctrl+k", "workout.cancel_hold": "ctrl+x", "confirm.yes": "ctrl+e",
          "confirm.no": "ctrl+w", "summary.close": "ctrl+l", "history.add": "ctrl+y", "workout.next": "ctrl+t",
          "workout.add_set": "f10", "workout.remove_exercise": "f4", "workout.add_exercise": "f3"}
DEFAULT_HINTS = ("space logs", "(e to change)", "+/- 15 s", "s: skip", "space: ", "esc: cancel", "Press f to",
                 "press f to", "screen 1", "ctrl+p", "(y)", "(n)", "(enter)", "press a to add", "or a to add",
                 "n skips", "n goes", "x removes", "A picks")


async def test_every_hint_on_screen_names_the_users_keys_not_the_defaults(store, clock):
    write_config("[keymap]\n" + "".join(f'"{binding}" = "{key}"\n' for binding, key in HINTED.items()))
    hold_first = Routine(id="hold", name="Plank then push-ups", description="", format=RoutineFormat.STRAIGHT_SETS,
                         focus=(Focus.CORE,), shipped=False,
                         entries=(RoutineEntry("plank", IntRange(1, 1), hold_s=IntRange(30, 30)),
                                  RoutineEntry("push-up", IntRange(1, 1), reps=IntRange(10, 10))))
    store.routines.save(hold_first)
    app = make_app(store, clock, keymap=user_keymap())
    seen: list[str] = []

    def shown() -> str:
        """The screen and the messages it showed, their text runs joined by single spaces."""
        return " ".join(" ".join([screen_text(app), *(n.message for n in app._notifications)]).split())

    async def shows(*texts: str) -> None:
        await until(pilot, lambda: all(text in shown() for text in texts))
        seen.append(shown())

    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await shows("No workouts yet. Finish one on the Workout screen, or press ^y to add one.")
        await pilot.press("2")
        await shows("Start a routine from Routines (f5),", "or an empty workout: f3 picks its first exercise.")
        app.start_workout(hold_first)
        await shows("f7 starts: 30 s", "(f8 to change)")
        await pilot.press("d")  # a planned set, which only an added one can be
        await shows("Only sets added during this workout can be removed: f4 removes the whole exercise.")
        await pilot.press("f7")
        await shows("f7: start now ^k: cancel")
        await pilot.press("f7")
        await shows("f7: stop and log ^k: cancel")
        await pilot.press("f7")
        await shows("Held under 1 s: hold on, or press ^k to cancel the hold.")
        clock.advance(seconds=2)
        await pilot.press("f7")
        await shows("f11/f12 15 s ^k: skip")
        await pilot.press("f9")
        await shows("Finish (^e)", "Keep going (^w)")
        await pilot.press("ctrl+w", "ctrl+k", "f7")
        await shows("All sets logged.", "Press f9 to finish or f10 to add a set.")
        await pilot.press("f7")
        await shows("Nothing to log: press f9 to finish.")
        await pilot.press("f9")
        await shows("Close (^l)")
    on_screen = "\n".join(seen)
    assert not [hint for hint in DEFAULT_HINTS if hint in on_screen]


async def test_the_forms_name_the_users_keys(store, clock):
    write_config('[keymap]\n"history.add" = "ctrl+y"\n"workout_form.add_set" = "f2"\n'
                 '"workout_form.add_exercise" = "f3"\n"workout_form.remove_set" = "f4"\n"app.focus_next" = "f5"\n'
                 '"entry.apply" = "f6"\n"entry.cancel" = "f7"\n"transfer.cancel" = "f8"\n')
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        await pilot.press("ctrl+y")
        await until(pilot, lambda: isinstance(app.screen, AddWorkoutScreen))
        await until(pilot, lambda: "f3 an exercise, f2 one more like it; enter changes a set, f4 removes it."
                    in str(app.screen.query_one("#form-error", Static).content))
        app.pop_screen()
        plank = app.catalogue.exercises["plank"]
        app.push_screen(EntryEditorScreen(plank, RoutineEntry("plank", IntRange(3, 3), hold_s=IntRange(30, 60)),
                                          RoutineFormat.STRAIGHT_SETS))
        await until(pilot, lambda: bool(app.screen.query(".dialog-hint")))
        hint = app.screen.query_one(".dialog-hint", Static).content
        assert str(hint) == "f5: next field · enter or f6: apply · f7: cancel"
        app.pop_screen()
        app.push_screen(TransferDialog("Export", "Where to write it.", "Export"))
        await until(pilot, lambda: bool(app.screen.query("#cancel")))
        assert str(app.screen.query_one("#cancel", Button).label) == "Cancel (f8)"


async def test_a_remapped_key_keeps_its_place_in_the_footer_on_a_phone(store, clock):
    # Textual lists a remapped key after the others: at 40 columns `l Log` fell off the workout's footer.
    write_config('[keymap]\n"workout.log" = "l"\n')
    app = make_app(store, clock, keymap=user_keymap())
    async with app.run_test(size=(40, 20)) as pilot:
        app.start_workout(app.catalogue.routines["sample-upper-body-workout"])
        await until(pilot, lambda: isinstance(app.screen, WorkoutScreen) and bool(app.screen.query(Footer)))
        await until(pilot, lambda: drawn(app.screen.query_one(Footer)).startswith("l Log e Edit"))


async def test_settings_not_saved_on_a_full_disk_stay_in_the_form_and_the_users_save_key_saves_them(tmp_path, clock):
    """The settings form on a full disk: nothing lost, and the message names the user's own save key, which then
    saves them once there is room."""
    write_config('[keymap]\n"settings.save" = "f9"\n')
    with mounted_tiny_disk(tmp_path / "tiny") as disk:
        data = disk / "data"
        app = make_app(open_store(data), clock, keymap=user_keymap())
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("comma")
            await until(pilot, lambda: isinstance(app.screen, SettingsScreen) and bool(app.screen.query(Input)))
            rest = app.screen.query_one("#default-rest", Input)
            rest.focus()
            await pilot.press("end", *["backspace"] * len(rest.value), *"120")
            fill(disk)
            await pilot.press("f9")
            error = app.screen.query_one("#settings-error", Static)
            await until(pilot, lambda: str(error.content) == "Not saved: see the message. Press f9 to try again.")
            assert any("Your changes are still in the form: press f9 to try again." in notification.message
                       for notification in app._notifications)
            assert rest.value == "120" and app.settings.default_rest_s != 120
            make_room(disk)
            await pilot.press("f9")
            await until(pilot, lambda: not isinstance(app.screen, SettingsScreen))
            assert app.settings.default_rest_s == 120
        assert open_store(data).settings.get().default_rest_s == 120


async def test_a_key_a_text_field_uses_first_is_said_at_start(store, clock):
    """ctrl+w given to the settings' save deletes a word in the field being typed in, and saves nothing: the app
    says so as it starts. A priority binding (the workout's log) and a key no field uses are not mentioned."""
    write_config('[keymap]\n"settings.save" = "ctrl+w"\n"workout.log" = "ctrl+k"\n"history.delete" = "x"\n')
    keymap = user_keymap()
    app = make_app(store, clock, keymap=keymap, keymap_warnings=keys_text_fields_take(keymap))  # as cli's
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: bool(app._notifications))
        (notice,) = app._notifications
        assert notice.title == "Your keymap" and notice.message == (
            "ctrl+w for Save (settings.save) does not act in a text field: there it does the field's own "
            "'delete left to start of word'.")
        await pilot.press("comma")
        await until(pilot, lambda: isinstance(app.screen, SettingsScreen) and bool(app.screen.query(Input)))
        rest = app.screen.query_one("#default-rest", Input)
        rest.focus()
        await pilot.press("end", *"0", "ctrl+w")
        await until(pilot, lambda: rest.value == "")  # the word went, as the message says
        assert isinstance(app.screen, SettingsScreen)


def test_every_key_the_app_binds_and_keys_users_write_are_known_keys():
    """The check of key names refuses no real key: each of the app's own bindings, and names users write."""
    from tui.keymap import _bindings_by_id, is_key

    keys = {key for binding in _bindings_by_id().values() for key in binding.key.split(",")}
    assert len(keys) > 30
    written = ["question_mark", "plus", "minus", "f5", "ctrl+shift+up", "space", "pageup", "shift+tab", "ctrl+s",
               "escape", "enter", "comma", "full_stop", "left_square_bracket", "alt+x", "1", "A"]
    assert [key for key in [*keys, *written] if not is_key(key)] == []
    assert [key for key in ("notakey", "ctrl+", "cmd+q", "ctrl+notakey", "") if is_key(key)] == []
