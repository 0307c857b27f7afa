"""Measurements that must run in a process of their own; each prints one JSON line for bench.run to read.

    python -m bench.probes first-frame app DATA_DIR   the app's first frame, headless
    python -m bench.probes first-frame bare           a bare Textual app (header, label, footer), headless
    python -m bench.probes bare-app                   that bare app in the terminal, for the tmux timing
    python -m bench.probes bare-screens               a bare app with two screens (the second with a 30-row
                                                      DataTable), in the terminal: the screen switch and key
                                                      timings' reference (bench.screen_timing)
    python -m bench.probes bare-screens FILE          the same, its space first writing FILE as a logged set
                                                      writes the workout file: the floor of a key that saves
    python -m bench.probes log-latency DATA_DIR N     key press to durable set write, N presses, headless
    python -m bench.probes rest-alert SECONDS         how late the rest bell rings after its deadline
    python -m bench.probes finish DATA_DIR            from `f` (and `y` to finish early) to the summary with its
                                                      personal records, headless
    python -m bench.probes session DATA_DIR           a session, headless, for its peak memory: every screen,
                                                      History's charts with their data, a workout finished
    python -m bench.probes session bare               the bare screens app's session: its screens in turn
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path


def _vm_hwm_kib() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


def bare_app():
    """The reference: a Textual app with a header, a label and a footer."""
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Header, Label

    class Bare(App):
        BINDINGS = [("q", "quit", "Quit")]

        def compose(self) -> ComposeResult:
            yield Header()
            yield Label("Hello")
            yield Footer()

    return Bare()


BARE_TABLE_ROWS = 30


# What a logged set writes, about: the workout file of a routine's first sets (7.4 KiB for the Gym session's).
SAVED_WORKOUT_BYTES = 7 * 1024


def bare_screens_app(saved_file: Path | None = None):
    """The reference for switching screens and for a key's repaint. It opens on a screen like bare_app's, whose
    label counts the presses of space ("Pressed 3"); `2` switches to a screen with a header, a label, a 30-row
    DataTable and a footer, `1` back. Both are modes, as the app's screens are, so a screen is built on its
    first switch and kept for the later ones.

    saved_file: space first writes it as the app saves a logged set (atomically and durably: a temporary file,
    fsync, rename, fsync of the folder) and only then changes the label, as a set is shown once it is saved. Its
    key is what the workout keys that save (log, undo) cannot beat, whatever the rest of their work."""
    from textual.app import App, ComposeResult
    from textual.screen import Screen
    from textual.widgets import DataTable, Footer, Header, Label

    class Start(Screen):
        BINDINGS = [("space", "press", "Press")]
        presses = 0

        def compose(self) -> ComposeResult:
            yield Header()
            yield Label("Hello", id="hello")
            yield Footer()

        def action_press(self) -> None:
            if saved_file is not None:
                from tui.store.files import write_atomically

                write_atomically(saved_file, b"x" * SAVED_WORKOUT_BYTES)
            self.presses += 1
            self.query_one("#hello", Label).update(f"Pressed {self.presses}")

    class Table(Screen):
        DEFAULT_CSS = "Table DataTable { height: 1fr; }"  # the table scrolls, not the screen, as History's

        def compose(self) -> ComposeResult:
            yield Header()
            yield Label("Thirty rows")
            yield DataTable()
            yield Footer()

        def on_mount(self) -> None:
            table = self.query_one(DataTable)
            table.add_columns("Row", "Date", "Name", "Sets")
            table.add_rows((f"Row {n:02d}", f"Mon {n:02d} Nov 2026", "Gym upper-body session", str(n))
                           for n in range(1, BARE_TABLE_ROWS + 1))

    class BareScreens(App):
        MODES = {"start": Start, "table": Table}
        DEFAULT_MODE = "start"
        BINDINGS = [("1", "switch_mode('start')", "Start"), ("2", "switch_mode('table')", "Table"),
                    ("q", "quit", "Quit")]

    return BareScreens()


def first_frame(kind: str, data: str | None) -> None:
    if kind == "bare":
        app = bare_app()
    else:
        from tui.cli import prepared_app

        app = prepared_app(Path(data))

    async def report(pilot) -> None:
        await pilot.pause()  # the first frame has been composed and rendered
        # Its peak memory at its first frame, read by the process itself (see bench.run.timed_run).
        print(json.dumps({"first_frame_at": time.time(), "peak_kib": _vm_hwm_kib()}), flush=True)
        pilot.app.exit()

    app.run(headless=True, size=(100, 30), auto_pilot=report)


def log_latency(data: str, presses: int) -> None:
    from tui.app import make_app
    from tui.store.open import open_store

    app = make_app(open_store(Path(data)))
    routine = app.catalogue.routines["sample-upper-body-workout"]
    latencies: list[float] = []

    saved_at: list[float] = []
    save = app.store.workout.save

    def timed_save(workout) -> None:
        save(workout)  # returns once the file and its directory are fsynced: the set is durable
        saved_at.append(time.perf_counter())

    app.store.workout.save = timed_save

    async def drive() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            app.start_workout(routine)
            await pilot.pause()
            await app.workers.wait_for_complete()
            for number in range(presses):
                # From the key entering the app to the durable write; Pilot's own settling afterwards is
                # not the user's wait, so it is left out.
                started = time.perf_counter()
                await pilot.press("space")
                latencies.append((saved_at[-1] - started) * 1000)
                if app.session.all_done or number % 12 == 11:  # stay mid-workout: take the sets back
                    while app.session.workout.sets:
                        await pilot.press("u")
        print(json.dumps({"latencies_ms": latencies}), flush=True)

    asyncio.run(drive())


def rest_alert(seconds: float) -> None:
    import tempfile

    from tui.app import make_app
    from tui.domain.workout.timers import RestTimer
    from tui.store.open import open_store

    home = tempfile.TemporaryDirectory(prefix="runstrength-bench-")  # removed as the probe ends
    app = make_app(open_store(Path(home.name) / "data"))
    rang: list[float] = []
    app.bell = lambda: rang.append(time.time())

    async def drive() -> None:
        async with app.run_test() as pilot:
            app.start_workout(app.catalogue.routines["sample-upper-body-workout"])
            await pilot.pause()
            now = app.clock.now()
            app.session.rest = RestTimer(now, now.add(microseconds=int(seconds * 1_000_000)))
            app.workout.changed()
            while not rang:
                await asyncio.sleep(0.01)
            deadline = app.session.rest.deadline.timestamp()
            print(json.dumps({"late_ms": (rang[0] - deadline) * 1000}), flush=True)

    with home:
        asyncio.run(drive())


def _records_shown(app) -> bool:
    """The workout's summary is up with its personal records (they are checked after it opens)."""
    from tui.screens.workout_summary import CHECKING_RECORDS, SummaryScreen

    screen = app.screen
    return isinstance(screen, SummaryScreen) and str(screen.query_one("#summary-records").render()) not in (
        "", CHECKING_RECORDS)


