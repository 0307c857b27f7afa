"""Loading data/ (sources, exercises, routines, bands) into a validated, cross-checked Catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# tomli, not the standard library's copy of it (tomllib): its wheels are compiled, which reads the catalogue
# about four times faster (3.5 ms instead of 12 ms on every start).
import tomli

from tui.domain.catalogue.codec import routine_from_data
from tui.domain.catalogue.fields import EntryReader
from tui.domain.catalogue.model import (
    Band,
    BandReference,
    Catalogue,
    Category,
    Equipment,
    Exercise,
    Focus,
    Measurement,
    Routine,
    Source,
)
from tui.domain.errors import DataFileError

EXERCISE_FIELDS = (
    "id", "name", "aliases", "category", "measurement", "equipment", "focus", "primary_muscles",
    "secondary_muscles", "instructions", "cues", "mistakes", "easier", "harder", "why_runners", "source", "bodyweight",
    "assisted", "has_lowering",
)


def load_catalogue(data_dir: Path) -> Catalogue:
    """Load every file in data_dir; raises DataFileError naming the file, the entry and the field."""
    sources = _load_sources(data_dir / "sources.toml")
    exercises: dict[str, Exercise] = {}
    files: dict[str, str] = {}  # exercise id -> the file it is defined in, for error messages
    exercise_files = sorted((data_dir / "exercises").glob("*.toml"))
    if not exercise_files:
        raise DataFileError(str(data_dir / "exercises"), None, None, "holds no exercise files")
    for path in exercise_files:
        for exercise in _load_exercises(path):
            if exercise.id in exercises:
                raise DataFileError(path.name, f"exercise '{exercise.id}'", "id", "is used twice")
            exercises[exercise.id] = exercise
            files[exercise.id] = path.name
    routines = _load_routines(data_dir / "routines.toml")
    bands = _load_bands(data_dir / "bands.toml")
    catalogue = Catalogue(sources=sources, exercises=exercises, routines=routines, bands=bands)
    return check_references(catalogue, files)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomli.load(handle)
    except FileNotFoundError:
        raise DataFileError(path.name, None, None, "is missing") from None
    except tomli.TOMLDecodeError as error:
        raise DataFileError(path.name, None, None, f"is not valid TOML ({error})") from None


def _tables(path: Path, key: str) -> list[Any]:
    document = _read_toml(path)
    tables = document.get(key)
    if not isinstance(tables, list) or not tables:
        raise DataFileError(path.name, None, key, f"should hold one or more [[{key}]] tables")
    return tables


def _load_sources(path: Path) -> dict[str, Source]:
    sources = {}
    for raw in _tables(path, "source"):
        reader = EntryReader(raw, path.name, f"source '{raw.get('id', '?') if isinstance(raw, dict) else '?'}'")
        reader.only("id", "title", "publisher")
        source = Source(reader.text("id"), reader.text("title"), reader.text("publisher"))
        sources[source.id] = source
    return sources


def _load_exercises(path: Path) -> list[Exercise]:
    exercises = []
    for raw in _tables(path, "exercise"):
        label = f"exercise '{raw.get('id', '?')}'" if isinstance(raw, dict) else "exercise"
        reader = EntryReader(raw, path.name, label)
        reader.only(*EXERCISE_FIELDS)
        exercises.append(
            Exercise(
                id=reader.text("id"),
                name=reader.text("name"),
                aliases=reader.texts("aliases", required=False),
                category=reader.choice("category", Category),
                measurement=reader.choice("measurement", Measurement),
                equipment=reader.choices("equipment", Equipment),
                focus=reader.choices("focus", Focus),
                primary_muscles=reader.texts("primary_muscles", non_empty=True),
                secondary_muscles=reader.texts("secondary_muscles", required=False),
                instructions=reader.texts("instructions", non_empty=True),
                cues=reader.texts("cues", non_empty=True),
                mistakes=reader.texts("mistakes", non_empty=True),
                easier=reader.texts("easier", required=False),
                harder=reader.texts("harder", required=False),
                why_runners=reader.text("why_runners"),
                source=reader.text("source"),
                bodyweight=bool(reader.flag("bodyweight", default=False)),
                assisted=bool(reader.flag("assisted", default=False)),
                has_lowering=bool(reader.flag("has_lowering", default=True)),
            )
        )
    return exercises


def _load_routines(path: Path) -> dict[str, Routine]:
    routines: dict[str, Routine] = {}
    for raw in _tables(path, "routine"):
        routine = routine_from_data(raw, path.name, shipped=True)
        if routine.id in routines:
            raise DataFileError(path.name, f"routine '{routine.id}'", "id", "is used twice")
        routines[routine.id] = routine
    return routines


def _load_bands(path: Path) -> BandReference:
    document = _read_toml(path)
    top = EntryReader(document, path.name, "band reference")
    top.only("stretch_percent", "source", "band")
    bands = []
    for raw in top.entries("band"):
        reader = EntryReader(raw, path.name, f"band '{raw.get('colour', '?') if isinstance(raw, dict) else '?'}'")
        reader.only("colour", "resistance", "pounds")
        bands.append(Band(reader.text("colour"), reader.text("resistance"), reader.number("pounds", minimum=0.1)))
    return BandReference(int(top.number("stretch_percent", minimum=100)), top.text("source"), tuple(bands))


def check_references(catalogue: Catalogue, files: dict[str, str]) -> Catalogue:
    """Check every id one entry names in another, and settle per-side from each exercise's measurement."""
    sources, exercises = catalogue.sources, catalogue.exercises
    for exercise in exercises.values():
        where = (files.get(exercise.id, "exercises"), f"exercise '{exercise.id}'")
        if exercise.source not in sources:
            raise DataFileError(*where, "source", f"'{exercise.source}' is not in sources.toml")
        for field in ("easier", "harder"):
            for other in getattr(exercise, field):
                if other not in exercises:
                    raise DataFileError(*where, field, f"'{other}' is not an exercise id")
                if other == exercise.id:
                    raise DataFileError(*where, field, "names the exercise itself")
    if catalogue.bands.source not in sources:
        raise DataFileError("bands.toml", "band reference", "source", f"'{catalogue.bands.source}' is unknown")
    routines = {}
    for routine in catalogue.routines.values():
        if routine.source is not None and routine.source not in sources:
            raise DataFileError("routines.toml", f"routine '{routine.id}'", "source", f"'{routine.source}' is unknown")
        routines[routine.id] = check_routine_entries(routine, exercises, "routines.toml")
    return Catalogue(catalogue.sources, exercises, routines, catalogue.bands)


def check_routine_entries(routine: Routine, exercises: dict[str, Exercise], file: str) -> Routine:
    """Check a routine's entries against the catalogue: known exercises, a hold for holds, reps for reps."""
    entries = []
    for number, entry in enumerate(routine.entries, start=1):
        where = (file, f"routine '{routine.id}', exercise {number}")
        exercise = exercises.get(entry.exercise_id)
        if exercise is None:
            raise DataFileError(*where, "exercise", f"'{entry.exercise_id}' is not an exercise id")
        if exercise.measurement.is_hold and entry.hold_s is None:
            raise DataFileError(*where, "hold_s", f"{exercise.name} is a hold; give hold_s instead of reps")
        if not exercise.measurement.is_hold and entry.reps is None:
            raise DataFileError(*where, "reps", f"{exercise.name} is counted in reps; give reps instead of hold_s")
        entries.append(entry._replace(per_side=entry.per_side or exercise.measurement.per_side))
    return routine._replace(entries=tuple(entries))
