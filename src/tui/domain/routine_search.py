"""Forgiving, incremental search over routine and exercise names and aliases.

"push ups", "Push-up", "pushup" and "PUSH-UPS" all find Push-up: case, accents, hyphens, spaces and plain
English plurals are ignored, and a query that is still being typed ("pushu") already matches.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from tui.domain.catalogue import Exercise, Routine

_NOT_LETTER_OR_DIGIT = re.compile(r"[^0-9a-z]+")
# Plurals that add "es": "presses", "crunches", "lunges" stays "lunge" through the plain "s" rule.
_ES_PLURALS = ("sses", "shes", "ches", "xes", "zes")
# Words whose final "s" is not a plural: "press", "biceps" is fine either way, "bus", "axis".
_NOT_PLURAL = ("ss", "us", "is")


def singular(word: str) -> str:
    """The singular of an English word, well enough for exercise names ("presses" -> "press")."""
    if len(word) > 4 and word.endswith(_ES_PLURALS):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not word.endswith(_NOT_PLURAL):
        return word[:-1]
    return word


def words(text: str) -> tuple[str, ...]:
    """Lower-case, accent-free words of text, split at anything that is not a letter or digit."""
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return tuple(word for word in _NOT_LETTER_OR_DIGIT.split(plain) if word)


class SearchKey(NamedTuple):
    """A name or alias in the forms a query is compared with."""

    raw: str  # the words run together, as written: "pushups"
    plain: str  # the singular words run together: "pushup"

    @classmethod
    def of(cls, text: str) -> SearchKey:
        found = words(text)
        return cls("".join(found), "".join(singular(word) for word in found))


class Query(NamedTuple):
    """What the user typed, prepared once for comparing with many names."""

    text: str
    key: SearchKey
    plain_words: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Query:
        return cls(text, SearchKey.of(text), tuple(singular(word) for word in words(text)))

    @property
    def is_empty(self) -> bool:
        return not self.key.raw

    def matches(self, name: str) -> bool:
        """Whether name contains the query, ignoring case, spacing, hyphens, plurals and word order."""
        if self.is_empty:
            return True
        key = SearchKey.of(name)
        if self.key.plain in key.plain or self.key.raw in key.raw:
            return True
        # "raise lateral" still finds Lateral raise.
        return all(word in key.plain for word in self.plain_words)

    def matches_any(self, names: Iterable[str]) -> bool:
        return any(self.matches(name) for name in names)


def exercise_names(exercise: Exercise) -> tuple[str, ...]:
    return (exercise.name, *exercise.aliases)


def _rank(query: Query, name: str, aliases: Iterable[str]) -> int | None:
    """0 for the exact name, 1 for a name that starts with the query, 2 for any name match, 3 for an alias."""
    if query.is_empty:
        return 0
    key = SearchKey.of(name)
    if key.plain == query.key.plain:
        return 0
    if key.plain.startswith(query.key.plain):
        return 1
    if query.matches(name):
        return 2
    if query.matches_any(aliases):
        return 3
    return None


def search_exercises(query: Query, exercises: Iterable[Exercise]) -> list[Exercise]:
    """The exercises whose name or an alias matches, best first; catalogue order breaks ties."""
    ranked = []
    for position, exercise in enumerate(exercises):
        rank = _rank(query, exercise.name, exercise.aliases)
        if rank is not None:
            ranked.append((rank, position, exercise))
    return [exercise for _, _, exercise in sorted(ranked, key=lambda item: item[:2])]


def routine_matches(query: Query, routine: Routine, exercises: Mapping[str, Exercise]) -> bool:
    """A routine matches by its own name, or by any exercise in it (so "plank" finds routines with a plank)."""
    if query.matches(routine.name):
        return True
    return any(
        query.matches_any(exercise_names(exercises[entry.exercise_id]))
        for entry in routine.entries
        if entry.exercise_id in exercises
    )
