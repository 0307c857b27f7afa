"""The command line: arguments, the data directory, clear messages for data problems, then the app.

Textual is imported only when the app itself starts, so quick subcommands stay quick.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence

from tui import __version__
from tui.complaint import complain
from tui.domain.errors import ConfigError, DataFileError
from tui.store.errors import StoreError, fault_reason
from tui.store.paths import ENV_VAR, resolve_data_dir

EXIT_DATA_PROBLEM = 2
EXIT_BROKEN_PIPE = 141  # as a shell reports a command that SIGPIPE ended (128 + 13)
# transfer.FORMAT_KEYS and "json", repeated so the parser is built without importing the importers.
IMPORT_FORMATS = ("json", "strong", "hevy", "fitnotes", "liftlog")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runstrength-tui",
        description="A terminal workout companion for runners: upper-body and core routines, "
        "a set tracker with rest timers, and a weekly streak. Fully offline.",
    )
    parser.add_argument("--version", action="version", version=f"runstrength-tui {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="PATH",
        help=f"where your data lives (default: ${ENV_VAR}, else your platform's user data directory)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    status = commands.add_parser(
        "status", help="one line for a shell prompt: streak, this week, last workout, one in progress")
    status.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    # Also accepted after the subcommand; SUPPRESS keeps it from overriding one given before it.
    status.add_argument("--data-dir", metavar="PATH", default=argparse.SUPPRESS, help="as above")
    export = commands.add_parser("export", help="everything you logged, as lossless JSON or Strong-style CSV")
    export.add_argument("--format", choices=("json", "csv"), default="json",
                        help="json (default: everything, lossless) or csv (one row per set, Strong's columns)")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (private, mode 0600) instead of stdout")
    export.add_argument("--data-dir", metavar="PATH", default=argparse.SUPPRESS, help="as above")
    imports = commands.add_parser("import", help="bring in our export, or Strong's, Hevy's, FitNotes' or LiftLog's "
                                                 "CSV export; importing twice adds nothing")
    imports.add_argument("files", nargs="+", metavar="FILE",
                         help="a runstrength-tui JSON or CSV export, or a Strong, Hevy, FitNotes or LiftLog CSV export "
                              "(- reads it from standard input)")
    imports.add_argument("--dry-run", action="store_true",
                         help="say how each file reads and what would be added; change nothing")
    imports.add_argument("--format", choices=IMPORT_FORMATS, default=None,
                         help="read the files as this format (default: found from each file's header)")
    imports.add_argument("--unit", choices=("kg", "lb"), default=None,
                         help="the unit of weights in a file that names none (default: your unit setting)")
    imports.add_argument("--distance-unit", choices=("km", "mi"), default=None,
                         help="the unit of distances in a file that names none, Strong's classic export (default: "
                              "miles with pounds, else kilometres)")
    imports.add_argument("--data-dir", metavar="PATH", default=argparse.SUPPRESS, help="as above")
    serve = commands.add_parser("serve", help="the app in a browser (a phone's too): one private address, "
                                              "an app for each tab, your data stays here")
    # Only this machine by default: a phone reaches it through an SSH tunnel or a VPN; a wider address is chosen.
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default 127.0.0.1: reach it through an SSH tunnel or a VPN; "
                            "0.0.0.0 opens it to your network)")
    serve.add_argument("--port", type=port_number, default=8000, help="port to listen on (default 8000)")
    serve.add_argument("--new-token", action="store_true",
                       help="make a new access token: the old address (and every bookmark of it) stops working")
    serve.add_argument("--data-dir", metavar="PATH", default=argparse.SUPPRESS, help="as above")
    return parser


def port_number(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0 to 65535; 0 picks a free one)")
    return port


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    directory = resolve_data_dir(args.data_dir)
    try:
        if args.command == "status":
            # A prompt runs this on every command: it lives for milliseconds and makes no reference cycles,
            # so collecting only slows down reading ten years of index (tens of thousands of objects).
            gc.disable()
            from tui.status import run_status

            return run_status(directory, args.format)
        if args.command in ("export", "import"):
            # One pass over every set, making a few objects for each and no reference cycles: the collector would
            # only walk them again and again (about a fifth of the time for ten years of history).
            gc.disable()
        if args.command == "export":
            from tui.transfer_cli import run_export

            return run_export(directory, args.format, args.output)
        if args.command == "import":
            from tui.transfer_cli import run_import

            return run_import(directory, args.files, args.dry_run, args.format, args.unit, args.distance_unit)
        if args.command == "serve":
            from tui.serve.run import run_serve

            return run_serve(directory, args.host, args.port, args.new_token)
        app = prepared_app(directory)  # a data dir, data file or config at fault is said first, terminal or not
        if problem := terminal_problem():
            complain(problem)
            return EXIT_DATA_PROBLEM
        return run_app(app)
    except (StoreError, DataFileError, ConfigError) as error:
        complain(str(error))
        return EXIT_DATA_PROBLEM
    except BrokenPipeError:
        # What read our output went away (`runstrength-tui import ... | head`): whatever was to be done is done,
        # and there is no one left to tell. Python's advice: point stdout at nothing, so exiting does not fail too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as error:  # a full disk, a read-only dir, a directory where a file should be...
        # Every write is atomic, so what is on disk is whole: the old files, or the new ones.
        complain(f"could not read or write the data: {fault_reason(error)}. Nothing was changed.")
        return EXIT_DATA_PROBLEM


def terminal_problem() -> str | None:
    """Why the app cannot start here, when its input or output is not a terminal: `ssh host runstrength-tui`
    without -t, a cron job, `runstrength-tui > file`. It drew its screens into the pipe and waited for keys that
    never came (the connection showed escape codes, the file filled with them). `serve` gives each tab a driver
    of its own (TEXTUAL_DRIVER), which is its terminal."""
    if os.environ.get("TEXTUAL_DRIVER") or (sys.stdin.isatty() and sys.stdout.isatty()):
        return None
    return ("the app needs a terminal, and its input or output is not one. Over SSH, ask for one: ssh -t HOST "
            "runstrength-tui. For one line of streak and week from a script: runstrength-tui status.")


def run_app(app) -> int:
    app.run()
    if app.return_code in (0, None):
        say_workout_kept(app)
    # Non-zero after an unexpected error (the app has printed where its crash log is) or a refused start.
    return app.return_code or 0


def say_workout_kept(app) -> None:
    """Left with a workout in progress (driven here, or offered back and left): said on the way out, in the
    terminal (a phone app's user quit with q and was told nothing; the next start offers it back)."""
    if not sys.stdout.isatty():  # not a browser's tab (serve), nor a pipe
        return
    from tui.domain.counts import count
    from tui.domain.printable import one_line, quoted
    from tui.store.errors import StoreError

    try:
        kept = app.session.workout if app.session is not None else app.store.workout.current()
    except (StoreError, OSError, ValueError):
        return  # a workout.json that cannot be read is said as the app starts
    if kept is None:
        return
    try:
        # One line, as `status` prints its own: a name's line break (an import's) is a space here too.
        print(one_line(f"Your workout {quoted(kept.name)} is kept ({count(len(kept.sets), 'set')} logged): start "
                       f"the app again to go on with it."))
    except OSError:  # the terminal went with the connection (SIGHUP)
        pass


def prepared_app(directory):
    """The app as the command line starts it, ready to run (the benchmark starts it this way too)."""
    # What importing and loading make (modules, the catalogue, settings) lives as long as the app, so the
    # garbage collector has nothing to find in it: it stays off meanwhile, then all of it is frozen, out of the
    # collector's sight from then on and at exit. The collector took about 0.1 s otherwise. It stays off while
    # the first screen is drawn too (sixty collections of short-lived strips and styles, 6 ms): the app turns it
    # back on once that frame is on screen (RunStrengthApp.on_mount).
    gc.disable()
    from tui.malloc_settings import keep_memory_small  # here: status, export and import need no ctypes

    keep_memory_small()  # before any thread starts
    try:
        from tui.app import make_app
        from tui.keymap import start_warnings, user_keymap
        from tui.store.open import open_store

        keymap = user_keymap()  # first: a bad config is refused before the data dir is touched
        app = make_app(open_store(directory), keymap=keymap, keymap_warnings=start_warnings(keymap))
        app.exit_on_signals = True
        gc.freeze()
    except BaseException:
        gc.enable()
        raise
    return app


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
