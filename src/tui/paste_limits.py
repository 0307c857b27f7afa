"""A paste longer than its field holds goes in cut to fit, and the app says so.

Textual's Input refuses a paste that would take it past its max_length, whole and without a word: 300 characters
pasted into a set's note (at most 200) left the field as it was, and the user wondering. Every field of the app has
a limit (domain/input_limits.py), so the rule is kept here, once, for all of them: the paste's first line (an
Input takes no more) is cut to the room the field has left, and a note says how much went in. A note's field takes
every line, each line break shown as ↵ (note_field.py); another field takes the first line and says so (a paste of
two lines into a note kept the first, unsaid). A key typed into a full field is said to be left out too, once for
that field's text (a held key's repeats are told once): a name stopped at 80 characters, unsaid, and what was
typed after went nowhere. It is told as the key arrives, so keys that arrive together with the ones filling the
field (a paste the terminal types key by key) go untold.
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.widgets import Input

from tui.domain.counts import count
from tui.widgets.note_field import NoteInput, note_in_field
from tui.widgets.plain import say


class PasteWithinLimits(App):
    """Mixed into the App, before Textual's App."""

    _told_full: tuple[int, str] | None = None  # the full field (its id) and text last said to be full

    async def on_event(self, event: events.Event) -> None:
        if (isinstance(event, events.Key) and event.is_printable and not event.is_forwarded
                and isinstance(field := self.focused, Input) and field.max_length and room_left(field) == 0):
            if self._told_full != (id(field), field.value):
                self._told_full = (id(field), field.value)
                say(self, f"This field holds at most {count(field.max_length, 'character')}: what was typed past "
                          "that was left out.", severity="warning")
        if isinstance(event, events.Paste) and not event.is_forwarded and isinstance(field := self.focused, Input):
            lines = event.text.strip("\r\n").splitlines()
            if isinstance(field, NoteInput):
                line = note_in_field("\n".join(lines))
            else:
                line = next(iter(lines), "")
                if len(lines) > 1:
                    say(self, f"Pasted the first line of {len(lines)}: this field holds one line.", severity="warning")
            room = room_left(field)
            if room is not None and len(line) > room:
                say(self, f"Pasted the first {room} of {len(line)} characters: this field holds at most "
                          f"{field.max_length}.", severity="warning")
                line = line[:room]
            event = events.Paste(line)
        await super().on_event(event)


def room_left(field: Input) -> int | None:
    """The characters a paste may put into the field: its limit less what stays of its text (a selection is
    replaced). None when it has no limit."""
    if not field.max_length:
        return None
    selection = field.selection
    replaced = abs(selection.end - selection.start)
    return max(0, field.max_length - (len(field.value) - replaced))
