"""Where the shipped styles/ and data/ are: beside the package in a wheel, at the repository root in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent
# src/tui/resources.py -> the repository root, for a checkout or an editable install.
_CHECKOUT_ROOT = _PACKAGE_DIR.parent.parent


def resource_dir(name: str) -> Path:
    """The directory of shipped resources called name ("data" or "styles")."""
    for candidate in (_PACKAGE_DIR / name, _CHECKOUT_ROOT / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the shipped {name}/ directory is missing from this installation")


def data_dir() -> Path:
    return resource_dir("data")


def styles_dir() -> Path:
    return resource_dir("styles")


def screens_styles() -> Path:
    """The styles of every screen but the first: each of those screens lists them in its CSS_PATH, so they are
    parsed when the first of them opens rather than before the app's first frame."""
    return styles_dir() / "screens.tcss"
