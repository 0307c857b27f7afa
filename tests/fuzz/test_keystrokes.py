"""Text typed for real, key by key through Pilot (and pasted, for what a keyboard cannot type), into History's edit
form, then shown: in the list, in the workout's detail, in the delete question. Markup and escape sequences in
every alphabet; whatever is typed, the app keeps running and shows the name and note as written (control
characters dropped). CI runs the hand-picked examples and a few generated ones, derandomized; `make fuzz` many
more, random."""

from __future__ import annotations

import asyncio
import unicodedata
from dataclasses import replace

import pendulum
from hypothesis import example, given
from hypothesis import strategies as st
from textual import events
from textual.widgets import DataTable, Input, Static

from tests.app.keystrokes import handled
from tests.app.waiting import until
from tests.builders import a_workout, moment
from tests.conftest import FakeClock
from tests.fuzz.conftest import fuzz_settings
from tui.app import make_app
from tui.domain.printable import printable
from tui.screens.confirm import ConfirmScreen
from tui.screens.history import HistoryScreen
from tui.screens.workout_detail import WorkoutDetailScreen
from tui.screens.workout_edit import EditWorkoutScreen
from tui.store.open import open_store

MARKUP = ["[/]", "[/b]", "[bold]", "[/dim]", "[link=x]", "[@click=app.quit]", "[#ff0000 on red]", "\\[", "]"]
ESCAPES = ["\x1b]2;pwned\x07", "\x1b[2J", "\x9b31m", "\x07", "\x00", "\r", "\x7f", "\u202e"]
# Typed: anything a keyboard sends as a character (every alphabet, emoji, markup brackets); no control keys.
typeable = st.text(st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), max_size=12)
name_parts = st.lists(st.one_of(typeable, st.sampled_from(MARKUP)), min_size=1, max_size=4).map("".join)
pasted = st.lists(st.one_of(st.sampled_from(ESCAPES), st.sampled_from(MARKUP), typeable), max_size=4).map("".join)


async def type_into(pilot, field: Input, text: str) -> None:
    field.focus()
    await pilot.pause()
    await pilot.press(*text)


async def _edit_and_show(data_dir, name: str, note: str, paste: str) -> None:
    store = open_store(data_dir)
    past = a_workout(at=moment(2026, 11, 18, 7, 15), sets=3, name="Before")
    store.history.save(replace(past, finished_at=past.started_at))
    app = make_app(store, FakeClock(pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris")))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await until(pilot, lambda: isinstance(app.screen, HistoryScreen))
        history = app.screen
        # e edits the workout under the cursor: once the list has it (pressed before, e has nothing to act on).
        await until(pilot, lambda: history.query_one("#history-list", DataTable).row_count == 1)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, EditWorkoutScreen))
        form = app.screen
        name_field = form.query_one("#form-name", Input)
        name_field.focus()
        await pilot.pause()
        await pilot.press("end", *["backspace"] * len(name_field.value), *name)
        note_field = form.query_one("#form-note", Input)
        await type_into(pilot, note_field, note)
        note_field.post_message(events.Paste(paste))  # what a terminal sends for a paste: no keys, the text
        await handled(pilot, name_field, note_field)  # every key and the paste reached their field
        typed_name = name_field.value
        await pilot.press("ctrl+s")
        # Closed, or refused with its problems listed: the error line is never empty (it holds the form's hint), so
        # waiting for text on it ended at once, and on a busy machine the save was then still to come.
        await until(pilot, lambda: app.screen is history or form.query_one("#form-error").has_class("-problems"))
        assert app.is_running
        if app.screen is not history:  # refused (a name of blanks): the form says why
            assert not printable(typed_name).strip()
            return
        (saved,) = open_store(data_dir).history.all()
        assert saved.name == printable(typed_name).strip()
        assert not any(unicodedata.category(c) == "Cc" and c not in "\n\t" for c in saved.name + saved.note)
        table = history.query_one("#history-list", DataTable)
        # The list is filled again as History comes back into view: wait for that, not for the app to look idle. A
        # long name wraps in its column (at a space, or inside a word): every character is there, in order.
        await until(pilot, lambda: table.row_count == 1
                    and unspaced(str(table.get_row_at(0)[2])) == unspaced(saved.name))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, WorkoutDetailScreen))
        await until(pilot, lambda: saved.name in heading_of(app.screen))
        # The note is read under the sets, with the breakdown (wrapped there: every character, in order).
        await until(pilot, lambda: unspaced(saved.note) in unspaced(breakdown_of(app.screen)))
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert saved.name in str(app.screen.query_one(".dialog-title", Static).render())
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running


def unspaced(text: str) -> str:
    return "".join(text.split())


def heading_of(screen) -> str:
    found = screen.query("#detail-heading")
    return str(found.first(Static).render()) if found else ""


def breakdown_of(screen) -> str:
    found = screen.query("#detail-breakdown")
    return str(found.first(Static).render()) if found else ""


@fuzz_settings(4)
@given(name=name_parts, note=name_parts, paste=pasted)
@example(name="Core [/dim] day", note="[/]", paste="\x1b]2;pwned\x07 [/b]")
@example(name="Push [/b] day", note="felt [bold]fine", paste="\x9b31m\x1b[2J")
@example(name="[@click=app.quit]quit", note="\\[x]", paste="\u202e\x00\x7f")
@example(name="[#ff0000 on red][link=x]`𦲈ĩ¨PĢľÌô𠣈釟[#ff0000 on red]", note="[/dim]", paste="")  # wraps in the list
def test_names_and_notes_typed_key_by_key_are_shown_as_written(tmp_path_factory, name, note, paste):
    asyncio.run(_edit_and_show(tmp_path_factory.mktemp("typed") / "data", name, note, paste))
