"""The key a user has for a binding, for hints written on screen, so they stay true after remapping."""

from __future__ import annotations

from textual.screen import Screen

from tui.textual_internals import bindings_as_remapped


def key_for(screen: Screen, binding_id: str) -> str:
    """The key display of one of the screen's bindings, with the user's keymap applied; "" if it has none.

    Read from the screen's own bindings: active_bindings would lose the letter keys while a text field has
    the focus (the field takes them).
    """
    for key_bindings in bindings_as_remapped(screen).key_to_bindings.values():
        for binding in key_bindings:
            if binding.id == binding_id:
                return screen.app.get_key_display(binding)
    return ""
