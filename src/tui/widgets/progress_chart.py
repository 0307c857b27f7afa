"""One exercise's progress over time, one point per workout, drawn with plotext in the app's theme."""

from __future__ import annotations

from datetime import date

from textual.color import Color
from textual.message import Message
from textual_plotext import PlotextPlot

from tui.domain.progress.metrics import Metric, Session, axis_number, date_ticks, gathered, value_ticks

METRIC_LABELS = {
    Metric.BEST_REPS: "best reps in a set",
    Metric.BEST_LOAD: "best load in a set ({units})",
    Metric.BEST_HOLD: "longest hold in a set (s)",
    # The whole workout's, warm-ups in, as History counts it: "volume" alone read as the best set's volume record.
    Metric.VOLUME: "volume of each workout ({units}), warm-ups in",
}


AXIS_COLUMNS = 10  # the value axis's labels and the frame
POINTS_AT_LEAST = 12  # before the chart has a width (it is drawn again once it has)


class ProgressChart(PlotextPlot):
    DEFAULT_CSS = """
    ProgressChart {
        width: 1fr;
        height: 1fr;
        min-height: 8;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sessions: list[Session] = []
        self.metric = Metric.BEST_REPS
        self.exercise_name = ""
        self.units = "kg"
        self.first_weekday = "monday"  # the user's week, when the points are gathered by week
        self.points: list[tuple[date, float]] = []  # what is drawn: a point per workout, or per week, month...
        # What the chart shows, for a title above it that wraps: plotext draws its own title on one line and
        # leaves it out whole when it is wider than the plot (at 40 columns, most are).
        self.heading = "Pick an exercise"

    def on_mount(self) -> None:
        super().on_mount()
        # The line takes the theme's accent: draw again when the theme changes.
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.replot())

    class Headed(Message):
        """What the chart shows changed ("Bench press: best load in a set (kg), best of each month"), for a title
        above it that wraps."""

        def __init__(self, heading: str) -> None:
            super().__init__()
            self.heading = heading

    def on_resize(self) -> None:
        self.replot()  # as many points as the new width has room for (by month, by quarter...)

    def show(
        self, exercise_name: str, sessions: list[Session], metric: Metric, units: str, first_weekday: str
    ) -> None:
        self.exercise_name, self.sessions, self.metric, self.units = exercise_name, sessions, metric, units
        self.first_weekday = first_weekday
        self.replot()

    def replot(self) -> None:
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        label = METRIC_LABELS[self.metric].format(units=self.units)
        valued = [(s.day, s.value(self.metric)) for s in self.sessions]
        points = [(day, value) for day, value in valued if value is not None]
        if not points:
            self.points = []
            empty = f"{self.exercise_name}: no {self.metric.value} logged yet"
            self._head(empty if self.exercise_name else "Pick an exercise")
            self.refresh()
            return
        accent = Color.parse(self.app.theme_variables.get("accent", "#ffa62b")).rgb
        # About a point a column, the axis's labels aside: years of workouts are charted by week, month...
        points, period = gathered(points, max(POINTS_AT_LEAST, self.size.width - AXIS_COLUMNS), self.first_weekday)
        self.points = points
        # Days as numbers with our own labels: plotext's date axis invents dates (17/06/63) for a single day
        # and crowds its labels over years.
        days = [day.toordinal() for day, _ in points]
        values = [value for _, value in points]
        self._head(f"{self.exercise_name}: {label}" + (f", best of each {period}" if period else ""))
        plt.plot(days, values, marker="braille", color=accent)
        plt.scatter(days, values, marker="dot", color=accent)
        marks = date_ticks([day for day, _ in points])
        plt.xticks([mark for mark, _ in marks], [text for _, text in marks])
        if days[0] == days[-1]:
            plt.xlim(days[0] - 1, days[0] + 1)  # one day in the middle, not on the frame
        low, high = min(values), max(values)
        if low == high:
            # A flat line would sit on the frame; give it room above and below.
            plt.ylim(low * 0.8 - 1, high * 1.2 + 1)
        # Reps and seconds are whole numbers ("22.50 reps" on the axis would read as nonsense); loads to a tenth.
        ticks = value_ticks(low, high, whole=self.metric in (Metric.BEST_REPS, Metric.BEST_HOLD))
        plt.yticks(ticks, [axis_number(self.metric, tick) for tick in ticks])
        self.refresh()

    def _head(self, heading: str) -> None:
        if heading != self.heading:
            self.heading = heading
            self.post_message(self.Headed(heading))
