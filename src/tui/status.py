"""`runstrength-tui status`: one line for a shell prompt, or JSON for scripts.

It reads the status summary the store keeps (status_summary.py: a few kilobytes at any history size), or the
main file (settings, freezes, the per-day index) when that summary is out of date; it never creates or changes
anything, and never imports Textual: a prompt runs it on every command.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, NamedTuple

from tui.domain.clock import Clock
from tui.domain.counts import count
from tui.domain.printable import one_line
from tui.domain.settings import Settings, zone_named
from tui.domain.streaks.streak import Streak, StreakRules, streak, streak_of_weeks
from tui.domain.streaks.weeks import training_day
from tui.store.day_index import IndexedWorkout, last_lived
from tui.store.status_summary import LeftOpen, read_summary, workout_left_open


class Status(NamedTuple):
    streak: Streak
    last: IndexedWorkout | None
    workouts: int
    today: date  # the user's, by their zone and day rollover
    left_open: LeftOpen | None = None
    rollover_hour: int = 0  # the settings': a 01:00 workout is the day before's, as on the calendar

    @property
    def line(self) -> str:
        """The one line: "streak 4 weeks (best 9) | this week 1 of 2 - 1 more by Sunday | last: Core A, Tue 17 Nov",
        and "| in progress: Core B, 3 sets" while a workout is."""
        if self.last is None:
            line = f"no workouts logged yet | this week {self.streak.this_week.text}"
        else:
            line = (
                f"streak {count(self.streak.current, 'week')} (best {self.streak.longest}) | "
                f"this week {self.streak.this_week.text} | "
                f"last: {self.last.name}, {self._day(self._counted_on(self.last))}"
            )
        if self.left_open is not None:
            line += f" | in progress: {self.left_open.name}, {count(self.left_open.sets, 'set')}"
        return line

    def _counted_on(self, workout: IndexedWorkout) -> date:
        """The day a workout counts for, as the calendar counts it (a workout at 01:00, the day before's)."""
        return training_day(workout.started_local, self.rollover_hour)

    def _day(self, day: date) -> str:
        """"Tue 17 Nov", with its year when that is not this one: "Sat 01 Feb" was read as this February."""
        return f"{day:%a %d %b}" if day.year == self.today.year else f"{day:%a %d %b %Y}"

    def to_json(self) -> dict[str, Any]:
        week = self.streak.this_week
        last = None
        if self.last is not None:
            last = {
                "name": self.last.name,
                "date": self._counted_on(self.last).isoformat(),  # the line's day; "started", the time it began
                "started": self.last.started_local.isoformat(),
                "zone": self.last.zone,
                "sets": self.last.sets,
            }
        return {
            "streak_weeks": self.streak.current,
            "longest_streak_weeks": self.streak.longest,
            "this_week": {
                "starts": week.first_day.isoformat(),
                "done": week.done,
                "target": week.target,
                "remaining": week.remaining,
                "ends_on": week.last_day_name,
                "counts": week.counts,
                "frozen": week.frozen,
                "text": week.text,
            },
            "last_workout": last,
            "in_progress": self.left_open._asdict() if self.left_open else None,
            "workouts": self.workouts,
            "line": self.line,
        }


def read_status(directory: Path, clock: Clock | None = None) -> Status:
    """The status of the data in directory (an empty log when it does not exist yet). Raises DataDirError for a
    path that is not a directory: a prompt showed an empty log for it, where the app refuses it."""
    if Path(directory).exists() and not Path(directory).is_dir():
        from tui.store.errors import DataDirError

        raise DataDirError(Path(directory), "exists but is not a directory")
    now = clock.now() if clock else datetime.now(timezone.utc)
    kept = read_summary(directory)
    if kept is not None:
        last = last_lived(kept.last_workouts, now)
        # Every workout kept was started after now (added with future dates): only the whole index can say.
        if last is not None or kept.workouts == len(kept.last_workouts):
            today = _today(now, kept.settings)
            rules = StreakRules.of(kept.settings)
            return Status(streak_of_weeks(kept.weeks, kept.freezes, rules, today), last, kept.workouts, today,
                          workout_left_open(directory), kept.settings.rollover_hour)
    # Only when the summary is out of date (a kill between two writes, an older version's files): reading the
    # main file needs more modules than a prompt should load on every command.
    from tui.store.snapshot import read_snapshot

    snapshot = read_snapshot(directory) if Path(directory).is_dir() else None
    settings = snapshot.settings if snapshot else Settings()
    workouts = snapshot.workouts if snapshot else []
    freezes = snapshot.freezes if snapshot else []
    today = _today(now, settings)
    # The last one lived: a workout added with a future date (by hand, elsewhere) is not "last".
    last = last_lived(workouts, now)
    return Status(streak(workouts, freezes, settings, today), last, len(workouts), today, workout_left_open(directory),
                  settings.rollover_hour)


def _today(now: datetime, settings: Settings) -> date:
    """Today as the app counts it (weeks.local_today), by the standard library: importing pendulum was half of a
    prompt's wait. With no zone chosen, the system's, as pendulum finds it too: the TZ variable, else the
    machine's /etc/localtime (read here by the C library)."""
    try:
        local = now.astimezone(zone_named(settings.time_zone) if settings.time_zone else None)
    except ValueError:  # a TZ the C library reads as a day or more from UTC (TZ=UTC+24): Python refuses the offset
        local = now.astimezone(timezone.utc)  # as the app's clock falls back to UTC (system_zone)
    return training_day(local, settings.rollover_hour)


def run_status(directory: Path, output_format: str = "line", clock: Clock | None = None) -> int:
    """Print the status; 0 always (data problems are raised as StoreError for the CLI to explain)."""
    status = read_status(directory, clock)
    if output_format == "json":
        import json  # only for scripts: a prompt asking for the line does not pay for it

        print(json.dumps(status.to_json(), ensure_ascii=False))  # JSON escapes every control character
    else:
        print(one_line(status.line))  # a prompt is a terminal, on one line: nothing in it may be obeyed as a control
    return 0
