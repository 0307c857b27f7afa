"""A modal to change a set's values: reps or hold, load, unit, bands, side, RPE, set type, note."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from tui.domain.set_values import (
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
from tui.domain.settings import UNITS
from tui.resources import screens_styles


class SetEditor(ModalScreen[SetValues | None]):
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
                            placeholder="empty for bodyweight; -20 for 20 of assistance")
                yield Label(f"Unit ({'/'.join(UNITS)})")
                yield Input(v.unit, id="unit", max_length=2, compact=True)
                yield Label("Band(s)")
                yield Input("+".join(v.bands), id="bands", placeholder="e.g. red or red+green", compact=True)
                yield Label("Side (L/R)")
                yield Input(v.side or "", id="side", max_length=1, compact=True)
                yield Label("RPE (1-10)")
                yield Input("" if v.rpe is None else f"{v.rpe:g}", id="rpe", placeholder="optional", compact=True)
                yield Label("Type (W/D/F)")
                yield Input(set_type_letter(v.set_type), id="set-type", max_length=1, compact=True,
                            placeholder="W warm-up, D drop, F failure")
                yield Label("Note")
                yield Input(v.note, id="note", placeholder="optional", compact=True)
            yield Label("", id="set-editor-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Use these values", variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def _text(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value

    def read_values(self) -> SetValues:
        """The form's values, checked; raises SetValueError with a message for the user."""
        what = "the hold" if self.is_hold else "reps"
        count = parse_whole(self._text("count"), what)
        if count is None:
            raise SetValueError(f"{what} cannot be empty")
        unit = self._text("unit").strip().lower()
        if unit not in UNITS:
            raise SetValueError(f"the unit must be {' or '.join(UNITS)}")
        return SetValues(
            reps=None if self.is_hold else count,
            hold_s=count if self.is_hold else None,
            load=parse_load(self._text("load")),
            unit=unit,
            bands=parse_bands(self._text("bands")),
            side=parse_side(self._text("side")),
            rpe=parse_rpe(self._text("rpe")),
            note=parse_note(self._text("note")),
            set_type=parse_set_type(self._text("set-type")),
        )

    def action_save(self) -> None:
        try:
            values = self.read_values()
        except SetValueError as error:
            self.query_one("#set-editor-error", Label).update(f"Not saved: {error}.")
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
