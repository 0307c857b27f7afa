"""Forgiving, incremental search over routine and exercise names and aliases.

"push ups", "Push-up", "pushup" and "PUSH-UPS" all find Push-up: case, accents, hyphens, spaces and plain
English plurals are ignored, and a query that is still being typed ("pushu") already matches. A typo is
forgiven too: "plnk" finds Plank, "pusup" Push-up (one letter missing, extra, wrong or two swapped; two in a
long word), once a word has four letters, so short queries do not match everything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from tui.domain.catalogue.model import Exercise, Routine

_NOT_LETTER_OR_DIGIT = re.compile(r"[^0-9a-z]+")
_NOT_A_WORD = re.compile(r"[\W_]+")  # not a letter or digit of any script
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
    """Lower-case, accent-free words of Latin letters and digits: what ids are made of ("Tue 核心 core" gives
    "tue" and "core"). Fixed: an id made from a name must stay the same id on every import of that name."""
    return tuple(word for word in _NOT_LETTER_OR_DIGIT.split(_folded(text)) if word)


def search_words(text: str) -> tuple[str, ...]:
    """Lower-case, accent-free words in any script, split at anything that is not a letter or digit: what a
    search compares ("核心" is a word; with words(), a query of it was empty and matched everything)."""
    return tuple(word for word in _NOT_A_WORD.split(_folded(text)) if word)


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class SearchKey(NamedTuple):
    """A name or alias in the forms a query is compared with."""

    raw: str  # the words run together, as written: "pushups"
    plain: str  # the singular words run together: "pushup"

    @classmethod
    def of(cls, text: str) -> SearchKey:
        found = search_words(text)
        return cls("".join(found), "".join(singular(word) for word in found))


# A lifter's shorthand for kit, as Strong's and Hevy's users type it: "db row" found Band row, not the dumbbell one.
SHORT_FOR = {"db": "dumbbell", "bb": "barbell", "kb": "kettlebell"}


class Query(NamedTuple):
    """What the user typed, prepared once for comparing with many names."""

    text: str
    key: SearchKey
    plain_words: tuple[str, ...]
    # With shorthand typed: the query as typed too, matching whole words only (see matches_exactly). "db curl"
    # found only dumbbell curls, never your own "DB Curl".
    as_typed: Query | None = None
    whole_words: bool = False

    @classmethod
    def of(cls, text: str) -> Query:
        typed = search_words(text)
        if any(word in SHORT_FOR for word in typed):  # compared as the words they stand for ("bb" is in "dumbbell")
            text_meant = " ".join(SHORT_FOR.get(word, word) for word in typed)
            as_typed = cls(text, SearchKey.of(text), tuple(singular(word) for word in typed), whole_words=True)
            return cls(text, SearchKey.of(text_meant), tuple(singular(word) for word in search_words(text_meant)),
                       as_typed)
        return cls(text, SearchKey.of(text), tuple(singular(word) for word in typed))

    @property
    def is_empty(self) -> bool:
        """Nothing typed (but blanks): every name matches."""
        return not self.text.strip()

    @property
    def has_no_words(self) -> bool:
        """Only symbols or emoji typed ("💪🏽"): no word to compare, so they are looked for as typed (they matched
        every name, as an empty query does)."""
        return not self.key.raw and not self.is_empty

    def matches(self, name: str) -> bool:
        """Whether name contains the query, ignoring case, spacing, hyphens, plurals, word order and typos."""
        return self.matches_exactly(name) or self.matches_with_typos(name)

    def matches_exactly(self, name: str) -> bool:
        """Whether name contains the query, ignoring case, spacing, hyphens, plurals and word order."""
        if self.as_typed is not None and self.as_typed.matches_exactly(name):
            return True
        if self.is_empty:
            return True
        if self.has_no_words:
            return _folded(self.text.strip()) in _folded(name)
        key = SearchKey.of(name)
        if self.whole_words:  # "db" is in "seateD Band row": only a name that starts so, or has each word typed
            return key.plain.startswith(self.key.plain) or set(self.plain_words) <= {
                singular(word) for word in search_words(name)}
        if self.key.plain in key.plain or self.key.raw in key.raw:
            return True
        # "raise lateral" still finds Lateral raise.
        return all(word in key.plain for word in self.plain_words)

    def matches_with_typos(self, name: str) -> bool:
        """Whether every word typed is a name's word, or the start of one, but for a typo or two in the words long
        enough to forgive one ("dumbell row": "row" as typed; a short word in the query made it find nothing)."""
        # As written ("pres" is a typo of "press", not the plural of "pre"), shorthand as the word it stands for.
        typed = [SHORT_FOR.get(word, word) for word in search_words(self.text)]
        if self.whole_words or all(len(word) < MIN_TYPO_WORD for word in typed):
            return False
        name_words = [*search_words(name), SearchKey.of(name).raw]
        return all(any(_near(word, candidate) if len(word) >= MIN_TYPO_WORD else candidate.startswith(word)
                       for candidate in name_words) for word in typed)

    def matches_any(self, names: Iterable[str]) -> bool:
        return any(self.matches(name) for name in names)


MIN_TYPO_WORD = 4  # below this, one typo away matches too much ("row" would find "bow", "rows", "tow"...)


def _typos_allowed(word: str) -> int:
    return 1 if len(word) < 8 else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Optimal string alignment distance (insert, delete, replace, swap two neighbours), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, start=1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1]


def _near(typed: str, word: str) -> bool:
    """typed is word, or the start of it (still being typed), but for the typos its length allows."""
    limit = _typos_allowed(typed)
    # The start of the word as long as what was typed, give or take the typos: "plnk" against "plan", "plank".
    return any(
        edit_distance(typed, word[:length], limit) <= limit
        for length in range(max(1, len(typed) - limit), len(typed) + limit + 1)
        if length <= len(word)
    )


def exercise_names(exercise: Exercise) -> tuple[str, ...]:
    return (exercise.name, *exercise.aliases)


def _rank(query: Query, name: str, aliases: Iterable[str]) -> int | None:
    """0 for the exact name or an exact alias, 1 for a name that starts with the query, 2 for any name match, 3
    for an alias, 4 for a name that matches only with a typo forgiven, 5 for an alias that does. "bench" listed
    Bench dip (feet raised) above Bench press, also called "bench": enter added the dip; "bnch pres" listed
    Dumbbell chest press, also called "dumbbell bench press", above Bench press. Shorthand typed ranks as the words it
    stands for or as typed, whichever is better."""
    ranks = [rank for form in (query, query.as_typed) if form is not None
             and (rank := _rank_of(form._replace(as_typed=None), name, aliases)) is not None]
    return min(ranks, default=None)


def _rank_of(query: Query, name: str, aliases: Iterable[str]) -> int | None:
    if query.is_empty:
        return 0
    if query.has_no_words:  # a name holding them as typed, else an alias: never "starts with" the empty key
        return 2 if query.matches_exactly(name) else 3 if query.matches_any(aliases) else None
    key = SearchKey.of(name)
    if key.plain == query.key.plain or any(SearchKey.of(alias).plain == query.key.plain for alias in aliases):
        return 0
    if key.plain.startswith(query.key.plain):
        return 1
    if query.matches_exactly(name):
        return 2
    if any(query.matches_exactly(alias) for alias in aliases):
        return 3
    if query.matches(name):
        return 4
    return 5 if query.matches_any(aliases) else None


def exercise_rank(query: Query, exercise: Exercise) -> int | None:
    """How well an exercise matches, best first (see _rank); None for no match."""
    return _rank(query, exercise.name, exercise.aliases)


def search_exercises(query: Query, exercises: Iterable[Exercise]) -> list[Exercise]:
    """The exercises whose name or an alias matches, best first; catalogue order breaks ties."""
    ranked = []
    for position, exercise in enumerate(exercises):
        rank = exercise_rank(query, exercise)
        if rank is not None:
            ranked.append((rank, position, exercise))
    return [exercise for _, _, exercise in sorted(ranked, key=lambda item: item[:2])]


def routine_matches(query: Query, routine: Routine, exercises: Mapping[str, Exercise]) -> bool:
    """A routine matches by its own name, or by any exercise in it (so "plank" finds routines with a plank)."""
    return routine_rank(query, routine, exercises) is not None


# A routine found through an exercise in it ranks just after that exercise found alike: "bb bench" (an alias of Bench
# press) put the cursor on the routine holding it, listed first among equals, and enter, enter started it.
THROUGH_AN_EXERCISE = 0.5


def routine_rank(query: Query, routine: Routine, exercises: Mapping[str, Exercise]) -> float | None:
    """How well a routine matches, best first (see _rank): by its name (0 to 2), by an exercise in it (3.5, after an
    exercise matched by an alias), by its name with a typo forgiven (4), by an exercise with one (5.5); None for no
    match. "trio" listed "Upper-back trio" last, under a routine whose "tricep dip" it took for a typo of it."""
    by_name = _rank(query, routine.name, ())
    if by_name is not None and by_name < 3:
        return by_name
    in_it = [exercises[entry.exercise_id] for entry in routine.entries if entry.exercise_id in exercises]
    if any(query.matches_exactly(name) for exercise in in_it for name in exercise_names(exercise)):
        return 3 + THROUGH_AN_EXERCISE
    if by_name is not None:
        return 4
    return 5 + THROUGH_AN_EXERCISE if any(query.matches_any(exercise_names(exercise)) for exercise in in_it) else None
