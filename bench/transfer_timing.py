"""Export and import against what the standard library takes to read and write the same file.

    python -m bench.transfer_timing [SETS]      the three figures for a history of SETS logged sets (50000)

Each figure is the median of whole processes, as a user runs them, taken in turns with its reference:
- JSON export of the history, against `json.load` + `json.dump` of that export (issue 21: at most 2x);
- importing that export into an empty directory, against the same (at most 4x);
- importing the history as a Strong CSV (one row per set) into an empty directory, against reading the same file
  with the csv module ten times over (at most 3x).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import results
from bench.terminal_timing import USER_ENV

PYTHON = sys.executable
APP = str(Path(sys.executable).parent / "runstrength-tui")

JSON_REFERENCE = "import json, sys; data = json.load(open(sys.argv[1])); json.dump(data, open(sys.argv[2], 'w'))"
CSV_REFERENCE = ("import csv, sys\n"
                 "for _ in range(10):\n"
                 "    with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                 "        rows = list(csv.reader(f))\n")
TARGETS = {"json export": 2.0, "json import": 4.0, "strong csv import": 3.0}


def _timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=USER_ENV)  # compiled modules cached, as a user's are
    return time.perf_counter() - started


def _pair(reference: list[str], measured: list[str], repeats: int, fresh: Path | None = None) -> tuple[float, float]:
    """Median seconds of both, in turns; `fresh` (a data directory) is removed before each measured run."""
    references, measures = [], []
    for _ in range(repeats):
        references.append(_timed(reference))
        if fresh is not None:
            shutil.rmtree(fresh, ignore_errors=True)
        measures.append(_timed(measured))
    return statistics.median(references), statistics.median(measures)


def strong_csv_of(json_export: Path, target: Path) -> None:
    """The history as Strong's current export writes it: `;`, every cell quoted, one row per set."""
    import orjson

    document = orjson.loads(json_export.read_bytes())
    with target.open("w", encoding="utf-8", newline="") as out:
        out.write('"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)";'
                  '"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"\n')
        for number, workout in enumerate(document["workouts"], start=1):
            date = f"{workout['started_at']['local_date']} 18:00:00"
            order: dict[str, int] = {}
            for logged in workout["sets"]:
                order[logged["exercise"]] = order.get(logged["exercise"], 0) + 1
                cells = (number, date, workout["name"], 3600, logged["exercise"].replace("-", " ").title(),
                         order[logged["exercise"]], logged.get("load", ""), logged.get("reps", ""),
                         logged.get("rpe", ""), "", logged.get("hold_s", ""), logged.get("note", ""), "")
                out.write(";".join(f'"{cell}"' for cell in cells) + "\n")


def measure(history: Path, sets: int, repeats: int) -> list[dict]:
    """The three figures, each a ratio to its reference (see the module's docstring), as `bench.results` keeps
    them. The JSON import is set against the same reference as the export: reading and writing that file."""
    work = Path(tempfile.mkdtemp(prefix="runstrength-transfer-"))
    export, copy, csv_file, target = work / "export.json", work / "copy.json", work / "strong.csv", work / "data"
    subprocess.run([APP, "--data-dir", str(history), "export", "-o", str(export)], check=True, capture_output=True,
                   env=USER_ENV)
    strong_csv_of(export, csv_file)
    json_reference, measured = _pair([PYTHON, "-c", JSON_REFERENCE, str(export), str(copy)],
                                     [APP, "--data-dir", str(history), "export", "-o", str(work / "again.json")],
                                     repeats)
    reference_part = ("json.load + json.dump", json_reference, "s")
    # The targets are for ten years of history (PRODUCT.md: 50k sets); in a smaller one start-up outweighs the work.
    targets = TARGETS if sets >= 50_000 else dict.fromkeys(TARGETS)
    figures = [results.ratio(sets, "json export", ("export", measured, "s"), reference_part, targets["json export"])]
    _, measured = _pair([PYTHON, "-c", "pass"], [APP, "--data-dir", str(target), "import", str(export)], repeats,
                        fresh=target)
    figures.append(results.ratio(sets, "json import", ("import", measured, "s"), reference_part,
                                 targets["json import"]))
    csv_reference, measured = _pair([PYTHON, "-c", CSV_REFERENCE, str(csv_file)],
                                    [APP, "--data-dir", str(target), "import", str(csv_file)], repeats, fresh=target)
    figures.append(results.ratio(sets, "strong csv import", ("import", measured, "s"),
                                 ("csv module, ten passes", csv_reference, "s"), targets["strong csv import"]))
    shutil.rmtree(work, ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    from bench.run import history_dir

    args = sys.argv[1:] if argv is None else argv
    sets = int(args[0]) if args else 50000
    print(f"== export and import, {sets} logged sets ==")
    for figure in measure(history_dir(sets), sets, repeats=5):
        print(results.line(figure))
    return 0


if __name__ == "__main__":
    sys.exit(main())
