"""One set as a row of fields (exercise, reps, load, hold), for the past-workout forms."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label, Select

from tui.domain.workout_forms import SetInput


def _text(value) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


class SetRowHeader(Horizontal):
    """The column titles above a list of SetRow."""

    DEFAULT_CSS = """
    SetRowHeader { height: 1; color: $text-muted; text-style: bold; }
    SetRowHeader > .set-row--number { width: 4; }
    SetRowHeader > .set-row--exercise { width: 1fr; }
    SetRowHeader > .set-row--value { width: 9; margin-left: 1; }
    """

    def compose(self) -> ComposeResult:
        yield Label("#", classes="set-row--number")
        yield Label("Exercise", classes="set-row--exercise")
        yield Label("Reps", classes="set-row--value")
        yield Label("Load", classes="set-row--value")
        yield Label("Hold s", classes="set-row--value")


class SetRow(Horizontal):
    """With exercise choices the exercise can be picked (a new set); without, it is fixed (an edit)."""

    DEFAULT_CSS = """
    SetRow { height: 1; }
    SetRow > .set-row--number { width: 4; color: $text-muted; }
    SetRow > .set-row--exercise { width: 1fr; }
    SetRow > Input { width: 9; margin-left: 1; }
    SetRow > .set-row--fixed { width: 29; margin-left: 1; color: $text-muted; }
    """

    def __init__(
        self, number: int, exercise_id: str, exercise_name: str, reps=None, load=None, hold=None,
        choices: list[tuple[str, str]] | None = None, side: str | None = None, fixed: str | None = None,
    ) -> None:
        super().__init__()
        self.fixed = fixed  # a cardio entry: shown as this text, not edited here
        self.number, self.exercise_id, self.exercise_name, self.side = number, exercise_id, exercise_name, side
        self.values = (_text(reps), _text(load), _text(hold))
        self.choices = choices

    def compose(self) -> ComposeResult:
        yield Label(f"{self.number}", classes="set-row--number")
        if self.choices is not None:
            yield Select(self.choices, value=self.exercise_id, allow_blank=False, compact=True,
                         classes="set-row--exercise set-row--choice")
        else:
            side = f" ({self.side})" if self.side else ""
            yield Label(self.exercise_name + side, classes="set-row--exercise", markup=False)
        if self.fixed is not None:
            yield Label(f"cardio: {self.fixed}", classes="set-row--fixed", markup=False)
            return
        reps, load, hold = self.values
        yield Input(reps, placeholder="reps", compact=True, classes="set-row--reps")
        yield Input(load, placeholder="kg/lb", compact=True, classes="set-row--load")
        yield Input(hold, placeholder="s", compact=True, classes="set-row--hold")

    def renumber(self, number: int) -> None:
        self.number = number
        self.query_one(".set-row--number", Label).update(str(number))

    def typed(self) -> SetInput:
        exercise_id, name = self.exercise_id, self.exercise_name
        if self.fixed is not None:
            return SetInput(exercise_id=exercise_id, exercise_name=name, side=self.side)
        if self.choices is not None:
            exercise_id = self.query_one(".set-row--choice", Select).value
            name = next((label for label, value in self.choices if value == exercise_id), exercise_id)
        return SetInput(
            exercise_id=exercise_id,
            exercise_name=name,
            reps=self.query_one(".set-row--reps", Input).value,
            load=self.query_one(".set-row--load", Input).value,
            hold=self.query_one(".set-row--hold", Input).value,
            side=self.side,
        )
