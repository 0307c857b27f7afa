"""The user's keymap: every binding id the app has, and the `[keymap]` of config.toml checked against them."""

from __future__ import annotations

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
    import tui.screens
    import tui.widgets
    from tui.app import RunStrengthApp

    for package in (tui.screens, tui.widgets):
        for module in pkgutil.iter_modules(package.__path__):
            import_module(f"{package.__name__}.{module.name}")
    ids = set()
    node_classes: list[type[DOMNode]] = [RunStrengthApp, *_subclasses(DOMNode)]
    for node_class in node_classes:
        if node_class.__module__.startswith("tui."):
            for binding in node_class.BINDINGS:
                if isinstance(binding, Binding) and binding.id:
                    ids.add(binding.id)
    return ids


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
