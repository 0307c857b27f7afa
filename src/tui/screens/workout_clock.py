"""The workout's clock: a tick every quarter second, one more exactly at the next deadline (the bell rings on time
rather than up to a quarter second late), each alert once, and the timer's line every screen can show."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from tui.terminal_alert import send_desktop_notification

if TYPE_CHECKING:
    from pendulum import DateTime
    from textual.app import App
    from textual.timer import Timer

    from tui.domain.settings import Settings
    from tui.domain.workout.session import WorkoutSession

TICK_S = 0.25


class WorkoutClock:
    """Calls tick every quarter second once started, and at each deadline it is told of."""

    def __init__(self, app: App[object], tick: Callable[[], None]) -> None:
        self.app = app  # for its timers, bell and notifications
        self.tick = tick
        self._alerted: set[str] = set()
        self._alarm: Timer | None = None
        self._ticker: Timer | None = None

    def run(self) -> None:
        if self._ticker is None:
            self._ticker = self.app.set_interval(TICK_S, self.tick, name="workout ticker")

    def wake_at(self, deadlines: Iterable[DateTime], now: DateTime) -> None:
        """Tick at the nearest of deadlines still to come (none: no tick but the quarter second's)."""
        if self._alarm:
            self._alarm.stop()
            self._alarm = None
        future = [(d - now).total_seconds() for d in deadlines if d > now]
        if future:
            self._alarm = self.app.set_timer(min(future), self.tick, name="workout alarm")

    def already_told(self, key: str) -> None:
        """An alert not to give: its moment came before this window took the workout up."""
        self._alerted.add(key)

    def alert(self, key: str, title: str | None, body: str | None, settings: Settings) -> None:
        """Ring (and notify the desktop, given a title and body) once per key: one rest's end, one hold's start."""
        if key in self._alerted:
            return
        self._alerted.add(key)
        if settings.bell:
            self.app.bell()
        if title and body and settings.desktop_alert:
            send_desktop_notification(self.app, title, body)


def timer_line(session: WorkoutSession | None, now: DateTime) -> str:
    """ "Rest 1:23", "Rest over +0:12", "Hold 0:20", "Get ready 0:04", or "" when nothing is timed."""
    from tui.widgets.countdown import clock_text

    if session is None:
        return ""
    if session.hold:
        phase = "Get ready" if session.hold.getting_ready(now) else "Hold"
        return f"{phase} {clock_text(session.hold.remaining_s(now))}"
    if session.rest:
        left = session.rest.remaining_s(now)
        return f"Rest {clock_text(left)}" if left >= 0 else f"Rest over {clock_text(left)}"
    return ""
