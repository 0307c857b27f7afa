"""Text that is safe to put on a terminal.

A name or a note can come from a file someone else wrote (an import, a hand-edited data file) or from a paste,
and may then hold control characters. Drawn on screen, an escape sequence is obeyed by the terminal rather than
shown: it can retitle the window, clear the screen or worse. So every text that reaches the domain from outside
goes through `printable` first, when it is read from a file and when it is typed into a form.

The explicit bidirectional controls go too (right-to-left override, embeddings, isolates): a terminal that lays
out right-to-left text (VTE's, Konsole's) would turn the rest of the line around, borders and columns included.
Hebrew or Arabic text needs none of them: the terminal finds its direction from the letters.
"""

from __future__ import annotations

import re
import unicodedata

KEPT = frozenset("\n\t")  # harmless: a note may have line breaks, and a tab is drawn as spaces
# LRE, RLE, PDF, LRO, RLO, then LRI, RLI, FSI, PDI (Unicode's bidirectional embedding, override and isolate controls)
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# A terminal's escape sequences, whole: CSI ("ESC [" or C1's CSI, parameters, a final letter: colours, clearing the
# screen), OSC, DCS and the like (a string up to BEL or ST, or to the end: a window title, a link), and two-character
# ones. Without them, dropping the escape alone left "]0;PWNED" and "[31m" in a name.
_ESCAPE_SEQUENCES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]"
)


def printable(text: str) -> str:
    """text without terminal escape sequences, control characters (C0, DEL and C1: escape, bell, backspace...) and
    bidirectional controls, line breaks kept."""
    if text.isprintable():  # the common case, checked in C
        return text
    text = _ESCAPE_SEQUENCES.sub("", text)
    return "".join(char for char in text
                   if char in KEPT or (unicodedata.category(char) != "Cc" and char not in BIDI_CONTROLS))


def one_line(text: str) -> str:
    """A name as printable gives it, on one line: its line breaks, tabs and the spaces around them as one space. A
    workout name an import brought with a line break split its History row in two, and `status` over two lines.
    And in one spelling (NFC): "Café" typed with é, or with e and an accent after it, were two routines of one name."""
    if text.isprintable() and unicodedata.is_normalized("NFC", text):  # the common case, checked in C
        return text
    # Split on every line break before the controls go: a carriage return alone ("Tab\rCR") is one too, and
    # dropped as a control it ran the words together ("TabCR").
    return unicodedata.normalize("NFC", " ".join(printable(" ".join(text.split())).split()))


def quoted(name: str) -> str:
    """A name set apart in a sentence, one way everywhere: “Gym upper-body session”. (Workouts were 'named' and
    routines “named”, from one message to the next.)"""
    return f"“{name}”"
