"""The user's keymap: every binding id the app has, and the `[keymap]` of config.toml checked against them."""

from __future__ import annotations

import functools
import pkgutil
from importlib import import_module
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode

from tui.domain.user_config import CONFIG_FILE, read_keymap
from tui.store.paths import APP_NAME


def config_path() -> Path:
    """config.toml in the user config dir ($XDG_CONFIG_HOME/runstrength-tui/ on Linux)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / CONFIG_FILE


def binding_ids() -> set[str]:
    """The id of every binding of the app, its screens and its widgets (imports every screen: only called when
    there is a config file to check)."""
    return set(_bindings_by_id())


@functools.cache  # read at start twice with a config file: to check its ids, then the keys fields take
def _bindings_by_id() -> dict[str, Binding]:
    import tui.screens
    import tui.widgets
    from tui.app import RunStrengthApp

    for package in (tui.screens, tui.widgets):
        for module in pkgutil.iter_modules(package.__path__):
            import_module(f"{package.__name__}.{module.name}")
    found: dict[str, Binding] = {}
    node_classes: list[type[DOMNode]] = [RunStrengthApp, *_subclasses(DOMNode)]
    for node_class in node_classes:
        if node_class.__module__.startswith("tui."):
            for binding in node_class.BINDINGS:
                if isinstance(binding, Binding) and binding.id:
                    found[binding.id] = binding
    return found


def _subclasses(cls: type[DOMNode]) -> list[type[DOMNode]]:
    found: list[type[DOMNode]] = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def user_keymap(path: Path | None = None) -> dict[str, str]:
    """The user's keymap, checked; {} without a config file. Raises ConfigError naming the file and line."""
    path = path or config_path()
    if not path.exists():
        return {}
    return read_keymap(path, binding_ids())


def keys_text_fields_take(keymap: dict[str, str]) -> tuple[str, ...]:
    """What the user's keymap gives to a key a text field has a use for ("ctrl+w" deletes a word): in a field
    that key does the field's job, as Textual gives the focused widget its keys first, so the user's binding
    does not act while they type (a priority binding, such as the workout's, acts everywhere). One line each."""
    if not keymap:
        return ()  # and no screen imported to look
    from textual.widgets import Input

    field_keys = {key: binding.description.lower()
                  for binding in Input.BINDINGS if isinstance(binding, Binding) for key in binding.key.split(",")}
    bindings = _bindings_by_id()
    lines = []
    for binding_id, keys in keymap.items():
        binding = bindings[binding_id]
        for key in keys.split(","):
            if key in field_keys and not binding.priority:
                lines.append(f"{key} for {binding.description} ({binding_id}) does not act in a text field: there "
                             f"it does the field's own '{field_keys[key]}'.")
    return tuple(lines)
