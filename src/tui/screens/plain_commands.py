"""Command palette entries shown as written: a routine's name and description are the user's text.

Textual's palette reads a hit's text and help as markup: a routine called "[/b]oops" made every ctrl+p crash the
app (a closing tag that matches nothing), and "[b]Tue[/b] core" was listed as "Tue core". Here the text is a
plain Content (control characters dropped, as everywhere: tui/widgets/plain.py), highlighted where the typed
text matched, and the help is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.content import Content
from textual.markup import escape

from tui.domain.printable import printable
from tui.widgets.plain import plain

Command = tuple[str, Callable[[], object], str]  # its text, what it runs, its help


def searchable(text: str) -> str:
    """The text the typed query is matched against, character for character the text shown: a hyphen joins two
    words, and a space typed between them matches it ("start upper back" found no "Upper-back trio")."""
    return text.replace("-", " ")


def highlighted(matcher: Matcher, text: str) -> Content:
    """text as written, with the characters the typed query matched in the match style (as Textual's own)."""
    content = plain(text)
    shown = content.plain
    score, offsets = matcher.fuzzy_search.match(matcher.query, searchable(shown))
    if score:
        for offset in offsets:
            if not shown[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


class PlainCommands(Provider):
    """A provider whose commands come from `commands()`."""

    def commands(self) -> Iterable[Command]:
        raise NotImplementedError

    async def discover(self) -> Hits:
        for text, run, help_text in self.commands():
            yield DiscoveryHit(plain(text), run, text=printable(text), help=escape(printable(help_text)))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(searchable(query))
        for text, run, help_text in self.commands():
            score = matcher.match(searchable(printable(text)))
            if score > 0:
                yield Hit(score, highlighted(matcher, text), run, text=printable(text),
                          help=escape(printable(help_text)))


class ScreenActions(PlainCommands):
    """A screen's PALETTE_ACTIONS ((action, text, binding id), ...) as commands, each with its key in its help:
    the palette searched "every command" but had none of Routines' (a phone's footer has room for a few keys, and
    "new routine" found nothing). Those the screen does not offer now are left out."""

    def commands(self) -> Iterable[Command]:
        from tui.screens.key_hints import key_for

        screen = self.screen
        for action, text, binding_id in getattr(screen, "PALETTE_ACTIONS", ()):
            if screen.check_action(action, ()):
                yield text, partial(screen.run_action, action), f"Key: {key_for(screen, binding_id)}"
