"""The Workout screen (screen 2): the live set tracker a runner drives with `space`.

The session (domain) holds all state; this screen shows it, turns keys into session calls, and saves the
workout after every change, before the change is shown, so nothing shown as logged can be lost.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Static

from tui.domain.progression import previous_sets, suggest
from tui.domain.set_values import SetValues, describe_values
from tui.domain.workout_session import WorkoutSession, WorkoutStateError, values_for
from tui.domain.workouts import LoggedSet
from tui.resources import screens_styles
from tui.screens.set_editor import SetEditor
from tui.screens.confirm import ConfirmScreen
from tui.screens.workout_lifecycle import WorkoutLifecycle
from tui.widgets.countdown import Countdown
from tui.widgets.footer import Footer


TICK_S = 0.25


def sets_text(sets: tuple[LoggedSet, ...]) -> str:
    """Sets in one line: "12 · 11 · 10 reps", "45 s · 40 s", or "12 reps @ 5 kg · 10 reps @ 5 kg, L"."""
    if all(s.load is None and not s.bands and not s.side for s in sets):
        counts = " · ".join(str(s.hold_s if s.hold_s is not None else s.reps) for s in sets)
        return f"{counts} {'s' if sets and sets[0].hold_s is not None else 'reps'}"
    return " · ".join(
        describe_values(s.reps, s.hold_s, s.load, s.unit, s.bands, s.side)
        for s in sets
    )


class WorkoutScreen(WorkoutLifecycle, Screen):
    CSS_PATH = screens_styles()

    BINDINGS = [
        Binding("space", "log_set", "Log", tooltip="Log the set as shown (or start/stop a hold)", id="workout.log"),
        Binding("e", "edit_values", "Edit", tooltip="Change reps, load, band, side, RPE or note first",
                id="workout.edit"),
        Binding("u", "undo", "Undo", tooltip="Take back the last logged set", id="workout.undo"),
        Binding("plus,equals_sign", "rest(1)", "±15s", key_display="+/-", tooltip="Rest 15 s longer",
                id="workout.rest_longer"),
        Binding("minus", "rest(-1)", "-15s", show=False, tooltip="Rest 15 s less", id="workout.rest_shorter"),
        Binding("s", "skip_rest", "Skip", tooltip="End the rest now", id="workout.skip_rest"),
        Binding("n", "next_exercise", "Next", tooltip="Next exercise", id="workout.next"),
        Binding("p", "previous_exercise", "Prev", tooltip="Previous exercise", id="workout.previous"),
        Binding("escape", "cancel_hold", "Cancel hold", show=False, tooltip="Stop a hold without logging it",
                id="workout.cancel_hold"),
        Binding("f", "finish", "Finish", tooltip="Finish the workout and see the summary", id="workout.finish"),
        # 1-4 still switch screens here; they leave the footer to the workout's own keys, which must fit in 80
        # columns. `?` lists them all.
        *(Binding(str(n), f"app.switch_mode('{mode}')", mode.title(), show=False, id=f"workout.to_{mode}")
          for n, mode in enumerate(("routines", "workout", "calendar", "history"), start=1)),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.last_sets: dict[str, tuple[LoggedSet, ...]] = {}
        self.pending: SetValues | None = None
        self._pending_for: tuple[str, int] | None = None
        self._alerted: set[str] = set()
        self._alarm: Timer | None = None
        self._shown_id: str | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="workout-body"):
            yield Static("", id="workout-exercise")
            yield Static("", id="workout-position")
            yield Static("", id="workout-target")
            yield Static("", id="workout-last-time")
            yield Static("", id="workout-suggestion")
            yield Static("", id="workout-next")
            yield Static("", id="workout-unsaved")
            yield Countdown(id="workout-timer")
            with VerticalScroll(id="workout-logged-box"):
                yield Static("", id="workout-logged")
        yield Footer(show_command_palette=False)

    def on_mount(self) -> None:
        self.sub_title = "Workout"
        self.set_interval(TICK_S, self.tick)
        self.refresh_view()

    def on_screen_resume(self) -> None:
        if self.session is not None and self._shown_id != self.session.workout.id:
            self.begin(self.session)  # started from the Routines screen or the command palette
        self.offer_resume()
        self.refresh_view()

    @property
    def session(self) -> WorkoutSession | None:
        return self.app.session

    # --- what the user sees ---------------------------------------------------------------------------

    def refresh_view(self) -> None:
        session = self.session
        slot = session.current_slot if session else None
        exercise = self.app.catalogue.exercises.get(slot.exercise_id) if slot else None
        self._show_timer()
        self.query_one("#workout-logged", Static).update(self._logged_text())
        warning = self.query_one("#workout-unsaved", Static)
        warning.update(self.unsaved or "")
        warning.display = bool(self.unsaved)
        if session is None:
            self._lines("No workout in progress.", "Pick a routine on screen 1 and press enter,",
                        "or press ctrl+p and type 'start'.", "", "", "")
            return
        if slot is None:
            self._lines(session.workout.name, "All sets logged.", "Press f to finish and see your summary.",
                        "", "", "")
            return
        name = exercise.name if exercise else slot.exercise_id
        values = self._pending_values()
        last = self.last_sets.get(slot.exercise_id)
        last_line = "Last time: loading..." if last is None else (
            f"Last time: {sets_text(last)}" if last else "Last time: not done before")
        catalogue = self.app.catalogue
        advice = suggest(slot, exercise, last or (), self.app.exercise_names, catalogue.bands) if exercise else None
        rest = f" · then rest {slot.rest_after_s} s" if slot.rest_after_s else ""
        self._lines(
            f"{name}  [dim]({session.workout.name})[/dim]",
            slot.position_text(),
            f"Target: {slot.target_text()}{rest}",
            last_line,
            f"Suggestion: {advice.text}" if advice and last is not None else "",
            f"[b]space[/b] logs: {values.describe()}   [dim](e to change)[/dim]",
        )

    def _lines(self, *texts: str) -> None:
        ids = ("exercise", "position", "target", "last-time", "suggestion", "next")
        for widget_id, text in zip(ids, texts):
            self.query_one(f"#workout-{widget_id}", Static).update(text)

    def _logged_text(self) -> str:
        if self.session is None or not self.session.workout.sets:
            return ""
        names = self.app.exercise_names
        lines = ["[b]Logged[/b]"]
        for number, s in enumerate(self.session.workout.sets, start=1):
            lines.append(f"{number:>2}. {names.get(s.exercise_id, s.exercise_id)}: {sets_text((s,))}")
        return "\n".join(lines)

    def _pending_values(self) -> SetValues:
        session = self.session
        key = (session.workout.id, session.cursor)
        if self.pending is None or self._pending_for != key:
            slot = session.current_slot
            self.pending = values_for(slot, self.last_sets.get(slot.exercise_id, ()), self.app.settings.units)
            self._pending_for = key
        return self.pending

    def _show_timer(self) -> None:
        timer = self.query_one(Countdown)
        session = self.session
        now = self.app.clock.now()
        if session and session.hold:
            hold = session.hold
            phase = "Get ready" if hold.getting_ready(now) else f"Hold ({hold.target_s} s)"
            total = 5 if hold.getting_ready(now) else hold.target_s
            timer.show(phase, "space: stop and log  esc: cancel", hold.remaining_s(now), total)
        elif session and session.rest:
            rest = session.rest
            left = rest.remaining_s(now)
            title = "Rest" if left >= 0 else "Rest over: time for the next set"
            timer.show(title, "+/- 15 s  s: skip", left, rest.total_s())
        timer.display = bool(session and (session.hold or session.rest))

    # --- time -----------------------------------------------------------------------------------------

    def tick(self) -> None:
        """Runs every quarter second and exactly at each deadline; every figure is computed from the clock."""
        session = self.session
        if session is None:
            return
        now = self.app.clock.now()
        if self.unsaved and self.save_now():
            self.refresh_view()
        if session.hold and session.hold.done(now):
            self._log(self._pending_values().changed(hold_s=session.hold.target_s))
            self._alert("hold-end")
            return
        if session.hold and not session.hold.getting_ready(now):
            self._alert(f"hold-start-{session.hold.ready_deadline}")
        if session.rest and session.rest.remaining_s(now) <= 0:
            self._alert(f"rest-{session.rest.deadline}")
        self._show_timer()

    def _alert(self, key: str) -> None:
        if key not in self._alerted:
            self._alerted.add(key)
            if self.app.settings.bell:
                self.app.bell()

    def arm_alarm(self) -> None:
        """Schedule a tick at the next deadline, so the bell rings on time rather than on the next tick."""
        if self._alarm:
            self._alarm.stop()
            self._alarm = None
        session = self.session
        if session is None:
            return
        now = self.app.clock.now()
        deadlines = []
        if session.rest:
            deadlines.append(session.rest.deadline)
        if session.hold:
            deadlines += [session.hold.ready_deadline, session.hold.hold_deadline]
        future = [(d - now).total_seconds() for d in deadlines if d > now]
        if future:
            self._alarm = self.set_timer(min(future), self.tick)

    # --- keys -----------------------------------------------------------------------------------------

    def action_log_set(self) -> None:
        session = self.session
        if session is None or session.current_slot is None:
            self.notify("Nothing to log: " + ("press f to finish." if session else "start a workout first."))
            return
        now = self.app.clock.now()
        if session.hold:
            if session.hold.getting_ready(now):
                self.action_cancel_hold()
            else:
                self._log(self._pending_values().changed(hold_s=session.hold.held_s(now)))
            return
        if session.current_slot.is_hold:
            session.start_hold(now, self._pending_values().hold_s)
            self.changed()
            return
        self._log(self._pending_values())

    def _log(self, values: SetValues) -> None:
        try:
            self.session.log(values, self.app.clock.now())
        except WorkoutStateError as error:
            self.notify(str(error), severity="warning")
            return
        self.pending = None
        self.changed()

    def action_edit_values(self) -> None:
        session = self.session
        if session is None or session.current_slot is None:
            return
        slot = session.current_slot
        title = f"{self.app.catalogue.exercises[slot.exercise_id].name} - {slot.position_text()}"

        def use(values: SetValues | None) -> None:
            if values is not None:
                self.pending = values
                self.refresh_view()

        self.app.push_screen(SetEditor(self._pending_values(), title, slot.is_hold), use)

    def action_undo(self) -> None:
        if self.session and self.session.undo():
            self.pending = None
            self.changed()

    def action_rest(self, direction: int) -> None:
        if self.session and self.session.rest:
            self.session.adjust_rest(self.app.clock.now(), direction)
            self.changed()

    def action_skip_rest(self) -> None:
        if self.session and self.session.rest:
            self.session.skip_rest()
            self.changed()

    def action_cancel_hold(self) -> None:
        if self.session and self.session.hold:
            self.session.cancel_hold()
            self.changed()

    def action_next_exercise(self) -> None:
        if self.session and not self.session.next_exercise():
            self.notify("No later exercise has sets left.")
        self.changed()

    def action_previous_exercise(self) -> None:
        if self.session and not self.session.previous_exercise():
            self.notify("No earlier exercise has sets left.")
        self.changed()

    def action_finish(self) -> None:
        session = self.session
        if session is None:
            return
        if not session.workout.sets:
            question = ConfirmScreen("No sets are logged. Discard this workout?", yes="Discard", no="Keep going")
            self.app.push_screen(question, lambda discard: discard and self.discard())
            return
        left = len(session.plan) - len(session.done)
        if left:
            question = ConfirmScreen(f"Finish now? {left} planned sets are not logged.", yes="Finish", no="Keep going")
            self.app.push_screen(question, lambda finish: finish and self.finish())
            return
        self.finish()

    # --- loading last time's sets off the key press's path --------------------------------------------

    @work(thread=True, exclusive=True, group="last-sets", exit_on_error=False)
    def load_last_sets(self, exercise_ids: list[str], workout_id: str) -> None:
        found: dict[str, tuple[LoggedSet, ...]] = {}
        missing = set(exercise_ids)
        for workout in self.app.store.history.newest_first():
            for exercise_id in list(missing):
                sets = previous_sets(exercise_id, [workout], exclude=workout_id)
                if sets:
                    found[exercise_id] = sets
                    missing.discard(exercise_id)
            if not missing:
                break
        found.update({exercise_id: () for exercise_id in missing})
        self.app.call_from_thread(self._got_last_sets, found)

    def _got_last_sets(self, found: dict[str, tuple[LoggedSet, ...]]) -> None:
        self.last_sets.update(found)
        self.pending = None
        self.refresh_view()


def make_screen() -> Screen:
    return WorkoutScreen()
