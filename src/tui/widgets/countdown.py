"""A big clock with a bar: the rest timer, the get-ready and hold phases of a timed hold, and between them the
workout's own time."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Digits

from tui.domain.workout.set_values import format_clock


def clock_text(seconds: float) -> str:
    """A time left: "1:05" for 65 s; "+0:12" once the time has run over; past an hour "1:02:05" (a workout left
    open overnight read "+837:27")."""
    over = seconds < 0
    whole = int(abs(seconds) + (0.999 if not over else 0))  # show 0:01 until the very end, not 0:00 early
    return f"+{format_clock(whole)}" if over else format_clock(whole)


def elapsed_text(seconds: float) -> str:
    """A time gone by, as a stopwatch shows it (whole seconds passed): "0:59" until the minute is full."""
    return format_clock(int(max(0.0, seconds)))


class CountdownHead(Widget):
    """The box's first line: what is counted at the left ("Rest", "Workout", "Hold"), followed by its time where
    the big digits are hidden, and what the keys do at the right ("+/- 15 s  s: skip").

    One row across the box whatever the text, so a change redraws this line alone. As labels as wide as their
    text, "Workout" becoming "Rest" at each logged set laid the whole screen out again."""

    COMPONENT_CLASSES = {"countdown-head--title", "countdown-head--keys"}
    DEFAULT_CSS = """
    CountdownHead { height: 1; text-wrap: nowrap; text-overflow: ellipsis; }
    CountdownHead > .countdown-head--title { text-style: bold; }
    CountdownHead > .countdown-head--keys { color: $text-muted; }
    """

    title = ""
    clock = ""
    keys = ""
    _drawn: tuple[str, str | None, str] | None = None

    def show(self, title: str, clock: str, keys: str) -> None:
        self.title, self.clock, self.keys = title, clock, keys
        # Redrawn only when what it shows changes: beside the big digits the clock is not on this line, and a
        # +/- redrew it for nothing (a tenth of the key's frame).
        drawn = (title, clock if self.clock_inline else None, keys)
        if drawn != self._drawn:
            self._drawn = drawn
            self.refresh()

    @property
    def clock_inline(self) -> bool:
        """True where the style hides the big digits (a terminal under 30 rows: 80x24, a phone with its keyboard
        up): the time is on this line."""
        return not self.query_ancestor(Countdown).query_one(Digits).display

    def render(self) -> Content:
        counted = f"{self.title} {self.clock}" if self.clock_inline else self.title
        left = Content(counted).stylize(self.get_visual_style("countdown-head--title"))
        right = Content(self.keys).stylize(self.get_visual_style("countdown-head--keys"))
        room = self.content_size.width - left.cell_length - 1
        if not right or right.cell_length > room:  # no room for the keys: the footer shows them too
            return left
        return Content.assemble(left, " " * (room + 1 - right.cell_length), right)


class ProgressLine(Widget):
    """How much of the time has gone, as a line filling from the left in half cells, green once full: drawn as
    Textual's ProgressBar draws it. That one is three widgets, drawn through a Rich renderable: a `s` that ended a
    rest took 0.7 ms longer to the screen with it (traced in tmux)."""

    COMPONENT_CLASSES = {"progress-line--done", "progress-line--complete", "progress-line--left"}
    DEFAULT_CSS = """
    ProgressLine { height: 1; }
    ProgressLine > .progress-line--done { color: $primary; }
    ProgressLine > .progress-line--complete { color: $success; }
    ProgressLine > .progress-line--left { color: $surface; }
    """

    percent = 0

    def show(self, percent: int) -> None:
        if percent != self.percent:
            self.percent = percent
            self.refresh()

    def render(self) -> Content:
        width = self.content_size.width
        halves = 2 * width * self.percent // 100  # never more than has gone
        full, half = divmod(halves, 2)
        done = "━" * full + "╸" * half
        # Where the done part ends on a whole cell, the rest begins with a half line, as in Rich's bar.
        left = "━" * (width - full - half)
        if full and not half and left:
            left = "╺" + left[1:]
        done_style = "progress-line--complete" if self.percent >= 100 else "progress-line--done"
        return Content.assemble((done, self.get_visual_style(done_style)),
                                (left, self.get_visual_style("progress-line--left")))


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
    Countdown Digits {
        width: auto;
    }
    Countdown ProgressLine {
        margin: 1 0 0 2;
        width: 1fr;
    }
    """

    def compose(self) -> ComposeResult:
        yield CountdownHead()
        with Horizontal():
            yield Digits("0:00")
            yield ProgressLine()

    _shown: tuple | None = None

    def show(self, title: str, keys: str, remaining_s: float, total_s: float) -> None:
        """A time counting down: the rest, or a hold's get-ready and hold."""
        done = 1.0 if total_s <= 0 else 1 - remaining_s / total_s
        self._show(title, keys, clock_text(remaining_s), done, overtime=remaining_s < 0)

    def show_elapsed(self, title: str, keys: str, elapsed_s: float, done: float) -> None:
        """A time counting up (the workout's own), with the share of the work done under it."""
        self._show(title, keys, elapsed_text(elapsed_s), done, overtime=False)

    def _show(self, title: str, keys: str, clock: str, done: float, overtime: bool) -> None:
        # Whole percents gone, rounded down: rounded to the nearest, the bar was full and green with 18 s left of
        # an hour's rest.
        percent = int(min(100.0, max(0.0, 100 * done)))
        # Called four times a second: redraw only when something visible changed, to keep an idle rest cheap.
        # The head is asked every time: it redraws when the clock moved onto its line or off it, which the screen's
        # height decides (after a resize, before the next second).
        self.query_one(CountdownHead).show(title, clock, keys)
        shown = (title, keys, clock, percent, overtime)
        if shown == self._shown:
            return
        self._shown = shown
        self.query_one(Digits).update(clock)
        self.set_class(overtime, "overtime")
        self.query_one(ProgressLine).show(percent)
