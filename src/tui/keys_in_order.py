"""Keys that arrive together are handled one after the other, each by what the keys before it left on screen.

An SSH connection that stalls hands the app the keys typed meanwhile all at once: "a Leg day", "ctrl+p start four
enter", "1 3 backspace 2". Textual hands each key to the focused widget as it comes, without waiting for the one
before it to be handled, and two things went wrong:
- A key's binding runs only once the key has bubbled from the focused widget up to the app, while the keys behind
  it are already in the widget's queue. A field typed "1 3 2" and only then deleted (making "13"); a list got the
  letters of the name that "a" was opening a form for.
- A screen that was just opened (the command palette, a dialog) is still being built: it has no focused field yet.

So a key handed to a widget is followed by a marker that bubbles up the same way; the keys behind it wait until
the marker reaches the app (or the widget is gone, and the marker with it). And keys wait for a new screen to be
built and to focus its field (or to have nothing to focus). Each wait is looked at every frame and has a limit, so
nothing keeps the keys for ever; a screen that has once taken keys never waits for a focus again.
"""

from __future__ import annotations

from collections import Counter
from typing import Any
from weakref import WeakSet

from textual import events
from textual.app import App
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget

# What keys wait for, and how many frames at most (they are looked at every frame). The key before them comes back
# unless its widget went away; a screen's first build takes long with years of history (History's); a screen that
# focuses nothing must not keep them.
FRAME_S = 1 / 60
THE_KEY_BEFORE = "the key before"
A_SCREEN_BEING_BUILT = "a screen being built"
A_FIELD_TO_FOCUS = "a field to focus"
MAX_FRAMES = {THE_KEY_BEFORE: 120, A_SCREEN_BEING_BUILT: 180, A_FIELD_TO_FOCUS: 6}


class KeyHandled(Message, bubble=True):
    """Follows a key handed to a widget: when it reaches the app, so has the key (or the key was used on the way)."""


def _takes_keys(screen: Screen) -> bool:
    return screen.is_mounted and (screen.focused is not None or not screen.focus_chain)


class KeysHandledInOrder(App):
    """Mixed into the App, before Textual's App."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[events.Key] = []  # in the order they came
        self._frames: Counter[str] = Counter()  # frames waited for each thing, since keys began to wait
        self._settled: WeakSet[Screen] = WeakSet()  # screens that have taken keys
        self._handing: KeyHandled | None = None  # the marker of the key still being handled, if any
        self._handed_to: Widget | None = None  # and the widget that key went to
        self._looking: Timer | None = None

    async def on_event(self, event: events.Event) -> None:
        if not isinstance(event, events.Key) or event.is_forwarded:
            await super().on_event(event)
            return
        if self._held or self._waiting_for() is not None:
            self._held.append(event)
            if len(self._held) == 1:
                self._frames.clear()
                self._looking = self.set_timer(FRAME_S, self._let_keys_in)  # the app's: the screen may go meanwhile
            return
        target = self.focused or self.screen  # where Textual hands a key that no priority binding takes
        await super().on_event(event)
        if event.is_forwarded:
            marker = KeyHandled()
            if target.post_message(marker):
                self._handing, self._handed_to = marker, target

    def on_key_handled(self, message: KeyHandled) -> None:
        if message is self._handing:
            self._handing = self._handed_to = None
            if self._held and self._waiting_for() is None:
                self._release()

    def _waiting_for(self) -> str | None:
        if self._handing is not None and self._handed_to is not None and self._handed_to.is_attached:
            return THE_KEY_BEFORE
        screen = self.screen
        if not screen.is_mounted:
            return A_SCREEN_BEING_BUILT
        if screen in self._settled:
            return None
        if _takes_keys(screen):
            self._settled.add(screen)
            return None
        return A_FIELD_TO_FOCUS

    def _let_keys_in(self) -> None:
        waiting_for = self._waiting_for()
        if waiting_for is not None:
            self._frames[waiting_for] += 1
            if self._frames[waiting_for] < MAX_FRAMES[waiting_for]:
                self._looking = self.set_timer(FRAME_S, self._let_keys_in)
                return
        self._release()

    def _release(self) -> None:
        if self._looking is not None:
            self._looking.stop()
            self._looking = None
        self._settled.add(self.screen)
        self._handing = self._handed_to = None
        held, self._held = self._held, []
        for key in held:  # posted at once: ahead of any key that comes later
            self.post_message(events.Key(key.key, key.character))
