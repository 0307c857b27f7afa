"""Text that is safe to put on a terminal.

A name or a note can come from a file someone else wrote (an import, a hand-edited data file) or from a paste,
and may then hold control characters. Drawn on screen, an escape sequence is obeyed by the terminal rather than
shown: it can retitle the window, clear the screen or worse. So every text that reaches the domain from outside
goes through `printable` first, when it is read from a file and when it is typed into a form.
"""

from __future__ import annotations

import unicodedata

KEPT = frozenset("\n\t")  # harmless: a note may have line breaks, and a tab is drawn as spaces


def printable(text: str) -> str:
    """text without its control characters (C0, DEL and C1: escape, bell, backspace...), line breaks kept."""
    if text.isprintable():  # the common case, checked in C
        return text
    return "".join(char for char in text if char in KEPT or unicodedata.category(char) != "Cc")
