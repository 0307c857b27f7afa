"""Measure every PRODUCT.md performance target and print each figure with its ratio to its reference.

    python -m bench.run                 1k, 10k and 50k logged sets (about five minutes; histories are cached)
    python -m bench.run --smoke         a small size and few repetitions, so CI keeps the benchmark working

References are measured in the same run on the same machine, so the ratios hold whatever the machine.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pendulum

from bench.calendar_timing import read_inputs, streak_and_calendar
from bench.history import write_history
from bench.terminal_timing import USER_ENV, first_frame_in_tmux, log_latency_in_tmux
from bench.transfer_timing import measure as measure_transfer, report as report_transfer
from tui.domain.catalogue.loading import load_catalogue
from tui.resources import data_dir
from tui.store.open import open_store

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
PYTHON = sys.executable
APP = str(Path(sys.executable).parent / "runstrength-tui")
TARGETS = {
    "first frame": 1.3, "set write p95 (ms)": 15.0, "set write p95 vs 1k": 1.5, "streak + calendar (ms)": 5.0,
    "peak memory": 1.5, "status": 1.5, "rest alert late (ms)": 100.0,
}


def history_dir(sets: int) -> Path:
    """A data dir holding `sets` logged sets, generated once and reused (generation takes a while at 50k)."""
    directory = CACHE / f"history-{sets}"
    if not (directory / "runstrength.json").exists():
        shutil.rmtree(directory, ignore_errors=True)
        write_history(open_store(directory), load_catalogue(data_dir()), sets, pendulum.now("UTC"))
    else:
        # A cache written by an older version has no record of its year files: opening it once rebuilds the index
        # and records them, so the copies the runs open (made with their times kept) do not each rebuild it.
        open_store(directory)
    return directory


def scratch_copy(directory: Path) -> Path:
    """A copy to write into, so every run starts from the same history."""
    copy = Path(tempfile.mkdtemp(prefix="runstrength-bench-")) / "data"
    shutil.copytree(directory, copy)
    return copy


def timed_run(args: list[str]) -> tuple[float, dict]:
    """Wall time of a whole process, or until its first frame when it reports one; and the JSON it printed last."""
    started_at = time.time()
    started = time.perf_counter()
    result = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT, env=USER_ENV)
    elapsed = time.perf_counter() - started
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    probe = json.loads(lines[-1]) if lines else {}
    if "first_frame_at" in probe:
        # Up to the first frame, not to the process's end: what the user waits for. (Exiting takes the bare app
        # about 50 ms, the app 25: counting it would flatter the app.)
        elapsed = probe["first_frame_at"] - started_at
    return elapsed, probe


def median_pair(reference: list[str], measured: list[str], repeats: int) -> tuple[tuple[float, dict], ...]:
    """Both commands, taken in turns after one untimed run each (which fills the caches), so that a machine
    getting busier or quieter during the run shifts both medians alike."""
    timed_run(reference), timed_run(measured)
    runs = [(timed_run(reference), timed_run(measured)) for _ in range(repeats)]
    return tuple((statistics.median(r[i][0] for r in runs), runs[-1][i][1]) for i in (0, 1))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def streak_and_calendar_ms(directory: Path, repeats: int) -> tuple[float, float]:
    """Median milliseconds to read the calendar's inputs, and to compute the streak and every calendar cell."""
    store = open_store(directory)
    reads, computes = [], []
    for _ in range(repeats):
        started = time.perf_counter()
        inputs = read_inputs(store)
        read = time.perf_counter()
        streak_and_calendar(*inputs)
        reads.append((read - started) * 1000)
        computes.append((time.perf_counter() - read) * 1000)
    return statistics.median(reads), statistics.median(computes)


def set_write_latencies(sizes: list[int], presses: int, rounds: int) -> dict[int, list[float]]:
    """Key press to durable set write, in milliseconds, for each history size. The sizes take turns, a round
    each, so that fsync's bursts of slowness (which dominate the p95) fall on every size alike."""
    latencies: dict[int, list[float]] = {sets: [] for sets in sizes}
    for _ in range(rounds):
        for sets in sizes:
            _, probe = timed_run([PYTHON, "-m", "bench.probes", "log-latency", str(scratch_copy(history_dir(sets))),
                                  str(presses)])
            latencies[sets] += probe["latencies_ms"]
    return latencies


