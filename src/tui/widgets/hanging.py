"""A list row with a hanging indent: a first line, then details that keep their indent when they wrap."""

from __future__ import annotations

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
