"""The workout in progress for the whole app: every change to it, saved, and its timers.

A set (logged, undone, edited) is saved before it is shown: a kill never loses a set the screen showed. A change
of the rest, the hold or the cursor is shown first and saved as soon as it is on the screen (a kill in between
loses a few seconds of rest, never a set), so those keys repaint without waiting for the disk.

One WorkoutController lives as long as the App. Screens call it; it tells whoever listens (the Workout screen,
the App's title line) after every change. Its clock runs whatever screen is shown, so the rest alerts on time
and every screen can show "Rest 1:23" while the user looks at the Calendar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from textual.css.query import NoMatches

from tui.domain.counts import count
from tui.domain.printable import quoted
from tui.domain.progress.progression import Suggestion, suggest
from tui.domain.workout.driving_window import saved_driver
from tui.screens.key_hints import key_for, key_of
from tui.screens.records_as_logged import RecordsAsLogged
from tui.screens.resume_offer import ResumeOffer
from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS, brief_reason
from tui.screens.workout_clock import WorkoutClock, timer_line
from tui.screens.workout_filing import FinishFiling
from tui.store.workout_in_progress import NoWorkoutInProgressError, WorkoutInProgressError, WorkoutTakenOverError
from tui.widgets.plain import say, withdraw_notes

if TYPE_CHECKING:
    from pendulum import DateTime
    from textual.app import App

    from tui.domain.catalogue.model import Routine
    from tui.domain.moments import Moment
    from tui.domain.workout.model import LoggedSet, Workout
    from tui.domain.workout.plan import Slot
    from tui.domain.workout.session import WorkoutSession
    from tui.domain.workout.set_values import SetValues
    from tui.domain.workout.state_error import WorkoutStateError
    from tui.domain.workout.timers import HoldTimer

Listener = Callable[[], None]


class WorkoutController:
    def __init__(self, app: App[object]) -> None:
        self.app = app  # for its timers, workers, bell and messages
        self.services = services(app)
        self.session: WorkoutSession | None = None  # the workout this window is driving
        self.unsaved: str | None = None  # why the last save failed, while it keeps failing
        self.last_sets: dict[str, tuple[LoggedSet, ...]] = {}  # exercise id -> its sets last time
        self._ended_by_itself: HoldTimer | None = None  # the hold that ended last, when no key stopped it
        self._refusal_shown = False  # a key refused (see change), its note maybe still up
        self.timers = WorkoutClock(app, self.tick)  # its ticks and alerts (services.clock tells the time)
        self.resume_offer = ResumeOffer(self)
        self.records = RecordsAsLogged(app)
        self.filing = FinishFiling(app)  # a finish from its summary into History
        self._save_waits = False  # a change shown is to be saved (changed)
        self._log_waits = False  # space was pressed while last time's sets were read: the set is logged once they are
        # The last set of a workout left open that the user kept going after, asked to finish it then: `f` now
        # finishes it now (see Workout.left_at).
        self.kept_going_after: Moment | None = None
        self._listeners: list[Listener] = []
        self._tick_listeners: list[Listener] = []

    def listen(self, on_change: Listener, on_tick: Listener | None = None) -> None:
        """on_change after every change of the workout; on_tick as its timers run."""
        self._listeners.append(on_change)
        if on_tick:
            self._tick_listeners.append(on_tick)

    def unlisten(self, on_change: Listener, on_tick: Listener | None = None) -> None:
        """Stop calling what listen() was given: a widget out of view, or removed, costs the ticks nothing."""
        if on_change in self._listeners:
            self._listeners.remove(on_change)
        if on_tick in self._tick_listeners:
            self._tick_listeners.remove(on_tick)

    def listening(self) -> int:
        """How many listeners each change calls, and each tick: a screen visit must not add one for good."""
        return len(self._listeners) + len(self._tick_listeners)

    # --- starting and showing -------------------------------------------------------------------------

    def start(self, routine: Routine | None) -> bool:
        """Start routine as the workout in progress (None: an empty workout); False (the user told why) when one
        is in progress."""
        app = self.app
        if self.session is not None:
            finish, discard = self.key("workout.finish"), self.key("workout.discard")
            say(app, f"A workout is already in progress: finish ({finish}) or discard ({discard}) it first.",
                severity="warning")
            return False
        from tui.domain.workout.session import WorkoutSession  # with the Workout screen, not at start-up

        settings = self.services.settings
        now, zone, rest_s = self.services.clock.now(), settings.zone, settings.default_rest_s
        session = (WorkoutSession.begin(routine, now, zone, rest_s) if routine else
                   WorkoutSession.begin_empty(now, zone, rest_s))
        session.driver = self.services.driver
        try:
            self.services.store.workout.start(session.to_workout())
        except WorkoutInProgressError as error:  # left from before, or another window started one
            say(app, f"{error} Resume, finish or discard it first.", severity="warning")
            self.offer_resume(asked=True)
            return False
        except STORE_FAULTS as error:
            say(app, f"The workout could not be started: {brief_reason(error)}. Nothing was changed.",
                       severity="error")
            return False
        self.begin(session)
        return True

    def begin(self, session: WorkoutSession) -> None:
        """Drive a session that was just started or taken over."""
        self.session = session
        if session.rest and session.rest.remaining_s(self.services.clock.now()) <= 0:
            # Over before this window took the workout up: the window driving it then rang, or none was there to
            # hear it. Taken over in a browser tab, it rang and retitled the tab for a rest over minutes before.
            self.timers.already_told(_rest_over(session))
        self.last_sets.clear()
        self._log_waits = False
        self.kept_going_after = None
        self.load_last_sets()
        # The kept records, read (and rebuilt if an import or an edit left them out of date: seconds at ten years)
        # while the workout goes on: for each set's records, and the summary's at once.
        self.records.started(session.to_workout())
        self.changed(save=False)

    def load_last_sets(self) -> None:
        """Last time's sets of every exercise of the workout, read off the key press's path."""
        session = self.session
        if session is None:
            return
        wanted = [i for i in dict.fromkeys(slot.exercise_id for slot in session.plan) if i not in self.last_sets]
        if wanted:
            self.app.run_worker(lambda: self._read_last_sets(wanted, session.workout.id), thread=True,
                                group="last-sets", exit_on_error=False, description="read last time's sets")

    def history_changed(self) -> None:
        """Read last time's sets again: an import, or another window, may have brought a later time (the workout
        said "not done before" over the 3,820 workouts just imported)."""
        if self.session is not None:
            self.last_sets.clear()
            self.load_last_sets()
            self.records.read()

    def exercise_counted_as(self, own_id: str, ours_id: str) -> None:
        """Your own exercise now counts as one of ours (History's `N`), in workout.json too: this window's workout
        follows. It kept the old id, said "Last time: not done before" of the exercise, and its next save wrote the
        old id back."""
        from tui.domain.catalogue.custom_exercise_changes import moved_to
        from tui.domain.workout.model import Workout
        from tui.domain.workout.session import WorkoutSession

        if self.session is None:
            return
        self.session = WorkoutSession.resume(Workout.from_data(moved_to(self.session.to_workout().to_data(), own_id,
                                                                        ours_id)))
        self.history_changed()
        self.save_now()
        self.changed(save=False)

    def _read_last_sets(self, exercise_ids: list[str], workout_id: str) -> None:
        try:
            found = self.services.store.history.last_sets(exercise_ids, exclude=workout_id)
        except STORE_FAULTS:
            # The worker's failure is told (WorkerFailuresShown); space then logs from the target, not never.
            self.app.call_from_thread(self._got_last_sets, dict.fromkeys(exercise_ids, ()))
            raise
        self.app.call_from_thread(self._got_last_sets, found)

    def _got_last_sets(self, found: dict[str, tuple[LoggedSet, ...]]) -> None:
        self.last_sets.update(found)
        self.tell()
        if self._log_waits and self.session is not None:
            self._log_waits = False
            self.log_set()

    def reading_last_time(self) -> bool:
        """The next set starts from last time's sets, still being read (seconds at ten years, the first time after
        an import): space waits for them rather than log the target's bottom under "Last time: loading..."."""
        session = self.session
        slot = session.current_slot if session else None
        if session is None or slot is None or slot.exercise_id in self.last_sets:
            return False
        return _set_now(session) not in session.edited and session.starts_from_last_time()

    def next_values(self) -> SetValues:
        """What `space` logs: the values edited with `e` for this set, else what carries from the set before
        (worked out afresh each time: last time's sets may have just arrived)."""
        session = self.session
        assert session is not None
        now_set = _set_now(session)
        if now_set is not None and now_set in session.edited:
            return session.edited[now_set]
        slot = session.current_slot
        last = self.last_sets.get(slot.exercise_id, ()) if slot else ()
        advice = self.advice(slot) if slot is not None and slot.is_hold else None
        return session.next_values(last, self.services.settings.units, advice.hold_s if advice else None)

    def advice(self, slot: Slot) -> Suggestion | None:
        """The suggestion for a set of the workout, from its exercise's sets last time: None while they are read,
        or for an exercise neither ours nor the user's."""
        session, last = self.session, self.last_sets.get(slot.exercise_id)
        exercise = self.services.catalogue_with_own.exercises.get(slot.exercise_id)
        if session is None or last is None or exercise is None:
            return None
        in_workout = {planned.exercise_id for planned in session.plan}
        return suggest(slot, exercise, last, self.services.exercise_names, self.services.catalogue.bands, in_workout)

    # --- changes --------------------------------------------------------------------------------------

    def change(self, action: Callable[[WorkoutSession], object], *, save_when_shown: bool = False) -> bool:
        """Apply one change to the session, then save and show it (see changed); a refused change is told, not
        raised."""
        from tui.domain.workout.state_error import WorkoutStateError

        if self.session is None:
            # A dialog answered after the workout went to another window (a set's deletion confirmed) lands here.
            if self.left_elsewhere is not None:
                say(self.app, f"Not done: the workout is driven in another window now ({self.key('workout.take_over')}"
                              " on the Workout screen takes it over here).", severity="warning")
            else:
                routines = key_for(self.app, "screen.routines")
                say(self.app, f"No workout in progress: start a routine from Routines ({routines}).")
            return False
        try:
            action(self.session)
        except WorkoutStateError as error:
            self._tell_refused(error)
            return False
        if self._refusal_shown:
            # A refusal speaks of the workout as it was: "A hold is running; log it or stop it first" stayed up
            # for seconds after space had stopped the hold and logged it.
            self._refusal_shown = False
            withdraw_notes(self.app)
        self.changed(save_when_shown=save_when_shown)
        return True

    def allows(self, check: Callable[[WorkoutSession], None]) -> bool:
        """Whether a change that asks first (which exercise to swap to, whether to remove it) may be made at all:
        refused at its key, as the change would be, not after the user has answered."""
        from tui.domain.workout.state_error import WorkoutStateError

        if self.session is None:
            return False
        try:
            check(self.session)
        except WorkoutStateError as error:
            self._tell_refused(error)
            return False
        return True

    def _tell_refused(self, error: WorkoutStateError) -> None:
        problem = str(error)
        then = f": {self.key(error.then[0])} {error.then[1]}" if error.then else ""
        say(self.app, f"{problem[0].upper()}{problem[1:]}{then}.", severity="warning")
        self._refusal_shown = True

    def use_values(self, values: SetValues) -> None:
        """The next set's values as edited with `e`."""
        assert self.session is not None
        now_set = _set_now(self.session)
        if now_set is not None:
            def use(session: WorkoutSession) -> None:
                session.edited[now_set] = values
                session.hold_for(values.hold_s, self.services.clock.now())

            self.change(use, save_when_shown=True)

    def told_no_exercise_yet(self) -> bool:
        """In an empty workout before its first exercise, a set key says how to add one; whether it did."""
        if self.session is None or not self.session.no_exercises_yet:
            return False
        say(self.app, f"No exercises yet: press {self.key('workout.add_exercise')} to add one.")
        return True

    def log_set(self) -> None:
        """`space`: log the set as shown; on a hold, start it, start it at once, or stop it and log what was held."""
        session = self.session
        if self.told_no_exercise_yet():
            return
        if session is None or session.current_slot is None:
            say(self.app, "Nothing to log: " + (f"press {self.key('workout.finish')} to finish." if session
                                                else "start a workout first."))
            return
        now = self.services.clock.now()
        hold = session.hold
        if self._ended_by_itself and self._ended_by_itself.stopped_late(now):
            self._ended_by_itself = None  # one late press is forgiven; the next one means the next set
            say(self.app, f"The hold had just ended and was logged: press {self.key('workout.log')} again for the "
                          "next set.")
        elif hold and hold.getting_ready(now):
            self.change(lambda s: s.hold_now(now))
        elif hold and hold.held_s(now) < 1:
            say(self.app, f"Held under 1 s: hold on, or press {self.key('workout.skip_rest')} to cancel the hold.",
                severity="warning")
        elif hold:
            self.log(self.next_values().changed(hold_s=hold.held_s(now)))
        elif self.reading_last_time():
            # Logged from them once they are read (_got_last_sets). Refused, a space typed at once, as a user who
            # knows the routine types it, was lost, and the set not logged. One set: more presses while it waits
            # are a user wondering, not sets to log.
            self._log_waits = True
            say(self.app, "Last time's sets are being read: the set is logged from them in a moment.")
        elif session.current_slot.is_hold:
            target = self.next_values().hold_s or 0
            self.change(lambda s: s.start_hold(now, target))
        else:
            self.log(self.next_values())

    def key(self, binding_id: str) -> str:
        """The user's key for one of the Workout screen's bindings, for a message that names it."""
        from tui.screens.workout import WorkoutScreen

        return key_of(self.app, WorkoutScreen, binding_id)

    def log(self, values: SetValues, at: DateTime | None = None) -> None:
        """Log the next set, now or `at` the moment it was done (a hold that ended by itself)."""
        now = at or self.services.clock.now()
        logging = _set_now(self.session) if self.session else None

        def log(session: WorkoutSession) -> None:
            session.log(values, now)
            if logging is not None:
                session.edited.pop(logging, None)  # saved without them: the set they were for is logged

        if self.change(log):
            self._hold_runs_on()
            self.load_last_sets()

    def _tell_records(self) -> None:
        if self.session is not None:  # still this window's: a save can find it finished in another
            self.records.logged(self.session.to_workout())

    def undo(self) -> None:
        """`u`: take the last set back. Its set is the next again, with what was logged (a drop set still a drop
        set), as an unticked set keeps its values in Strong: carried from the set before, the change or the mark
        was lost. Shown once, with those values (told twice, the key took 2 ms more to repaint)."""
        from tui.domain.workout.set_values import SetValues

        assert self.session is not None and self.session.workout.sets
        last = self.session.workout.sets[-1]
        taken_back = SetValues.of(last, self.services.settings.units)

        def undo(session: WorkoutSession) -> None:
            session.undo()
            # For the exercise it was logged as: a variation swapped in since does its set from its own values.
            taken_back_set = _set_now(session, last.exercise_id)
            if taken_back_set is not None:
                session.edited[taken_back_set] = taken_back

        self.change(undo)

    def _hold_runs_on(self) -> None:
        session = self.session
        if session and self.services.settings.auto_holds and session.next_is_hold_straight_on():
            target = self.next_values().hold_s or 0
            self.change(lambda s: s.start_hold(self.services.clock.now(), target))

    def changed(self, save: bool = True, *, save_when_shown: bool = False) -> None:
        """After every change: save first, then show it; or, save_when_shown (no set changed), show it first and
        save it once the screen has it. A failed save is shown as such and retried."""
        if save and not save_when_shown:
            self.save_now()
            # A set logged, or one changed (a logged set edited to 100 kg): any record it beats is told, once the
            # change is on the screen (the key's repaint does not wait for it). Told only after the next set was,
            # an edit's record read as that set's.
            self.app.call_after_refresh(self._tell_records)
        self.tell()
        self.arm_alarm()
        if save and save_when_shown and not self._save_waits:
            self._save_waits = True  # keys faster than the screen: one save of the latest state
            # Asked for twice: Textual runs an after-refresh callback at the screen's next idle, which came before
            # the lines this change updated had asked to be painted: the save (an fsync, 2-4 ms) went ahead of the
            # frame. Asked for again from there, it runs after the frame.
            self.app.call_after_refresh(self.app.call_after_refresh, self._save_shown)

    def _save_shown(self) -> None:
        if not self._save_waits:
            return  # nothing waits: saved already (q saves a change on its way: save_waiting)
        self._save_waits = False
        if not self.save_now():
            self.tell()  # why it was not saved, or that this window no longer drives the workout

    def default_rest_changed(self, seconds: int) -> None:
        """The settings' default rest changed (here or in another window): the workout in progress follows it."""
        if self.session is not None and self.session.default_rest_s != seconds:
            self.change(lambda session: session.use_default_rest(seconds), save_when_shown=True)

    def save_waiting(self) -> None:
        """Save a change shown and still waiting for its save, and move a finish into history if that has not
        happened yet (so `status` counts it): the app is quitting, and the frame both wait for may never come."""
        self._save_shown()
        try:
            self.services.store.workout.file_finished()
        except STORE_FAULTS:
            pass  # quitting: the finish is saved, and the next start of the app moves it

    def tell(self) -> None:
        """Tell every listener the workout changed."""
        _tell_all(self._listeners)

    def save_now(self) -> bool:
        """Write the session; False (with the reason on screen) when the disk or another window refused it."""
        session = self.session
        if session is None:
            return True
        try:
            self.services.store.workout.save(session.to_workout())
        except WorkoutTakenOverError as error:
            self._taken_over(error)
            return False
        except NoWorkoutInProgressError:
            self._stop_driving("This workout was finished or discarded in another window.")
            return False
        except WorkoutInProgressError as error:
            self._file_in_history_instead(error.workout)
            return False
        except STORE_FAULTS as error:
            # The session keeps every set in memory; the ticker retries until the disk takes it.
            self.unsaved = f"Not saved yet ({brief_reason(error)}): kept here and retried every few seconds."
            self.timers.run()
            return False
        self.unsaved = None
        return True

    def _taken_over(self, error: WorkoutTakenOverError) -> None:
        """Another window took the workout: this one stops driving it, and names the sets logged here that the
        other lacks, to log there again: saving them had failed (a full disk) when it was taken. They were
        dropped unsaid."""
        from tui.widgets.workout_sets import set_text

        assert self.session is not None
        names = self.services.exercise_names
        there = {logged.id for logged in error.taken.sets} if error.taken else None  # None: not read, nothing to say
        missing = [f"{names[logged.exercise_id]} {set_text(logged, bodyweight=names.is_bodyweight(logged.exercise_id))}"
                   for logged in self.session.workout.sets if there is not None and logged.id not in there]
        log_again = f" Not saved before it was taken, so log again there: {'; '.join(missing)}." if missing else ""
        self._stop_driving(f"{error} This window has stopped driving it.{log_again}")

    def _file_in_history_instead(self, other: Workout) -> None:
        """Another workout was put in progress in workout.json from outside the app (a sync tool bringing another
        device's, a copy put back by hand): this one cannot stay in progress there without losing that one. It goes
        to History, finished now, where it can be edited or deleted; that one is offered to resume. Before, the app
        crashed, and this workout's sets were in no file."""
        session = self.session
        assert session is not None
        put_there = (f"{quoted(other.name)} was put in progress in your data from elsewhere (another device, or by "
                     "hand).")
        if session.workout.sets:
            try:
                self.services.store.history.save(session.finished(self.services.clock.now()))
            except STORE_FAULTS as error:
                self.unsaved = f"Not saved yet ({brief_reason(error)}): kept here and retried every few seconds."
                self.timers.run()
                return
        sets = count(len(session.workout.sets), "set")
        self._stop_driving(f"{put_there} This workout ({sets}) is in History, finished now." if session.workout.sets
                           else f"{put_there} This workout had no sets, and was left.")
        self.resume_offer.follow(other)  # that one offered at once, as one started elsewhere is

    def _stop_driving(self, message: str) -> None:
        self.session = None
        self.unsaved = None
        say(self.app, message, severity="error", timeout=10)

    # --- time -----------------------------------------------------------------------------------------

    def tick(self) -> None:
        """Every quarter second and exactly at each deadline; every figure is computed from the clock."""
        session = self.session
        if self.unsaved and self.save_now():
            self.tell()
        if session is None or self.session is None:
            self._tick_done()
            return
        now, settings = self.services.clock.now(), self.services.settings
        if session.hold and session.hold.done(now):
            self.timers.alert("hold-end", "Hold done", "Logged.", settings)
            self._log_ended_hold(now)
            return
        if session.hold and not session.hold.getting_ready(now):
            self.timers.alert(f"hold-start-{session.hold.ready_deadline}", None, None, settings)
        if session.rest and session.rest.remaining_s(now) <= 0:
            self.timers.alert(_rest_over(session), "Rest over", "Time for the next set.", settings)
        self._tick_done()

    def _tick_done(self) -> None:
        _tell_all(self._tick_listeners)

    def arm_alarm(self) -> None:
        """Tick at the rest's or the hold's next deadline, so the bell rings on time."""
        session = self.session
        deadlines = []
        if session is not None:
            self.timers.run()
            deadlines = [session.rest.deadline] if session.rest else []
            if session.hold:
                deadlines += [session.hold.ready_deadline, session.hold.hold_deadline]
        self.timers.wake_at(deadlines, self.services.clock.now())

    def timer_line(self) -> str:
        """ "Rest 1:23", "Hold 0:20" (workout_clock.timer_line) for every screen's title line."""
        return timer_line(self.session, self.services.clock.now())

    # --- resuming, finishing, discarding --------------------------------------------------------------

    def offer_resume(self, *, asked: bool = False) -> None:
        """Offer the workout in progress this window does not drive (see resume_offer.py)."""
        self.resume_offer.offer(asked=asked)

    @property
    def left_elsewhere(self) -> Workout | None:
        """The workout in progress the user left to the other window driving it."""
        return self.resume_offer.left_elsewhere

    def changed_elsewhere(self) -> None:
        """workout.json was replaced (by this window or another): follow what another window did to the workout.

        Driving it: finished, discarded or taken over elsewhere stops this window at once (not at its next key).
        Not driving it: the offer to resume follows it (resume_offer.py).
        """
        stored = self.services.store.workout.current()
        session = self.session
        if session is None:
            self.resume_offer.follow(stored)
            return
        theirs = saved_driver(stored.progress) if stored and stored.id == session.workout.id else None
        if theirs is None:
            # Finished, discarded or replaced elsewhere: the save is refused and says so, and this window stops. Or
            # workout.json is gone (moved away by hand, as the message for a broken one advises): the save writes
            # it again from this window's workout, and nothing logged here is lost.
            self.save_now()
            self.tell()
        elif theirs.get("id") not in (None, self.services.driver["id"]):
            self._taken_over(WorkoutTakenOverError(theirs, stored))
            self.resume_offer.left_elsewhere = stored  # the Workout screen says where it is, and `r` takes it back
            self.tell()

    def _log_ended_hold(self, now: DateTime) -> None:
        """A hold that ran to its end is a set done: logged as of its end, and the rest counted from then (a hold
        that ended while the app was closed, a dropped connection, gave a full rest from the moment it was
        resumed)."""
        session = self.session
        if session is not None and session.hold is not None and session.hold.done(now):
            self._ended_by_itself = session.hold
            self.log(self.next_values().changed(hold_s=session.hold.target_s), at=session.hold.hold_deadline)

    def held_so_far(self) -> int | None:
        """The whole seconds held of a hold running (its get-ready over, its end not reached), for a finish to log
        as a set; None without one."""
        session = self.session
        hold = session.hold if session else None
        now = self.services.clock.now()
        if hold is None or hold.getting_ready(now) or hold.done(now) or hold.held_s(now) < 1:
            return None
        return hold.held_s(now)

    def finish(self, *, as_of_last_set: bool = False, held: int | None = None) -> None:
        """Finish the workout now, or, as_of_last_set, when its last set was done (finished from the offer to
        resume: the app was not running since). A hold that ran to its end is logged first; a hold still running
        is logged with `held` seconds, what held_so_far gave when `f` was pressed (the question to finish names
        it), as space would have logged it: a finish during the last plank dropped it."""
        session = self.session
        if session is None:
            return
        now = self.services.clock.now()
        self._log_ended_hold(now)
        if held is not None and session.hold is not None:
            self.log(self.next_values().changed(hold_s=held))
        if self.session is not session:  # the hold's save found the workout ended or taken over elsewhere
            return
        finished = session.finished(now)
        if as_of_last_set:
            finished = replace(finished, finished_at=finished.last_done_at)
        try:
            if not self.save_now():
                if self.session is None:  # taken over or ended elsewhere: told already
                    self.tell()
                    return
                raise OSError(self.unsaved)
            assert finished.finished_at is not None  # finished() sets it
            self.services.store.workout.mark_finished(finished.id, finished.finished_at)
        except NoWorkoutInProgressError:
            self._stop_driving("This workout was finished or discarded in another window.")
            self.tell()
            return
        except STORE_FAULTS as error:
            say(self.app, f"The workout could not be finished: {brief_reason(error)}. Nothing is lost; try "
                          f"{self.key('workout.finish')} again.", severity="error", timeout=10)
            self.tell()
            return
        self.session = None
        self.changed(save=False)
        self.filing.summary_then_history(finished)

    def finish_as_saved(self, stored: Workout) -> None:
        """Finish a workout left in progress whose tracker state cannot be read (the offer to resume): as saved,
        when its last set was done. Raises what mark_finished raises."""
        self.filing.summary_then_history(self.services.store.workout.mark_finished(stored.id, stored.last_done_at))
        self.tell()

    def discard(self, workout_id: str, *, driving: bool = True) -> None:
        """Discard the workout the user was asked about (workout_id): driving, this window's, unless another window
        has taken it over since the question; else (the offer to resume) the one offered."""
        if driving and (self.session is None or self.session.workout.id != workout_id):
            say(self.app, "Not discarded: this window no longer drives that workout.", severity="warning")
            return
        try:
            self.services.store.workout.discard(workout_id, self.services.driver if driving else None)
        except WorkoutTakenOverError:
            # Taken over in the last second: this window stops driving it as it notices (changed_elsewhere).
            say(self.app, "Not discarded: another window has taken this workout over.", severity="warning")
            return
        except NoWorkoutInProgressError:
            pass  # ended elsewhere, or another workout put in its place: this one is gone from the file already
        except STORE_FAULTS as error:
            say(self.app, f"The workout could not be discarded: {brief_reason(error)}. Try again.",
                            severity="error")
            return
        self.session = None
        self.unsaved = None
        say(self.app, "Workout discarded.")
        self.changed(save=False)


def _rest_over(session: WorkoutSession) -> str:
    """The alert of the end of the session's rest, told once."""
    assert session.rest is not None
    return f"rest-{session.rest.deadline}"


def _tell_all(listeners: list[Listener]) -> None:
    """Call each listener. A view whose widgets are being taken down (the app closing: children go before their
    parent stops listening) finds them gone, and has nothing left to show: a tick then crashed the app on its way
    out. One may stop listening as it is told, hence the copy."""
    for listener in tuple(listeners):
        try:
            listener()
        except NoMatches:
            pass


def _set_now(session: WorkoutSession, exercise_id: str | None = None) -> tuple[str, str] | None:
    """The set that values edited with `e` or taken back with `u` belong to: the next set, done as this exercise
    (by default the one it is now); None once every set is logged. A variation swapped in at that set (a plank for
    the mountain climbers) starts from its own values: the reps taken back were logged as the plank's, and `space`
    could not start its hold."""
    slot = session.current_slot
    if slot is None or session.cursor is None:
        return None
    return session.cursor, exercise_id or slot.exercise_id
