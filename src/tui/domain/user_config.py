"""The user's config.toml: a `[keymap]` table of binding id = keys, read and checked before the app starts.

Pure: the caller says where the file is, which binding ids exist and which names are keys (the App knows them, this
module does not).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

import tomli

from tui.domain.errors import ConfigError

CONFIG_FILE = "config.toml"
KNOWN_TABLES = ("keymap",)
# One key or several, comma-separated: "ctrl+s", "j,down", "question_mark". Textual names keys in these letters.
_KEYS = re.compile(r"[A-Za-z0-9_+\-]+(,[A-Za-z0-9_+\-]+)*")


def read_keymap(path: Path, binding_ids: Collection[str], is_key: Callable[[str], bool] = lambda key: True,
                key_named: Callable[[str], str | None] = lambda character: None) -> dict[str, str]:
    """The keymap in the config file at path ({} when there is no file); ConfigError naming the line otherwise.
    is_key: whether a name is a key's; key_named: the name of the key that types a character ("?" is
    "question_mark"), for the message: the terminal library's names, which this module does not know."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # a byte order mark (Notepad's UTF-8) is no part of the text
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(str(path), None, f"cannot be read ({getattr(error, 'strerror', None) or error})") from None
    try:
        document: dict[str, Any] = tomli.loads(text)
    except tomli.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_from_message(str(error))
        problem = getattr(error, "msg", None) or re.sub(r"\s*\(at line \d+, column \d+\)", "", str(error))
        raise ConfigError(str(path), line, f"is not valid TOML ({problem})") from None
    for table in document:
        if table not in KNOWN_TABLES:
            raise ConfigError(str(path), _line_of(text, table, header=True),
                              f"[{table}] is not a setting we know (known: {', '.join(KNOWN_TABLES)})")
    keymap = document.get("keymap", {})
    if not isinstance(keymap, dict):
        raise ConfigError(str(path), _line_of(text, "keymap"), "keymap must be a table of binding id = keys")
    keymap = _ids_joined(keymap)
    for binding_id, keys in keymap.items():
        line = _line_of(text, binding_id)
        if binding_id not in binding_ids:
            near = sorted(known for known in binding_ids if known.split(".")[0] == binding_id.split(".")[0])
            hint = f"; ids here: {', '.join(near)}" if near else ""
            raise ConfigError(str(path), line, f"there is no binding with the id {binding_id!r}{hint}")
        named = _as_named(keys, key_named) if isinstance(keys, str) else None
        hint = f": {keys!r} is written {named!r}" if named else ""
        if not isinstance(keys, str) or not _KEYS.fullmatch(keys):
            raise ConfigError(str(path), line, f"{binding_id} = {keys!r} is not a key list such as \"ctrl+s\" or "
                                               f"\"j,down\"{hint}")
        unknown = [key for key in keys.split(",") if not is_key(key)]
        if unknown:
            raise ConfigError(str(path), line, f"{binding_id} = {keys!r}: there is no key called {unknown[0]!r} "
                                               f"(keys are named as in \"ctrl+s\", \"space\", \"f5\", "
                                               f"\"question_mark\"){hint}")
    return dict(keymap)


def _ids_joined(keymap: dict[str, Any], above: str = "") -> dict[str, Any]:
    """The keymap by binding id. An id written without quotes (routines.new = "n", as TOML is mostly written) is
    a table within a table to TOML: it was refused as "no binding with the id 'routines'"."""
    joined: dict[str, Any] = {}
    for key, value in keymap.items():
        binding_id = f"{above}.{key}" if above else key
        joined |= _ids_joined(value, binding_id) if isinstance(value, dict) else {binding_id: value}
    return joined


def _as_named(keys: str, key_named: Callable[[str], str | None]) -> str | None:
    """Keys typed as their characters ("?,j", "ctrl+/") with each character named as a key ("question_mark,j",
    "ctrl+slash"), and a letter with shift as the capital it types ("shift+c" is "C"); None when nothing was
    typed so, or a character has no key."""
    named = []
    for key in keys.split(","):
        *modifiers, last = key.strip().rsplit("+", 1) if len(key.strip()) > 1 else [key.strip()]
        if modifiers == ["shift"] and len(last) == 1 and last.isascii() and last.isalpha():
            modifiers, last = [], last.upper()  # shift+c arrives as the C it types
        elif len(last) > 1:
            modifiers, last = [modifier.lower() for modifier in modifiers], last.lower()  # "Space" arrives as "space"
        elif len(last) == 1 and not (last.isascii() and last.isalnum()):
            name = key_named(last)
            if name is None:
                return None
            last = name
        named.append("+".join([*modifiers, last]))
    written = ",".join(named)
    return written if written != keys else None


def _line_from_message(message: str) -> int | None:
    found = re.search(r"line (\d+)", message)
    return int(found.group(1)) if found else None


def _line_of(text: str, key: str, header: bool = False) -> int | None:
    """The line a key (or a [table] header) is on, for the message: TOML parsers do not say where a value was."""
    quoted = re.escape(key)
    pattern = rf"^\s*\[\s*\"?{quoted}\"?\s*\]" if header else rf"^\s*(\"{quoted}\"|'{quoted}'|{quoted})\s*="
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(pattern, line):
            return number
    return None
