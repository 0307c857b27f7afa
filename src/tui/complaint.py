"""What the command line tells the user when it cannot go on, on stderr: "runstrength-tui: ...".

The text is never obeyed as a control (it can hold a file's name or a path typed by the user), and in a terminal it
is wrapped between words at the terminal's width: a phone's 40 columns cut "runstrength.json" in two.
"""

from __future__ import annotations

import os
import sys
import textwrap

from tui.domain.printable import printable

NARROWEST = 20  # a width below this is no terminal worth wrapping for (or a size that could not be read)


def complain(message: str) -> None:
    text = f"runstrength-tui: {printable(message)}"
    width = _terminal_width()
    if width >= NARROWEST:
        # A path or an address longer than the width stays whole: the terminal cuts it, as it would have.
        text = "\n".join(textwrap.fill(paragraph, width, break_long_words=False, break_on_hyphens=False)
                         for paragraph in text.split("\n"))
    print(text, file=sys.stderr)


def _terminal_width() -> int:
    """stderr's terminal's columns; 0 when stderr is a file or a pipe, whose reader wraps as it likes."""
    try:
        return os.get_terminal_size(sys.stderr.fileno()).columns if sys.stderr.isatty() else 0
    except (OSError, ValueError):  # no descriptor behind stderr (a test's capture), or a size it cannot tell
        return 0
