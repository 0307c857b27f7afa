"""Screen switches and workout keys as a user meets them (issue 22, "Fast where a user feels it"): the app in a
100x30 tmux pane, a key sent, and the time until what it brings is on the pane. Keys go in through a tmux
control-mode client, which also tells, line by line, when the app wrote to its terminal: a key's time ends at the
output after which the pane shows its change. (Polling capture-pane every 5 ms, as before 2026-12-01, added a
spawned tmux client and up to a poll to both sides of every ratio, which pulled each of them toward 1.)

The reference is the bare screens app (`python -m bench.probes bare-screens`), timed in turns with the app:
its switch to a screen with a header, a label, a 30-row DataTable and a footer, and a key that changes a label.
"""

from __future__ import annotations

import itertools
import os
import re
import statistics
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bench.terminal_timing import ROOT, SOCKET, USER_ENV

POLL_S = 0.005  # reading the pane while waiting for an app's first frame (untimed)
SETTLE_S = 0.3  # a user's pace: after a first frame, and between screen switches (a fifth of it between keys)
ROUTINES = "Shipped routines"  # the routine list's first group: the Routines screen's content is drawn
BARE = ("Hello", "Row 26")  # the bare app's first screen, and the last visible row of its table
_panes = itertools.count()


class Pane:
    """A command in a 100x30 pane on a tmux server of its own (several can be open at once), and a control-mode
    client on it that types the keys and times the app's output."""

    def __init__(self, command: list[str], ready: str) -> None:
        self.socket = f"{SOCKET}-{os.getpid()}-keys-{next(_panes)}"
        self._tmux("new-session", "-d", "-s", "bench", "-x", "100", "-y", "30", "-c", str(ROOT),
                   " ".join(["exec", *command]))
        try:
            self.wait(lambda text: ready in text, f"{ready!r} (the first frame)")
        except TimeoutError:
            self._tmux("kill-server")
            raise
        # A control-mode client: it types the keys (no tmux process started per key), and its "%output" lines
        # say when the app wrote to the pane, each timed by a thread as it arrives.
        self._client = subprocess.Popen(["tmux", "-L", self.socket, "-C", "attach", "-t", "bench"],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=USER_ENV)
        self._outputs: list[float] = []
        self._output = threading.Event()
        self._attached = threading.Event()
        threading.Thread(target=self._read_client, daemon=True).start()
        if not self._attached.wait(10):
            self.close()
            raise TimeoutError("tmux's control-mode client never answered")
        time.sleep(SETTLE_S)

    def __enter__(self) -> Pane:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False,
                              env=USER_ENV).stdout

    def text(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "bench")

    def wait(self, done: Callable[[str], bool], what: str, timeout: float = 30.0) -> None:
        """Until done(the pane's text), reading the pane every few milliseconds."""
        started = time.perf_counter()
        text = ""
        while time.perf_counter() - started < timeout:
            text = self.text()
            if done(text):
                return
            time.sleep(POLL_S)
        raise TimeoutError(f"waited {timeout:.0f} s for {what}; the pane shows:\n{text}")

    def _read_client(self) -> None:
        assert self._client.stdout is not None
        for line in self._client.stdout:
            if line.startswith(b"%output"):
                self._outputs.append(time.perf_counter())
                self._output.set()
            self._attached.set()

    def press(self, key: str, done: Callable[[str], bool], what: str, timeout: float = 30.0) -> float:
        """Seconds from sending `key` (a tmux key name, or text with a space) until the app's output after which
        done(the pane's text) holds. The pane is read after each output; the time is that of the last output
        read by then, so an output arriving during a read counts against the app, never for it."""
        assert self._client.stdin is not None
        self._output.clear()
        started = time.perf_counter()
        self._client.stdin.write(f'send-keys -t bench {f"-l {key!r}" if " " in key else key}\n'.encode())
        self._client.stdin.flush()
        text = ""
        while time.perf_counter() - started < timeout:
            if not self._output.wait(0.5):
                continue
            self._output.clear()
            text = self.text()
            if done(text):
                return self._outputs[-1] - started
        raise TimeoutError(f"waited {timeout:.0f} s for {what}; the pane shows:\n{text}")

    def close(self) -> None:
        """Kill the server, and wait for the pane's process to end so that it cannot slow down the next run."""
        if getattr(self, "_client", None) is not None:
            self._client.terminate()
            self._client.wait()
        pid, socket = self._tmux("list-panes", "-t", "bench", "-F", "#{pane_pid} #{socket_path}").split(maxsplit=1)
        self._tmux("kill-server")
        Path(socket.strip()).unlink(missing_ok=True)  # the server does not always remove it
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.kill(int(pid), 0)
            except ProcessLookupError:
                return
            time.sleep(0.01)
        raise TimeoutError(f"process {pid} outlived its terminal")


