"""Command palette entries: export all data as JSON, export sets as CSV, import from a file.

Each asks for a path in a small modal, does the work in a thread (an import of years of history must not freeze
the screen) and reports the outcome in the words the command line prints: an export in a notification, an
import's whole report in a dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from tui.domain.errors import DataFileError
from tui.domain.printable import printable
from tui.domain.settings import UNITS
from tui.screens.messages import DataChanged
from tui.screens.plain_commands import Command, PlainCommands
from tui.screens.report import ReportScreen
from tui.screens.store_calls import FAILED, attempt
from tui.screens.transfer_dialog import TransferDialog
from tui.store.errors import StoreError, fault_reason
from tui.store.transfer import (
    export_content,
    export_file_name,
    import_into,
    read_everything,
    read_import_file,
    write_export,
)
from tui.widgets.plain import say

EXPORT_JSON = "Export all data as JSON…"
EXPORT_CSV = "Export sets as CSV…"
IMPORT = "Import from file…"

COMMANDS = (
    (EXPORT_JSON, "Everything you logged, lossless: workouts, routines, settings, freeze weeks", "json"),
    (EXPORT_CSV, "One row per set with Strong's columns, for spreadsheets and other apps", "csv"),
    (IMPORT, "Our export, or Strong's, Hevy's, FitNotes' or LiftLog's CSV; importing twice adds nothing", "import"),
)


class TransferCommands(PlainCommands):
    def commands(self) -> Iterable[Command]:
        for text, help_text, kind in COMMANDS:
            yield text, partial(ask_for_file, self.app, kind), help_text


def ask_for_file(app, kind: str) -> None:
    """Ask where to export to (kind "json" or "csv") or what to import (kind "import"), then do it."""
    if kind == "import":
        _ask_what_to_import(app)
        return
    today = app.clock.now().in_timezone(app.settings.zone).date()
    _ask_where_to_export(app, kind, f"~/{export_file_name(kind, today)}")


def _ask_where_to_export(app, kind: str, path: str, problem: str = "") -> None:
    """The export's dialog; again, with the path given and why nothing was written there, as the import's is."""
    explanation = ("Everything you logged, with your routines, settings and freeze weeks." if kind == "json"
                   else "One row per set of every finished workout, with Strong's columns first.")
    dialog = TransferDialog(f"Export as {kind.upper()}", explanation, "Export", default=path,
                            data_dir=app.store.directory, problem=problem)
    app.push_screen(dialog, partial(_start, app, _export_file, kind))


def _ask_what_to_import(app, path: str = "", problem: str = "") -> None:
    """The import's dialog; again, with the file given and what was wrong with it, when it could not be read."""
    dialog = TransferDialog(
        "Import from file", "Our JSON or CSV export, or a Strong, Hevy, FitNotes or LiftLog CSV export (found "
        "from its header). Only what is not already "
        "in your log is added; a file with any mistake changes nothing.", "Import", default=path, reading=True,
        problem=problem,
    )
    app.push_screen(dialog, partial(_start, app, _import_file, None))


def _start(app, work, kind: str | None, path: Path | None) -> None:
    if path is None:
        return
    _in_a_thread(app, partial(work, app, path) if kind is None else partial(work, app, kind, path), path)


def _in_a_thread(app, job, path: Path) -> None:
    app.run_worker(job, thread=True, exit_on_error=False, group="transfer", description=f"transfer {path.name}")


def _export_file(app, kind: str, path: Path) -> None:
    try:
        data = read_everything(app.store)
    except (StoreError, OSError) as error:  # the data dir's: asked again, it would say the same
        app.call_from_thread(say, app, f"Nothing was exported: {fault_reason(error)}.", title="Export",
                             severity="error")
        return
    try:
        write_export(path, export_content(data, kind, app.catalogue), app.store.directory)
    except (StoreError, OSError) as error:
        # The place given (a read-only disk, a full one): asked again with the path typed, as an import is. Said in a
        # note alone, the dialog gone, the path was typed again from the start.
        problem = f"Nothing was exported: {fault_reason(error)}."
        app.call_from_thread(_ask_where_to_export, app, kind, str(path), problem)
        return
    message = f"Exported {data.summary(kind)} to {_found_at(path)}"
    app.call_from_thread(say, app, message, title="Export")


