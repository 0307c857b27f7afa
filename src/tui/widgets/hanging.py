"""Text with a hanging indent, whose wrapped lines stay clear of what starts the first: a list row (a first line,
then details that keep their indent), one paragraph (a set's row under its label), and plain lines of text (a
summary's lines, each under its own start)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from textual.content import Content
from textual.css.styles import RulesMap
from textual.geometry import Spacing
from textual.strip import Strip
from textual.style import Style
from textual.visual import Padding, RenderOptions, Visual

# Always wrapped, whatever the list's own text-wrap says: the routine list cuts its one-line exercise rows short
# with an ellipsis, but a routine's details must be read whole.
WRAPPED: RulesMap = {"text_wrap": "wrap", "text_overflow": "fold"}


class Hanging(Visual):
    """Textual's Content wraps but cannot indent. A Rich Group of Padding can, but the routine list measures
    every row before its first frame and Rich renderables measure several times slower than Content."""

    def __init__(self, first_line: Content, details: Content, indent: int) -> None:
        self.first_line = first_line
        self.details = Padding(details, Spacing(0, 0, 0, indent))
        self._details, self._indent = details, indent

    @property
    def plain(self) -> str:
        """What the row says, unwrapped (tests read rows by it)."""
        lines = self._details.plain.split("\n")
        return "\n".join([self.first_line.plain, *(" " * self._indent + line for line in lines)])

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(
            self.first_line.get_optimal_width(WRAPPED, container_width),
            self.details.get_optimal_width(WRAPPED, container_width),
        )

    def get_height(self, rules: RulesMap, width: int) -> int:
        # A list squeezed to nothing (a terminal narrower than the app, under the too-small notice) still asks:
        # wrapping the details at width 0 after their indent raises, so measure as if one column were left.
        width = max(width, self._indent + 1)
        return self.first_line.get_height(WRAPPED, width) + self.details.get_height(WRAPPED, width)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        options = replace(options, rules=WRAPPED)
        width = max(width, self._indent + 1)  # as in get_height
        strips = [
            *self.first_line.render_strips(width, None, style, options),
            *self.details.render_strips(width, None, style, options),
        ]
        return strips if height is None else strips[:height]


def hang(content: Content, indent: int, width: int) -> list[Content]:
    """content wrapped to width, between words, each line after the first `indent` columns in: the first keeps the
    whole width."""
    first = content.wrap(width)[0]
    rest = content[len(first.plain):]
    rest = rest[len(rest.plain) - len(rest.plain.lstrip()):]  # the blank the line broke at
    if not rest.plain:
        return [first]
    pad = Content(" " * indent)
    return [first, *(pad + line for line in rest.wrap(max(1, width - indent)))]


class HangingIndent(Visual):
    """One paragraph whose wrapped lines go on `indent` columns in: at a phone's 40 columns a set's row or a
    summary's line went on at the left edge, under the numbers and headings."""

    def __init__(self, content: Content | str, indent: int) -> None:
        self.content = Content(content) if isinstance(content, str) else content
        self.indent = indent
        self._wrapped_at: tuple[int, Content] | None = None

    def __str__(self) -> str:
        return self.content.plain

    def _wrapped(self, width: int) -> Content:
        if self._wrapped_at is None or self._wrapped_at[0] != width:
            self._wrapped_at = width, Content("\n").join(hang(self.content, self.indent, max(width, 1)))
        return self._wrapped_at[1]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.content.cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._wrapped(width).get_height(rules, width)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self._wrapped(width).render_strips(width, height, style, options)


class HangingLines(Visual):
    """Plain text of several lines, each a HangingIndent two columns in from its own leading spaces: a summary's
    "  Dumbbell shoulder press: 3 x 10 reps at 12 kg" goes on two columns past where it starts, not at the edge.
    str() is the text itself, as a Static's plain text would be."""

    HANG = 2

    def __init__(self, text: str, lines: Sequence[HangingIndent] | None = None) -> None:
        self.text = text
        self._lines = list(lines) if lines is not None else [
            HangingIndent(line, len(line) - len(line.lstrip(" ")) + self.HANG) for line in text.split("\n")]

    @classmethod
    def of(cls, lines: Sequence[HangingIndent]) -> HangingLines:
        """Styled lines, each with its own indent (a label's width: its value's wrapped words stay beside it)."""
        return cls("\n".join(line.content.plain for line in lines), lines)

    def __str__(self) -> str:
        return self.text

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(line.get_optimal_width(rules, container_width) for line in self._lines)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(line.get_height(rules, width) for line in self._lines)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        strips = [strip for line in self._lines for strip in line.render_strips(width, None, style, options)]
        return strips if height is None else strips[:height]
