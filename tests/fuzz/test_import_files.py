"""Any text, or a valid export with one thing changed, given to `import`: exit 0, or 2 and not one byte changed."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.builders import a_workout, moment
from tests.fuzz.conftest import fuzz_settings
from tests.transfer.conftest import FIXTURES, picture
from tui.cli import main
from tui.domain.settings import Settings
from tui.store.open import open_store

STRONG = (FIXTURES / "strong_export.csv").read_bytes()


@pytest.fixture(scope="module")
def lived_in_and_export(tmp_path_factory):
    """A data directory with some history and a workout in progress, and its own JSON export."""
    directory = tmp_path_factory.mktemp("lived") / "data"
    store = open_store(directory)
    store.settings.save(Settings(time_zone="Europe/Paris"))
    for day in range(1, 4):
        workout = a_workout(at=moment(2026, 3, day, 18, 0), sets=3, name=f"Day {day}")
        store.history.save(replace(workout, finished_at=moment(2026, 3, day, 19, 0)))
    store.workout.start(a_workout(sets=2, name="Live"))
    export = directory.parent / "export.json"
    assert main(["--data-dir", str(directory), "export", "-o", str(export)]) == 0
    return directory, export.read_bytes()


def _try_import(tmp_path_factory, capsys, lived_in, content: bytes, suffix: str) -> None:
    work = tmp_path_factory.mktemp("import")
    directory = work / "data"
    shutil.copytree(lived_in, directory)
    path = work / f"file{suffix}"
    path.write_bytes(content)
    capsys.readouterr()
    before = picture(directory)
    code = main(["--data-dir", str(directory), "import", str(path)])  # an uncaught exception fails the test
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    assert code in (0, 2), code
    if code == 2:
        assert captured.err.startswith(f"runstrength-tui: {path}"), "a refusal names the file at fault"
        assert len(captured.err.strip()) > len("runstrength-tui: ")
        assert picture(directory) == before, "a refused import changed the data directory"
    else:
        open_store(directory).history.all()  # what was imported reads back


json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False),
              st.text(max_size=10), st.sampled_from(["", "2026-03-01T18:00:00+01:00", "kg", "push-up", "1e999"])),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)),
    max_leaves=8,
)


def _paths(document, prefix=()):
    yield prefix
    if isinstance(document, dict):
        for key, value in document.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from _paths(value, (*prefix, index))


@fuzz_settings(60)
@given(pick=st.integers(0, 10**6), value=json_values, drop=st.booleans())
def test_a_json_export_with_one_value_changed_is_imported_or_refused_cleanly(
    tmp_path_factory, capsys, lived_in_and_export, pick, value, drop
):
    lived_in, export = lived_in_and_export
    document = orjson.loads(export)
    paths = [path for path in _paths(document) if path]
    path = paths[pick % len(paths)]
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    if drop:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    _try_import(tmp_path_factory, capsys, lived_in, json.dumps(document).encode(), ".json")


@fuzz_settings(40)
@given(content=st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode)),
       suffix=st.sampled_from([".json", ".csv", ".txt"]))
@example(content=b"", suffix=".json")
@example(content=b"", suffix=".csv")
@example(content=b"\xff\xfe", suffix=".csv")
@example(content=b"[]", suffix=".json")
@example(content=b"null", suffix=".json")
def test_arbitrary_bytes_are_imported_or_refused_cleanly(tmp_path_factory, capsys, lived_in_and_export, content,
                                                          suffix):
    _try_import(tmp_path_factory, capsys, lived_in_and_export[0], content, suffix)


@fuzz_settings(60)
@given(line=st.integers(0, 10**6), cell=st.integers(0, 20), value=st.one_of(
    st.text(max_size=12), st.sampled_from(["", "-1", "1e999", "nan", "0", "99999999999", '"', "2024-13-45 25:61:00",
                                           "1h 99m", "abc,def"])),
    cut=st.booleans())
@example(line=2, cell=2, value="1e999", cut=False)  # a Duration past the calendar's end: the import crashed
def test_a_strong_csv_with_one_cell_changed_is_imported_or_refused_cleanly(
    tmp_path_factory, capsys, lived_in_and_export, line, cell, value, cut
):
    lines = STRONG.decode().split("\n")
    index = line % len(lines)
    cells = lines[index].split(",")
    if cut:
        cells = cells[: cell % (len(cells) + 1)]
    elif cells:
        cells[cell % len(cells)] = value
    lines[index] = ",".join(cells)
    _try_import(tmp_path_factory, capsys, lived_in_and_export[0], "\n".join(lines).encode("utf-8", "surrogatepass"),
                ".csv")
