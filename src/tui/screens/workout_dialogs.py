"""The workout's modals: resume after an interruption, confirm, and the finish summary."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static

from tui.domain.progression import Summary


class Choice(ModalScreen[str]):
    """A question with a few answers, each on a button and a key."""

    def __init__(self, title: str, body: str, answers: list[tuple[str, str, str]], cancel: str | None = None) -> None:
        """answers: (key, label, result) in order, the first being the default button; escape gives cancel."""
        super().__init__()
        self.title_text, self.body, self.answers = title, body, answers
        self.cancel = cancel if cancel is not None else answers[-1][2]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Static(self.body, classes="dialog-body")
            with Horizontal(classes="dialog-buttons"):
                for number, (key, label, result) in enumerate(self.answers):
                    yield Button(f"{label} ({key})", id=f"answer-{result}", variant="primary" if number == 0 else "default")

    def on_mount(self) -> None:
        self.query(Button).first().focus()

    def on_key(self, event) -> None:
        for key, _, result in self.answers:
            if event.key == key:
                event.stop()
                self.dismiss(result)
                return
        if event.key == "escape":
            event.stop()
            self.dismiss(self.cancel)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id.removeprefix("answer-"))


def duration_text(seconds: float) -> str:
    minutes = int(seconds // 60)
    return f"{minutes} min" if minutes < 60 else f"{minutes // 60} h {minutes % 60:02d} min"


def summary_text(summary: Summary, names: dict[str, str]) -> str:
    lines = [
        f"Duration   {duration_text(summary.duration.total_seconds())}",
        f"Sets       {summary.sets}",
        f"Reps       {summary.reps}",
        f"Hold time  {summary.hold_s} s",
        f"Volume     {summary.volume:g} {summary.unit}",
    ]
    if summary.records:
        lines.append("")
        lines.append("Personal records")
        for record in summary.records:
            lines.append(f"  {names.get(record.exercise_id, record.exercise_id)}: {record.kind} {record.value:g} {record.unit}")
    return "\n".join(lines)


class SummaryScreen(ModalScreen[None]):
    """What the finished workout added up to."""

    BINDINGS = [
        Binding("escape,enter,space", "close", "Close", tooltip="Back to the app", id="summary.close"),
    ]

    def __init__(self, name: str, text: str) -> None:
        super().__init__()
        self.workout_name, self.text = name, text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(f"Finished: {self.workout_name}", classes="dialog-title")
            yield Static(self.text, classes="dialog-body", id="summary")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Close (enter)", variant="primary", id="close")

    def action_close(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self) -> None:
        self.dismiss(None)
