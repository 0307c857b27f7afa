"""The bindings a screen, widget or App class declares, by id: what the footer orders keys by and what the hints
on screen name (screens/key_hints.py)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from textual.binding import Binding

if TYPE_CHECKING:
    from textual.dom import DOMNode


@cache
def declared_bindings(owner: type[DOMNode]) -> dict[str, Binding]:
    """Every binding with an id that `owner` declares or inherits, in the order Textual merges them (the inherited
    first); a class's own binding of an id takes the inherited one's place. A binding of several keys is its
    first key."""
    found: dict[str, Binding] = {}
    for cls in reversed(owner.__mro__):
        own: dict[str, Binding] = {}
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", ())):
            if binding.id is not None:
                own.setdefault(binding.id, binding)
        found.update(own)
    return found