def _found_at(path: Path) -> str:
    """Where the file is, whole, as the user can find it ("~/runstrength-export-2026-12-06.json"): its name alone
    sent a phone's user at `serve` looking for a download, where the file is on the machine serving the app."""
    path = path.absolute()  # a path typed relative is from the folder the app was started in
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except (ValueError, RuntimeError):  # outside the home folder, or no home folder at all
        return str(path)


def _import_file(app, path: Path, unit: str | None = None, distance_unit: str | None = None) -> None:
    try:
        data = read_import_file(path, app.catalogue, app.settings, unit, custom=app.store.exercises.all(),
                                distance_unit=distance_unit, now=app.clock.now())
    except (DataFileError, OSError) as error:
        # A file that is not one we read (binary, another app's, cut short): asked again, with why, as a folder
        # given is. Said in a note alone, the dialog gone, the path typed again went to the screen beneath: its
        # digits switched screens and its enter started a workout.
        app.call_from_thread(_ask_what_to_import, app, str(path), f"Nothing was imported: {fault_reason(error)}.")
        return
    # A weight or a distance read in the wrong unit is wrong in every record and chart, and importing the file
    # again adds nothing: the user says which unit it is before anything is written (the command line's --unit
    # and --distance-unit).
    if data.report is not None and data.report.unit_guessed:
        app.call_from_thread(_ask_for_the_unit, app, path, distance_unit)
        return
    if data.report is not None and data.report.distance_unit_guessed:
        app.call_from_thread(_ask_for_the_distance_unit, app, path, unit)
        return
    try:
        plan = import_into(app.store, data)
    except (DataFileError, StoreError, OSError) as error:  # a problem of the data dir's (a full disk)
        app.call_from_thread(say, app, f"Nothing was imported: {fault_reason(error)}.", title="Import",
                             severity="error", timeout=15)
        return
    app.call_from_thread(_imported, app, plan, data.report, unit, distance_unit)


def _ask_for_the_unit(app, path: Path, distance_unit: str | None) -> None:
    units = sorted(UNITS, key=lambda unit: unit != app.settings.units)  # the user's own unit first
    labels = [f"{unit}{' (your unit setting)' if unit == app.settings.units else ''}" for unit in units]
    _ask(app, path, "weights", units, labels, lambda unit: partial(_import_file, app, path, unit, distance_unit))


def _ask_for_the_distance_unit(app, path: Path, unit: str | None) -> None:
    # Strong sets the distance unit apart from the weights': a user of kilograms may run in miles.
    _ask(app, path, "distances", ["km", "mi"], ["km", "mi"],
         lambda distance_unit: partial(_import_file, app, path, unit, distance_unit))


def _ask(app, path: Path, what: str, units: list[str], labels: list[str], then: Callable[[str], Callable[[], None]]):
    from tui.screens.pickers import ChoiceScreen  # with the first file that needs it

    def chosen(index: int | None) -> None:
        if index is None:
            say(app, f"Nothing was imported from {path.name}.", title="Import")
            return
        _in_a_thread(app, then(units[index]), path)

    app.push_screen(ChoiceScreen(f"{printable(path.name)} does not say which unit its {what} are in", labels),
                    chosen)


def _imported(app, plan, report=None, unit: str | None = None, distance_unit: str | None = None) -> None:
    app.forget_exercise_names()
    if plan.settings is not None:  # the user had never saved settings: the file's now apply
        settings = attempt(app, app.store.settings.get, "read the imported settings")
        if settings is FAILED:
            return
        app.settings = settings
        if app.settings.theme in app.available_themes:
            app.theme = app.settings.theme
    app.screen.post_message(DataChanged())  # the screen showing now may list what was just added
    if app.workout_if_started is not None:  # a workout in progress: last time may be in what was just added
        app.workout_if_started.history_changed()
    lines = plan.report(dry_run=False)  # what was added first: what the user looks for
    if distance_unit:  # chosen in the question, not given with --distance-unit
        lines = [line.replace("as given with --distance-unit", "as you chose") for line in lines]
    if report is not None:
        # Then how the file was read, whole, as the command line prints it: a notification of its format and units
        # alone left out the exercises kept as custom ones, the rows skipped and the values worth a look.
        read = report.lines()
        if unit:  # chosen in the question, not given with --unit
            read = [f"  units: {unit}, as you chose" if line.lstrip().startswith("units:") else line for line in read]
        lines = [*lines, "", *read]
    text = "\n".join(lines)
    app.push_screen(ReportScreen("Imported", text[:1].upper() + text[1:]))
