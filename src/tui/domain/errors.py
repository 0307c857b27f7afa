"""The error for a data file a person can fix, in a module of its own: the command line catches it without
importing what reads those files (`status` starts in tens of milliseconds and must stay that way)."""

from __future__ import annotations


class DataFileError(ValueError):
    """A data file is wrong; the message names the file, the entry and the field."""

    def __init__(self, file: str, entry: str | None, field: str | None, problem: str) -> None:
        self.file, self.entry, self.field, self.problem = file, entry, field, problem
        where = [file]
        if entry:
            where.append(entry)
        if field:
            where.append(f"field '{field}'")
        super().__init__(f"{': '.join(where)}: {problem}")


class ConfigError(ValueError):
    """The user's config.toml is wrong; the message names the file and the line."""

    def __init__(self, file: str, line: int | None, problem: str) -> None:
        self.file, self.line, self.problem = file, line, problem
        where = f"{file}, line {line}" if line else file
        super().__init__(f"{where}: {problem}. Nothing in it was applied; fix it, or move it away.")
