"""`runstrength-tui status`, run as a shell prompt runs it: a real process, one line or JSON, exit 0, no
Textual imported, nothing created when there is no data yet."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import replace
from datetime import date

import pendulum
import pytest

from tests.builders import a_workout, moment
from tests.conftest import FakeClock
from tui.status import read_status
from tui.store.open import open_store

pytestmark = pytest.mark.slow

# Runs the real entry point, then reports which slow-to-import modules were loaded (on stderr, so stdout stays
# the status). A prompt runs `status` on every command; importing any of these would cost it 10-15 ms or more:
# Textual, filelock (reading needs no lock), dataclasses (and the inspect module it brings), orjson, pendulum
# (60 ms, half of what status took with it: the standard library's zones are the same). Nor, while the status
# summary is up to date, the reader of the main file and the modules it brings (3-5 ms).
HEAVY = ("textual", "filelock", "dataclasses", "orjson", "pendulum", "tui.store.snapshot")
PROBE = (
    "import sys; from tui.cli import main; code = main(sys.argv[1:]); "
    f"print('LOADED', [m for m in {HEAVY!r} if m in sys.modules], file=sys.stderr); sys.exit(code)"
)


def run_status(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60)


@pytest.fixture
def logged(data_dir):
    store = open_store(data_dir)
    today = pendulum.now("UTC").in_timezone("Europe/Paris")
    store.settings.save(store.settings.get().changed(time_zone="Europe/Paris"))
    # Two qualifying workouts in each of the last three weeks, so the streak does not depend on today's weekday.
    for weeks_ago in (1, 2, 3):
        start = today.start_of("week").subtract(weeks=weeks_ago)
        for offset in (1, 3):
            workout = a_workout(at=moment(*start.add(days=offset).date().timetuple()[:3], 18, 0), sets=4,
                                name="Core circuit")
            store.history.save(replace(workout, finished_at=workout.started_at))
    return data_dir


def test_status_prints_one_line_with_streak_week_and_last_workout(logged):
    result = run_status("--data-dir", str(logged), "status")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("streak 3 weeks (best 3) | this week ")
    assert " more by Sunday" in lines[0] or " more by today" in lines[0] or "this week counts" in lines[0]
    assert "| last: Core circuit, " in lines[0]
    assert "LOADED []" in result.stderr


def test_status_json_for_scripts_and_data_dir_after_the_subcommand(logged):
    result = run_status("status", "--format", "json", "--data-dir", str(logged))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["streak_weeks"] == 3 and data["longest_streak_weeks"] == 3
    assert data["this_week"]["target"] == 2 and data["this_week"]["ends_on"] == "Sunday"
    assert data["last_workout"]["name"] == "Core circuit" and data["last_workout"]["sets"] == 4
    assert data["workouts"] == 6
    assert data["line"].startswith("streak 3 weeks")
    assert "LOADED []" in result.stderr


def test_a_workout_left_in_progress_is_named_until_it_is_finished(logged):
    """A dropped SSH session leaves the workout open: the login message's status says so, and the JSON has it.
    Once finished, even while it waits in workout.json to be filed, it is not."""
    store = open_store(logged)
    left = a_workout(sets=2, name="Core B [red]")
    store.workout.start(left)
    result = run_status("--data-dir", str(logged), "status")
    assert result.returncode == 0, result.stderr
    assert result.stdout == result.stdout.splitlines()[0] + "\n"
    assert result.stdout.endswith(" | in progress: Core B [red], 2 sets\n") and "LOADED []" in result.stderr
    data = json.loads(run_status("--data-dir", str(logged), "status", "--format", "json").stdout)
    assert data["in_progress"] == {"name": "Core B [red]", "sets": 2}
    store.workout.mark_finished(left.id, moment(2026, 11, 20, 19, 0))
    assert "in progress" not in run_status("--data-dir", str(logged), "status").stdout


def test_a_control_in_a_hand_edited_workout_name_never_reaches_the_terminal(logged):
    open_store(logged).workout.start(a_workout(name="Core B"))
    path = logged / "workout.json"
    path.write_text(path.read_text().replace('"Core B"', '"Core\\u001b[2J\\u0007B"'))
    result = run_status("--data-dir", str(logged), "status")
    assert result.returncode == 0
    assert result.stdout.endswith(" | in progress: CoreB, 0 sets\n")  # the escape sequence gone whole, the bell too


@pytest.mark.parametrize("broken", ['{"workout": {"1": {"name": ', '{"workout": ' + "[" * 100_000, '{"workout": 3}',
                                    '{"workout": {"1": {"name": ["x"], "sets": []}}}'])
def test_a_broken_workout_file_leaves_status_saying_what_it_always_says(logged, broken):
    before = run_status("--data-dir", str(logged), "status").stdout
    (logged / "workout.json").write_text(broken)
    result = run_status("--data-dir", str(logged), "status")
    assert result.returncode == 0 and result.stdout == before, result.stderr


@pytest.mark.parametrize("sets", ["many", -5, True])
def test_a_hand_broken_row_of_the_index_leaves_status_counting_every_workout(logged, sets):
    """A row of the main file's index edited to "sets": "many" was left out, and `status` (exit 0) told a wrong
    streak: "streak 0 weeks" here, "no workouts logged yet" for a history of one workout. -5 and true were taken
    as counts of sets."""
    before = run_status("--data-dir", str(logged), "status").stdout
    main = logged / "runstrength.json"
    data = json.loads(main.read_text())
    next(iter(data["days"].values()))["sets"] = sets
    main.write_text(json.dumps(data))
    result = run_status("--data-dir", str(logged), "status")
    assert result.returncode == 0, result.stderr
    assert result.stdout == before and before.startswith("streak 3 weeks (best 3)")


def test_status_without_any_data_says_so_and_creates_nothing(tmp_path):
    missing = tmp_path / "not-yet"
    result = run_status("--data-dir", str(missing), "status")
    assert result.returncode == 0, result.stderr
    assert re.match(r"no workouts logged yet \| this week 0 of 2 - 2 more by (Sunday|today)\n", result.stdout)
    assert not missing.exists()
    as_json = json.loads(run_status("--data-dir", str(missing), "status", "--format", "json").stdout)
    assert as_json["last_workout"] is None and as_json["streak_weeks"] == 0
    assert not missing.exists()


def test_status_on_a_corrupt_file_explains_and_exits_2(tmp_path):
    directory = tmp_path / "data"
    directory.mkdir()
    (directory / "runstrength.json").write_text("{not json")
    result = run_status("--data-dir", str(directory), "status")
    assert result.returncode == 2
    assert "is not valid JSON" in result.stderr and result.stdout == ""


def test_status_on_a_path_that_is_a_file_explains_and_exits_2_as_the_app_does(tmp_path):
    """It printed an empty log ("no workouts logged yet"), so a prompt showed a streak of nothing."""
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a data dir")
    result = run_status("--data-dir", str(a_file), "status")
    assert result.returncode == 2 and result.stdout == ""
    assert f"The data directory {a_file} exists but is not a directory." in result.stderr


def test_status_reads_the_settings_and_freezes(data_dir):
    store = open_store(data_dir)
    store.settings.save(store.settings.get().changed(time_zone="Europe/Paris", first_weekday="sunday", weekly_target=1))
    for day in (1, 8):  # Sundays: each its own Sunday-week
        workout = a_workout(at=moment(2026, 11, day, 10, 0), sets=3, name="Sunday core")
        store.history.save(replace(workout, finished_at=workout.started_at))
    store.freezes.freeze(date(2026, 11, 16), "sunday")  # the week of Sun 15 Nov
    status = read_status(data_dir, FakeClock(pendulum.datetime(2026, 11, 24, 12, tz="Europe/Paris")))
    assert status.streak.current == 2
    assert status.line == (
        "streak 2 weeks (best 2) | this week 0 of 1 - 1 more by Saturday | last: Sunday core, Sun 08 Nov"
    )


def test_status_gives_a_late_night_workout_the_day_the_calendar_counts_it_for(data_dir):
    """With the day rolling over at 04:00, a workout at 03:45 on Sunday counts for Saturday on the calendar and in
    the week; `status` said "last: Night workout, Sun 06 Dec"."""
    store = open_store(data_dir)
    store.settings.save(store.settings.get().changed(time_zone="Europe/Paris", rollover_hour=4))
    night = a_workout(at=moment(2026, 12, 6, 3, 45), sets=3, name="Night workout")
    store.history.save(replace(night, finished_at=night.started_at))
    clock = FakeClock(pendulum.datetime(2026, 12, 6, 12, tz="Europe/Paris"))
    assert read_status(data_dir, clock).line.endswith("| last: Night workout, Sat 05 Dec")
    last = read_status(data_dir, clock).to_json()["last_workout"]  # the JSON's day is the line's
    assert (last["date"], last["started"][:16]) == ("2026-12-05", "2026-12-06T03:45")
    (data_dir / "status.json").unlink()  # the same from the main file, when the summary must be made again
    assert read_status(data_dir, clock).line.endswith("| last: Night workout, Sat 05 Dec")


def test_status_gives_the_last_workouts_year_when_it_is_not_this_one(data_dir):
    """"last: Legs, Sat 01 Feb" in December 2026 was a workout of February 2025, read as this year's."""
    store = open_store(data_dir)
    store.settings.save(store.settings.get().changed(time_zone="Europe/Paris"))
    legs = a_workout(at=moment(2025, 2, 1, 10, 0), sets=3, name="Legs")
    store.history.save(replace(legs, finished_at=legs.started_at))
    clock = FakeClock(pendulum.datetime(2026, 12, 3, 12, tz="Europe/Paris"))
    assert read_status(data_dir, clock).line.endswith("| last: Legs, Sat 01 Feb 2025")
    # On the first of January, yesterday's workout is last year's too: the year is the user's, not UTC's.
    late = a_workout(at=moment(2026, 12, 31, 23, 30), sets=3, name="Late")
    store.history.save(replace(late, finished_at=late.started_at))
    new_year = FakeClock(pendulum.datetime(2027, 1, 1, 0, 45, tz="Europe/Paris"))
    assert read_status(data_dir, new_year).line.endswith("| last: Late, Thu 31 Dec 2026")


