"""A modal to change a set's values: reps or hold, load, unit, bands, side, RPE, set type, note."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.widgets import Button, Input, Label, Static

from tui.domain.settings import UNITS
from tui.domain.workout.set_rules import MAX_NOTE
from tui.domain.workout.set_values import (
    SetValueError,
    SetValues,
    format_load,
    parse_bands,
    parse_load,
    parse_note,
    parse_rpe,
    parse_set_type,
    parse_side,
    parse_whole,
    set_type_letter,
)
from tui.resources import screens_styles
from tui.screens.dialog import Dialog
from tui.widgets.footer import Footer


class SetEditor(Dialog[SetValues | None]):
    """Returns the edited values, or None when cancelled. Nothing invalid gets out of here."""

    CSS_PATH = screens_styles()

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="Keep the values as they were", id="set_editor.cancel"),
        Binding("ctrl+s", "save", "Use these values", tooltip="Check and use these values", id="set_editor.save"),
    ]

    def __init__(self, values: SetValues, title: str, is_hold: bool) -> None:
        super().__init__()
        self.values = values
        self.title_text = title
        self.is_hold = is_hold

    def compose(self) -> ComposeResult:
        v = self.values
        count = v.hold_s if self.is_hold else v.reps
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            with Grid(id="set-editor-fields"):
                yield Label("Hold (s)" if self.is_hold else "Reps")
                yield Input("" if count is None else str(count), id="count", type="integer", compact=True)
                yield Label("Load")
                yield Input("" if v.load is None else format_load(v.load), id="load", compact=True,
                            placeholder="-20 = 20 assisting")
                yield Label(f"Unit ({'/'.join(UNITS)})")
                yield Input(v.unit, id="unit", max_length=2, compact=True)
                yield Label("Band(s)")
                yield Input("+".join(v.bands), id="bands", placeholder="red or red+green", compact=True)
                yield Label("Side (L/R)")
                yield Input(v.side or "", id="side", max_length=1, compact=True)
                yield Label("RPE (1-10)")
                yield Input("" if v.rpe is None else f"{v.rpe:g}", id="rpe", placeholder="optional", compact=True)
                yield Label("Type (W/D/F)")
                yield Input(set_type_letter(v.set_type), id="set-type", max_length=1, compact=True,
                            placeholder="W, D or F")
                yield Label("Note")
                yield Input(v.note, id="note", placeholder="optional", compact=True, max_length=MAX_NOTE)
            yield Static("", id="set-editor-error", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Use these values", variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)
        yield Footer()  # this form's keys, not the Workout screen's behind it

    def _text(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value

    def _count(self, text: str) -> int:
        what = "the hold" if self.is_hold else "reps"
        count = parse_whole(text, what)
        if count is None:
            raise SetValueError(f"{what} cannot be empty")
        SetValues(hold_s=count) if self.is_hold else SetValues(reps=count)  # in range for a set?
        return count

    @staticmethod
    def _unit(text: str) -> str:
        unit = text.strip().lower()
        if unit not in UNITS:
            raise SetValueError(f"the unit must be {' or '.join(UNITS)}")
        return unit

    def read_values(self) -> SetValues:
        """The form's values, checked; raises FormErrors naming every field at fault, in the form's order."""
        readers = {
            "count": self._count, "load": lambda text: SetValues(load=parse_load(text)).load, "unit": self._unit,
            "bands": parse_bands, "side": parse_side, "rpe": lambda text: SetValues(rpe=parse_rpe(text)).rpe,
            "set-type": parse_set_type, "note": lambda text: SetValues(note=parse_note(text)).note,
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

    def action_save(self) -> None:
        try:
            values = self.read_values()
        except FormErrors as errors:
            # What was typed is in the message: text, never markup (a load of "[/]" must not crash the dialog).
            self.query_one("#set-editor-error", Static).update("Not saved: " + "; ".join(errors.messages) + ".")
            self.query_one(f"#{errors.fields[0]}", Input).focus()  # the first field at fault
            return
        self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self) -> None:
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()


class FormErrors(Exception):
    """Every field at fault in the set editor, each with its message."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.fields = [field for field, _ in problems]
        self.messages = [message for _, message in problems]
        super().__init__("; ".join(self.messages))
