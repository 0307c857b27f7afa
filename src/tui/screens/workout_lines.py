"""What the Workout screen says, in words: the set to do, where the workout stands, and what the keys do now.

Each is worked out from the session, the clock and the user's own keys, here, so that the screen (workout.py)
only places the lines and turns keys into controller calls.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content

from tui.domain.printable import printable, quoted
from tui.domain.progress.progression import Suggestion
from tui.domain.workout.model import WARMUP, LoggedSet
from tui.domain.workout.prefill import set_in_its_place
from tui.domain.workout.set_fields import not_said_yet
from tui.domain.workout.set_values import format_clock
from tui.widgets.countdown import elapsed_text
from tui.widgets.title_bar import PALETTE_MARK
from tui.widgets.workout_sets import sets_text

if TYPE_CHECKING:
    import pendulum

    from tui.domain.workout.model import Workout
    from tui.domain.workout.plan import Slot
    from tui.domain.workout.session import WorkoutSession
    from tui.screens.services import Services

Keys = Callable[[str], str]  # a workout key's name ("log", for the binding workout.log) -> the user's key for it


def words_now(session: WorkoutSession | None, now: pendulum.DateTime) -> dict[str, str]:
    """The footer's and the tap targets' words for keys that do something else now: on a hold, space starts it
    (its get-ready too), then stops it and logs what was held; `s` cancels it. With no workout in progress, `A` is
    the one key that does something: it starts an empty workout, as the button beside the lines says."""
    if session is None:
        return {"workout.add_exercise": "Empty workout"}
    slot = session.current_slot
    if slot is None or not slot.is_hold:
        return {}
    hold = session.hold
    if hold is None or hold.getting_ready(now):
        return {"workout.log": "Start", **({"workout.skip_rest": "Cancel"} if hold else {})}
    return {"workout.log": "Stop", "workout.skip_rest": "Cancel"}


def hold_keys(session: WorkoutSession | None, now: pendulum.DateTime, key: Keys) -> str:
    """What the keys do in the hold running: its get-ready countdown, or the hold itself."""
    hold = session.hold if session else None
    if hold is None:
        return ""
    does = "start now" if hold.getting_ready(now) else "stop and log"
    return f"{key('log')}: {does}  {key('skip_rest')}: cancel"  # escape too, where there is one


def rest_keys(key: Keys) -> str:
    """ "+/- 15 s  s: skip", with the user's keys."""
    return f"{key('rest_longer')}/{key('rest_shorter')} 15 s  {key('skip_rest')}: skip"


def heading(name: str, routine: str = "", *, narrow: bool) -> Content:
    """The exercise's name, with the routine's after it where there is room (not on a phone). One line of the
    screen's width, whatever the names: moving on to the next exercise does not lay the screen out."""
    return Content.assemble((name, "bold $accent"), f"  ({routine})" if routine and not narrow else "")


Lines = tuple[str | Content, ...]


def screen_lines(session: WorkoutSession | None, left_elsewhere: Workout | None, services: Services, key: Keys,
                 app_key: Keys, *, narrow: bool, offered: bool) -> tuple[Lines, Suggestion | None]:
    """The screen's six lines over the timer, and the suggestion made: the set to do (see set_lines), else
    what to do with no set left, or with no workout (`offered`: one left in progress is offered back).
    `app_key` is the user's key for an App binding's id."""
    if session is None and offered:
        # Under the offer to resume: "No workout in progress" there read against the offer's "Workout in progress",
        # and "was left in progress" against its "open in another window".
        return (heading("A workout is in progress.", narrow=narrow), "Resume, finish or discard it.",
                "", "", "", ""), None
    if session is None and left_elsewhere is not None:
        return (heading("No workout in progress here.", narrow=narrow),
                f"{quoted(printable(left_elsewhere.name))} is open in another window: {key('take_over')} takes it over "
                "here.", "", "", "", ""), None
    if session is None:
        empty = ("or an empty workout:", f"{key('add_exercise')} picks its first exercise.")
        return (heading("No workout in progress.", narrow=narrow),
                f"Start a routine from Routines ({app_key('screen.routines')}),",
                *(empty if narrow else (" ".join(empty), "")), "", ""), None  # two lines on a phone's 40 columns
    slot = session.current_slot
    if session.no_exercises_yet:
        return (heading(session.workout.name, narrow=narrow), "No exercises yet.",
                f"Press {key('add_exercise')} to add one{',' if narrow else '.'}",
                f"or tap {PALETTE_MARK} and type 'add exercise'." if narrow else "", "", ""), None
    if slot is None:
        more = f" or {key('add_set')} to add a {'round' if session.is_circuit else 'set'}"
        return (heading(session.workout.name, narrow=narrow), "All sets logged.",
                f"Press {key('finish')} to finish{more}.", "", "", ""), None
    return set_lines(session, slot, services, key, narrow=narrow)


