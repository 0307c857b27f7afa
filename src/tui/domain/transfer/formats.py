"""Bringing in another app's export: one importer per source format, found from the file's header.

Each format is a SourceFormat (source.py) in a module of its own: Strong in every shape it has written, and our
own CSV export (strong.py), Hevy, FitNotes and LiftLog. `read_csv_export` reads a file's table, finds the one
format whose header it is (or takes the one `import --format` names) and lets it read the rows.
"""

from __future__ import annotations

from tui.domain.transfer.data import ImportFileError, UserData
from tui.domain.transfer.fitnotes import FitNotesFormat
from tui.domain.transfer.hevy import HevyFormat
from tui.domain.transfer.liftlog import LiftLogFormat
from tui.domain.transfer.source import ImportContext, SourceFormat
from tui.domain.transfer.strong import StrongFormat
from tui.domain.transfer.table import DELIMITERS, Table, read_table

FORMATS: tuple[SourceFormat, ...] = (StrongFormat(), HevyFormat(), FitNotesFormat(), LiftLogFormat())
FORMAT_KEYS = tuple(source.key for source in FORMATS)


def read_csv_export(text: str, context: ImportContext, format_key: str | None = None) -> UserData:
    """The workouts in another app's CSV export (or our own); raises ImportFileError naming the line at fault."""
    chosen: list[SourceFormat] = []

    def choose(table: Table) -> None:
        chosen.append(_format_of(table, format_key))
        chosen[0].check(table)

    table = read_table(text, context.file, choose)
    return chosen[0].read(table, context)


def _format_of(table: Table, format_key: str | None) -> SourceFormat:
    if format_key is not None:
        found = next((source for source in FORMATS if source.key == format_key), None)
        if found is None:
            raise ImportFileError(table.file, None, f"--format should be one of {', '.join(FORMAT_KEYS)}, "
                                                    f"not {format_key!r}")
        return found
    found = next((source for source in FORMATS if source.matches(table)), None)
    if found is None:
        shown = ", ".join(table.header[:8]) + (", ..." if len(table.header) > 8 else "")
        raise UnknownHeaderError(
            table.file, "line 1",
            f"is not the header of an export we know (read as separated by {DELIMITERS[table.delimiter]}: "
            f"{shown}). We read Strong, Hevy, FitNotes and LiftLog CSV exports and our own CSV or JSON export")
    return found


class UnknownHeaderError(ImportFileError):
    """A CSV file whose header is that of no export we know. The command line adds that --format names the
    format (a header changed by hand); the app's import has no such option, and did not say it of the dialog."""


__all__ = ["FORMATS", "FORMAT_KEYS", "ImportContext", "UnknownHeaderError", "read_csv_export"]
