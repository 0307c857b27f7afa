"""Keys that arrive together reach the screen a key among them opened.

An SSH connection that stalls hands the app the keys typed meanwhile all at once: "ctrl+p start four enter".
Textual hands each key to the focused widget as it comes, and a screen that was just opened (the command palette,
a dialog) is still being built: it has no focused field yet, so the keys behind the one that opened it were
lost. Here they wait, in order, until the new screen has focused its field (or has nothing to focus), looked at
every frame for a tenth of a second at most; a screen that has once taken keys never holds them again.

Only a key that opens the screen in the app's own turn (a priority binding: ctrl+p, History's e and a) has keys
behind it to hold: other keys reach the app after the focused widget has seen them, and the keys behind them have
gone to it too.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakSet

from textual import events
from textual.app import App
from textual.screen import Screen

# How often and how long keys wait at most for a new screen: a screen that focuses nothing must not keep them.
FRAME_S = 1 / 60
MAX_FRAMES = 6


def _takes_keys(screen: Screen) -> bool:
    return screen.is_mounted and (screen.focused is not None or not screen.focus_chain)


class KeysWaitForANewScreen(App):
    """Mixed into the App, before Textual's App."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[events.Key] = []  # in the order they came
        self._frames_waited = 0
        self._settled: WeakSet[Screen] = WeakSet()  # screens that have taken keys

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded and self._must_wait():
            self._held.append(event)
            if len(self._held) == 1:
                self._frames_waited = 0
                self.set_timer(FRAME_S, self._let_keys_in)  # the app's own timer: the screen may go meanwhile
            return
        await super().on_event(event)

    def _must_wait(self) -> bool:
        if self._held:
            return True  # behind the keys already waiting
        screen = self.screen
        if screen in self._settled:
            return False
        if _takes_keys(screen):
            self._settled.add(screen)
            return False
        return True

    def _let_keys_in(self) -> None:
        self._frames_waited += 1
        if not _takes_keys(self.screen) and self._frames_waited < MAX_FRAMES:
            self.set_timer(FRAME_S, self._let_keys_in)
            return
        self._settled.add(self.screen)
        held, self._held = self._held, []
        for key in held:  # posted at once: ahead of any key that comes later
            self.post_message(events.Key(key.key, key.character))
