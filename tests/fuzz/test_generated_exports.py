"""Generated exports in every format we read: each imports whole, with its values, and a second import adds nothing.

Hypothesis writes workouts of random sets (names we know and names we do not, weights with decimals, set types,
holds and runs), then writes them as one app's export in its exact shape (delimiter, quoting, decimal commas,
units, date forms). The import must find the format, keep every value, and be idempotent.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from tui.domain.catalogue.exercise_names import ExerciseNames
from tui.domain.transfer.import_plan import Existing, plan_import
from tui.domain.transfer.strong_csv import from_csv
from tests.fuzz.conftest import fuzz_settings

NAMES = ["Bench Press (Barbell)", "Pull Up", "Plank", "Band Pull Apart", "Zercher Squat", "Treadmill Running",
         "Rowing (Machine)", "Lateral Raise (Dumbbell)", "Ünïcode Curl"]
CARDIO = {"Treadmill Running", "Rowing (Machine)"}
HOLDS = {"Plank"}

entry = st.fixed_dictionaries({
    "name": st.sampled_from(NAMES),
    "weight": st.one_of(st.none(), st.integers(1, 4000).map(lambda quarter: quarter / 4)),
    "reps": st.integers(1, 2000),
    "seconds": st.integers(1, 20000),
    "metres": st.integers(1, 100000),
    "type": st.sampled_from(["normal", "normal", "warmup", "drop", "failure"]),
})
workout = st.fixed_dictionaries({
    "name": st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12)
              .filter(lambda name: name.strip() and name.strip() == name),
    "start": st.datetimes(datetime(2012, 1, 1), datetime(2026, 1, 1)).map(lambda d: d.replace(microsecond=0)),
    "minutes": st.integers(1, 300),
    "entries": st.lists(entry, min_size=1, max_size=6),
})
histories = st.lists(workout, min_size=1, max_size=5, unique_by=lambda w: w["start"].replace(second=0))


def _number(value: float, comma: bool) -> str:
    text = f"{value:g}"
    return text.replace(".", ",") if comma else text


def _kind(item) -> str:
    return "cardio" if item["name"] in CARDIO else "hold" if item["name"] in HOLDS else "reps"


def strong_current(history, delimiter: str, unit: str) -> str:
    comma = delimiter == ";"
    header = ["Workout #", "Date", "Workout Name", "Duration (sec)", "Exercise Name", "Set Order",
              f"Weight ({'kg' if unit == 'kg' else 'lbs'})", "Reps", "RPE", "Distance (meters)", "Seconds", "Notes",
              "Workout Notes"]
    letters = {"normal": None, "warmup": "W", "drop": "D", "failure": "F"}
    lines = [delimiter.join(f'"{name}"' for name in header)]
    for number, done in enumerate(history, start=1):
        order = 0
        for item in done["entries"]:
            kind = _kind(item)
            letter = letters[item["type"]] if kind == "reps" else None
            if letter is None:
                order += 1
            cells = [number, done["start"].strftime("%Y-%m-%d %H:%M:%S"), done["name"].replace('"', '""'),
                     done["minutes"] * 60, item["name"], letter or order,
                     _number(item["weight"], comma) if item["weight"] and kind == "reps" else "",
                     item["reps"] if kind == "reps" else "", "",
                     item["metres"] if kind == "cardio" else "", item["seconds"] if kind != "reps" else "", "", ""]
            lines.append(delimiter.join(f'"{cell}"' for cell in cells))
        lines.append(delimiter.join(f'"{cell}"' for cell in [
            number, done["start"].strftime("%Y-%m-%d %H:%M:%S"), done["name"].replace('"', '""'),
            done["minutes"] * 60, done["entries"][0]["name"], "Rest Timer", "", "", "", "", "90", "", ""]))
    return "\n".join(lines) + "\n"


def hevy(history, unit: str) -> str:
    weight = "weight_kg" if unit == "kg" else "weight_lbs"
    lines = ['"title","start_time","end_time","description","exercise_title","superset_id","exercise_notes",'
             f'"set_index","set_type","{weight}","reps","distance_km","duration_seconds","rpe"']
    types = {"normal": "normal", "warmup": "warmup", "drop": "dropset", "failure": "failure"}
    for done in history:
        start = done["start"].replace(second=0)
        end = start + timedelta(minutes=done["minutes"])
        for index, item in enumerate(done["entries"]):
            kind = _kind(item)
            cells = [f'"{done["name"].replace(chr(34), chr(34) * 2)}"', f'"{start:%d %b %Y, %H:%M}"',
                     f'"{end:%d %b %Y, %H:%M}"', '""', f'"{item["name"]}"', "", '""', str(index),
                     f'"{types[item["type"]] if kind == "reps" else "normal"}"',
                     f'{item["weight"]:g}' if item["weight"] and kind == "reps" else "",
                     str(item["reps"]) if kind == "reps" else "0",
                     f'{item["metres"] / 1000:g}' if kind == "cardio" else "",
                     str(item["seconds"]) if kind != "reps" else "0", ""]
            lines.append(",".join(cells))
    return "\n".join(lines) + "\n"


def expected_entries(history) -> list[tuple]:
    found = []
    for done in history:
        for item in done["entries"]:
            kind = _kind(item)
            if kind == "cardio":
                found.append((kind, None, None, float(item["metres"]), item["seconds"], "normal"))
            elif kind == "hold":
                found.append((kind, None, item["seconds"], None, None, "normal"))
            else:
                found.append((kind, item["weight"], item["reps"], None, None, item["type"]))
    return found


def read_entries(data) -> list[tuple]:
    found = []
    for done in sorted(data.workouts, key=lambda w: w.started_at.utc):
        for logged in done.sets:
            if logged.is_cardio:
                found.append(("cardio", None, None, logged.distance_m, logged.duration_s, logged.set_type))
            elif logged.hold_s is not None:
                found.append(("hold", None, logged.hold_s, None, None, logged.set_type))
            else:
                found.append(("reps", logged.load, logged.reps, None, None, logged.set_type))
    return found


def _check(catalogue, text: str, history, unit: str) -> None:
    data = from_csv(text, "generated.csv", ExerciseNames(catalogue.exercises), "UTC", "kg")
    assert len(data.workouts) == len(history)
    ordered = sorted(history, key=lambda w: w["start"])
    assert read_entries(data) == expected_entries(ordered)
    assert {logged.unit for w in data.workouts for logged in w.sets if logged.load is not None} <= {unit}
    plan = plan_import(data, Existing())
    existing = Existing().with_plan(plan)
    again = from_csv(text, "generated.csv", ExerciseNames(catalogue.exercises, data.custom_exercises),
                     "UTC", "kg")
    assert not plan_import(again, existing).adds_anything  # importing the same file twice adds nothing


@fuzz_settings(60)
@given(history=histories, delimiter=st.sampled_from([",", ";", "\t"]), unit=st.sampled_from(["kg", "lb"]),
       bom=st.booleans(), crlf=st.booleans())
def test_generated_strong_exports_import_whole_and_only_once(catalogue, history, delimiter, unit, bom, crlf):
    text = strong_current(history, delimiter, unit)
    if crlf:
        text = text.replace("\n", "\r\n")
    _check(catalogue, ("\ufeff" if bom else "") + text, history, unit)


@fuzz_settings(60)
@given(history=histories, unit=st.sampled_from(["kg", "lb"]))
def test_generated_hevy_exports_import_whole_and_only_once(catalogue, history, unit):
    for done in history:
        done["start"] = done["start"].replace(second=0)
    _check(catalogue, hevy(history, unit), history, unit)
