"""How many characters each kind of field takes as it is typed.

A field with a limit stops taking characters at it, so 20,000 characters arriving as keystrokes (a paste the
terminal sends key by key, a stuck key) cost nothing once it is full: unchecked, each one re-measured the whole
value and kept the app busy for half a minute. Where a rule limits the value, the field's limit is that rule's.
"""

from __future__ import annotations

from tui.domain.routine_editing import NAME_MAX
from tui.domain.set_values import MAX_NOTE as SET_NOTE_MAX
from tui.domain.workout_forms import MAX_NAME, MAX_NOTE

WORKOUT_NAME = MAX_NAME
WORKOUT_NOTE = MAX_NOTE
ROUTINE_NAME = NAME_MAX
SET_NOTE = SET_NOTE_MAX
FIGURE = 24  # a number, a range such as "10-12", a date or a time: a few characters, with room for blanks
TIME_ZONE = 64  # the longest IANA zone names are about 30 characters
SEARCH = 100
PATH = 4096  # PATH_MAX on Linux
