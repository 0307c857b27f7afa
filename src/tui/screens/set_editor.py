"""The form that changes a set's values (reps or hold, load, unit, bands, side, RPE, set type, note), and the
dialog that shows it over a past workout's form. The Workout screen shows the form in its own place."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from tui.domain.input_limits import WORD
from tui.domain.settings import UNITS
from tui.domain.workout.set_fields import EVERY_FIELD, SetFields
from tui.domain.workout.set_rules import MAX_NOTE
from tui.domain.workout.set_values import (
    SetValueError,
    SetValues,
    format_load,
    parse_bands,
    parse_count,
    parse_load,
    parse_note,
    parse_rpe,
    parse_set_type,
    parse_side,
    parse_unit,
    set_type_letter,
)
from tui.resources import screens_styles
from tui.screens.dialog import Dialog
from tui.widgets.focus import focus_at_fault, focus_now, focused_now
from tui.widgets.footer import Footer
from tui.widgets.form_end import FormEnd
from tui.widgets.note_field import NoteInput, note_from_field, note_in_field
from tui.widgets.plain import clear_notes, plain
from tui.widgets.title_bar import TitleBar


def load_hint(assisted: bool, is_hold: bool) -> str:
    """The load field's hint: only an exercise often done with a machine's help, for reps, is assisted (a bench
    press read "-20 = 20 assisting", a crunch too, and a plank is weighted, never helped)."""
    return "-20 = 20 assisted" if assisted and not is_hold else ""


Retitle = Callable[[str | None, str], str]  # a side ("L", "R" or None) and a set type -> the form's title


class SetForm(Vertical):
    """Hands the checked values to its owner, or None when cancelled. Nothing invalid gets out of here.

    Its keys act in the app's own turn (priority bindings), and the owner's callback runs there too, rather than
    a message: keys that arrive together (an SSH connection that stalled, then caught up) are handed out at once,
    each to the widget with the focus then, and the key after ctrl+s or enter must find the form closed and the
    owner focused, not the field it came from."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Keep the values as they were", id="set_editor.cancel",
                priority=True),
        Binding("ctrl+s", "save", "Use values", tooltip="Check and use these values", id="set_editor.save",
                priority=True),
        Binding("enter", "submit", "Use these values", show=False, tooltip="In a field: check and use these values",
                id="set_editor.submit", priority=True),
        Binding("ctrl+l", "log", "Log set", tooltip="Log the set with these values now: a hold you timed yourself "
                "needs no timer", id="set_editor.log", priority=True),
    ]

    def __init__(self, values: SetValues, title: str, is_hold: bool, done: Callable[[SetValues | None], object], *,
                 log_set: Callable[[SetValues], object] | None = None, assisted: bool = False,
                 fields: SetFields = EVERY_FIELD, id: str | None = None) -> None:
        super().__init__(id=id, classes="dialog")
        self.values = values
        self.title_text = title
        self.is_hold = is_hold
        self.assisted = assisted  # the load field says a negative load is the help
        self.fields = fields
        self.done = done
        # Logs the set at once with the values (Strong's tick on a row): offered for the set to do next only, by
        # show_set, where the owner gave it.
        self.log_set = log_set
        self._refused = False  # a refusal is on the error line
        self.can_log = False
        self.retitle: Retitle | None = None

    def on_mount(self) -> None:
        self._show_fields()
        if self.display:
            focus_now(self.query_one("#count", Input))

    def show_set(self, values: SetValues, title: str, is_hold: bool, assisted: bool = False, *,
                 fields: SetFields = EVERY_FIELD, can_log: bool = False, retitle: Retitle | None = None) -> None:
        """Fill the form again for another set, as a new form would show it (the Workout screen shows one form
        again and again: building and styling a form of eight fields was most of `e`'s time), and focus its
        first field at once: the keys that came with `e` go there. can_log: the set is the next to do, and the
        form offers to log it. retitle: the title for a side and a set type typed into the form."""
        self.values, self.title_text, self.is_hold, self.assisted = values, title, is_hold, assisted
        self.retitle = retitle
        self.fields = fields
        self._show_fields()
        self.can_log = can_log and self.log_set is not None
        self.query_one("#log", Button).display = self.can_log
        self.query_one(".dialog-title", Label).update(plain(title))
        self.query_one("#count-label", Label).update(self._count_label())
        self.query_one("#other-count-label", Label).update(self._count_label(other=True))
        self.query_one("#load", Input).placeholder = load_hint(assisted, is_hold)
        for field, text in self._texts().items():
            self.query_one(f"#{field}", Input).value = text
        self.query_one("#set-editor-error", Static).update("")
        self._refused = False
        self.display = True
        if self.screen.has_class("-narrow"):
            # A phone's notes are as wide as the screen: "New record ..." of the set just logged covered the form's
            # title and first field for its seconds, while the user typed into them.
            clear_notes(self.app)
        count = self.query_one("#count", Input)
        if focused_now(count):
            self.screen.set_focus(None)  # focusing the first field again selects its text, so typing replaces it
        self.screen.set_focus(count)

    def on_input_changed(self, event: Input.Changed) -> None:
        """A side or a set type typed: the title says it ("Set 1 of 3 - right side", "Warm-up before set 1 of 3"),
        as the workout's own line does once the values are used. Until the field reads as one, it keeps the last.
        A refusal shown goes once every field reads well again ("Not saved: load '1,000'..." stayed up over the
        load typed again, until the next save)."""
        if self._refused:
            try:
                self.read_values()
            except FormErrors:
                pass
            else:
                self._refused = False
                self.query_one("#set-editor-error", Static).update("")
        if self.retitle is None or event.input.id not in ("side", "set-type"):
            return
        try:
            title = self.retitle(parse_side(self._text("side")), parse_set_type(self._text("set-type")))
        except SetValueError:
            return
        self.query_one(".dialog-title", Label).update(plain(title))

    def _show_fields(self) -> None:
        """Only the fields this set can use (set_fields.py). A field left out keeps the set's value, and is
        read back with the others."""
        shown = {"load": self.fields.load, "unit": self.fields.load, "bands": self.fields.bands,
                 "side": self.fields.side, "other-count": self._other_count() is not None}
        for field, display in shown.items():
            self.query_one(f"#{field}", Input).display = display
            self.query_one(f"#{field}-label", Label).display = display

    def _count_label(self, other: bool = False) -> str:
        return "Hold (s)" if self.is_hold != other else "Reps"

    def _other_count(self) -> int | None:
        """The count this set has beside the one it is done for: an imported plank of 1 rep and 45 s. Shown, so
        that it is neither dropped unseen nor kept unseen (a set has one; the user clears the other)."""
        return self.values.reps if self.is_hold else self.values.hold_s

    def _texts(self) -> dict[str, str]:
        """Each field's text for the values shown."""
        v = self.values
        count, other = (v.hold_s, v.reps) if self.is_hold else (v.reps, v.hold_s)
        return {
            "count": "" if count is None else str(count), "other-count": "" if other is None else str(other),
            "load": "" if v.load is None else format_load(v.load),
            "unit": v.unit, "bands": "+".join(v.bands), "side": v.side or "",
            "rpe": "" if v.rpe is None else f"{v.rpe:g}", "set-type": set_type_letter(v.set_type),
            "note": note_in_field(v.note),
        }

    def compose(self) -> ComposeResult:
        text = self._texts()
        yield Label(plain(self.title_text), classes="dialog-title")
        with Grid(id="set-editor-fields"):
            yield Label(self._count_label(), id="count-label")
            # Any text: a field for whole numbers dropped "." and "," as typed, and "12.5" became 125 reps.
            yield Input(text["count"], id="count", compact=True)
            yield Label(self._count_label(other=True), id="other-count-label")
            yield Input(text["other-count"], id="other-count", compact=True)
            yield Label("Load", id="load-label")
            yield Input(text["load"], id="load", compact=True, placeholder=load_hint(self.assisted, self.is_hold))
            yield Label(f"Unit ({'/'.join(UNITS)})", id="unit-label")
            yield Input(text["unit"], id="unit", max_length=WORD, compact=True)
            yield Label("Band(s)", id="bands-label")
            yield Input(text["bands"], id="bands", placeholder="red or red+green", compact=True)
            yield Label("Side (L/R)", id="side-label")
            yield Input(text["side"], id="side", max_length=WORD, compact=True, placeholder="L or R")
            yield Label("RPE (1-10)")
            yield Input(text["rpe"], id="rpe", placeholder="optional", compact=True)
            yield Label("Type (W/D/F)")
            yield Input(text["set-type"], id="set-type", max_length=WORD, compact=True,
                        placeholder="W, D or F")
            yield Label("Note")
            yield NoteInput(text["note"], id="note", placeholder="optional", compact=True, max_length=MAX_NOTE)
        with FormEnd():
            yield Static("", id="set-editor-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Use these values", variant="primary", id="save", compact=True)
                log = Button("Log set", id="log", compact=True)
                log.display = self.can_log
                yield log
                yield Button("Cancel", id="cancel", compact=True)

    def _text(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value

    def _count(self, text: str) -> int:
        what = "the hold" if self.is_hold else "reps"
        count = parse_count(text, what, clock=self.is_hold)
        if count is None:
            raise SetValueError(f"{what} cannot be empty")
        SetValues(hold_s=count) if self.is_hold else SetValues(reps=count)  # in range for a set?
        return count

    def _other(self, text: str) -> None:
        """The other count (_other_count) is kept by no set: the user clears it, or is told to."""
        if parse_count(text, "reps" if self.is_hold else "the hold", clock=not self.is_hold) is not None:
            raise SetValueError(f"a set has reps or a hold, not both: clear the {'reps' if self.is_hold else 'hold'}")

    def _load(self, text: str, unit: str) -> float | None:
        load = SetValues(load=parse_load(text, self.assisted), unit=unit).load
        # A negative load is a machine's help: -1000 on a bench press read "1000 kg assisted". Left as it was (an
        # import's), it is not refused.
        if load is not None and load < 0 and not self.assisted and load != self.values.load:
            raise SetValueError("a load below zero is an assisting machine's help, and this exercise is not done "
                                "with one")
        return load

    def read_values(self) -> SetValues:
        """The form's values, checked; raises FormErrors naming every field at fault, in the form's order."""
        try:
            unit = parse_unit(self._text("unit"))
        except SetValueError:
            unit = "kg"  # a unit not typed right is said by its own field
        readers = {
            "count": self._count, "other-count": self._other,
            # In the unit typed: "load must be between -1000 and 1000 kg" was said of 1200 lb.
            "load": lambda text: self._load(text, unit), "unit": parse_unit,
            "bands": parse_bands, "side": parse_side, "rpe": lambda text: SetValues(rpe=parse_rpe(text)).rpe,
            "set-type": parse_set_type, "note": lambda text: SetValues(note=parse_note(note_from_field(text))).note,
        }
        read: dict[str, Any] = {}  # each field's value, of its own type
        problems = []
        for field, reader in readers.items():
            try:
                read[field] = reader(self._text(field))
            except SetValueError as error:
                problems.append((field, str(error)))
        if problems:
            raise FormErrors(problems)
        return SetValues(  # every field was checked on its own above
            reps=None if self.is_hold else read["count"], hold_s=read["count"] if self.is_hold else None,
            load=read["load"], unit=read["unit"], bands=read["bands"], side=read["side"], rpe=read["rpe"],
            note=read["note"], set_type=read["set-type"],
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "log":
            return self.can_log
        # Enter in a field uses the values; on a button it presses the button.
        return action != "submit" or not isinstance(self.screen.focused, Button)

    async def action_submit(self) -> None:
        await self.action_save()

    async def action_save(self) -> None:
        values = await self._checked_values("Not saved")
        if values is not None:
            self.done(values)

    async def action_log(self) -> None:
        values = await self._checked_values("Not logged") if self.can_log else None
        if values is not None and self.log_set is not None:
            self.log_set(values)

    async def _checked_values(self, refused: str) -> SetValues | None:
        """The values typed, once every field has them; None, with the reasons shown, when they are not valid."""
        await self._typing_done()
        try:
            return self.read_values()
        except FormErrors as errors:
            # What was typed is in the message: text, never markup (a load of "[/]" must not crash the dialog).
            self.query_one("#set-editor-error", Static).update(f"{refused}: " + "; ".join(errors.messages) + ".")
            self._refused = True
            focus_at_fault(self.query_one(f"#{errors.fields[0]}", Input))  # the first field at fault
            return None

    async def _typing_done(self) -> None:
        """Until every field has typed the keys handed to it. A save runs in the app's turn; the keys that came
        just before it went to the fields as they came, and each field types them in its own turn."""
        typed = []
        for field in self.query(Input):
            done = asyncio.Event()
            if field.call_later(done.set):  # after the keys already waiting for this field
                typed.append(done.wait())
        await asyncio.gather(*typed)

    def action_cancel(self) -> None:
        self.done(None)  # a few figures: escape drops them unasked, as a phone app's tap outside its keypad does

    def changed(self) -> bool:
        """Whether any field holds other than what the form opened with (the app asks before quitting over it)."""
        return self.display and any(self._text(field) != text for field, text in self._texts().items())

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            await self.action_save()
        elif event.button.id == "log":
            await self.action_log()
        else:
            self.action_cancel()


class SetEditor(Dialog[SetValues | None]):
    """The set's form as a dialog: returns the edited values, or None when cancelled."""

    CSS_PATH = screens_styles()

    def __init__(self, values: SetValues, title: str, is_hold: bool, assisted: bool = False,
                 fields: SetFields = EVERY_FIELD) -> None:
        super().__init__()
        self.form = SetForm(values, title, is_hold, self.dismiss, assisted=assisted, fields=fields)

    def unsaved_changes(self) -> bool:
        return self.form.changed()

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield self.form
        yield Footer()  # this form's keys, not the keys of the screen behind it


class FormErrors(Exception):
    """Every field at fault in the set editor, each with its message."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.fields = [field for field, _ in problems]
        self.messages = [message for _, message in problems]
        super().__init__("; ".join(self.messages))
