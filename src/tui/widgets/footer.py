"""The footer: the keys that apply now, on one line, as one widget.

Textual's Footer is a widget per key (and rebuilds them all whenever a screen refreshes its bindings). With
the fifteen or so keys of our screens, building and styling those widgets was the largest single part of the
app's first frame. This footer draws the same keys as one piece of text, and redraws only when the keys it
shows change. A key is clicked, and its tooltip shown, by where the pointer is on the line.

What it shows, like Textual's compact footer: each key then its description, keys of a group side by side
before the group's description ("1234 Screens", and "f5/2/3/4 Screens" once a key is more than one character:
"f5234" would read as one key), a dimmed key where the action does not apply, and the command palette's key at
the right edge. Keys that do not fit are left out whole rather than cut in the middle.

Some keys are pinned to the right, before the palette's, so they show on every screen at any width from 40
columns: the screen keys (1-4) and `?`, which lists every key the line had no room for. On a phone's terminal
(under 60 columns) the line is the screen's own keys first: the palette's key is left to `?` and the screen keys
are drawn without their description ("1234"), leaving most of the 40 columns to the keys that matter there.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from rich.cells import cell_len
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

from tui.textual_internals import is_being_removed
from tui.widgets.declared_bindings import declared_bindings

if TYPE_CHECKING:
    from textual.dom import DOMNode

DIM = Style(dim=True)
# Binding ids of the keys drawn at the right whatever the width (a group of them is pinned when one is).
PINNED = frozenset({"screen.routines", "screen.workout", "screen.calendar", "screen.history", "app.help"})
NARROW = 60  # columns: below this, the app's -narrow layouts (app.py), and the footer's compact line


class FooterItem(NamedTuple):
    """One thing the footer shows: a key (or a group's keys side by side) and what it does."""

    keys: tuple[str, ...]  # the keys to simulate when clicked, one per key shown
    key_displays: tuple[str, ...]
    description: str
    tooltip: str
    enabled: bool

    @property
    def separator(self) -> str:
        """What stands between a group's keys: nothing between one-character keys ("1234", "←→"), "/" once one is
        longer ("f5/2/3/4"), so that each reads as a key."""
        return "" if all(cell_len(display) == 1 for display in self.key_displays) else "/"

    @property
    def key_display(self) -> str:
        return self.separator.join(self.key_displays)

    @property
    def width(self) -> int:
        """Terminal cells taken: the keys, a space, the description (if it has one)."""
        keys = cell_len(self.key_display)
        return keys + 1 + cell_len(self.description) if self.description else keys

    def compact(self) -> FooterItem:
        """A group of keys as its keys alone ("1234"), for a narrow line; a single key keeps its description."""
        return self._replace(description="") if len(self.keys) > 1 else self


Shown = tuple[Binding, bool, str]  # a binding, whether it applies now, its tooltip now


def _grouped(shown: Iterable[Shown]) -> list[tuple[Binding.Group | None, list[Shown]]]:
    """The keys shown, a group's keys together where its first key is; keys in no group one each."""
    slots: dict[object, tuple[Binding.Group | None, list[Shown]]] = {}
    for member in shown:
        group = member[0].group
        slots.setdefault(group if group is not None else member[0].action, (group, []))[1].append(member)
    return list(slots.values())


@cache
def _declared(owner: type[DOMNode]) -> dict[str, int]:
    """Each binding id's place among those the class declares."""
    return {binding_id: place for place, binding_id in enumerate(declared_bindings(owner))}


def _described(node: DOMNode, binding: Binding) -> str:
    """What a key does now, in the footer: the binding's description, or the word a screen gives for it now (its
    `key_word(binding_id)`): while a hold runs the Workout screen's space stops it and `s` cancels it, and the
    footer said Log and Skip. A key not in the footer (`show=False`) is put there while the screen has a word for it:
    with no workout in progress, the Workout screen's `A` starts one."""
    word = getattr(node, "key_word", None)
    return (word(binding.id) if word and binding.id else None) or binding.description


def _place(node: DOMNode, binding: Binding) -> tuple[int, int]:
    """Where a key goes on the line: the focused widget's keys first, the App's last (Textual's order), each
    node's in the order they were declared. Textual puts a key the user remapped after the others: "134 Screens
    ... w Workout" for "1w34 Screens", and on a phone a remapped `space` fell off the line."""
    return -len(node.ancestors_with_self), _declared(type(node)).get(binding.id or "", sys.maxsize)


class Hit(NamedTuple):
    """Where on the line a key was drawn, for the mouse."""

    start: int
    end: int
    key: str
    enabled: bool
    tooltip: str


class Footer(Widget, can_focus=False):
    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"footer--key", "footer--description", "footer--separator"}
    DEFAULT_CSS = """
    Footer {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
        & > .footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .footer--separator {
            color: $foreground 20%;
        }
    }
    """

    def __init__(self, *, show_command_palette: bool = True) -> None:
        super().__init__()
        self.show_command_palette = show_command_palette
        self.items: list[FooterItem] = []
        self.pinned: list[FooterItem] = []
        self.palette: FooterItem | None = None
        self._hits: list[Hit] = []
        self._update_pending = False

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        # A screen refreshes its bindings on every focus change and more: wait for one frame's refreshes to
        # settle, then look once.
        if screen.app.app_focus and self.is_attached and screen is self.screen and not self._update_pending:
            self._update_pending = True
            self.call_after_refresh(self._update_keys)

    def _update_keys(self) -> None:
        self._update_pending = False
        if not self.is_attached or is_being_removed(self):  # the screen is going: its check_action may find no widgets
            return
        items, pinned, palette = self._read_keys()
        if (items, pinned, palette) != (self.items, self.pinned, self.palette):
            self.items, self.pinned, self.palette = items, pinned, palette
            self.tooltip = None  # the key it told of may have gone or moved
            self.refresh()

    def _read_keys(self) -> tuple[list[FooterItem], list[FooterItem], FooterItem | None]:
        active = self.screen.active_bindings
        shown: dict[str, tuple[tuple[int, int], Shown]] = {}
        for node, binding, enabled, tooltip in active.values():
            word = _described(node, binding)
            # One key per action, as Textual; a key the screen has a word for now is shown (key_word).
            if (binding.show or word != binding.description) and binding.action not in shown:
                described = binding if word == binding.description else replace(binding, description=word)
                shown[binding.action] = (_place(node, binding), (described, enabled, tooltip))
        items: list[FooterItem] = []
        pinned: list[FooterItem] = []
        for group, members in _grouped(member for _, member in sorted(shown.values(), key=lambda each: each[0])):
            if group is not None and len(members) > 1:
                into = pinned if any(binding.id in PINNED for binding, _, _ in members) else items
                into.append(FooterItem(
                    tuple(binding.key for binding, _, _ in members),
                    tuple(self.app.get_key_display(binding) for binding, _, _ in members),
                    group.description, group.description, any(enabled for _, enabled, _ in members),
                ))
            else:
                for binding, enabled, tooltip in members:
                    (pinned if binding.id in PINNED else items).append(
                        FooterItem((binding.key,), (self.app.get_key_display(binding),), binding.description,
                                   tooltip or binding.tooltip, enabled)
                    )
        palette = None
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            # By what it does, not by Textual's ctrl+p: a palette the user's keymap moved to ctrl+k was left out.
            found = next((each for each in active.values() if each.binding.action == "command_palette"), None)
            if found is not None:
                _, binding, enabled, tooltip = found
                palette = FooterItem((binding.key,), (self.app.get_key_display(binding),), binding.description,
                                     tooltip or binding.tooltip or binding.description, enabled)
        return items, pinned, palette

    def render(self) -> Content:
        key_style = self.get_visual_style("footer--key")
        description_style = self.get_visual_style("footer--description")
        width = self.size.width
        parts: list[tuple[str, Style]] = []
        hits: list[Hit] = []
        used = 0

        def draw(item: FooterItem, at: int) -> int:
            """Add item's text from column at; the column after it."""
            dim = Style() if item.enabled else DIM
            for index, (key, display) in enumerate(zip(item.keys, item.key_displays)):
                if index and item.separator:
                    parts.append((item.separator, description_style + dim))
                    at += cell_len(item.separator)
                parts.append((display, key_style + dim))
                hits.append(Hit(at, at + cell_len(display), key, item.enabled, item.tooltip))
                at += cell_len(display)
            if not item.description:
                return at
            text = f" {item.description}"
            parts.append((text, description_style + dim))
            if len(item.keys) == 1:  # a key's description clicks it; a group's, none of its keys
                # ("+- ±15s": a tap on "±15s" took 15 s off, as its last key, `-`, does)
                hits[-1] = hits[-1]._replace(end=at + cell_len(text))
            return at + cell_len(text)

        narrow = width < NARROW
        palette = None if narrow else self.palette  # on a phone, `?` lists the palette's key with the others
        pinned_items = [item.compact() for item in self.pinned] if narrow else self.pinned
        right = 1 + palette.width if palette is not None else 0  # "▏^p Commands"
        pinned = sum(item.width + 1 for item in pinned_items)  # each with a space after it
        if pinned and width - right - 1 - pinned < 0:
            pinned = 0  # a terminal too narrow for them: they take their turn with the others
        room = width - right - pinned - (1 if right else 0)  # keep a space before the "▏"
        for item in self.items if pinned else self.items + pinned_items:
            gap = 1 if used else 0
            if used + gap + item.width > room:
                break
            if gap:
                parts.append((" ", description_style))
            used = draw(item, used + gap)
        if pinned:
            at = width - right - (1 if right else 0) - pinned + 1
            parts.append((" " * (at - used), Style()))
            for index, item in enumerate(pinned_items):
                if index:
                    parts.append((" ", description_style))
                    at += 1
                at = draw(item, at)
            if palette is not None:
                parts.append((" ", description_style))  # before the "▏"
                at += 1
            used = at
        if palette is not None and width >= right:
            parts.append((" " * (width - right - used), Style()))
            parts.append(("▏", self.get_visual_style("footer--separator")))
            draw(palette, width - right + 1)
        self._hits = hits
        return Content.assemble(*parts)

    def _hit_at(self, x: int) -> Hit | None:
        return next((hit for hit in self._hits if hit.start <= x < hit.end), None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        # The key acts: its tooltip goes. A tap on a phone (over `serve`) leaves the pointer where it was, and the
        # tooltip of the key tapped stayed over the screen that key had opened, until the next tap.
        self.tooltip = None
        hit = self._hit_at(event.x)
        if hit is None:
            return
        if hit.enabled:
            self.app.simulate_key(hit.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        hit = self._hit_at(event.x)
        self.tooltip = hit.tooltip if hit is not None and hit.tooltip else None
