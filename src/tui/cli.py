"""The command line: arguments, the data directory, clear messages for data problems, then the app.

Textual is imported only when the app itself starts, so quick subcommands stay quick.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from tui import __version__
from tui.domain.fields import DataFileError
from tui.store.errors import StoreError
from tui.store.paths import ENV_VAR, resolve_data_dir

EXIT_DATA_PROBLEM = 2


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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    directory = resolve_data_dir(args.data_dir)
    try:
        return run_app(directory)
    except (StoreError, DataFileError) as error:
        print(f"runstrength-tui: {error}", file=sys.stderr)
        return EXIT_DATA_PROBLEM


def run_app(directory) -> int:
    from tui.app import make_app
    from tui.store.open import open_store

    store = open_store(directory)
    make_app(store).run()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
