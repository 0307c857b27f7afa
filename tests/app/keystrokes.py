"""Typing into a field as a user does, through Pilot: the field emptied with keys, then the text sent key by key,
except what no keyboard sends as a key (control characters, escape sequences, line breaks), which arrives the way a
terminal delivers a paste.

The keys are the events Pilot's press() sends (a Key with the key's name and its character, to the app, which hands
it to the focused field), sent as a burst and then waited for once, until the field has handled them (see handled):
press() waits for the app to go idle after every key (about 60 ms each), which made typing a form's worth of hostile
text take minutes per example.
"""

from __future__ import annotations

import unicodedata
from itertools import groupby

from textual import events
from textual.widgets import Input

from tests.app.waiting import until

# Keys beyond this many arrive as one paste: a field far longer than anyone types (a path of 5,000 characters) is
# pasted. test_long_typing.py sends 20,000 keys to a field.
KEYED = 64


def typeable(character: str) -> bool:
    """Whether a keyboard sends the character as a key the field inserts (Textual inserts printable ones)."""
    return character.isprintable()


def key_of(character: str) -> events.Key:
    """The key event a terminal's keyboard gives for a printable character, named as Textual names keys
    ("a", "space", "left_square_bracket", "cyrillic_capital_letter_zhe")."""
    name = character if character.isalnum() else unicodedata.name(character, character)
    return events.Key(name.lower().replace("-", "_").replace(" ", "_") if name != character else name, character)


async def type_text(pilot, field: Input, text: str) -> str:
    """Empty field and type text into it; returns what the field then holds (its limit and its own checks,
    such as a whole-number field's, decide what it takes, as they do for a user)."""
    field.focus()  # takes effect before the keys below: the app handles its messages in order
    app = pilot.app

    def send(event: events.Event) -> None:
        event.set_sender(app)  # as Pilot's press() does: input from the terminal, not from a widget
        app.post_message(event)

    for key in ("end", "ctrl+u"):  # ctrl+u: delete everything left of the cursor
        send(events.Key(key, None))
    # A key bound to an action (these two) acts a moment later: let it, before typing on. Waited for as handled,
    # not as a pause: on a busy machine the app looked idle with keys still queued, and ctrl+u then deleted
    # characters typed behind it.
    await handled(pilot, field)
    keyed, pasted = text[:KEYED], text[KEYED:]
    if field.max_length:
        keyed = keyed[: field.max_length + 1]  # one more key than it takes: the limit is pressed against
        # A paste that would not fit is dropped whole by the field: paste what fits, as a user then would.
        pasted = pasted[: max(0, field.max_length - len(keyed))]
    # Keys and pastes go to the app, in order, as a terminal's input does; it hands them to the focused field.
    for is_key, run in groupby(keyed, key=typeable):
        if is_key:
            for character in run:
                send(key_of(character))
        else:  # a run of control characters: one paste
            send(events.Paste("".join(run)))
    if pasted:
        send(events.Paste(pasted))
    # What the field holds once every key and paste has reached it: after a pause alone, on a busy machine, it held
    # part of the text ("Жим [" of "Жим [/b] лёжа") while the form went on to save all of it.
    await handled(pilot, field)
    return field.value


# The characters a terminal sends with the named keys below; other named keys (ctrl+p, up) send none Textual shows.
_CHARACTERS = {"space": " ", "enter": "\r", "tab": "\t", "slash": "/"}


def press_together(pilot, *keys: str) -> None:
    """Keys handed to the app in one burst, as a terminal hands it the keys typed while an SSH connection stalled:
    none waits for the one before it to be handled. A key is a character ("a", ".") or a name as Pilot's press()
    takes it ("enter", "ctrl+p", "slash": a key bound by name must be sent by that name). The caller awaits the
    outcome."""
    app = pilot.app
    for key in keys:
        event = key_of(key) if len(key) == 1 else events.Key(key, _CHARACTERS.get(key))
        event.set_sender(app)
        app.post_message(event)


async def handled(pilot, *widgets) -> None:
    """Once every key sent so far has been handled, by the app and by each of widgets (the fields keys went to):
    a mark queued behind them all, at the app, then at each widget, has come out, and the app neither holds a key
    back nor has one on its way up from a widget (keys_in_order.py); keys it let in later get marks of their own.
    What the app does with keys cannot be seen from outside while it works; waiting for it to look idle can end
    too early on a busy machine."""
    app = pilot.app
    while True:
        await _marks_come_out(pilot, widgets)
        if not app.handling_keys:
            return
        await until(pilot, lambda: not app.handling_keys)


async def _marks_come_out(pilot, widgets) -> None:
    marked: list[object] = []

    def mark_the_widgets() -> None:
        for widget in widgets:
            widget.call_later(marked.append, widget)

    pilot.app.call_later(mark_the_widgets)
    await until(pilot, lambda: len(marked) == len(widgets))
