"""The offer to take up a workout left in progress: after a crash, a kill or a dropped connection, or one another
window is driving.

The offer shows what was logged and how long ago; its answer resumes the workout here (taking it over from the
other window), finishes it, discards it (asked twice), or, with esc, leaves it to the window driving it. It
follows that other window while it shows: sets logged there appear in it, and it closes if the workout ends there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.domain.errors import DataFileError
from tui.domain.printable import quoted
from tui.domain.workout.driving_window import saved_driver
from tui.screens.key_hints import key_of
from tui.screens.store_calls import FAILED, STORE_FAULTS, attempt
from tui.store.errors import fault_reason
from tui.store.workout_in_progress import NoWorkoutInProgressError, driven_elsewhere
from tui.widgets.plain import clear_notes, say

if TYPE_CHECKING:
    from tui.domain.workout.model import Workout
    from tui.domain.workout.session import WorkoutSession
    from tui.screens.workout_controller import WorkoutController


# A workout.json damaged, hand-edited or saved by another version of the app: its sets read, its tracker state not.
UNRESUMABLE = ("The state of this workout's tracker cannot be read, so it cannot be resumed: finish it to keep its "
               "sets in History, or discard it.")


def resumed(stored: Workout) -> WorkoutSession | None:
    """The workout left in progress, resumed as it was saved; None when its tracker state cannot be read."""
    from tui.domain.workout.session import WorkoutSession

    try:
        return WorkoutSession.resume(stored)
    except (DataFileError, KeyError, ValueError, TypeError, IndexError, AttributeError):
        return None


class ResumeOffer:
    """Offers this window's WorkoutController the workout in progress it does not drive."""

    def __init__(self, controller: WorkoutController) -> None:
        self.controller = controller
        self.showing = False
        # The workout in progress another window drives, which the user left to it (esc on the offer to resume):
        # not offered again on every visit to the Workout screen while that window has it.
        self.left_elsewhere: Workout | None = None

    def offer(self, *, asked: bool = False) -> None:
        """A workout left in progress is offered back on the next start; one the user left to the window driving
        it, only when asked (or once that window has let it go)."""
        from tui.screens.workout_dialogs import ResumeScreen

        controller = self.controller
        if controller.session is not None or self.showing:
            return
        stored = attempt(controller.app, controller.services.store.workout.current, "read the workout in progress",
                         title="Not loaded")
        if stored is FAILED or stored is None:
            return
        left = self.left_elsewhere
        if not asked and left is not None and left.id == stored.id and self._driven_elsewhere(stored):
            return
        self.left_elsewhere = None
        self.showing = True
        controller.app.push_screen(
            ResumeScreen(lambda: self._body(stored), resumable=resumed(stored) is not None,
                         elsewhere=lambda: self._driven_elsewhere(stored)),
            self._answer)

    def follow(self, stored: Workout | None) -> None:
        """workout.json changed while this window drives no workout: the offer shows the sets logged elsewhere
        meanwhile, and closes if the workout has ended; one started elsewhere is offered on the Workout screen."""
        from tui.screens.workout import WorkoutScreen
        from tui.screens.workout_dialogs import ResumeScreen

        app = self.controller.app
        left = self.left_elsewhere
        if left is not None and (stored is None or stored.id != left.id):
            self.left_elsewhere = None  # finished or discarded there: no longer "open in another window"
            self.controller.tell()
        offers = [screen for screen in app.screen_stack if isinstance(screen, ResumeScreen)]
        if offers and stored is None:
            say(app, "The workout in progress was finished or discarded in another window.")
            if app.screen is offers[0]:
                offers[0].dismiss(None)  # the answer finds no workout: the Workout screen shows there is none
        elif offers and stored is not None:
            offers[0].show(lambda: self._body(stored), lambda: self._driven_elsewhere(stored))
        elif stored is not None and not self.showing and isinstance(app.screen, WorkoutScreen):
            # Started in another window while this one shows "No workout in progress": said on the screen, with
            # the key that takes it over. The offer popped up by itself, Resume focused: a stray enter in an idle
            # tab took the workout from the phone logging it. One its window has let go (a crash) is offered.
            if self._driven_elsewhere(stored):
                self.left_elsewhere = stored
                self.controller.tell()
            else:
                self.offer()

    def _driven_elsewhere(self, stored: Workout) -> bool:
        return driven_elsewhere(saved_driver(stored.progress), self.controller.services.driver)

    def _body(self, stored: Workout) -> str:
        from tui.screens.workout_dialogs import ResumeScreen, describe_left_in_progress

        services = self.controller.services
        body = describe_left_in_progress(stored, services.clock.now())
        if resumed(stored) is None:
            body += f"\n\n{UNRESUMABLE}"
        driver = saved_driver(stored.progress)
        if driven_elsewhere(driver, services.driver):
            body += (f"\n\nIt is open in another window (process {driver.get('pid')} on {driver.get('host')}). "
                     f"Resuming here takes it over; that window will stop driving it. "
                     f"{key_of(self.controller.app, ResumeScreen, 'resume.close')} leaves it there.")
        return body

    def _answer(self, answer: str | None, *, asked: bool = False, ends_now: bool = False) -> None:
        """Take the answer up; asked: finishing a workout open in another window was confirmed, and it ends now
        (ends_now) or at its last set, as a workout left by a crash does."""
        from tui.screens.confirm import ConfirmScreen
        from tui.screens.workout_dialogs import CLOSED

        controller = self.controller
        app, store = controller.app, controller.services.store
        stored = attempt(app, store.workout.current, "read the workout in progress", title="Not loaded")
        if stored is FAILED:
            self.showing = False
            controller.tell()
            return
        if answer == CLOSED:
            # After a crash, esc resumes; a workout another window drives is left to it. Judged on the workout as it
            # is now: another window notices a take-over a second later, and esc in that second took it back.
            answer = None if stored is not None and self._driven_elsewhere(stored) else "resume"
        if stored is not None and answer == "discard":
            # As a finish is asked: a discard from a second window said nothing of the window logging its sets.
            elsewhere = (" It is being done in another window, which stops then, and loses what it logs meanwhile."
                         if self._driven_elsewhere(stored) else "")
            question = ConfirmScreen(f"Discard {quoted(stored.name)} and everything logged in it for good?{elsewhere}",
                                     yes="Discard", no="Keep it")
            app.push_screen(question, lambda discard: self._discard_answer(discard, stored.id))
            return
        if stored is not None and answer == "finish" and not asked and self._driven_elsewhere(stored):
            self._ask_to_finish(stored)
            return
        self.showing = False
        if stored is not None and answer is None:  # left to the window driving it
            self.left_elsewhere = stored
        if stored is None or answer is None:
            controller.tell()
            return
        try:
            # Taken over first, then resumed from the workout as that read it, under the lock that made it this
            # window's: resumed from an earlier read, a set another window logged in between was missing here,
            # and this window's next save wrote over it.
            stored = store.workout.take_over(stored.id, controller.services.driver)
            session = resumed(stored)
            if session is None:
                if answer == "finish":
                    controller.finish_as_saved(stored)
                else:  # esc: its Resume is off (see offer)
                    say(app, UNRESUMABLE, severity="warning")
                    self.offer()
                return
        except NoWorkoutInProgressError:
            say(app, "That workout was finished or discarded in another window.")
            controller.tell()
            return
        except STORE_FAULTS as error:
            say(app, f"Could not take the workout up: {fault_reason(error)}. Try again in a moment.", severity="error")
            controller.tell()
            return
        session.driver = controller.services.driver
        # A note still up that this window stopped driving the workout (taken over elsewhere) is no longer true.
        clear_notes(app)
        controller.begin(session)
        if answer == "finish":  # through the session: a hold that ran to its end meanwhile is a set, logged too,
            # and one still running as held. Left by a crash or a kill, it ends at its last set.
            controller.finish(as_of_last_set=not ends_now, held=controller.held_so_far())
        else:
            if session.lost_timers:
                self._tell_lost_timers(session.lost_timers)
            if session.rest is not None:
                # Left with the round's rest running, the question was still open: asked again. "That's all" ends
                # that rest, so an answered question is not asked at every resume.
                from tui.screens.workout_changes import ask_for_another_round

                ask_for_another_round(controller)

    def _tell_lost_timers(self, lost: tuple[str, ...]) -> None:
        """A saved rest or hold that could not be read was dropped: say so, and save the state without it."""
        what = " and ".join(f"{name} timer" for name in lost)
        next_step = (f"press {self.controller.key('workout.log')} to start the hold again" if "hold" in lost
                     else "log the next set when ready")
        say(self.controller.app, f"The {what} saved with this workout could not be read, so it was dropped: "
                                 f"{next_step}.", severity="warning", timeout=10)
        self.controller.save_now()

    def _ask_to_finish(self, stored: Workout) -> None:
        """Asked, as a discard is: one stray `f` in a second terminal ended the workout being done in the first, at
        once, as a workout of 0 s. Being done, it ends now; left open there for over an hour, at its last set."""
        from tui.screens.confirm import ConfirmScreen
        from tui.screens.workout_dialogs import last_set_was

        now = self.controller.services.clock.now()
        left_at = stored.left_at(now)
        if left_at is None:
            asked = f"Finish {quoted(stored.name)} now? It is being done in another window, which stops then."
        else:
            asked = (f"Finish {quoted(stored.name)} as ending at its last set, {last_set_was(left_at, now)}? It is "
                     "open in another window, which stops then.")
        question = ConfirmScreen(asked, yes="Finish", no="Keep it")

        def answered(finish: bool | None) -> None:
            if finish:
                self._answer("finish", asked=True, ends_now=left_at is None)
            else:
                self.showing = False
                self.offer()

        self.controller.app.push_screen(question, answered)

    def _discard_answer(self, discard: bool | None, workout_id: str) -> None:
        self.showing = False
        if discard:
            self.controller.discard(workout_id, driving=False)
        else:
            self.offer()