def finish(data: str) -> None:
    from tui.app import make_app
    from tui.store.open import open_store

    app = make_app(open_store(Path(data)))

    async def drive() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            app.start_workout(app.catalogue.routines["sample-upper-body-workout"])
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.press("space", "space", "space")
            await pilot.pause()
            await app.workers.wait_for_complete()
            # What the user waits for: from f (and y, as some sets are left) to the records on the summary.
            started = time.perf_counter()
            await pilot.press("f", "y")
            while not _records_shown(app):
                await asyncio.sleep(0.001)
            elapsed = time.perf_counter() - started
            print(json.dumps({"finish_s": elapsed}), flush=True)

    asyncio.run(drive())


def session(data: str) -> None:
    """A user's session, for its peak memory (bench.run reads the process's VmHWM): the app visits every
    screen, opens History's charts and waits for their data, then starts and finishes a workout. `bare`: the
    bare screens app switches between its two screens as often."""
    if data == "bare":
        app = bare_screens_app()
    else:
        from tui.cli import prepared_app

        app = prepared_app(Path(data))  # as the command line starts it

    async def settle(pilot) -> None:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()

    async def drive() -> None:
        async with app.run_test(size=(100, 30)) as pilot:
            if data == "bare":
                for key in "2121212":
                    await pilot.press(key)
                    await settle(pilot)
            else:
                await app_session(app, pilot, settle)
        print(json.dumps({"peak_kib": _vm_hwm_kib()}), flush=True)

    asyncio.run(drive())


async def app_session(app, pilot, settle) -> None:
    from textual.widgets import OptionList

    for key in "2341":
        await pilot.press(key)
        await settle(pilot)
    await pilot.press("4", "g")  # History's charts: they chart what a worker reads from every year file
    await settle(pilot)
    charted = [option_list.option_count for option_list in app.screen.query(OptionList)]
    if not any(charted):
        raise SystemExit("History's charts listed no exercise once its workers were done")
    await pilot.press("2")
    app.start_workout(app.catalogue.routines["sample-upper-body-workout"])
    await settle(pilot)
    await pilot.press("space", "space", "space")
    await settle(pilot)
    await pilot.press("f", "y")
    for _ in range(3000):  # the summary with its records: at most 30 s
        await settle(pilot)
        if _records_shown(app):
            return
        await asyncio.sleep(0.01)
    raise SystemExit("the workout's summary never showed its records")


def main(argv: list[str]) -> None:
    probe, *args = argv
    if probe == "first-frame":
        first_frame(args[0], args[1] if len(args) > 1 else None)
    elif probe == "bare-app":
        bare_app().run()
    elif probe == "bare-screens":
        bare_screens_app(Path(args[0]) if args else None).run()
    elif probe == "session":
        session(args[0])
    elif probe == "log-latency":
        log_latency(args[0], int(args[1]))
    elif probe == "finish":
        finish(args[0])
    elif probe == "rest-alert":
        rest_alert(float(args[0]))
    else:
        raise SystemExit(f"unknown probe {probe!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
