"""Ids and names for the user's new routines and copies: readable, and never clashing with one that exists."""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection

from tui.domain.catalogue.search import words
from tui.domain.input_limits import ROUTINE_NAME

MAX_SLUG_LENGTH = 48


def slug(name: str) -> str:
    """ "Home bodyweight circuit (copy)" -> "home-bodyweight-circuit-copy"; empty when nothing is left."""
    text = "-".join(words(name))[:MAX_SLUG_LENGTH]
    return text.strip("-")


def unique_id(name: str, taken: Collection[str]) -> str:
    """A slug of the name, numbered when taken ("-2", "-3"...); a uuid when the name has no letters or digits."""
    base = slug(name)
    if not base:
        return str(uuid.uuid4())
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    return candidate


_COPY_SUFFIX = re.compile(r"\s*\(copy(?: \d+)?\)$")


def copy_name(name: str, taken: Collection[str], longest: int = ROUTINE_NAME) -> str:
    """ "Upper-back trio (copy)", then "(copy 2)"...; copying a copy does not stack "(copy) (copy)". Within
    `longest` characters, the name shortened before its "(copy)": a copy of a 60-character name had 67, and the
    editor refused every change to it until it was renamed."""
    base = _COPY_SUFFIX.sub("", name).strip() or name
    taken_folded = {other.casefold() for other in taken}
    number = 1
    while True:
        suffix = " (copy)" if number == 1 else f" (copy {number})"
        candidate = base[:longest - len(suffix)].rstrip() + suffix
        if candidate.casefold() not in taken_folded:
            return candidate
        number += 1
