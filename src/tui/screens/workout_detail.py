"""One past workout and its sets, opened from History; `e` edits it, `d` deletes it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Header, Static

from tui.domain.set_values import format_clock, format_distance, format_load
from tui.domain.transfer_data import cardio_count, count
from tui.domain.workouts import SET_TYPE_LETTERS, Workout
from tui.resources import styles_dir
from tui.screens.confirm import ConfirmScreen
from tui.screens.workout_edit import EditWorkoutScreen
from tui.widgets.footer import Footer


def workout_heading(workout: Workout) -> str:
    started = workout.started_at.local
    lines = [f"{workout.name}", f"{started:%A %d %B %Y, %H:%M} ({workout.started_at.zone})"]
    if workout.finished_at and workout.finished_at.utc > workout.started_at.utc:
        minutes = int((workout.finished_at.utc - workout.started_at.utc).total_seconds() // 60)
        lines[-1] += f", {minutes} min"
    cardio = len(workout.cardio_entries)
    strength = len(workout.sets) - cardio
    lines[-1] += f", {count(strength, 'set')}" + (f", {cardio_count(cardio)}" if cardio else "")
    if workout.note:
        lines.append(f"Note: {workout.note}")
    return "\n".join(lines)


def confirm_delete(workout: Workout) -> ConfirmScreen:
    """The question asked before a finished workout is deleted for good."""
    started = workout.started_at.local
    return ConfirmScreen(
        f"Delete '{workout.name}' of {started:%a %d %b %Y, %H:%M}?",
        yes="Delete", no="Keep",
        detail=f"Its {len(workout.sets)} logged sets go with it, and this cannot be undone.",
    )


class WorkoutDetailScreen(Screen):
    CSS_PATH = styles_dir() / "history.tcss"

    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back", tooltip="Back to the list of workouts", id="workout_detail.back"),
        Binding("e", "edit", "Edit", tooltip="Change the name, the note or the sets' values", id="workout_detail.edit"),
        Binding("d", "delete", "Delete", tooltip="Delete this workout (asks first)", id="workout_detail.delete"),
    ]

    def __init__(self, workout: Workout, exercise_names: dict[str, str]) -> None:
        super().__init__()
        self.workout = workout
        self.names = exercise_names

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="detail-heading", markup=False)
        yield DataTable(id="detail-sets", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "History"
        self.show(self.workout)

    def show(self, workout: Workout) -> None:
        self.workout = workout
        self.query_one("#detail-heading", Static).update(workout_heading(workout))
        table = self.query_one(DataTable)
        table.clear(columns=True)
        # A cardio entry shows its distance and time in columns of their own, there only when there is one.
        cardio = bool(workout.cardio_entries)
        table.add_columns("#", "Exercise", "Reps", "Load", "Hold", *(("Distance", "Time") if cardio else ()),
                          "Side", "Band", "Note")
        for number, logged in enumerate(workout.sets, start=1):
            kind = SET_TYPE_LETTERS.get(logged.set_type, "")
            table.add_row(
                f"{number}{kind}",
                self.names.get(logged.exercise_id, logged.exercise_id),
                "" if logged.reps is None else str(logged.reps),
                "" if logged.load is None else f"{format_load(logged.load)} {logged.unit}",
                "" if logged.hold_s is None else f"{logged.hold_s} s",
                *((("" if logged.distance_m is None else format_distance(logged.distance_m)),
                   ("" if logged.duration_s is None else format_clock(logged.duration_s))) if cardio else ()),
                logged.side or "",
                "+".join(logged.bands),
                logged.note,
            )

    def action_edit(self) -> None:
        def edited(workout: Workout | None) -> None:
            if workout is not None:
                self.show(workout)

        self.app.push_screen(EditWorkoutScreen(self.workout, self.names), edited)

    def action_delete(self) -> None:
        def answered(delete: bool | None) -> None:
            if delete:
                self.app.store.history.delete(self.workout.id)
                self.notify(f"Deleted '{self.workout.name}'.", title="History")
                self.app.pop_screen()

        self.app.push_screen(confirm_delete(self.workout), answered)