def shows(wanted: str, gone: str) -> Callable[[str], bool]:
    return lambda text: wanted in text and gone not in text


# --- screen switches ------------------------------------------------------------------------------------------

def app_screens(directory: Path) -> dict[str, tuple[str, str]]:
    """Each screen's key, name and a text only its drawn content shows (checked by hand on a 100x30 pane).
    History's is the newest workout's date as its list shows it: the list is read when the screen is shown."""
    from tui.store.open import open_store

    newest = open_store(directory).history.summaries()[-1].started_local
    return {"1": ("Routines", ROUTINES), "2": ("Workout", "No workout in progress"),
            "3": ("Calendar", "Current streak"), "4": ("History", f"{newest:%a %d %b %Y}")}


def switches(pane: Pane, key: str, marker: str, back: str, back_marker: str, later: int) -> tuple[float, list[float]]:
    """The first switch to a screen (`key`, shown when `marker` is on the pane), then `later` more, each after
    going back (untimed) to the screen of `back`."""
    first = pane.press(key, shows(marker, back_marker), f"{marker!r} after key {key}")
    times = []
    for _ in range(later):
        time.sleep(SETTLE_S)
        pane.press(back, shows(back_marker, marker), f"{back_marker!r} after key {back}")
        time.sleep(SETTLE_S)
        times.append(pane.press(key, shows(marker, back_marker), f"{marker!r} after key {key}"))
    return first, times


def screen_switches(bare: list[str], app: list[str], directory: Path, rounds: int,
                    later: int = 2) -> dict[str, tuple[float, float]]:
    """Median seconds of the first and of a later switch to each screen of the app ("History": (first, later)),
    and to the bare app's table screen ("bare"). Every app run (a fresh process per screen, so each first
    switch is a first) follows a bare app's run, so a machine getting busier shifts both alike. The app opens
    on Routines, built with its first frame: its "first" switch is the first return to it."""
    screens = app_screens(directory)
    names = [name for name, _ in screens.values()] + ["bare"]
    timed: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in names}
    for _ in range(rounds):
        for key, (name, marker) in screens.items():
            for who, command in (("bare", bare), (name, app)):
                with Pane(command, BARE[0] if who == "bare" else ROUTINES) as pane:
                    if who == "bare":
                        first, times = switches(pane, "2", BARE[1], "1", BARE[0], later)
                    else:
                        back = "2" if key == "1" else "1"  # Routines is where the app opens: switched back to
                        if key == "1":
                            pane.press(back, shows(screens[back][1], ROUTINES), "the Workout screen")
                            time.sleep(SETTLE_S)
                        first, times = switches(pane, key, marker, back, screens[back][1], later)
                timed[who][0].append(first)
                timed[who][1].extend(times)
    return {who: (statistics.median(first), statistics.median(times)) for who, (first, times) in timed.items()}


