"""The key a user has for a binding, for every hint written on screen ("space logs", "press f to finish"), so
hints stay true after the user remaps keys in config.toml. No hint names a key of its own.

The keymap is set once, as the app is made (app.py), so a key is looked up once per app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from tui.textual_internals import keymap_of
from tui.widgets.declared_bindings import declared_bindings

if TYPE_CHECKING:
    from textual.app import App
    from textual.dom import DOMNode

_found: WeakKeyDictionary[App[Any], dict[tuple[type[DOMNode], str], str]] = WeakKeyDictionary()


def key_for(node: DOMNode, binding_id: str) -> str:
    """The key display of one of node's bindings (node a screen, a widget or the App)."""
    return key_of(node.app, type(node), binding_id)


def key_of(app: App[Any], owner: type[DOMNode], binding_id: str) -> str:
    """The key display of a binding that `owner` (a screen, widget or App class) declares, with the user's keymap
    applied; "" if it has none. A binding of several keys shows its first, as the footer does. For hints written
    away from the binding's owner too (the side pane, the workout's messages)."""
    found = _found.setdefault(app, {})
    if (owner, binding_id) not in found:
        found[owner, binding_id] = _look_up(app, owner, binding_id)
    return found[owner, binding_id]


def _look_up(app: App[Any], owner: type[DOMNode], binding_id: str) -> str:
    binding = declared_bindings(owner).get(binding_id)
    if binding is None:
        return ""
    remapped = keymap_of(app).get(binding_id)
    if remapped:
        binding = binding.with_key(remapped.split(",")[0].strip())
    return app.get_key_display(binding)
