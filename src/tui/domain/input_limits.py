"""How many characters each kind of field takes as it is typed.

A field with a limit stops taking characters at it, so 20,000 characters arriving as keystrokes (a paste the
terminal sends key by key, a stuck key) cost nothing once it is full: unchecked, each one re-measured the whole
value and kept the app busy for half a minute. Where a rule limits the value, the field's limit is that rule's.
"""

from __future__ import annotations

# The rules' own limits live here (workout_forms, routine_editing and set_values check them), so a field and the
# rule for its value cannot drift apart; and nothing is imported, as the first screen's fields need these.
WORKOUT_NAME = 80
WORKOUT_NOTE = 500
ROUTINE_NAME = 60
EXERCISE_NAME = 80  # a custom exercise's name, typed in History or a picker
SET_NOTE = 200
# A unit, a side or a set type: room for the word typed in full ("lbs", "failure"), read or refused whole (a field
# of one letter kept the "f" of "felt strong", and the set was one to failure).
WORD = 12
FIGURE = 24  # a number, a range such as "10-12", a date or a time: a few characters, with room for blanks
TIME_ZONE = 64  # the longest IANA zone names are about 30 characters
SEARCH = 100
PATH = 4096  # PATH_MAX on Linux
# The sets of an exercise, or the rounds of a circuit, a workout plans: far past any training, and short of a hand
# edit's billion, which took the app minutes (and its memory) to plan.
MOST_PLANNED = 1000
# The reps and the hold of one set, as the set form takes them and the routine editor plans them: a plan the form
# could not log (the editor stopped at 200 reps and a 10-minute hold, the form at 500 and an hour) is no plan.
MOST_REPS = 500
LONGEST_HOLD_S = 3600
LONGEST_REST_S = 3600  # the default rest's (Settings) and the most `+` makes of a rest (250 presses made 1:40:49)
