"""The built wheel carries data/ and styles/, and an installed copy runs from anywhere."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tui import __version__

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    # No build isolation: hatchling is already in the test environment, so building needs no download.
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out),
         str(ROOT)],
        check=True,
    )
    (built,) = out.glob("runstrength_tui-*.whl")
    return built


def test_the_wheel_holds_the_package_the_content_and_the_styles(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "data").rglob("*.toml")}
    shipped |= {p.relative_to(ROOT).as_posix() for p in (ROOT / "styles").rglob("*.tcss")}
    assert shipped, "the checkout should have data and styles to ship"
    assert {f"tui/{name}" for name in shipped} <= names
    assert {"tui/app.py", "tui/cli.py", "tui/resources.py", "tui/store/files.py"} <= names
    assert "tui/serve/page/index.html" in names  # the page `serve` shows
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "runstrength-tui = tui.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_the_installed_wheel_runs_from_another_directory_and_finds_its_resources(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)], check=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    version = subprocess.run(
        [env_dir / "bin" / "runstrength-tui", "--version"], cwd=elsewhere, capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"runstrength-tui {__version__}"

    probe = (
        "from tui.resources import data_dir, styles_dir\n"
        "from tui.domain.catalogue.loading import load_catalogue\n"
        "import tui.app\n"
        "print(data_dir()); print(styles_dir()); print(len(load_catalogue(data_dir()).exercises))\n"
    )
    found = subprocess.run([python, "-c", probe], cwd=elsewhere, capture_output=True, text=True, check=True)
    data, styles, count = found.stdout.split()
    assert "site-packages" in data and "site-packages" in styles, "resources must come from the wheel"
    assert int(count) >= 40
