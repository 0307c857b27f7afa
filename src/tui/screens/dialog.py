"""The base of every dialog: a modal screen whose footer offers `?` like every other screen's.

The App's own keys do not reach a modal screen (so `q` never quits from a form), `?` among them: each dialog
binds it again here, under the same id, so a user's remapping of it holds in dialogs too.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.screen import ModalScreen, ScreenResultType


class Dialog(ModalScreen[ScreenResultType]):
    BINDINGS = [
        Binding("question_mark", "app.toggle_help", "Keys", key_display="?", tooltip="Show or hide every key",
                id="app.help"),
    ]