def last_time_line(slot: Slot, last: tuple[LoggedSet, ...], *, bodyweight: bool) -> str:
    """Last time's sets from the one done in this set's place (Strong's "Previous"): under 30 rows the line is cut
    to one, and on set 2 it read set 1's values first (the sets before it are done this time, in the list)."""
    if not last:
        return "Last time: not done before"
    in_its_place = set_in_its_place(slot, last)
    start = 0 if in_its_place is None else last.index(in_its_place)
    if all(done.is_warmup for done in last[:start]):  # the first set: last time's warm-ups too
        return f"Last time: {sets_text(last, bodyweight=bodyweight)}"
    label = slot.label()
    return f"Last time from {label[0].lower()}{label[1:]}: {sets_text(last[start:], bodyweight=bodyweight)}"


def set_lines(session: WorkoutSession, slot: Slot, services: Services, key: Keys, *,
              narrow: bool) -> tuple[Lines, Suggestion | None]:
    """The set to do, line by line (its exercise, which set, the target, last time, the suggestion, and what
    space does), and the suggestion made."""
    controller = services.workout
    catalogue, names = services.catalogue, services.exercise_names
    exercise = catalogue.exercises.get(slot.exercise_id)
    name = names.get(slot.exercise_id, slot.exercise_id)  # one of the user's own too
    bodyweight = names.is_bodyweight(slot.exercise_id)
    values = controller.next_values()
    last = controller.last_sets.get(slot.exercise_id)
    last_line = "Last time: loading..." if last is None else last_time_line(slot, last, bodyweight=bodyweight)
    # One of the user's own too (a Strong user's Leg Press): more load once every set reached the top of its range.
    advice = controller.advice(slot)
    rest = session.rest_after(slot)
    # Before a hold, space starts its timer, which logs it ("logs: 45 s" read as logged at once, as typed).
    does = "starts" if slot.is_hold else "logs"
    # A first bench press starts from no load (a band exercise from no band): said, so that space does not log
    # one without its weight unseen.
    missing = not_said_yet(values, exercise)
    space: str | Content = Content.assemble(
        (key("log"), "bold"), f" {does}: {values.describe(bodyweight=bodyweight)}",
        (f", no {missing}", "$warning") if missing else "", "   ",
        (f"({key('edit')} to {'add it' if missing else 'change'})", "dim"))
    if controller.reading_last_time():
        space = Content.assemble((key("log"), "bold"), " starts from last time, once it is read")
    if session.hold:
        # In a hold space starts it now, or stops it and logs what was held ("logs: 30 s" was neither): the
        # hold's keys take this line, at every width (a phone's timer has no room for them beside its title).
        space = hold_keys(session, services.clock.now(), key)
    lines = (
        heading(name, session.workout.name, narrow=narrow),
        slot.position_text(values.side, warm_up=values.set_type == WARMUP),
        f"Target: {slot.target_text()}{rest_after_text(rest, session.rest_taken_off(slot), key, narrow)}",
        last_line,
        f"Suggestion: {advice.text}" if advice else "",
        space,
    )
    return lines, advice


def progress_text(session: WorkoutSession, elapsed_s: float, *, narrow: bool, room: int) -> str:
    """ "Exercise 2 of 6 · 12:34": where the workout stands, and how long it has run. On a phone, where the
    heading has no room for the routine's name, the name is here instead, in `room` cells: "Core · 2 of 6 ·
    12:34"."""
    number, total = session.exercise_position()
    if session.no_exercises_yet:
        return elapsed_text(elapsed_s) if narrow else f"Time {elapsed_text(elapsed_s)}"
    where = f"{number} of {total} · {elapsed_text(elapsed_s)}"
    if not narrow or session.all_done:  # every set logged, the heading above is the name: not twice
        return f"Exercise {where}"
    # One line whatever the name: the sets below keep their rows (a long name gives way, the figures do not).
    return f"{shortened(session.workout.name, room - len(where) - 3)} · {where}"


def sets_so_far(session: WorkoutSession) -> tuple[str, float]:
    """ "3 of 18 sets", and the part of the plan done."""
    logged, planned = session.sets_logged()
    return session.sets_logged_text, logged / planned if planned else 0.0


def shortened(name: str, room: int) -> str:
    """The name whole if it fits `room` cells, else its start and "…"."""
    if cell_len(name) <= room:
        return name
    text = Text(name)
    text.truncate(max(1, room), overflow="ellipsis")
    return text.plain


def rest_after_text(rest: int | None, taken_off: bool, key: Keys, narrow: bool) -> str:
    """What follows the set on the target line: " · then rest 60 s", or " · then no rest" where `-` took its
    exercise's rest down to none (with the key that gives one back, where the line has room for it). That line
    only dropped its rest, unsaid: a user who pressed `-` to end one rest early found the exercise's next sets
    had none."""
    if rest:
        return f" · then rest {rest_text(rest)}"
    if not taken_off:
        return ""
    return " · then no rest" if narrow else f" · then no rest ({key('rest_longer')} adds one)"


def rest_text(seconds: int) -> str:
    """The rest after a set, as the target line promises it: "90 s", and from ten minutes as the clock will read it,
    "12:30" (`+` held made it "then rest 3600 s")."""
    return f"{seconds} s" if seconds < 600 else format_clock(seconds)
