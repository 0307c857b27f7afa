"""Exercises of the user's that are not in our catalogue, and the one place an exercise id becomes its name.

An import meets exercises we do not ship ("Band Pull Apart", "Treadmill Running"). Each is kept as a
CustomExercise: a stable id made from its name ("custom:band-pull-apart", see exercise_names.custom_id), the
name exactly as the file wrote it, and the file's category when it has one ("Cardio", "Shoulders"). Screens,
summaries and exports ask an ExerciseNameBook for a name, never the catalogue alone, so a custom exercise
shows by its own name everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple, TypeVar

from tui.domain.catalogue.model import Category, Exercise, Measurement
from tui.domain.printable import one_line, printable

CUSTOM_PREFIX = "custom:"
_Made = TypeVar("_Made", bound="CustomExercise")


class _CustomExerciseFields(NamedTuple):
    id: str  # "custom:<slug of the name>"
    name: str
    category: str = ""  # as the file that brought it named it; empty when it named none
    # The catalogue exercise the user said this one is (History's `N`): its sets were moved to that id, and a
    # later import of the same name comes in as that exercise. Empty while it is an exercise of its own.
    same_as: str = ""
    # The user said a load logged for it is added to the body's weight, or takes some off (a weighted dip, an
    # assisted pull-up), as the catalogue's `bodyweight` says of ours: "+10 kg", and no lifted-weight records.
    bodyweight: bool = False
    # Kept only for cardio entries (a distance, a time): Strong's "Running", which every import names in no set.
    # No picker offers it, as a set of reps is all a workout here logs (see transfer.data.cardio_only).
    cardio: bool = False


class CustomExercise(_CustomExerciseFields):
    """An exercise of the user's that the catalogue does not have.

    Its name and category come from a file someone else wrote (an import, the data directory): their control
    characters are dropped here, however it is made (`_replace` too), so none can reach a terminal.
    """

    __slots__ = ()

    def __new__(cls, id: str, name: str, category: str = "", same_as: str = "",
                bodyweight: bool = False, cardio: bool = False) -> CustomExercise:
        id, same_as = (text if not isinstance(text, str) or text.isprintable() else printable(text)
                       for text in (id, same_as))
        name, category = (one_line(text) if isinstance(text, str) else text for text in (name, category))
        return super().__new__(cls, id, name, category, same_as, bodyweight, cardio)

    def _replace(self: _Made, **changes: Any) -> _Made:
        return type(self)(**{**self._asdict(), **changes})  # through __new__, never around it

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "name": self.name}
        if self.category:
            data["category"] = self.category
        if self.same_as:
            data["same_as"] = self.same_as
        if self.bodyweight:
            data["bodyweight"] = True
        if self.cardio:
            data["cardio"] = True
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> CustomExercise:
        """The exercise a record holds; ValueError or TypeError for one a hand edit broke. Its id is a custom one:
        one of ours ("crunch") listed it twice beside ours and stopped the app at every start, and a name of null
        read "None"."""
        exercise_id, name = data["id"], data["name"]
        custom = isinstance(exercise_id, str) and exercise_id.startswith(CUSTOM_PREFIX) and exercise_id != CUSTOM_PREFIX
        if not custom:
            raise ValueError(f"a custom exercise's id starts with {CUSTOM_PREFIX}, not {exercise_id!r}")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"a custom exercise's name is a text, not {name!r}")
        return cls(exercise_id, name, str(data.get("category") or ""), str(data.get("same_as") or ""),
                   data.get("bodyweight") is True, data.get("cardio") is True)


def as_exercise(custom: CustomExercise) -> Exercise:
    """A custom exercise in the shape of one of ours, for a workout or routine it is added to by hand: counted in
    reps (a set's values can still say otherwise), no kit, nothing to read about it."""
    return Exercise(
        id=custom.id, name=custom.name, aliases=(), category=Category.STRENGTH, measurement=Measurement.REPS,
        equipment=(), focus=(), primary_muscles=(), secondary_muscles=(), instructions=(), cues=(), mistakes=(),
        easier=(), harder=(), why_runners="", source="", bodyweight=custom.bodyweight,
    )


def known_by_your_names(exercises: Iterable[Exercise], custom: Iterable[CustomExercise]) -> list[Exercise]:
    """Ours, each also called by the names of the user's own exercises counted as it (History's N), as an alias:
    searched by the old name ("DB Curl", counted as Lateral raise), Routines found nothing, and a picker offered it
    as a new exercise, whose id was the counted one's (adding it crashed the app)."""
    also: dict[str, tuple[str, ...]] = {}
    for exercise in custom:
        if exercise.same_as:
            also[exercise.same_as] = (*also.get(exercise.same_as, ()), exercise.name)
    return [exercise._replace(aliases=(*exercise.aliases, *also[exercise.id])) if exercise.id in also else exercise
            for exercise in exercises]


def name_from_id(exercise_id: str) -> str:
    """A readable name for a custom id whose name was never kept (imports before names were): the slug's words,
    "custom:band-pull-apart" -> "Band pull apart"."""
    words = exercise_id.removeprefix(CUSTOM_PREFIX).replace("-", " ").strip()
    return words[:1].upper() + words[1:] if words else exercise_id


class ExerciseNameBook(Mapping[str, str]):
    """Exercise names by id: the catalogue's, then the user's custom exercises; any other custom id by its slug.

    A Mapping, so the screens' `names.get(exercise_id, exercise_id)` finds a custom exercise's name too.
    """

    def __init__(self, catalogue_names: Mapping[str, str], custom: Iterable[CustomExercise] = (),
                 bodyweight: frozenset[str] = frozenset(), assisted: frozenset[str] = frozenset()) -> None:
        self._catalogue = catalogue_names
        self._bodyweight = bodyweight  # the catalogue's Catalogue.bodyweight
        self._assisted = assisted  # and its Catalogue.assisted
        self._custom = {exercise.id: exercise for exercise in custom}

    def __getitem__(self, exercise_id: str) -> str:
        name = self._catalogue.get(exercise_id)
        if name is not None:
            return name
        custom = self._custom.get(exercise_id)
        if custom is not None:
            # One the user said is a catalogue exercise is shown as that one (a set an older export still names
            # it by reads as what it now counts as).
            return self._catalogue.get(custom.same_as, custom.name)
        if exercise_id.startswith(CUSTOM_PREFIX):
            return name_from_id(exercise_id)
        raise KeyError(exercise_id)

    def __iter__(self) -> Iterator[str]:
        yield from self._catalogue
        yield from (exercise_id for exercise_id in self._custom if exercise_id not in self._catalogue)

    def __len__(self) -> int:
        return len(self._catalogue) + sum(1 for exercise_id in self._custom if exercise_id not in self._catalogue)

    def is_bodyweight(self, exercise_id: str) -> bool:
        """Whether a load logged for the exercise is added to (or takes off) the body's weight; one the user said
        is a catalogue exercise is that one. A custom exercise of its own is one when the user said so (`N`)."""
        return self._holds(exercise_id, self._bodyweight)

    def may_be_assisted(self, exercise_id: str) -> bool:
        """Whether the exercise is often done with a machine's help, logged as a negative load: the catalogue's
        pull-up and dip, and any bodyweight exercise of the user's own, which may be one ("Pull Up (Assisted)"
        from Strong)."""
        return self._holds(exercise_id, self._assisted)

    def _holds(self, exercise_id: str, catalogue_ids: frozenset[str]) -> bool:
        """Whether the exercise is among catalogue_ids, a bodyweight kind of the catalogue's; one the user said is a
        catalogue exercise counts as that one, and one of their own is of every bodyweight kind when they said it
        is a bodyweight exercise."""
        custom = self._custom.get(exercise_id)
        if custom and not custom.same_as:
            return custom.bodyweight
        return (custom.same_as if custom else exercise_id) in catalogue_ids

    @property
    def bodyweight(self) -> frozenset[str]:
        """The ids is_bodyweight holds for: the catalogue's, and the custom ones mapped onto them."""
        return self._bodyweight | {exercise_id for exercise_id in self._custom if self.is_bodyweight(exercise_id)}

    @property
    def custom(self) -> dict[str, CustomExercise]:
        """The user's custom exercises by id (those mapped onto a catalogue exercise included)."""
        return dict(self._custom)

    def own(self) -> list[CustomExercise]:
        """The custom exercises that are still exercises of their own (not mapped onto ours), by name."""
        return sorted((exercise for exercise in self._custom.values() if not exercise.same_as),
                      key=lambda exercise: exercise.name.casefold())

    def redirects(self) -> dict[str, str]:
        """Custom id -> the catalogue id the user said it is."""
        return {exercise.id: exercise.same_as for exercise in self._custom.values() if exercise.same_as}

    def category_of(self, exercise_id: str) -> str:
        """The category a custom exercise was imported with; empty for ours and for one without."""
        custom = self._custom.get(exercise_id)
        return custom.category if custom else ""
