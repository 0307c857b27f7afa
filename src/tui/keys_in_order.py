"""Keys that arrive together act as they would typed one at a time: they reach the screen a key among them
opened, and a field's own keys act in order with the characters around them.

An SSH connection that stalls hands the app the keys typed meanwhile all at once: "ctrl+p start four enter".
Textual hands each key to the focused widget as it comes, and a screen that was just opened (the command palette,
a dialog) is still being built: it has no focused field yet, so the keys behind the one that opened it were
lost. Here they wait, in order, until the new screen has focused its field (or has nothing to focus), looked at
every frame for a tenth of a second at most; a screen that has once taken keys never holds them again.

Only a key that opens the screen in the app's own turn has keys behind it to hold: other keys reach the app after
the focused widget has seen them, and the keys behind them have gone to it too. So every key that opens a form
is a priority binding (ctrl+p, `,`, `a` and `e` on Routines and in History...).

A field's own keys (backspace, delete, home, end, ctrl+w...) are bindings of Textual's Input, and Textual runs a
binding only once its key has gone through the field and up to the app; the characters typed behind the key were
in the field by then. "3 2 . 5 backspace backspace enter" typed together saved 32.5: the backspaces came after
enter. Here such a key is the field's own next step, in order with the characters around it.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakSet

from textual import events
from textual.app import App
from textual.screen import Screen
from textual.widgets import Input

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
        if isinstance(event, events.Key) and not event.is_forwarded and (own := self._fields_own_key(event)):
            field, action = own
            field.call_later(field.run_action, action)  # behind the keys the field has yet to take
            return
        await super().on_event(event)

    def _fields_own_key(self, key: events.Key) -> tuple[Input, str] | None:
        """The focused field and the action of its own binding that key would run, if any would."""
        field = self.screen.focused
        if not isinstance(field, Input) or field.check_consume_key(key.key, key.character):
            return None  # a character: typed into the field in its turn already
        active = self.screen.active_bindings.get(key.key)  # the screen's and the app's priority bindings win
        if active is None or active.node is not field or not active.enabled:
            return None
        return field, active.binding.action

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
