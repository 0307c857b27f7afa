"""Arbitrary bytes in the store's file, arbitrary edits of the shipped data files: a typed refusal or a load."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import tomli  # the app's TOML parser
from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.conftest import fuzz_settings
from tui.domain.catalogue.loading import load_catalogue
from tui.domain.errors import DataFileError
from tui.resources import data_dir as shipped_data_dir
from tui.store.errors import StoreError
from tui.store.open import open_store
from tui.store.schema import SCHEMA_VERSION

FEW = fuzz_settings(60)

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(allow_nan=False), st.text(max_size=8)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)),
    max_leaves=12,
)
store_shaped = st.fixed_dictionaries({}, optional={
    "meta": st.one_of(json_values, st.fixed_dictionaries({"1": st.fixed_dictionaries(
        {"schema": st.one_of(st.just(SCHEMA_VERSION), json_values)})})),
    "settings": st.one_of(json_values, st.fixed_dictionaries({"1": st.dictionaries(
        st.sampled_from(["units", "default_rest_s", "time_zone", "weekly_target", "bell"]), json_values)})),
    "routines": json_values,
    "workout": json_values,
    "freezes": json_values,
})
def _dumps(value) -> bytes:
    return json.dumps(value).encode()  # unlike orjson, dumps integers beyond 64 bits too


store_bytes = st.one_of(st.binary(max_size=300), store_shaped.map(_dumps), json_values.map(_dumps))


@FEW
@given(content=store_bytes)
@example(content=b"")
@example(content=b"\xef\xbb\xbf{}")
@example(content=b'{"meta": {"1": {"schema": 1e400}}}')
@example(content=b'{"meta": {"1": {"schema": -1}}}')
def test_any_bytes_in_the_store_file_open_or_raise_a_store_error_and_a_refused_file_is_unchanged(tmp_path_factory,
                                                                                                     content):
    data_dir = tmp_path_factory.mktemp("data")
    main_file = data_dir / "runstrength.json"
    main_file.write_bytes(content)
    try:
        store = open_store(data_dir, lock_timeout=1)
    except StoreError as error:
        assert str(error)
        assert main_file.read_bytes() == content  # refused: not one byte changed
        return
    else:
        # Whatever opened can be read through the public reads without an untyped crash.
        try:
            store.settings.get()
            store.routines.all()
            store.workout.current()
            store.freezes.all()
        except StoreError as error:
            assert str(error)


# Values a hand edit might leave in a field.
field_values = st.one_of(
    st.text(max_size=20).map(json.dumps),
    st.integers(-10**6, 10**6).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["true", "false", "[]", "{}", '[1, "a"]', '{ a = 1 }', '"""', "nan", "inf", "1979-05-27",
                     '""', "-1", "0", "[[1]]", "'bodyweight'", "'hold'"]),
    st.text(max_size=10),  # not even TOML
)
FILES = ["sources.toml", "routines.toml", "bands.toml"] + [
    f"exercises/{path.name}" for path in sorted((shipped_data_dir() / "exercises").glob("*.toml"))
]
ASSIGNMENT = re.compile(rb"^([A-Za-z_][A-Za-z0-9_]*\s*=\s*)(.*)$", re.MULTILINE)


@fuzz_settings(80)
@given(file=st.sampled_from(FILES), pick=st.integers(0, 10**6), value=field_values, data=st.data())
def test_an_edited_data_file_loads_or_is_refused_naming_the_file(tmp_path_factory, file, pick, value, data):
    copy = tmp_path_factory.mktemp("catalogue") / "data"
    shutil.copytree(shipped_data_dir(), copy)
    path = copy / file
    original = path.read_bytes()
    assignments = [found for found in ASSIGNMENT.finditer(original)
                   if not found.group(2).startswith((b'"""', b"'''", b"["))]  # single-line values only
    target = assignments[pick % len(assignments)]
    edit = data.draw(st.sampled_from(["value", "drop", "duplicate"]))
    if edit == "value":
        changed = original[:target.start(2)] + value.encode("utf-8", "surrogatepass") + original[target.end(2):]
    elif edit == "drop":
        changed = original[:target.start()] + original[target.end():]
    else:
        changed = original[:target.end()] + b"\n" + target.group(0) + original[target.end():]
    path.write_bytes(changed)
    try:
        load_catalogue(copy)
    except DataFileError as error:
        named = str(error).split(":")[0]
        # An exercise's id changed or dropped is missed where another file refers to it, and its measurement changed
        # (reps to a hold) no longer fits what a routine asks of it ("give hold_s instead of reps"): that file is
        # named, with the routine, the exercise and the field.
        relied_on = target.group(1).split(b"=")[0].strip() in (b"id", b"measurement")
        assert named == path.name or (relied_on and named in {Path(file).name for file in FILES}), str(error)


def test_the_data_file_edits_do_reach_the_loader():
    # Guard the property above: the shipped files have many single-line fields for it to edit.
    for file in FILES:
        text = (shipped_data_dir() / file).read_bytes()
        assert len(ASSIGNMENT.findall(text)) >= 3, file
        tomli.loads(text.decode())
