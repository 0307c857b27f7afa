"""Keys that arrive together are handled one after the other, each by what the keys before it left on screen.

An SSH connection that stalls hands the app the keys typed meanwhile all at once: "a Leg day", "ctrl+p start four
enter", "1 3 backspace 2". Textual hands each key to the focused widget as it comes, without waiting for the one
before it to be handled, and two things went wrong:
- A key's binding runs only once the key has bubbled from the focused widget up to the app, while the keys behind
  it are already in the widget's queue. A field typed "1 3 2" and only then deleted (making "13"); a list got the
  letters of the name that "a" was opening a form for.
- A screen that was just opened (the command palette, a dialog) is still being built: it has no focused field yet.

So a key handed to a widget is followed by a marker that bubbles up the same way; the keys behind it wait until
the marker reaches the app. And keys wait for a new screen to focus its field (or to have nothing to focus). Both
waits are looked at every frame and end after a few frames at most, so a widget removed meanwhile, or a screen
that focuses nothing, cannot keep the keys; a screen that has once taken keys never holds them again.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakSet

from textual import events
from textual.app import App
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer

# How often keys are looked at, and how long they wait at most: a key's marker lost with its widget, or a screen
# that focuses nothing, must not keep them. A screen's first build (History's, with years of history) takes longer.
FRAME_S = 1 / 60
MAX_FRAMES = 6
MAX_FRAMES_TO_BUILD = 180


class KeyHandled(Message, bubble=True):
    """Follows a key handed to a widget: when it reaches the app, so has the key (or the key was used on the way)."""


def _takes_keys(screen: Screen) -> bool:
    return screen.is_mounted and (screen.focused is not None or not screen.focus_chain)


class KeysWaitForANewScreen(App):
    """Mixed into the App, before Textual's App."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[events.Key] = []  # in the order they came
        self._frames_waited = self._frames_building = 0
        self._settled: WeakSet[Screen] = WeakSet()  # screens that have taken keys
        self._handing: KeyHandled | None = None  # the marker of the key still on its way up, if any
        self._looking: Timer | None = None

    async def on_event(self, event: events.Event) -> None:
        if not isinstance(event, events.Key) or event.is_forwarded:
            await super().on_event(event)
            return
        if self._must_wait():
            self._held.append(event)
            if len(self._held) == 1:
                self._frames_waited = self._frames_building = 0
                self._looking = self.set_timer(FRAME_S, self._let_keys_in)  # the app's: the screen may go meanwhile
            return
        target = self.focused or self.screen  # where Textual hands a key that no priority binding takes
        await super().on_event(event)
        if event.is_forwarded:
            marker = KeyHandled()
            if target.post_message(marker):
                self._handing = marker

    def on_key_handled(self, message: KeyHandled) -> None:
        if message is self._handing:
            self._handing = None
            if self._held and _takes_keys(self.screen):
                self._release()

    def _must_wait(self) -> bool:
        if self._held or self._handing is not None:
            return True  # behind the keys already waiting, or the key being handled
        screen = self.screen
        if screen in self._settled:
            return False
        if _takes_keys(screen):
            self._settled.add(screen)
            return False
        return True

    def _let_keys_in(self) -> None:
        if not self.screen.is_mounted and self._frames_building < MAX_FRAMES_TO_BUILD:
            self._frames_building += 1
            self._looking = self.set_timer(FRAME_S, self._let_keys_in)
            return
        self._frames_waited += 1
        ready = self._handing is None and _takes_keys(self.screen)
        if not ready and self._frames_waited < MAX_FRAMES:
            self._looking = self.set_timer(FRAME_S, self._let_keys_in)
            return
        self._release()

    def _release(self) -> None:
        if self._looking is not None:
            self._looking.stop()
            self._looking = None
        self._settled.add(self.screen)
        self._handing = None
        held, self._held = self._held, []
        for key in held:  # posted at once: ahead of any key that comes later
            self.post_message(events.Key(key.key, key.character))