@pytest.mark.parametrize(("system_zone", "today"), [("Pacific/Kiritimati", date(2026, 11, 23)),  # UTC+14
                                                     ("Pacific/Pago_Pago", date(2026, 11, 22))])  # UTC-11
def test_with_no_zone_chosen_status_counts_the_days_in_the_systems_zone(data_dir, monkeypatch, system_zone, today):
    """The app's days are the system zone's when the settings name none; status reads that zone without pendulum,
    so it must find the same one: at 05:00 UTC on Monday 23 November it is Monday evening in Kiritimati and still
    Sunday in Pago Pago, and the week this Monday starts has begun in one and not the other."""
    store = open_store(data_dir)
    workout = a_workout(at=moment(2026, 11, 18, 10, 0), sets=3, name="Core")
    store.history.save(replace(workout, finished_at=workout.started_at))
    with monkeypatch.context() as patch:
        patch.setenv("TZ", system_zone)
        time.tzset()  # the C library reads TZ again
        status = read_status(data_dir, FakeClock(pendulum.datetime(2026, 11, 23, 5, tz="UTC")))
    time.tzset()
    assert status.today == today
    assert status.streak.this_week.first_day == date(2026, 11, 23 if today.day == 23 else 16)


def test_the_app_still_starts_without_a_subcommand_and_help_lists_status():
    from tui.cli import build_parser

    assert build_parser().parse_args([]).command is None
    assert build_parser().parse_args(["--data-dir", "x"]).data_dir == "x"
    assert build_parser().parse_args(["status", "--data-dir", "y"]).data_dir == "y"
    assert build_parser().parse_args(["--data-dir", "x", "status"]).data_dir == "x"
    assert "status" in build_parser().format_help()


@pytest.mark.parametrize("tz", ["UTC+24", "XYZ-100"])
def test_status_under_a_tz_a_day_or_more_from_utc_prints_its_line_not_a_traceback(data_dir, tz):
    """With no zone chosen, the system's: the C library reads TZ=UTC+24 as 24 hours behind, an offset Python
    refuses, and every prompt printed a traceback."""
    store = open_store(data_dir)
    workout = a_workout(at=moment(2026, 11, 18, 10, 0), sets=3, name="Core")
    store.history.save(replace(workout, finished_at=workout.started_at))
    result = subprocess.run([sys.executable, "-c", PROBE, "--data-dir", str(data_dir), "status"], capture_output=True,
                            text=True, timeout=60, env={**os.environ, "TZ": tz})
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert result.stdout.startswith("streak ")
