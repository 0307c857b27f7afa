"""The benchmark says what it measured: each process's own peak memory, every figure with its reference, target
and verdict in results.json, --strict failing on a miss only, and RESULTS.md's table made from results.json."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench import results
from bench.run import timed_run


def a_run(first_frame_app_s: float = 0.45) -> dict:
    figures = [
        results.ratio(1000, "first frame", ("app", first_frame_app_s, "s"), ("bare Textual app", 0.36, "s"), 1.3),
        results.absolute(1000, "set write p95", 5.2, "ms", 15.0),
        results.absolute(1000, "calendar read", 4.1, "ms"),
    ]
    return results.document({"args": "--sizes 1000", "when": "2026-11-30 12:00 UTC", "cores": 2}, figures)


def test_a_ratio_keeps_both_measurements_and_judges_against_its_target():
    doc = a_run()
    first_frame, p95, read = doc["figures"]
    assert first_frame["value"] == 0.45 / 0.36 and first_frame["verdict"] == "met"
    assert first_frame["measured"]["value"] == 0.45 and first_frame["reference"]["value"] == 0.36
    assert p95["verdict"] == "met" and p95["reference"] is None
    assert read["verdict"] == "no target"
    assert doc["misses"] == 0


def test_strict_fails_on_a_miss_and_only_then():
    met, missed = a_run(0.45), a_run(0.60)
    assert missed["figures"][0]["verdict"] == "missed" and missed["misses"] == 1
    assert results.exit_code(met["figures"], strict=True) == 0
    assert results.exit_code(missed["figures"], strict=True) == 1
    assert results.exit_code(missed["figures"], strict=False) == 0, "CI prints a miss without failing"
    assert "MISSES target 1.30x" in results.line(missed["figures"][0])


def test_results_json_holds_every_figure_and_results_md_is_made_from_it(tmp_path):
    path = tmp_path / "results.json"
    results.write(path, a_run(0.60))
    written = json.loads(path.read_text())
    assert [f["name"] for f in written["figures"]] == ["first frame", "set write p95", "calendar read"]
    assert all({"value", "unit", "target", "verdict", "reference"} <= set(f) for f in written["figures"])

    md = tmp_path / "RESULTS.md"
    md.write_text("# Benchmark results\n\nNotes written by hand.\n")
    assert results.main([str(path), str(md)]) == 0
    text = md.read_text()
    assert "| first frame | 1,000 | 1.67x | app: 0.600 s | bare Textual app: 0.360 s | at most 1.30x | missed |" in text
    assert "Notes written by hand." in text

    results.write(path, a_run(0.45))
    results.main([str(path), str(md)])
    again = md.read_text()
    assert again.count(results.BEGIN) == 1 and "| 1.25x |" in again and "| missed |" not in again
    assert "Notes written by hand." in again


def test_each_process_reports_its_own_peak_memory_not_the_largest_so_far_nor_the_runners():
    runner_was_big = bytearray(300 * 2**20)  # the benchmark's runner holds histories; a child must not show it
    runner_was_big[::4096] = b"x" * len(runner_was_big[::4096])
    _, big = timed_run([sys.executable, "-c", "import time; b = bytearray(200 * 2**20); b[::4096] = "
                        "b'x' * len(b[::4096]); time.sleep(0.1)"])
    _, small = timed_run([sys.executable, "-c", "import time; time.sleep(0.1)"])
    del runner_was_big
    assert 200 * 1024 < big["max_rss_kib"] < 300 * 1024
    assert small["max_rss_kib"] < 60 * 1024, "a small process after a big one, from a big runner, reads small"


def test_a_runs_copies_of_the_history_are_removed_when_it_ends(tmp_path):
    """Every copy had a temporary directory of its own, never removed: runs left 1.3 GB of them in /tmp."""
    history = tmp_path / "history"
    history.mkdir()
    (history / "runstrength.json").write_text("{}")
    script = "import sys; from bench.run import scratch_copy; print(scratch_copy(sys.argv[1]), flush=True)"
    made = subprocess.run([sys.executable, "-c", script, str(history)], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[2])
    copy = Path(made.stdout.strip())
    assert copy.name == "data" and (history / "runstrength.json").exists()
    assert not copy.parent.parent.exists(), "the run's scratch directory outlived it"
