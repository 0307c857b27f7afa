"""Regenerate the README's screenshots (docs/screenshots/*.svg) from the app itself.

    .venv/bin/python scripts/screenshots.py

Each screen is shown at 100x30 with a fixed clock and a synthetic history, so the pictures only change when
the app does.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import pendulum

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.history import write_history  # noqa: E402
from tui.app import make_app  # noqa: E402
from tui.domain.catalogue.loading import load_catalogue  # noqa: E402
from tui.resources import data_dir  # noqa: E402
from tui.store.open import open_store  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
NOW = pendulum.datetime(2026, 11, 20, 18, 30, tz="Europe/Paris")


class FixedClock:
    def __init__(self) -> None:
        self.current = NOW.in_timezone("UTC")

    def now(self) -> pendulum.DateTime:
        return self.current


async def shoot(name: str, keys: list[str], clock: FixedClock, store, advance_s: float = 0) -> None:
    settings = store.settings.get().changed(time_zone="Europe/Paris")
    app = make_app(store, clock, settings=settings)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for key in keys:
            if key.startswith("start:"):
                app.start_workout(app.catalogue.routines[key.removeprefix("start:")])
            else:
                await pilot.press(key)
            await pilot.pause()
        if advance_s:
            clock.current = clock.current.add(seconds=advance_s)
            app.screen.tick()
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        app.save_screenshot(filename=f"{name}.svg", path=str(OUT))
        if app.session is not None:
            app.store.workout.discard()  # the next picture starts without a workout in progress


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    store = open_store(Path(tempfile.mkdtemp()) / "data")
    write_history(store, load_catalogue(data_dir()), 3000, NOW.subtract(days=2).in_timezone("UTC"))
    clock = FixedClock()
    await shoot("routines", [], clock, store)
    await shoot("workout", ["start:sample-upper-body-workout", "space"], clock, store, advance_s=25)
    await shoot("calendar", ["3"], clock, store)
    await shoot("history", ["4"], clock, store)
    await shoot("settings", ["comma"], clock, store)
    print(f"wrote {len(list(OUT.glob('*.svg')))} screenshots to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    asyncio.run(main())
