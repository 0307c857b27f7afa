"""Finding our exercise for a name another app wrote ("Bench Press (Barbell)", "Pull Up", "planks").

A name is looked up in order: exactly (ignoring case) among our names, then among our aliases, then with case,
accents, hyphens, spaces and plurals ignored. Strong writes the equipment in brackets after the name, so
"Bench Press (Barbell)" is also tried as "barbell bench press", then as plain "bench press" when that exercise
uses the bracketed equipment. A name that matches nothing is a custom exercise: the user's own one of that
name, else a new id, "custom:<slug>".
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Mapping

from tui.domain.catalogue.custom_exercises import CUSTOM_PREFIX, CustomExercise, ExerciseNameBook
from tui.domain.catalogue.ids import slug
from tui.domain.catalogue.model import Equipment, Exercise
from tui.domain.catalogue.search import singular, words

__all__ = ["CUSTOM_PREFIX", "ExerciseNames", "custom_id", "loose_key"]

# Strong's bracketed equipment -> the kinds of ours it can mean. Only these let the bare name match, so
# "Crunch (Machine)" does not quietly become our floor crunch.
_BRACKETED_EQUIPMENT: dict[str, frozenset[Equipment]] = {
    "barbell": frozenset({Equipment.BARBELL_OR_MACHINE}),
    "machine": frozenset({Equipment.BARBELL_OR_MACHINE}),
    "smith machine": frozenset({Equipment.BARBELL_OR_MACHINE}),
    "cable": frozenset({Equipment.BARBELL_OR_MACHINE}),
    "dumbbell": frozenset({Equipment.DUMBBELL}),
    "kettlebell": frozenset({Equipment.KETTLEBELL}),
    "band": frozenset({Equipment.BAND}),
    "bodyweight": frozenset({Equipment.NONE, Equipment.PULL_UP_BAR, Equipment.CHAIR_OR_BENCH}),
}
# Words other apps add to a name (or leave out) that change nothing about the exercise: FitNotes' "Flat Barbell
# Bench Press", Strong's "Side Plank Leg Raise" for our "Side plank with leg raise".
_FILLER_WORDS = frozenset({"flat", "regular", "standard", "basic", "classic", "conventional", "with"})
# Free weights named in a name's words ("Front Dumbbell Raise", "Barbell Shrug"): a name without them matches our
# exercise only when it uses that kit. Machines and cables are left out: a "Cable Row" or a "Machine Row" is an
# exercise of its own, not our barbell row.
_EQUIPMENT_WORDS: dict[str, frozenset[Equipment]] = {
    "barbell": frozenset({Equipment.BARBELL_OR_MACHINE}),
    "dumbbell": frozenset({Equipment.DUMBBELL}),
    "kettlebell": frozenset({Equipment.KETTLEBELL}),
    "band": frozenset({Equipment.BAND}),
    "banded": frozenset({Equipment.BAND}),
}
# Words another app puts in the name of a bodyweight exercise done with help or with a load: Strong's and Hevy's
# "Pull Up (Assisted)" (a machine's help) and "Dip (Weighted)", FitNotes' "Weighted Pull Up". The name is our
# exercise of its other words when that exercise can be done so; the help or the load is the set's load (help as
# a negative load: source.py). Their "Pull Up (Band)" is our band-assisted pull-up, by its band.
_DONE_AS: dict[str, Callable[[Exercise], bool]] = {
    "assisted": lambda exercise: exercise.assisted,
    "weighted": lambda exercise: exercise.bodyweight,
}
_BRACKETED = re.compile(r"^(?P<base>.*?)\s*\((?P<equipment>[^()]*)\)\s*$")


def loose_key(name: str) -> str:
    """The name with case, accents, punctuation and plain plurals ignored: "Push-Ups" -> "push up"."""
    return " ".join(singular(word) for word in words(name))


def word_set_key(name: str, without: frozenset[str] = frozenset()) -> str:
    """The name's words in any order, with filler words (and `without`) left out: "Lateral Dumbbell Raise" and
    "Dumbbell lateral raises" give the same key."""
    return " ".join(sorted(set(loose_key(name).split()) - _FILLER_WORDS - without))


_EQUIPMENT_WORD_SET = frozenset(_EQUIPMENT_WORDS)


def custom_id(name: str) -> str:
    """The stable id of an exercise we do not know: "custom:" and a slug of its name (the same name, the same id)."""
    text = slug(name)
    if not text:  # a name with no latin letters or digits: a digest keeps it stable and distinct
        text = uuid.uuid5(uuid.NAMESPACE_OID, name.strip()).hex[:12]
    return CUSTOM_PREFIX + text


def _unambiguous(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    # A key two exercises share (after loosening) names neither of them for sure, so it matches nothing.
    found: dict[str, set[str]] = {}
    for key, exercise_id in pairs:
        if key:
            found.setdefault(key, set()).add(exercise_id)
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}


class ExerciseNames:
    """Our catalogue's names and aliases, ready to look up names other apps use."""

    def __init__(self, exercises: Mapping[str, Exercise], custom: Iterable[CustomExercise] = ()) -> None:
        self._exercises = dict(exercises)
        custom = tuple(custom)
        self.book = ExerciseNameBook({exercise_id: exercise.name for exercise_id, exercise in exercises.items()},
                                     custom)
        # A custom exercise is found again by the name it has now (it may have been renamed since it came in).
        self._custom_by_name = {exercise.name.strip().casefold(): exercise.id for exercise in custom}
        # One the user mapped onto a catalogue exercise comes in as that exercise, by its name or its id.
        self._same_as = {exercise.id: exercise.same_as for exercise in custom
                         if exercise.same_as and exercise.same_as in exercises}
        everything = list(exercises.values())
        self._levels = (
            _unambiguous((e.name.casefold(), e.id) for e in everything),
            _unambiguous((alias.casefold(), e.id) for e in everything for alias in e.aliases),
            _unambiguous((loose_key(e.name), e.id) for e in everything),
            _unambiguous((loose_key(alias), e.id) for e in everything for alias in e.aliases),
            _unambiguous((word_set_key(text), e.id) for e in everything for text in (e.name, *e.aliases)),
        )
        # The last resort: names and aliases without their equipment words, every exercise a key may mean.
        self._without_equipment: dict[str, set[str]] = {}
        for e in everything:
            for text in (e.name, *e.aliases):
                key = word_set_key(text, _EQUIPMENT_WORD_SET)
                if key:
                    self._without_equipment.setdefault(key, set()).add(e.id)

    @property
    def exercises(self) -> dict[str, Exercise]:
        """The catalogue's exercises by id."""
        return self._exercises

    def name_of(self, exercise_id: str) -> str:
        """Our name for the exercise, a custom exercise's own name; an id we know nothing of as it is."""
        return self.book.get(exercise_id, exercise_id)

    def _lookup(self, name: str) -> str | None:
        exact, loose = name.strip().casefold(), loose_key(name)
        for level, key in zip(self._levels, (exact, exact, loose, loose, word_set_key(name))):
            if key in level:
                return level[key]
        return self._by_equipment_words(name)

    def _by_equipment_words(self, name: str) -> str | None:
        """Our exercise for a name that says its equipment in its words ("Front Dumbbell Raise"): the one exercise
        whose name or alias has the other words and that uses that equipment; None when there is not exactly one."""
        named = set(loose_key(name).split()) & _EQUIPMENT_WORD_SET
        if not named:
            return None
        kinds = frozenset().union(*(_EQUIPMENT_WORDS[word] for word in named))
        candidates = self._without_equipment.get(word_set_key(name, _EQUIPMENT_WORD_SET), set())
        fitting = [found for found in candidates if kinds & set(self._exercises[found].equipment)]
        return fitting[0] if len(fitting) == 1 else None

    def _done_as(self, name: str) -> str | None:
        """Our exercise for a name that says it was done with help or a load (_DONE_AS), if it can be."""
        name_words = loose_key(name).split()
        for word, can_be in _DONE_AS.items():
            if word in name_words:
                found = self._lookup(" ".join(other for other in name_words if other != word))
                if found is not None and can_be(self._exercises[found]):
                    return found
        return None

    def find(self, name: str) -> str | None:
        """Our exercise id for a name, or None when none of ours matches it."""
        found = self._lookup(name) or self._done_as(name)
        if found is not None:
            return found
        bracketed = _BRACKETED.match(name.strip())
        if not bracketed or not bracketed["base"]:
            return None
        base, equipment = bracketed["base"], bracketed["equipment"].strip()
        found = self._lookup(f"{equipment} {base}")
        if found is not None:
            return found
        kinds = _BRACKETED_EQUIPMENT.get(loose_key(equipment))
        found = self._lookup(base)
        if found is not None and kinds and kinds & set(self._exercises[found].equipment):
            return found
        return None

    def id_for(self, name: str) -> str:
        """Our exercise id for a name, else a custom id; a "custom:..." name (our own export) stays as it is."""
        name = name.strip()
        if name.startswith(CUSTOM_PREFIX) and len(name) > len(CUSTOM_PREFIX):
            return self._same_as.get(name, name)
        # The user's own exercise of that very name first: one an earlier import kept by name stays theirs when a
        # later version matches it to one of ours (its later sets went there, its earlier ones did not).
        found = self._custom_by_name.get(name.casefold()) or self.find(name) or custom_id(name)
        return self._same_as.get(found, found)