def history_ends(bare: list[str], app: list[str], directory: Path, passes: int) -> dict[str, float]:
    """Median seconds from end to the oldest workout on History's list ("end"), the first end of a fresh app (a
    later one costs the same now; before the list held a window of the workouts only the first built every row),
    then from home back to the newest ("home"), and from space to the bare app's label showing its new count
    ("bare"), in turns as workout_keys."""
    from tui.store.open import open_store

    summaries = open_store(directory).history.summaries()
    oldest, newest = (f"{summary.started_local:%a %d %b %Y}" for summary in (summaries[0], summaries[-1]))
    timed: dict[str, list[float]] = {"bare": [], "end": [], "home": []}
    presses = 0
    with Pane(bare, BARE[0]) as bare_pane:
        for _ in range(passes):
            with Pane(app, ROUTINES) as app_pane:
                app_pane.press("4", shows(newest, ROUTINES), "History's list")
                for key, marker, gone in (("End", oldest, newest), ("Home", newest, oldest)):
                    time.sleep(SETTLE_S)
                    presses += 1
                    timed["bare"].append(_key(bare_pane, "Space", (_text(f"Pressed {presses}"), True),
                                              bare_pane.text()))
                    time.sleep(SETTLE_S / 5)
                    timed[key.lower()].append(app_pane.press(key, shows(marker, gone), f"{marker!r} after {key}"))
    return {kind: statistics.median(times) for kind, times in timed.items()}


# --- the workout loop's keys ----------------------------------------------------------------------------------
#
# A workout repaints by itself: once a second the elapsed time ("Exercise 1 of 6 · 0:04"), and while resting the
# header's "Rest 0:59", the big digits and the bar. "The pane changed" would often be a tick, not the key. So each
# key waits for the change only that key makes, read from the pane before it is sent: log turns "Set 1 of 3" into
# "Set 2 of 3", +/- turn "then rest 60 s" into 75 or 45, skip takes the rest's "s: skip" away, edit opens a dialog
# ("Use these values"), undo brings "Set 1 of 3" back, next turns "Exercise 1 of" into "Exercise 2 of". A tick
# only changes clocks and bars, none of these texts; and none of them is on the pane before its key.

