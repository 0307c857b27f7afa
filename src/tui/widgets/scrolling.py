"""Scrolling a box from the keyboard, the same everywhere: a line, a page (its height less one line, so the last
line read stays in sight), or all the way."""

from __future__ import annotations

from textual.widget import Widget


def scroll_by(box: Widget, step: int, page: bool = False, whole: bool = False) -> None:
    """Scroll `box` down (step 1) or up (-1) by a line, a page, or to its end."""
    lines = box.max_scroll_y if whole else box.scrollable_content_region.height - 1 if page else 1
    # At once, not after the next frame (Textual's default): keys that come together (a burst over SSH, a held
    # arrow) each moved from the same place, so ten downs scrolled one line.
    box.scroll_relative(y=step * max(1, lines), animate=False, immediate=True)
