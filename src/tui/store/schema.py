"""The data version every file carries, and the steps that bring an older file up to date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 1
META_TABLE = "meta"

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _from_0(data: dict[str, Any]) -> dict[str, Any]:
    # Version 0 is a plain TinyDB file with no meta table (early development builds wrote these): the tables
    # themselves are already in today's shape, so marking the version is the whole step.
    return {table: docs for table, docs in data.items() if table != META_TABLE}


# MIGRATIONS[n] turns a version-n document into a version n+1 document.
MIGRATIONS: dict[int, Migration] = {0: _from_0}


def version_of(data: dict[str, Any]) -> int:
    """The data version a parsed file declares; 0 when it has no meta table."""
    meta = data.get(META_TABLE)
    if not isinstance(meta, dict) or not meta:
        return 0
    doc = next(iter(meta.values()))
    version = doc.get("schema") if isinstance(doc, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise ValueError(f"the meta table's schema version is {version!r}, not a whole number")
    return version


def stamp(data: dict[str, Any], version: int = SCHEMA_VERSION) -> dict[str, Any]:
    """The document with its version marked, as every write leaves it."""
    return {**data, META_TABLE: {"1": {"schema": version}}}


def migrate(
    data: dict[str, Any], target: int = SCHEMA_VERSION, migrations: dict[int, Migration] = MIGRATIONS
) -> dict[str, Any]:
    """Apply each step from the file's version up to target, then stamp target."""
    version = version_of(data)
    while version < target:
        data = migrations[version](data)
        version += 1
    return stamp(data, target)
