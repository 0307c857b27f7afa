"""Which directory holds the user's data, and making it private."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

ENV_VAR = "RUNSTRENGTH_HOME"
APP_NAME = "runstrength-tui"
DIR_MODE = 0o700


def resolve_data_dir(cli_value: str | os.PathLike[str] | None, environ: Mapping[str, str] = os.environ) -> Path:
    """--data-dir, else $RUNSTRENGTH_HOME, else the platform's user data dir (XDG on Linux)."""
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    import platformdirs  # only here: a prompt's `status --data-dir` should not pay for it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
