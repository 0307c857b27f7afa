"""Adding a workout that was not logged live: when, which routine or name, and its sets."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Select, Static

from tui.domain.catalogue import Routine
from tui.domain.workout_forms import logged_afterwards, parse_start, planned_sets
from tui.screens.workout_form import WorkoutFormScreen
from tui.widgets.footer import Footer
from tui.widgets.set_row import SetRow, SetRowHeader


class AddWorkoutScreen(WorkoutFormScreen):
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Check and save the workout", id="add_workout.save"),
        Binding("ctrl+n", "add_set", "Add set", tooltip="Add a set (same exercise as the last one)",
                id="add_workout.add_set"),
        Binding("ctrl+r", "remove_set", "Remove set", tooltip="Remove the set that has the cursor",
                id="add_workout.remove_set"),
        Binding("escape", "cancel", "Cancel", tooltip="Close without saving", id="add_workout.cancel"),
    ]

    def __init__(self, routines: list[Routine], exercise_names: dict[str, str]) -> None:
        super().__init__()
        self.routines = {routine.id: routine for routine in routines}
        self.names = exercise_names
        self.choices = sorted(((name, exercise_id) for exercise_id, name in exercise_names.items()),
                              key=lambda choice: choice[0].lower())

    def compose(self) -> ComposeResult:
        now = self.app.clock.now().in_timezone(self.app.settings.zone)
        with Vertical(id="workout-form", classes="workout-form"):
            with Horizontal(classes="form-row"):
                yield Label("Date", classes="form-label")
                yield Input(f"{now:%Y-%m-%d}", placeholder="2026-11-20", id="form-date", compact=True)
                yield Label("Time", classes="form-label form-label-short")
                yield Input(f"{now:%H:%M}", placeholder="18:30", id="form-time", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("Routine", classes="form-label")
                yield Select([(routine.name, routine.id) for routine in self.routines.values()],
                             prompt="none (name it below)", id="form-routine", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("Name", classes="form-label")
                yield Input("", placeholder="what you did", id="form-name", compact=True)
            with Horizontal(classes="form-row"):
                yield Label("Note", classes="form-label")
                yield Input("", placeholder="optional", id="form-note", compact=True)
            yield SetRowHeader()
            yield VerticalScroll(id="form-sets", can_focus=False)
            yield Static("Pick a routine to fill in its sets, or add sets with ctrl+n.", id="form-error",
                         markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#workout-form").border_title = f"Add a workout ({self.app.settings.zone})"

    def rows(self) -> list[SetRow]:
        return list(self.query(SetRow))

    def _new_row(self, exercise_id: str, reps="", load="", hold="", side=None) -> SetRow:
        return SetRow(len(self.rows()) + 1, exercise_id, self.names.get(exercise_id, exercise_id), reps or None,
                      load or None, hold or None, choices=self.choices, side=side)

    async def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id != "form-routine" or event.value is Select.NULL:
            return
        routine = self.routines[event.value]
        name = self.query_one("#form-name", Input)
        name.value = routine.name
        sets = self.query_one("#form-sets")
        await sets.remove_children()
        planned = planned_sets(routine, self.names)
        await sets.mount_all(
            SetRow(number, typed.exercise_id, typed.exercise_name, typed.reps or None, None, typed.hold or None,
                   choices=self.choices, side=typed.side)
            for number, typed in enumerate(planned, start=1)
        )
        self.query_one("#form-error", Static).update(
            f"Filled in the {len(planned)} planned sets of {routine.name}: correct them to what you did."
        )
        sets.scroll_home(animate=False)
        self.refresh(layout=True)

    async def action_add_set(self) -> None:
        rows = self.rows()
        last = rows[-1].typed() if rows else None
        exercise_id = last.exercise_id if last else self.choices[0][1]
        row = self._new_row(exercise_id, last.reps if last else "", last.load if last else "",
                            last.hold if last else "")
        await self.query_one("#form-sets").mount(row)
        row.query_one(".set-row--reps", Input).focus()

    async def action_remove_set(self) -> None:
        focused = self.focused
        row = next((node for node in (focused.ancestors if focused else []) if isinstance(node, SetRow)), None)
        if row is None:
            self.notify("Move the cursor to a set first.", severity="warning")
            return
        await row.remove()
        for number, remaining in enumerate(self.rows(), start=1):
            remaining.renumber(number)

    def action_save(self) -> None:
        routine_id = self.query_one("#form-routine", Select).value
        routine_id = None if routine_id is Select.NULL else routine_id
        settings = self.app.settings

        def build():
            start = parse_start(self.query_one("#form-date", Input).value, self.query_one("#form-time", Input).value,
                                settings.zone, self.app.clock.now())
            return logged_afterwards(
                start, self.query_one("#form-name", Input).value, routine_id,
                self.query_one("#form-note", Input).value, [row.typed() for row in self.rows()], settings.units,
            )

        self.save(build, lambda workout: f"Added '{workout.name}' on {workout.started_at.local:%a %d %b %Y}.")
