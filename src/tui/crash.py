"""What an unexpected error does to the running app: the workout in progress is saved, the details go to a crash
log, and the app leaves with a short message naming that log and a non-zero exit status, instead of a screenful
of Rich traceback (with exit status 0 from the command line).

Textual has no public hook for an unhandled exception: tui/textual_internals.py turns its private one into
`on_fatal_error`.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text

from tui import __version__
from tui.domain.printable import printable
from tui.store.errors import StoreError, fault_reason
from tui.store.paths import APP_NAME
from tui.textual_internals import FatalErrorHook

EXIT_CRASHED = 70  # EX_SOFTWARE: an internal error, told apart from a data problem (2)

# A test hook, and nothing else: when this environment variable names a key, that key raises an unexpected error
# in the running app. The end-to-end test (tests/e2e/test_crash_in_a_real_terminal.py) uses it to check the crash
# exit in a real terminal without patching the app; unset (always, for a user), no key is bound.
CRASH_KEY_ENV = "RUNSTRENGTH_TEST_CRASH_KEY"


class InjectedCrash(RuntimeError):
    """The unexpected error a test asked for through CRASH_KEY_ENV."""


def crash_log_dir() -> Path:
    """Where crash logs go: the user's state dir (XDG_STATE_HOME on Linux), never the data dir."""
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def write_crash_log(error: BaseException, kept: str) -> Path:
    """The traceback in a private file of its own; returns its path. Raises OSError when it cannot be written."""
    directory = crash_log_dir()
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    when = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path = directory / f"crash-{when}-{os.getpid()}.log"
    lines = [f"runstrength-tui {__version__}, Python {sys.version.split()[0]}\n", f"{kept}\n\n",
             *traceback.format_exception(type(error), error, error.__traceback__)]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", errors="replace") as handle:
        handle.writelines(lines)
    return path


def save_workout_in_progress(app) -> str:
    """Save the workout this window drives, if any; says what became of it."""
    session = getattr(app, "session", None)
    if session is None:
        return "No workout was in progress in this window."
    try:
        app.store.workout.save(session.to_workout())
    except (StoreError, OSError) as error:
        return f"The workout in progress could not be saved ({fault_reason(error)}); its last saved state is kept."
    except Exception as error:  # the workout itself may be what broke
        return f"The workout in progress could not be saved ({type(error).__name__}); its last saved state is kept."
    return "The workout in progress was saved: the next start offers to resume it."


def crash_message(error: BaseException, kept: str, log: Path | None, log_problem: str = "") -> Text:
    where = f"Details are in {log}" if log else f"No crash log could be written ({log_problem})"
    return Text(printable(
        f"runstrength-tui stopped after an unexpected error ({type(error).__name__}: {str(error)[:200]}).\n"
        f"{kept}\n{where}. Please report it, with that file."
    ))


class LeavesACrashLog(FatalErrorHook):
    """Mixed into the App: see the module's docstring."""

    if TYPE_CHECKING:
        def exit(self, result: object = None, return_code: int = 0, message: object = None) -> None: ...

    def bind_test_crash_key(self) -> None:
        """Bind the key CRASH_KEY_ENV names, if any, to an unexpected error (see CRASH_KEY_ENV)."""
        key = os.environ.get(CRASH_KEY_ENV)
        if key:
            self.bind(key, "crash_for_a_test", show=False)  # type: ignore[attr-defined]

    def action_crash_for_a_test(self) -> None:
        raise InjectedCrash(f"raised on purpose: {CRASH_KEY_ENV} is set")

    def on_fatal_error(self, error: BaseException) -> None:
        kept = save_workout_in_progress(self)
        try:
            log, problem = write_crash_log(error, kept), ""
        except OSError as log_error:
            log, problem = None, fault_reason(log_error)
        self.exit(return_code=EXIT_CRASHED, message=crash_message(error, kept, log, problem))
        self.close_messages_now()
