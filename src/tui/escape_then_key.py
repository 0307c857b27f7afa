"""Escape and the key typed right after it, arrived together, act as the two keys they were.

tmux (escape-time, 500 ms by default before tmux 3.5) and an SSH connection that stalls hand the app escape and the
next key as one sequence, the one a terminal sends for alt with that key. Textual reads it as alt+key, which nothing
here is bound to; and escape then a digit or `-`/`=` as the character macOS types for option with it ("™" for
escape 2), as WezTerm sends it. Either way both keys were lost: escape closed no dialog and 2 switched to no
screen.

Read apart again here, as the keys they were: alt+letter or alt+digit, anywhere; one of those characters only
where no field is typing it (a "£" typed in a note stays a "£"). Escape then space, enter or a sign (`?`) cannot be
told apart: Textual keeps the second key alone.
"""

from __future__ import annotations

from textual import events

# The characters Textual makes of escape and a key of the number row (its WezTerm table), and that key.
_NUMBER_ROW = {"¡": "1", "™": "2", "£": "3", "¢": "4", "∞": "5", "§": "6", "¶": "7", "•": "8", "ª": "9", "º": "0",
               "–": "-", "≠": "="}
_KEY_NAMES = {"-": "minus", "=": "equals_sign"}


def typed_apart(key: events.Key, field_takes_it: bool) -> tuple[events.Key, events.Key] | None:
    """Escape and the key after it, if `key` is how they arrived together; None for any other key.

    field_takes_it: the focused widget would type the key's character (a text field).
    """
    character = key.character
    if character is None or len(character) != 1:
        return None
    if key.key.startswith("alt+") and character.isascii() and character.isalnum():
        second = character  # alt+shift+a is escape then A, a key name of its own ("A" adds an exercise)
    elif character in _NUMBER_ROW and not field_takes_it:
        second = _NUMBER_ROW[character]
    else:
        return None
    return events.Key("escape", "\x1b"), events.Key(_KEY_NAMES.get(second, second), second)
