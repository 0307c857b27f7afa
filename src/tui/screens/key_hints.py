"""The key a user has for a binding, for hints written on screen, so they stay true after remapping."""

from __future__ import annotations

from textual.dom import DOMNode

from tui.textual_internals import bindings_as_remapped


def key_for(node: DOMNode, binding_id: str) -> str:
    """The key display of one of a screen's bindings (or the App's: node is the App), with the user's keymap
    applied; "" if it has none. A binding remapped to several keys shows its first, as the footer does.

    Read from the node's own bindings: active_bindings would lose the letter keys while a text field has
    the focus (the field takes them).
    """
    for key_bindings in bindings_as_remapped(node).key_to_bindings.values():
        for binding in key_bindings:
            if binding.id == binding_id:
                return node.app.get_key_display(binding)
    return ""