def measure(sets: int, latency: list[float], repeats: int, presses: int, in_tmux: bool) -> dict[str, float]:
    directory = history_dir(sets)
    figures: dict[str, float] = {"workouts": len(open_store(directory).history.summaries())}
    (bare_s, bare), (app_s, app) = median_pair([PYTHON, "-m", "bench.probes", "first-frame", "bare"],
                                               [PYTHON, "-m", "bench.probes", "first-frame", "app",
                                                str(scratch_copy(directory))], repeats)
    figures.update({"bare first frame (s)": bare_s, "app first frame (s)": app_s, "first frame": app_s / bare_s})
    figures.update({"bare peak memory (MiB)": bare["max_rss_kib"] / 1024, "app peak memory (MiB)":
                    app["max_rss_kib"] / 1024, "peak memory": app["max_rss_kib"] / bare["max_rss_kib"]})
    figures["set write p50 (ms)"] = percentile(latency, 0.5)
    figures["set write p95 (ms)"] = percentile(latency, 0.95)
    (pendulum_s, _), (status_s, _) = median_pair([PYTHON, "-c", "import pendulum"],
                                                 [APP, "status", "--data-dir", str(directory)], repeats)
    figures.update({"import pendulum (s)": pendulum_s, "status (s)": status_s, "status": status_s / pendulum_s})
    figures["calendar read (ms)"], figures["streak + calendar (ms)"] = streak_and_calendar_ms(directory, repeats * 4)
    if in_tmux:
        bare_command = [PYTHON, "-m", "bench.probes", "bare-app"]
        app_command = [APP, "--data-dir", str(scratch_copy(directory))]
        pairs = [(first_frame_in_tmux(bare_command, "Hello"), first_frame_in_tmux(app_command, "Four upper"))
                 for _ in range(repeats)]  # in turns, like median_pair
        bare_tmux, app_tmux = (statistics.median(pair[i] for pair in pairs) for i in (0, 1))
        figures.update({"tmux bare first frame (s)": bare_tmux, "tmux app first frame (s)": app_tmux,
                        "tmux first frame": app_tmux / bare_tmux})
        tmux_latency = log_latency_in_tmux(APP, scratch_copy(directory), presses // 2)
        figures["tmux set write p50 (ms)"] = percentile(tmux_latency, 0.5)
        figures["tmux set write p95 (ms)"] = percentile(tmux_latency, 0.95)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="one small size, few repetitions (for CI)")
    parser.add_argument("--sizes", default="1000,10000,50000", help="logged sets per history, comma separated")
    parser.add_argument("--no-tmux", action="store_true", help="skip the real-terminal measurements")
    args = parser.parse_args(argv)
    sizes = [300] if args.smoke else [int(size) for size in args.sizes.split(",")]
    repeats, presses = (2, 16) if args.smoke else (11, 80)
    in_tmux = not args.no_tmux and shutil.which("tmux") is not None
    print(f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}, {sys.platform}")
    latencies = set_write_latencies(sizes, presses, rounds=1 if args.smoke else 3)
    results = {sets: measure(sets, latencies[sets], repeats, presses, in_tmux and not args.smoke) for sets in sizes}
    smallest = results[sizes[0]]
    for sets, figures in results.items():
        figures["set write p95 vs 1k"] = figures["set write p95 (ms)"] / smallest["set write p95 (ms)"]
        print(f"\n== {sets} logged sets ({int(figures.pop('workouts'))} workouts) ==")
        for name, value in figures.items():
            target = TARGETS.get(name)
            verdict = "" if target is None else ("  ok" if value <= target else f"  MISSES target {target:g}")
            print(f"  {name:<28} {value:10.3f}{verdict}")
    largest = max(sizes)
    small = " (a smoke run: start-up outweighs so small a history)" if args.smoke else ""
    print(f"\n== export and import, {largest} logged sets (ratios printed, not asserted){small} ==")
    report_transfer(measure_transfer(history_dir(largest), repeats=1 if args.smoke else 5))
    rest_s = 2 if args.smoke else 60
    _, alert = timed_run([PYTHON, "-m", "bench.probes", "rest-alert", str(rest_s)])
    verdict = "  ok" if alert["late_ms"] <= TARGETS["rest alert late (ms)"] else "  MISSES target 100"
    print(f"\nrest alert over a {rest_s} s rest: {alert['late_ms']:.1f} ms after the deadline{verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