def _number(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    if found is None:
        raise ValueError(f"no {pattern!r} on the workout screen:\n{text}")
    return int(found[1])


def _becomes(pattern: str, step: int) -> Callable[[str], str]:
    """From the pane before a key: the text it shows once the number in `pattern` has moved by `step`."""
    return lambda before: pattern.replace(r"(\d+)", str(_number(pattern, before) + step))


def _text(text: str) -> Callable[[str], str]:
    return lambda before: text


# Key kind, tmux key, the text the key brings (worked out from the pane before it) or takes away (False), and
# an untimed key that undoes it with what that one brings or takes away. A pass leaves the workout as it found
# it (exercise 1, set 1, no rest), so the passes repeat.
Change = tuple[Callable[[str], str], bool]
WORKOUT_KEYS: list[tuple[str, str, Change, tuple[str, Change] | None]] = [
    ("log", "Space", (_becomes(r"Set (\d+) of", 1), True), None),
    ("+/-", "+", (_becomes(r"then rest (\d+) s", 15), True), None),
    ("+/-", "-", (_becomes(r"then rest (\d+) s", -15), True), None),
    ("skip", "s", (_text("s: skip"), False), None),
    ("edit", "e", (_text("Use these values"), True), ("Escape", (_text("Use these values"), False))),
    ("undo", "u", (_becomes(r"Set (\d+) of", -1), True), None),
    ("next", "n", (_becomes(r"Exercise (\d+) of", 1), True), ("p", (_becomes(r"Exercise (\d+) of", 0), True))),
]


def _key(pane: Pane, key: str, change: Change, before: str) -> float:
    """Seconds from `key` to the change it makes; `before` is the pane's text before it."""
    expected, appears = change[0](before), change[1]
    if (expected in before) == appears:
        raise ValueError(f"{expected!r} is {'already' if appears else 'not'} on the pane before key {key}:\n{before}")
    done = (lambda text: expected in text) if appears else (lambda text: expected not in text)
    return pane.press(key, done, f"{expected!r} to {'appear' if appears else 'go'} after key {key}")


def start_workout(pane: Pane) -> None:
    """The Gym upper-body session from the command palette, as a user starts one."""
    for key, wanted in (("C-p", "Search for commands"), ("start gym upper", "Start workout: Gym upper-body"),
                        ("Enter", "Set 1 of 3")):
        pane.press(key, lambda text, wanted=wanted: wanted in text, repr(wanted))
    time.sleep(SETTLE_S)


def workout_keys(bare: list[str], saving: list[str], app: list[str], passes: int) -> dict[str, float]:
    """Median seconds from each key of the workout loop to its repaint ("log", "+/-", "skip", ...), from space to
    the bare app's label showing its new count ("bare"), and the same in the bare app whose space first saves a
    file as a logged set is saved ("bare, saving": `saving`, see probes.bare_screens_app). The apps are open at
    once and the keys alternate between them: a bare key, a saving bare key, then an app key. One untimed pass
    first, for all."""
    timed: dict[str, list[float]] = {"bare": [], "bare, saving": []}
    with Pane(bare, BARE[0]) as bare_pane, Pane(saving, BARE[0]) as saving_pane, Pane(app, ROUTINES) as app_pane:
        start_workout(app_pane)
        presses = 0
        for number in range(passes + 1):
            for kind, key, change, undo in WORKOUT_KEYS:
                presses += 1
                bare_s = _key(bare_pane, "Space", (_text(f"Pressed {presses}"), True), bare_pane.text())
                saving_s = _key(saving_pane, "Space", (_text(f"Pressed {presses}"), True), saving_pane.text())
                before = app_pane.text()
                app_s = _key(app_pane, key, change, before)
                if number:
                    timed["bare"].append(bare_s)
                    timed["bare, saving"].append(saving_s)
                    timed.setdefault(kind, []).append(app_s)
                time.sleep(SETTLE_S / 5)
                if undo:
                    undo_key, (expected, appears) = undo
                    text = expected(before)
                    app_pane.press(undo_key, lambda now, text=text, appears=appears: (text in now) == appears,
                                   f"key {undo_key} to undo key {key}")
                    time.sleep(SETTLE_S / 5)
    return {kind: statistics.median(times) for kind, times in timed.items()}


# --- finishing a workout ----------------------------------------------------------------------------------------

def _summary_with_records(text: str) -> bool:
    """The summary is on the pane with its records: "Personal records ..." or "No personal records this time",
    not the "Personal records: looking through your history..." it shows while they are worked out."""
    return "Finished:" in text and "records" in text and "looking through" not in text


def _finish(pane: Pane) -> float:
    """Seconds from `y`, answering the question to finish a workout with sets left, to the summary with its
    records ("Personal records", or "No personal records this time") on the pane."""
    start_workout(pane)
    for logged in (1, 2):  # two sets of the first exercise: the finish asks about the sets left
        pane.press("Space", lambda text, logged=logged: f"Set {logged + 1} of 3" in text, f"set {logged} logged")
        time.sleep(SETTLE_S / 5)
    pane.press("f", lambda text: "Finish now?" in text, "the question to finish")
    time.sleep(SETTLE_S)
    return pane.press("y", _summary_with_records, "the summary with its records")


def finishes(app: Callable[[Path], list[str]], empty: Path, full: Path, passes: int) -> dict[str, float]:
    """Median seconds of a finish (`_finish`) in the app on the empty data dir ("empty") and on the full one
    ("full"), in turns, each in a fresh app; app(data dir) is the command that runs the app on a copy of it."""
    timed: dict[str, list[float]] = {"empty": [], "full": []}
    for _ in range(passes):
        for kind, directory in (("empty", empty), ("full", full)):
            with Pane(app(directory), ROUTINES) as pane:
                timed[kind].append(_finish(pane))
    return {kind: statistics.median(times) for kind, times in timed.items()}
