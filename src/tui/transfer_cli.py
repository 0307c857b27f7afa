"""`runstrength-tui export` and `runstrength-tui import`: the subcommands' glue, with no Textual anywhere.

Data problems (a bad import file, a newer export, a store error) are raised for cli.main to print and turn
into exit code 2; what only these commands can meet (an output path that cannot be written) is handled here.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pendulum

from tui.complaint import complain
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.catalogue.model import Catalogue
from tui.domain.settings import UNITS, Settings
from tui.domain.transfer.data import ImportFileError, UserData
from tui.domain.transfer.formats import FORMAT_KEYS, UnknownHeaderError
from tui.domain.transfer.import_plan import plan_import
from tui.resources import data_dir
from tui.store.errors import fault_reason
from tui.store.snapshot import read_snapshot
from tui.store.transfer import (
    MAX_IMPORT_BYTES,
    export_content,
    export_file_name,
    import_into,
    read_everything,
    read_import_bytes,
    read_import_file,
    write_export,
)

EXIT_OK = 0
EXIT_DATA_PROBLEM = 2


def _shipped_catalogue() -> Catalogue:
    return load_catalogue(data_dir())


def _complain(message: str) -> int:
    complain(message)
    return EXIT_DATA_PROBLEM


def run_export(directory: Path, output_format: str = "json", output: str | None = None) -> int:
    """Write the export to stdout, or atomically (mode 0600) to output; 0 when done."""
    from tui.store.open import open_store

    if not Path(directory).is_dir():
        return _complain(f"there is no runstrength-tui data in {directory}, so nothing was exported. "
                         f"Give the right directory with --data-dir.")
    data = read_everything(open_store(directory))
    content = export_content(data, output_format, _shipped_catalogue())
    if output in (None, "-"):
        try:
            sys.stdout.write(content.decode("utf-8"))
            sys.stdout.flush()
        except BrokenPipeError:
            raise  # `| head`: the reader had what it wanted (cli.main ends quietly)
        except OSError as error:  # `> /dev/full`: blamed on the data ("could not read or write the data")
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # what is left unwritten goes nowhere
            return _complain(f"cannot write the export to the standard output ({fault_reason(error)}); "
                             f"nothing was exported")
        return EXIT_OK
    if not output.strip():
        return _complain("-o needs the name of a file to write the export to; nothing was exported")
    target = Path(output).expanduser()
    if output.endswith(("/", os.sep)) and not target.is_dir():  # Path() drops the slash: it would be a file
        return _complain(f"there is no folder {output}; nothing was exported")
    if target.is_dir():  # as the palette's dialog takes a folder: the export under its usual name, in there
        today = pendulum.now((data.settings or Settings()).zone).date()
        target = target / export_file_name(output_format, today)
        output = str(Path(output) / target.name)
    try:
        write_export(target, content, directory)
    except OSError as error:
        return _complain(f"cannot write {output} ({error.strerror or error}); nothing was exported")
    print(f"exported {data.summary(output_format)} as {output_format.upper()} to {output}")
    return EXIT_OK


def run_import(directory: Path, files: str | list[str], dry_run: bool = False, format_key: str | None = None,
               unit: str | None = None, distance_unit: str | None = None) -> int:
    """Import files (our JSON or CSV export, or Strong's, Hevy's, FitNotes' or LiftLog's CSV); --dry-run only says
    what would be added. Each file's report says how it was read: format, counts, units, what was skipped."""
    from tui.store.transfer import custom_exercises_in, existing_in

    paths = [files] if isinstance(files, str) else list(files)
    snapshot = read_snapshot(directory) if Path(directory).is_dir() else None
    settings = snapshot.settings if snapshot else Settings()
    custom = custom_exercises_in(directory) if Path(directory).is_dir() else []
    catalogue = _shipped_catalogue()
    # Every file is read and checked before the data directory is opened: a bad file changes nothing.
    read = []
    for path in paths:
        data = _read(path, catalogue, settings, unit, format_key, custom, distance_unit)
        read.append(data)
        # A later file finds the custom exercises an earlier one brings, as it would imported after it: a JSON
        # export's "pushups" (its own exercise) was our Push-up in the CSV after it, its records changed.
        known = {exercise.id for exercise in custom}
        custom = [*custom, *(exercise for exercise in data.custom_exercises if exercise.id not in known)]
    existing = existing_in(directory) if dry_run else None
    store = None
    guessed = [data.report.file for data in read if data.report is not None and data.report.unit_guessed]
    if guessed and not dry_run:
        # Weights taken in the wrong unit are wrong in every record and chart, and importing the file again adds
        # nothing: the user names the unit (the app asks), as --dry-run shows how the file would be read.
        units = " or ".join(f"--unit {unit}" for unit in UNITS)
        return _complain(f"{guessed[0]} does not say which unit its weights are in: import it with {units} (your "
                         f"unit setting is {settings.units}). Nothing was imported.")
    far = [data.report.file for data in read if data.report is not None and data.report.distance_unit_guessed]
    if far and not dry_run:
        # So are distances, which Strong sets apart from the weights' unit: its advice to import again with
        # --distance-unit added nothing, as an import never changes a workout already here.
        return _complain(f"{far[0]} does not say which unit its distances are in: import it with --distance-unit km "
                         f"or --distance-unit mi. Nothing was imported.")
    for data in read:
        if data.report is not None:
            for line in data.report.lines():
                print(line)
        if existing is not None:  # a dry run
            plan = plan_import(data, existing)
            existing = existing.with_plan(plan)
        else:
            if store is None:
                from tui.store.open import open_store

                store = open_store(directory)
            plan = import_into(store, data)
        for line in plan.report(dry_run):
            print(line)
    return EXIT_OK


STANDARD_INPUT = "-"  # as other commands take it: `curl ... | runstrength-tui import -`


def _read(path: str, catalogue: Catalogue, settings: Settings, unit: str | None, format_key: str | None,
          custom: list[CustomExercise], distance_unit: str | None) -> UserData:
    try:
        if path != STANDARD_INPUT:
            return read_import_file(Path(path).expanduser(), catalogue, settings, unit, format_key, custom,
                                    distance_unit)
        raw = sys.stdin.buffer.read(MAX_IMPORT_BYTES + 1)
        return read_import_bytes(raw, "standard input", catalogue, settings, unit, format_key, custom, distance_unit)
    except UnknownHeaderError as error:
        raise ImportFileError(error.file, error.entry, f"{error.problem}; name the format with --format "
                              f"({', '.join(FORMAT_KEYS)}) if the header was changed") from None
