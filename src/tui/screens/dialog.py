"""The base of every dialog: a modal screen whose footer offers `?` like every other screen's; and of the dialogs
that show text, whose box scrolls with the keys when it is taller than the screen.

The App's own keys do not reach a modal screen (so `q` never quits from a form), `?` among them: each dialog
binds it again here, under the same id, so a user's remapping of it holds in dialogs too.

On a phone's 40x20 a workout's summary is taller than the screen, and its box takes no focus: its records and its
Close button could not be reached from the keyboard. A dialog of text (a summary, a question) scrolls its box
(`.dialog`) with up, down, page up, page down, home and end. A form's box scrolls to the field tab moves to, and a
list scrolls itself.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import ModalScreen, ScreenResultType

from tui.widgets.scrolling import scroll_by

SCROLL = Binding.Group("Scroll")


class Dialog(ModalScreen[ScreenResultType]):
    BINDINGS = [
        Binding("question_mark", "app.toggle_help", "Keys", key_display="?", tooltip="Show or hide every key",
                id="app.help"),
    ]


class TextDialog(Dialog[ScreenResultType]):
    BINDINGS = [
        Binding("up", "scroll_box(-1)", "Scroll up", show=False, group=SCROLL, id="dialog.scroll_up"),
        Binding("down", "scroll_box(1)", "Scroll down", show=False, group=SCROLL, id="dialog.scroll_down"),
        Binding("pageup", "scroll_box(-1, True)", "Page up", show=False, id="dialog.page_up"),
        Binding("pagedown", "scroll_box(1, True)", "Page down", show=False, id="dialog.page_down"),
        Binding("home", "scroll_box(-1, True, True)", "Top", show=False, id="dialog.top"),
        Binding("end", "scroll_box(1, True, True)", "Bottom", show=False, id="dialog.bottom"),
    ]

    # A report to read (a workout's summary, an import's): on a phone's 40x20 taller than the screen, it opened
    # scrolled down to its focused Close button, its first lines out of sight. It opens at its title instead (the
    # keys that close it do so wherever it is scrolled).
    OPENS_AT_TITLE = False

    def on_screen_resume(self) -> None:
        if self.OPENS_AT_TITLE:
            self.call_after_refresh(self._open_at_title)

    def _open_at_title(self) -> None:
        for dialog in self.query(".dialog"):  # none when the app quit before the dialog was drawn
            dialog.scroll_home(animate=False)

    def action_scroll_box(self, step: int, page: bool = False, whole: bool = False) -> None:
        scroll_by(self.query_one(".dialog"), step, page, whole)
