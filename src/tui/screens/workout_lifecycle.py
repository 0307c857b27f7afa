"""Starting, saving, resuming, finishing and discarding the workout in progress, for the Workout screen."""

from __future__ import annotations

from textual import work

from tui.domain.errors import DataFileError
from tui.domain.progression import summarise
from tui.domain.timers import RestTimer
from tui.domain.workout_session import WorkoutSession
from tui.domain.workouts import Workout
from tui.screens.confirm import ConfirmScreen
from tui.screens.workout_dialogs import ResumeScreen, SummaryScreen, summary_text
from tui.store.errors import StoreBusyError
from tui.store.workout_in_progress import WorkoutTakenOverError, driven_elsewhere
from tui.widgets.countdown import clock_text


class WorkoutLifecycle:
    """Mixed into WorkoutScreen: everything that moves the session in or out of the store."""

    _offering_resume = False
    unsaved: str | None = None  # why the last save failed, while it keeps failing

    def begin(self, session: WorkoutSession) -> None:
        """Show a session that was just started or taken over."""
        self._shown_id = session.workout.id
        self.last_sets.clear()
        self.pending = None
        exercise_ids = list(dict.fromkeys(slot.exercise_id for slot in session.plan))
        self.load_last_sets(exercise_ids, session.workout.id)
        self.changed(save=False)

    def changed(self, save: bool = True) -> None:
        """After every change: save first, then show it; a failed save is shown as such and retried."""
        if save:
            self.save_now()
        self.refresh_view()
        self.arm_alarm()

    def save_now(self) -> bool:
        """Write the session; False (with the reason on screen) when the disk refused it."""
        session = self.app.session
        if session is None:
            return True
        try:
            self.app.store.workout.save(session.to_workout())
        except WorkoutTakenOverError as error:
            self.app.session = None
            self.notify(f"{error} This window has stopped driving it.", severity="error", timeout=10)
            return False
        except (OSError, StoreBusyError) as error:
            # The session keeps every set in memory; tick() retries until the disk takes it.
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.unsaved = f"Not saved yet ({reason}): kept here and retried every few seconds."
            return False
        self.unsaved = None
        return True

    def offer_resume(self) -> None:
        """A workout left in progress (crash, kill, dropped connection) is offered back on the next start."""
        if self.app.session is not None or self._offering_resume:
            return
        stored = self.app.store.workout.current()
        if stored is None:
            return
        self._offering_resume = True
        body = _describe(stored, self.app.clock.now())
        driver = stored.progress.get("driver", {})
        if driven_elsewhere(driver, self.app.driver):
            body += (f"\n\nIt is open in another window (process {driver.get('pid')} on {driver.get('host')}). "
                     "Resuming here takes it over; that window will stop driving it.")
        self.app.push_screen(ResumeScreen(body), self._resume_answer)

    def _resume_answer(self, answer: str) -> None:
        stored = self.app.store.workout.current()
        if stored is not None and answer == "discard":
            question = ConfirmScreen(f"Discard '{stored.name}' and everything logged in it for good?",
                                     yes="Discard", no="Keep it")
            self.app.push_screen(question, self._discard_answer)
            return
        self._offering_resume = False
        if stored is None:
            self.refresh_view()
            return
        try:
            session = WorkoutSession.resume(stored)
        except (DataFileError, KeyError, ValueError, TypeError):
            self.notify("The saved tracker state is unreadable: the workout can only be finished or discarded.",
                        severity="error")
            session = None
        if answer == "finish" or session is None:
            self.app.store.workout.finish(stored.id, stored.started_at if not stored.sets
                                          else stored.sets[-1].logged_at)
            self.show_summary(self.app.store.history.get(stored.id))
            self.refresh_view()
            return
        self.app.store.workout.take_over(stored.id, self.app.driver)
        session.driver = self.app.driver
        self.app.session = session
        self.begin(session)

    def _discard_answer(self, discard: bool) -> None:
        self._offering_resume = False
        if discard:
            self.discard()
        else:
            self.offer_resume()

    def finish(self) -> None:
        session = self.app.session
        finished = session.finished(self.app.clock.now())
        try:
            if not self.save_now():
                raise OSError(self.unsaved)
            self.app.store.workout.finish(finished.id, finished.finished_at)
        except (OSError, StoreBusyError) as error:
            self.notify(f"The workout could not be finished: {error}. Nothing is lost; try f again.",
                        severity="error", timeout=10)
            self.refresh_view()
            return
        self.app.session = None
        self.changed(save=False)
        self.show_summary(finished)

    def discard(self) -> None:
        self.app.store.workout.discard()
        self.app.session = None
        self.notify("Workout discarded.")
        self.changed(save=False)

    @work(thread=True, exclusive=True, group="summary", exit_on_error=False)
    def show_summary(self, finished: Workout | None) -> None:
        """Records need the whole history: computed off the UI thread, then shown."""
        if finished is None:
            return
        earlier = [w for w in self.app.store.history.newest_first() if w.id != finished.id]
        summary = summarise(finished, earlier, self.app.settings.units)
        text = summary_text(summary, self.app.exercise_names)
        self.app.call_from_thread(self.app.push_screen, SummaryScreen(finished.name, text))


def _describe(workout: Workout, now) -> str:
    started = workout.started_at.local
    count = len(workout.sets)
    text = f"'{workout.name}', started {started:%a %d %b at %H:%M}, {count} set{'s' if count != 1 else ''} logged."
    rest = workout.progress.get("rest")
    if rest:
        left = RestTimer.from_data(rest).remaining_s(now)
        text += f"\nResting: {clock_text(left)} left." if left >= 0 else f"\nRest ran over by {clock_text(left)[1:]}."
    return text
