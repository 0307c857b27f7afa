"""The benchmark's figures as data: each with what it measured, its reference, its target and its verdict.

`bench.run` collects them and writes `results.json`; RESULTS.md's table is made from that file (see
`python -m bench.results`), so no figure in it is typed by hand. A ratio keeps both of its measurements, so a
reader can see whether the app got slower or the reference faster.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

MET, MISSED, PRINTED = "met", "missed", "no target"
BEGIN = "<!-- results: generated from bench/results.json by `python -m bench.results`; do not edit by hand -->"
END = "<!-- end of generated results -->"


def verdict(value: float, target: float | None) -> str:
    if target is None:
        return PRINTED
    return MET if value <= target else MISSED


def ratio(size: int, name: str, measured: tuple[str, float, str], reference: tuple[str, float, str],
          target: float | None) -> dict[str, Any]:
    """A figure that is a ratio of two measurements taken in the same run: (what, value, unit) each."""
    value = measured[1] / reference[1]
    return {"size": size, "name": name, "value": value, "unit": "x", "target": target,
            "verdict": verdict(value, target),
            "measured": _part(measured), "reference": _part(reference)}


def absolute(size: int, name: str, value: float, unit: str, target: float | None = None) -> dict[str, Any]:
    """A figure in its own unit (milliseconds, MiB), with no reference."""
    return {"size": size, "name": name, "value": value, "unit": unit, "target": target,
            "verdict": verdict(value, target), "measured": None, "reference": None}


def _part(part: tuple[str, float, str]) -> dict[str, Any]:
    what, value, unit = part
    return {"what": what, "value": value, "unit": unit}


def misses(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [figure for figure in figures if figure["verdict"] == MISSED]


def exit_code(figures: list[dict[str, Any]], strict: bool) -> int:
    """1 when --strict and a target is missed; 0 otherwise (CI prints a miss without failing on it)."""
    return 1 if strict and misses(figures) else 0


def document(machine: dict[str, Any], figures: list[dict[str, Any]]) -> dict[str, Any]:
    return {"machine": machine, "figures": figures, "misses": len(misses(figures))}


def write(path: Path, doc: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, indent=2) + "\n")


def line(figure: dict[str, Any]) -> str:
    """One figure as the run prints it: name, value, and its verdict against the target."""
    text = f"  {figure['name']:<34} {_number(figure['value'], figure['unit']):>12}"
    if figure["reference"]:
        m, r = figure["measured"], figure["reference"]
        text += f"  ({_number(m['value'], m['unit'])} / {_number(r['value'], r['unit'])})"
    if figure["verdict"] == MET:
        text += f"  ok (at most {_number(figure['target'], figure['unit'])})"
    elif figure["verdict"] == MISSED:
        text += f"  MISSES target {_number(figure['target'], figure['unit'])}"
    return text


def _number(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "s":
        return f"{value:.3f} s"
    return f"{value:.1f} {unit}"


def markdown(doc: dict[str, Any]) -> str:
    """RESULTS.md's table: one row per figure and size, each with its reference, target and verdict."""
    machine = doc["machine"]
    rows = [
        f"`python -m bench.run {machine.get('args', '')}`".replace(" `", "`") + f", {machine.get('when', '?')}, "
        f"on {machine.get('cores', '?')} cores, Python {machine.get('python', '?')}, Textual "
        f"{machine.get('textual', '?')}. Every ratio is taken against a reference measured in the same run, in "
        f"turns with it. {doc['misses']} target(s) missed.",
        "",
        "| figure | history (sets) | value | measured | reference | target | verdict |",
        "| --- | ---: | ---: | --- | --- | ---: | --- |",
    ]
    for figure in doc["figures"]:
        measured = reference = ""
        if figure["reference"]:
            m, r = figure["measured"], figure["reference"]
            measured = f"{m['what']}: {_number(m['value'], m['unit'])}"
            reference = f"{r['what']}: {_number(r['value'], r['unit'])}"
        target = "" if figure["target"] is None else f"at most {_number(figure['target'], figure['unit'])}"
        size = f"{figure['size']:,}" if figure["size"] else "-"  # the rest alert does not depend on a history
        rows.append(f"| {figure['name']} | {size} | {_number(figure['value'], figure['unit'])} | "
                    f"{measured} | {reference} | {target} | {figure['verdict']} |")
    return "\n".join(rows)


def update_results_md(path: Path, doc: dict[str, Any]) -> None:
    """Replace the generated block of RESULTS.md (between its markers) with the table of doc; the notes written
    by hand around it stay."""
    text = path.read_text() if path.exists() else "# Benchmark results\n\n"
    block = f"{BEGIN}\n{markdown(doc)}\n{END}"
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        text = before + block + rest.split(END, 1)[1]
    else:
        title, _, body = text.partition("\n\n")
        text = f"{title}\n\n{block}\n\n{body}"
    path.write_text(text)


def main(argv: list[str]) -> int:
    """python -m bench.results [results.json [RESULTS.md]]: write RESULTS.md's table from results.json."""
    here = Path(__file__).resolve().parent
    source = Path(argv[0]) if argv else here / "results.json"
    target = Path(argv[1]) if len(argv) > 1 else here / "RESULTS.md"
    update_results_md(target, json.loads(source.read_text()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
