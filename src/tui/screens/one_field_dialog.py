"""A dialog that asks for one line of text: a title, perhaps a line of explanation, the field, what is wrong
with what was typed, and a button to go on. A subclass says what the text becomes (read), or why it cannot be
used (raising Refused, whose message shows under the field until the text is acceptable)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ScreenResultType
from textual.widgets import Button, Input, Static

from tui.resources import screens_styles
from tui.screens.dialog import Dialog
from tui.screens.key_hints import key_for
from tui.widgets.focus import focus_at_fault, focus_now
from tui.widgets.footer import Footer


class Refused(Exception):
    """What was typed cannot be used; the message says why, as the user reads it."""


class OneFieldDialog(Dialog[ScreenResultType]):
    """Dismisses with what read() makes of the text, or None when cancelled (escape, or the Cancel button)."""

    CSS_PATH = screens_styles()
    DEFAULT_CSS = """
    OneFieldDialog { align: center middle; }
    OneFieldDialog .field-problem { color: $text-warning; height: auto; width: 100%; }
    """
    FIELD_ID = "field"  # the field's and the problem line's ids, named by each dialog (tests find them)
    PROBLEM_ID = "field-problem"
    CANCEL_ID = ""  # the id of each dialog's binding that cancels it, for its button's label
    FIELD_TYPE: type[Input] = Input  # a note's field, for a note (widgets/note_field.py)
    # What was typed is selected when the field is focused, and after a refusal, so that typing replaces it; a path
    # is kept to be corrected (a typo at the end of a long one: its first key wiped the whole path).
    REPLACED_ON_TYPING = True

    def __init__(self, title: str, value: str, go: str, *, max_length: int, explanation: str = "",
                 placeholder: str = "", narrow: bool = False, problem: str = "") -> None:
        super().__init__()
        self.title_text, self.value, self.go, self.explanation = title, value, go, explanation
        self.max_length, self.placeholder, self.narrow = max_length, placeholder, narrow
        self.problem = problem  # what was wrong with the value given, found after the dialog last closed
        self._problem_with = value  # the text the problem shown is about

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog narrow" if self.narrow else "dialog"):
            yield Static(self.title_text, classes="dialog-title", markup=False)
            if self.explanation:
                yield Static(self.explanation, classes="dialog-text", markup=False)
            field = self.FIELD_TYPE(self.value, placeholder=self.placeholder, id=self.FIELD_ID, compact=True,
                                    max_length=self.max_length)
            field.select_on_focus = field.select_on_focus and self.REPLACED_ON_TYPING  # a note's never is
            yield field
            yield Static(self.problem, id=self.PROBLEM_ID, classes="field-problem", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.go} (enter)", id="go", variant="primary", compact=True)
                yield Button(f"Cancel ({key_for(self, self.CANCEL_ID)})", id="cancel", compact=True)
        yield Footer()

    def read(self, text: str) -> ScreenResultType:
        """What the typed text becomes; raises Refused when it cannot be used."""
        raise NotImplementedError

    def on_mount(self) -> None:
        focus_now(self.query_one(f"#{self.FIELD_ID}", Input))

    def on_input_changed(self, event: Input.Changed) -> None:
        """A problem shown goes once the text it was found in is changed: an import's "line 2: ..." stayed under
        another path typed, as if that file had it."""
        event.stop()
        if event.value != self._problem_with:
            self.query_one(f"#{self.PROBLEM_ID}", Static).update("")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._go()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "go":
            self._go()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def _go(self) -> None:
        text = self.query_one(f"#{self.FIELD_ID}", Input).value
        try:
            result = self.read(text)
        except Refused as refusal:
            self._problem_with = text
            self.query_one(f"#{self.PROBLEM_ID}", Static).update(str(refusal))
            field = self.query_one(f"#{self.FIELD_ID}", Input)
            if self.REPLACED_ON_TYPING:
                focus_at_fault(field)
            else:
                focus_now(field)
                field.cursor_position = len(field.value)
            return
        self.dismiss(result)
