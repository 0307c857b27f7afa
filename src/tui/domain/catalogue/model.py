"""The exercise catalogue, the routines and the band reference, as plain immutable values."""

from __future__ import annotations

from enum import Enum
from functools import cached_property
from typing import NamedTuple

from tui.domain.ranges import IntRange


class Category(str, Enum):
    STRENGTH = "strength"
    CORE = "core"
    MOBILITY = "mobility"


class Measurement(str, Enum):
    """How a set of the exercise is counted."""

    REPS = "reps"
    HOLD = "hold"
    REPS_PER_SIDE = "reps_per_side"
    HOLD_PER_SIDE = "hold_per_side"

    @property
    def is_hold(self) -> bool:
        return self in (Measurement.HOLD, Measurement.HOLD_PER_SIDE)

    @property
    def per_side(self) -> bool:
        return self in (Measurement.REPS_PER_SIDE, Measurement.HOLD_PER_SIDE)


class Equipment(str, Enum):
    NONE = "none"
    CHAIR_OR_BENCH = "chair_or_bench"
    BAND = "band"
    DUMBBELL = "dumbbell"
    KETTLEBELL = "kettlebell"
    # A doorway bar is the one piece of kit many runners own that none of the other groups covers.
    PULL_UP_BAR = "pull_up_bar"
    BARBELL_OR_MACHINE = "barbell_or_machine"

    @property
    def label(self) -> str:
        return EQUIPMENT_LABELS[self]


EQUIPMENT_LABELS = {
    Equipment.NONE: "no equipment",
    Equipment.CHAIR_OR_BENCH: "chair or bench",
    Equipment.BAND: "resistance band",
    Equipment.DUMBBELL: "dumbbell",
    Equipment.KETTLEBELL: "kettlebell",
    Equipment.PULL_UP_BAR: "pull-up bar",
    Equipment.BARBELL_OR_MACHINE: "barbell or gym machine",
}


class Focus(str, Enum):
    CORE = "core"
    BACK = "back"
    SHOULDERS = "shoulders"
    ARMS = "arms"
    CHEST = "chest"
    MOBILITY = "mobility"


class RoutineFormat(str, Enum):
    STRAIGHT_SETS = "sets"  # all sets of one exercise, then the next
    CIRCUIT = "circuit"  # one set of each exercise per round, rest after the round


# Named tuples rather than frozen dataclasses: Python 3.11 takes about 1 ms to make each dataclass, and these
# are imported before the app's first frame (change one with ._replace).
class Source(NamedTuple):
    """An article the content was drawn from."""

    id: str
    title: str
    publisher: str


class Exercise(NamedTuple):
    id: str
    name: str
    aliases: tuple[str, ...]
    category: Category
    measurement: Measurement
    equipment: tuple[Equipment, ...]
    focus: tuple[Focus, ...]
    primary_muscles: tuple[str, ...]
    secondary_muscles: tuple[str, ...]
    instructions: tuple[str, ...]
    cues: tuple[str, ...]
    mistakes: tuple[str, ...]
    easier: tuple[str, ...]  # exercise ids
    harder: tuple[str, ...]  # exercise ids
    why_runners: str
    source: str  # source id
    # The body is the weight lifted (a pull-up, a push-up, a dip, a plank): a load logged for it is added to the
    # body (+10 kg) or, negative, takes off it (-20 = 20 kg of assistance), never a weight lifted on its own.
    bodyweight: bool = False
    # Done with a machine's help as often as not (an assisted pull-up, an assisted dip): the load field says that
    # a negative load is the help. A crunch or a superman is never helped so.
    assisted: bool = False
    # A lowering to slow down, the way a set of bodyweight reps is made harder once the top of its range is done:
    # a mountain climber or a Russian twist has none ("slow the lowering" read oddly over them), so more reps.
    has_lowering: bool = True


class RoutineEntry(NamedTuple):
    """One exercise in a routine and what to do with it."""

    exercise_id: str
    sets: IntRange  # per round in a circuit, usually 1
    reps: IntRange | None = None  # reps per set (per side when per_side)
    hold_s: IntRange | None = None  # seconds per hold (per side when per_side)
    per_side: bool = False
    rest_s: IntRange | None = None  # rest after each set; a circuit rests after the round instead
    # Figures the sources leave out and we filled in, so the screen can say they are ours.
    ours: tuple[str, ...] = ()


class Routine(NamedTuple):
    id: str
    name: str
    description: str
    format: RoutineFormat
    focus: tuple[Focus, ...]
    entries: tuple[RoutineEntry, ...]
    rounds: IntRange | None = None  # circuits only
    rest_after_round_s: IntRange | None = None  # circuits only
    weekly_sessions: IntRange | None = None
    source: str | None = None  # source id; None for the user's own routines
    shipped: bool = False  # shipped routines are read-only
    ours: tuple[str, ...] = ()


class Band(NamedTuple):
    """A resistance band colour and the force it gives at the reference stretch."""

    colour: str
    resistance: str
    pounds_at_reference: float


class BandReference(NamedTuple):
    stretch_percent: int
    source: str
    bands: tuple[Band, ...]


class Catalogue:
    """Everything shipped in data/, cross-checked; not changed once loaded.

    A plain class, not a dataclass: it is defined before the first frame, and a dataclass costs about 1 ms to
    define.
    """

    def __init__(self, sources: dict[str, Source], exercises: dict[str, Exercise], routines: dict[str, Routine],
                 bands: BandReference) -> None:
        self.sources = sources
        self.exercises = exercises
        self.routines = routines
        self.bands = bands

    @cached_property
    def names(self) -> dict[str, str]:
        """Exercise names by id, built once: every screen that lists sets needs them."""
        return {exercise_id: exercise.name for exercise_id, exercise in self.exercises.items()}

    @cached_property
    def bodyweight(self) -> frozenset[str]:
        """The ids of the exercises whose load is added to (or takes off) the body's weight."""
        return frozenset(exercise_id for exercise_id, exercise in self.exercises.items() if exercise.bodyweight)

    @cached_property
    def assisted(self) -> frozenset[str]:
        """The ids of the exercises often done with a machine's help, logged as a negative load."""
        return frozenset(exercise_id for exercise_id, exercise in self.exercises.items() if exercise.assisted)

    def exercise(self, exercise_id: str) -> Exercise:
        return self.exercises[exercise_id]

    def with_exercises(self, extra: dict[str, Exercise]) -> Catalogue:
        """This catalogue with more exercises (the user's own, added by hand) among its exercises."""
        return Catalogue(self.sources, {**self.exercises, **extra}, self.routines, self.bands) if extra else self
