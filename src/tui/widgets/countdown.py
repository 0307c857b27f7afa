"""A big clock with a bar: the rest timer, the get-ready and hold phases of a timed hold, and between them the
workout's own time."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Label, ProgressBar

from tui.widgets.lines import show_line


def clock_text(seconds: float) -> str:
    """A time left: "1:05" for 65 s; "+0:12" once the time has run over."""
    over = seconds < 0
    whole = int(abs(seconds) + (0.999 if not over else 0))  # show 0:01 until the very end, not 0:00 early
    return f"+{_m_ss(whole)}" if over else _m_ss(whole)


def elapsed_text(seconds: float) -> str:
    """A time gone by, as a stopwatch shows it (whole seconds passed): "0:59" until the minute is full."""
    return _m_ss(int(max(0.0, seconds)))


def _m_ss(whole: int) -> str:
    return f"{whole // 60}:{whole % 60:02d}"


class Countdown(Vertical):
    """Shows what is being counted, the time left in big digits, and how much of it has gone."""

    DEFAULT_CSS = """
    Countdown {
        height: auto;
        padding: 0 1;
        border: round $accent;
    }
    Countdown.overtime {
        border: round $warning;
    }
    Countdown Horizontal {
        height: auto;
    }
    Countdown #countdown-title {
        width: auto;
        margin-right: 1;
        text-style: bold;
    }
    Countdown #countdown-keys {
        width: 1fr;
        text-align: right;
        color: $text-muted;
    }
    Countdown #countdown-time {
        display: none;
        text-style: bold;
        margin-right: 1;
    }
    Countdown Digits {
        width: auto;
    }
    Countdown ProgressBar {
        margin: 1 0 0 2;
        width: 1fr;
    }
    Countdown Bar {
        width: 1fr;
    }
    """

    def compose(self) -> ComposeResult:
        with Horizontal(classes="countdown-head"):
            yield Label("", id="countdown-title")
            yield Label("", id="countdown-time")  # the time in one line, where the big digits do not fit
            yield Label("", id="countdown-keys")
        with Horizontal():
            yield Digits("0:00")
            yield ProgressBar(total=100, show_eta=False, show_percentage=False)

    _shown: tuple | None = None

    def show(self, title: str, keys: str, remaining_s: float, total_s: float) -> None:
        """A time counting down: the rest, or a hold's get-ready and hold."""
        done = 1.0 if total_s <= 0 else 1 - remaining_s / total_s
        self._show(title, keys, clock_text(remaining_s), done, overtime=remaining_s < 0)

    def show_elapsed(self, title: str, keys: str, elapsed_s: float, done: float) -> None:
        """A time counting up (the workout's own), with the share of the work done under it."""
        self._show(title, keys, elapsed_text(elapsed_s), done, overtime=False)

    def _show(self, title: str, keys: str, clock: str, done: float, overtime: bool) -> None:
        percent = round(min(100.0, max(0.0, 100 * done)))
        # Called four times a second: redraw only when something visible changed, to keep an idle rest cheap.
        shown = (title, keys, clock, percent, overtime)
        if shown == self._shown:
            return
        self._shown = shown
        show_line(self.query_one("#countdown-title", Label), title)
        show_line(self.query_one("#countdown-keys", Label), keys)
        self.query_one(Digits).update(clock)
        show_line(self.query_one("#countdown-time", Label), clock)
        self.set_class(overtime, "overtime")
        self.query_one(ProgressBar).update(total=100, progress=percent)
