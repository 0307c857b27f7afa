"""What the Routines screen's list holds, in order, through the filters and the search: the user's routines, the
shipped ones, the exercise catalogue and the user's own exercises, each under its heading."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from rich.text import Text
from textual.content import Content
from textual.widgets.option_list import Option

from tui.domain.catalogue.custom_exercises import ExerciseNameBook, as_exercise, known_by_your_names
from tui.domain.catalogue.model import Catalogue, Routine
from tui.domain.routines.filters import RoutineFilter
from tui.widgets.hanging import Hanging
from tui.widgets.routine_text import exercise_row, heading, routine_row

# Option ids say which collection a row comes from, so a routine of yours can never clash with a shipped one.
SHIPPED, OWN, EXERCISE = "shipped:", "own:", "exercise:"


class ListKeys(NamedTuple):
    """The user's keys the list's words name."""

    new: str  # makes a routine
    copy: str  # copies one
    clear: str  # clears the search (escape while it is typed in, else the clear key)


class Listing(NamedTuple):
    options: list[Option]
    best: str | None  # the row matching the search best, yours first among equals; None with no search
    routines: int  # how many routines are listed
    exercises: int  # how many exercises


def routine_listing(chosen: RoutineFilter, catalogue: Catalogue, own: list[Routine], names: ExerciseNameBook,
                    done: Callable[[Routine], str], rest: int, keys: ListKeys) -> Listing:
    """The list's rows for the filter `chosen`. `own`: the user's routines; `names`: the user's own exercises
    among the rest; `done`: "last done 3 days ago" of a routine; `rest`: a blank rest's, in each routine's time."""
    # The user's routines are found by their own exercises' names too ("sled" finds the one with the sled push).
    theirs = {custom.id: as_exercise(custom) for custom in names.custom.values()}
    shipped_ranked = chosen.ranked(catalogue.routines.values(), catalogue.exercises, rest)
    own_ranked = chosen.ranked(own, {**catalogue.exercises, **theirs}, rest)
    shipped, own = [r for _, r in shipped_ranked], [r for _, r in own_ranked]
    exercises = chosen.exercises(known_by_your_names(catalogue.exercises.values(), names.custom.values()))
    # The user's own exercises after ours, each with its page (their last time and records): a Strong user's Squat
    # and Leg Press were nowhere to be found here. Runs kept from an import are no exercise to open. Their kit and
    # focus are not known: a filter by either leaves them all out (equipment kept them all, as needing nothing,
    # and focus none).
    known = chosen.owned is None and chosen.focus is None
    own_exercises = chosen.exercises(theirs[custom.id] for custom in names.own()
                                     if not custom.cardio) if known else []
    best = None
    if chosen.query.strip():
        # The routines, yours first among equals, then the exercises, yours first: the first of the best. "/trio"
        # kept the cursor on the routine shown before, under "Upper-back trio", or on a routine of yours that only
        # held a "tricep dip"; "/leg p" put it on a routine holding a "leg raise", above a Strong user's Leg Press.
        found = [(rank, f"{OWN}{r.id}") for rank, r in own_ranked] + [
            (rank, f"{SHIPPED}{r.id}") for rank, r in shipped_ranked] + [
            (chosen.exercise_rank(e), f"{EXERCISE}{e.id}") for e in own_exercises + exercises]
        best = min(found, key=lambda each: each[0])[1] if found else None
    options: list[Option] = []

    def section(title: str, note: str = "", hint: str = "") -> None:
        """A heading, a short note after it ("read-only"), or a hint in words on the lines under it. The list cuts
        its lines with an ellipsis (for the exercise rows): a hint after the heading lost its end at every width
        ("a makes one…"), so it goes under the heading, always wrapped, as a routine's details do."""
        if hint:
            label = Hanging(Content.styled(title, "bold"), Content.styled(hint, "dim italic"), indent=2)
            options.append(Option(label, disabled=True))
            return
        text = heading(title)
        if note:  # a word or two: the list is never narrower than this line (routines.tcss, min-width)
            text.append(f"  {note}", style="dim italic")
        options.append(Option(text, disabled=True))

    def routines(prefix: str, listed: list[Routine]) -> None:
        options.extend(Option(routine_row(r, catalogue, done(r), rest), id=f"{prefix}{r.id}") for r in listed)

    def yours() -> None:
        section("Your routines", hint="" if own else f"none yet: {keys.new} makes one, {keys.copy} copies one")
        routines(OWN, own)

    # Yours first, as Strong's and Hevy's lists put them: they are what a user does, week after week. With none
    # yet, the shipped ones come first and the line after them says how to make one.
    if own:
        yours()
    if shipped:
        section("Shipped routines", "read-only")
        routines(SHIPPED, shipped)
    if not own and not chosen.is_active:
        yours()

    def catalogue_section() -> None:
        if exercises:
            section("Exercise catalogue")
            options.extend(Option(exercise_row(e), id=f"{EXERCISE}{e.id}") for e in exercises)

    def yours_section() -> None:
        if own_exercises:
            section("Your exercises")
            options.extend(Option(Content(e.name), id=f"{EXERCISE}{e.id}") for e in own_exercises)

    # Ours first, unless one of yours matches the search better: "/leg p" put a Strong user's Leg Press under our
    # exercises it matched with a typo forgiven, and the cursor, on the first of them, opened one of those.
    if own_exercises and exercises and chosen.exercise_rank(own_exercises[0]) < chosen.exercise_rank(exercises[0]):
        yours_section()
        catalogue_section()
    else:
        catalogue_section()
        yours_section()
    if not options:
        # Two short lines: the list is narrow and cuts a long line with an ellipsis.
        options.append(Option(Text("Nothing matches.", style="italic"), disabled=True))
        options.append(Option(Text(f"{keys.clear} clears the search", style="italic"), disabled=True))
    return Listing(options, best, len(shipped) + len(own), len(exercises) + len(own_exercises))
