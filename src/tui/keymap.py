"""The user's keymap: every binding id the app has, and the `[keymap]` of config.toml checked against them."""

from __future__ import annotations

import functools
import pkgutil
import re
import unicodedata
from importlib import import_module
from pathlib import Path

from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import KEY_NAME_REPLACEMENTS, Keys, key_to_character

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
    found: dict[str, Binding] = {}
    for node_class in _node_classes():
        for binding in node_class.BINDINGS:
            if isinstance(binding, Binding) and binding.id:
                found[binding.id] = binding
    return found


@functools.cache
def _node_classes() -> tuple[type[DOMNode], ...]:
    """The App and every screen and widget class of ours: every module of tui.screens and tui.widgets imported."""
    import tui.screens
    import tui.widgets
    from tui.app import RunStrengthApp

    for package in (tui.screens, tui.widgets):
        for module in pkgutil.iter_modules(package.__path__):
            import_module(f"{package.__name__}.{module.name}")
    node_classes: list[type[DOMNode]] = [RunStrengthApp, *_subclasses(DOMNode)]
    # A class with two of ours among its bases is found twice: dict.fromkeys keeps each once, in order.
    return tuple(dict.fromkeys(node_class for node_class in node_classes if node_class.__module__.startswith("tui.")))


def _subclasses(cls: type[DOMNode]) -> list[type[DOMNode]]:
    found: list[type[DOMNode]] = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def start_warnings(keymap: dict[str, str]) -> tuple[str, ...]:
    """What the app says as it starts about the user's keymap (one line each): a key a text field takes first, and a
    key a screen has for two bindings. Said, not refused: each acts as the line says, the same way every time."""
    return keys_text_fields_take(keymap) + keys_bound_twice(keymap)


def user_keymap(path: Path | None = None) -> dict[str, str]:
    """The user's keymap, checked; {} without a config file. Raises ConfigError naming the file and line."""
    path = path or config_path()
    if not path.exists():
        return {}
    return read_keymap(path, binding_ids(), is_key, key_named)


# What may come before a key's name: "ctrl+shift+up".
MODIFIERS = frozenset(("ctrl", "shift", "alt", "meta", "super", "hyper"))


def is_key(key: str) -> bool:
    """Whether Textual has a key of this name: "notakey" was taken, and showed in the footer while no key did it."""
    *modifiers, name = key.split("+")
    if not name or any(modifier not in MODIFIERS for modifier in modifiers):
        return False
    if name in KEY_NAME_REPLACEMENTS:  # "solidus": the key arrives as "slash", and the binding never acted
        return False
    if modifiers == ["shift"] and len(name) == 1:  # the key arrives as what it types ("C"): shown, it never acted
        return False
    if len(name) > 1 and not name.islower():  # "Space" arrives as "space" (the names Unicode gives ignore case)
        return False
    return (len(name) == 1 or name in _KEY_NAMES or name in KEY_NAME_REPLACEMENTS.values()
            or key_to_character(name) is not None)


def key_named(character: str) -> str | None:
    """The name of the key that types a character, as Textual names the keys it reads: "?" is "question_mark",
    "/" "slash" (its Unicode name, with Textual's replacements); None when no key has it."""
    try:
        name = unicodedata.name(character).lower().replace("-", "_").replace(" ", "_")
    except ValueError:  # a character with no name
        return None
    name = KEY_NAME_REPLACEMENTS.get(name, name)
    return name if is_key(name) else None


_KEY_NAMES = frozenset(key.value for key in Keys)


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


def keys_bound_twice(keymap: dict[str, str]) -> tuple[str, ...]:
    """A key the user gave a binding that another binding has too where both act: on a screen, the screen's keys
    and the App's (1-4, ?, ctrl+p...; in a dialog only the App's priority keys), or the App's own on every screen.
    Only one of them acts there, so one line each names the key, both bindings, where, and the one that acts."""
    if not keymap:
        return ()
    from textual.screen import ModalScreen, Screen

    from tui.app import RunStrengthApp

    app_keys = _KeysOf(RunStrengthApp, keymap)
    found: dict[tuple[str, str, str, str], list[str]] = {}
    for key, mine, other, acting in app_keys.clashes(app_keys.acting(), keymap):
        found.setdefault((key, mine, other, acting), []).append("every screen")
    classes = _node_classes()
    # A screen that others extend is shown only as one of them (a dialog's base): its keys are checked in each.
    for screen in (node for node in classes if issubclass(node, Screen)
                   and not any(other is not node and issubclass(other, node) for other in classes)):
        own = _KeysOf(screen, keymap)
        in_dialog = issubclass(screen, ModalScreen)  # Textual stops a dialog's keys at the dialog, but priority ones
        for key, mine, other, acting in own.clashes(own.acting(app_keys, in_dialog), keymap):
            found.setdefault((key, mine, other, acting), []).append(_screen_name(screen))
    return tuple(f"{key} for {mine} is also {other} on {_listed(where)}: there it does {acting}."
                 for (key, mine, other, acting), where in found.items())


class _KeysOf:
    """One class's keys once the user's keymap is applied, as Textual applies it: a key the user gave one of its
    bindings is taken from the defaults of that class that had it (they lose that key; Textual's keymap drops them)."""

    def __init__(self, node_class: type[DOMNode], keymap: dict[str, str]) -> None:
        from tui.app import RunStrengthApp

        self.users: dict[str, list[Binding]] = {}
        self.defaults: dict[str, list[Binding]] = {}
        moved: set[tuple[str, str]] = set()
        for key, bindings in _merged_keys(node_class).items():
            for binding in bindings:
                if binding.id in RunStrengthApp.HELP_ONLY:
                    continue  # acts only while the key help shows, over whatever has its key
                if binding.id in keymap:
                    if (binding.id, binding.action) not in moved:  # "j,down" is two Bindings to Textual: moved once
                        moved.add((binding.id, binding.action))
                        for new_key in keymap[binding.id].split(","):
                            self.users.setdefault(new_key, []).append(binding)
                else:
                    self.defaults.setdefault(key, []).append(binding)

    def on(self, key: str) -> list[Binding]:
        return self.users.get(key) or self.defaults.get(key, [])

    def acting(self, app: _KeysOf | None = None, in_dialog: bool = False) -> dict[str, list[tuple[Binding, bool]]]:
        """Each key with its bindings in the order Textual tries them (the first enabled one acts), each marked
        whether it is this class's own: priority ones from the App down, then the others from the screen up."""
        keys = set(self.users) | set(self.defaults) | (set(app.users) | set(app.defaults) if app else set())
        chains: dict[str, list[tuple[Binding, bool]]] = {}
        for key in keys:
            theirs = app.on(key) if app else []
            own = self.on(key)
            chains[key] = ([(binding, False) for binding in theirs if binding.priority]
                           + [(binding, True) for binding in own if binding.priority]
                           + [(binding, True) for binding in own if not binding.priority]
                           + [(binding, False) for binding in theirs if not binding.priority and not in_dialog])
        return chains

    def clashes(self, chains: dict[str, list[tuple[Binding, bool]]], keymap: dict[str, str]
                ) -> list[tuple[str, str, str, str]]:
        """(key, the user's binding, the other, the one that acts) for each key of the user's that another binding
        of this class has or had, or that an App binding acting here has."""
        found = []
        for key, chain in chains.items():
            bindings = [binding for binding, _ in chain]
            taken = self.defaults.get(key, []) if key in self.users else []  # the defaults the user took it from
            for mine, own in chain:
                if mine.id not in keymap or key not in keymap[mine.id].split(","):
                    continue
                for other, other_own in [*chain, *((binding, True) for binding in taken)]:
                    # A pair of the App's own is said once, for every screen; both the user's: said once.
                    if other.id == mine.id or not (own or other_own) or (
                            other.id in keymap and _named(other) < _named(mine)):
                        continue
                    found.append((key, _named(mine), _named(other), _named(bindings[0])))
        return found


def _merged_keys(node_class: type[DOMNode]) -> dict[str, list[Binding]]:
    """A class's keys as Textual binds them: its bases' BINDINGS first, a key a subclass binds replacing theirs.
    (The App and screens only: no screen of ours stops inheriting its bases' keys, as some widgets do.)"""
    from textual.binding import BindingsMap

    keys: dict[str, list[Binding]] = {}
    for base in reversed(node_class.__mro__):
        if issubclass(base, DOMNode):
            keys.update(BindingsMap(base.__dict__.get("BINDINGS", [])).key_to_bindings)
    return keys


def _named(binding: Binding) -> str:
    """A binding in the user's words: what it does and the id to remap it by (Textual's own have no id)."""
    return f"{binding.description or binding.tooltip or binding.action} ({binding.id or 'built in'})"


def _screen_name(screen: type[DOMNode]) -> str:
    """The screen as the user knows it, from its class: WorkoutScreen "the Workout screen", SetEditor "the Set
    editor"."""
    words = re.findall(r"[A-Z][a-z]*", screen.__name__)
    name = " ".join([words[0], *(word.lower() for word in words[1:])])
    return f"the {name}"


def _listed(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
