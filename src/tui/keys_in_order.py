"""Keys that arrive together act as they would typed one at a time: each waits for the key before it to be
handled, they reach the screen a key among them opened, and a field's own keys act in order with the characters
around them.

An SSH connection that stalls hands the app the keys typed meanwhile all at once: "ctrl+p start four enter".
Textual hands each key to the focused widget as it comes, and a screen that was just opened (the command palette,
a dialog) is still being built: it has no focused field yet, so the keys behind the one that opened it were
lost. Here they wait, in order, until the new screen has focused its field (or has nothing to focus), looked at
every frame for a tenth of a second at most once it is built (two seconds while it is being built); a screen that
has once taken keys never holds them again.

Every key that opens a form is a priority binding (ctrl+p, `,`, `a` and `e` on Routines and in History...): it
opens the form in the app's own turn, and the keys behind it wait for the form.

A key handed to a widget is handled in the widget's turn, and then in each parent's on its way up; the keys
behind it did not wait for that. A priority binding, which acts as its key arrives, overtook the letters still
on their way through the field: "crunch enter" in the exercise search added the first exercise listed. And the
keys typed after enter in a routine's name went into the name: enter moves on to the exercises in the screen's
answer to the field's Submitted message. So every key handed to a widget is followed by a marker, sent from the
widget's own turn once it has handled the key (behind what the key made it post), that comes up the same way;
the keys behind wait until it reaches the app, or until its widget is taken down and the marker with it. A key
that comes up to the app runs its binding there, after its marker was sent: a new marker is sent then, behind what
the binding made the widget post ("up tab": up's new row hides the routine's exercises, and tab went into them).

A field's own keys (backspace, delete, home, end, ctrl+w...) are bindings of Textual's Input, and Textual runs a
binding only once its key has gone through the field and up to the app; the characters typed behind the key were
in the field by then. "3 2 . 5 backspace backspace enter" typed together saved 32.5: the backspaces came after
enter. Here such a key is the field's own next step, in order with the characters around it, and its marker
comes after that step. So is a zero-width joiner or non-joiner typed (JOINERS), which Textual's Input drops.

Some keys act after their own turn has ended. Enter in the command palette closes it, and its command runs next in
the app's turn ("start gym upper" starts the workout from there); while the palette's search is still running,
enter waits for it (palette.py). The space typed with that enter went to the Routines screen the palette had
covered, and no set was logged. So the keys behind a key wait while its screen says it is still acting on it
(`KeysMayWait`), and behind a key that closed its screen they wait until the app has done what that set going
(it is idle), then go to the screen shown by then.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any
from weakref import WeakSet, ref

from textual import events
from textual.app import App, ScreenStackError, UnknownModeError
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Input

from tui.escape_then_key import typed_apart

# How often keys are looked at while they wait, and for how many frames at most: for a new screen to focus its
# field (a screen that focuses nothing must not keep them), for a new screen to be built and for the key before
# them (a busy machine is slow at both).
FRAME_S = 1 / 60
MAX_FRAMES = 6
MAX_FRAMES_ON_A_BUSY_MACHINE = 120


# The bindings a field has from Textual's scrolling, which skip on a field of one line (up, down, page up, page down).
_SCROLLS_UP_AND_DOWN = frozenset({"scroll_up", "scroll_down", "page_up", "page_down"})
# Characters typed that Textual's Input drops, not being printable to str.isprintable: the zero-width non-joiner (a
# key of a Persian keyboard, part of the word's spelling) and the joiner (what makes 🏃‍♀️ one emoji, not 🏃 and ♀).
# A paste or an import kept them; typed, they were lost.
JOINERS = frozenset("\u200c\u200d")


class KeyHandled(Message, bubble=True):
    """Sent to a widget after a key handed to it: it comes up to the app the way the key does, after it."""


class KeysMayWait:
    """Mixed into a screen that acts on a key after the key's turn: while keys_wait is set, the keys behind wait."""

    keys_wait = False


def _takes_keys(screen: Screen) -> bool:
    # A screen that puts the focus itself (its auto focus turned off: the Workout screen's is on nothing with no
    # workout) has put it once it is mounted.
    puts_its_focus = screen.AUTO_FOCUS == ""
    return screen.is_mounted and (puts_its_focus or screen.focused is not None or not screen.focus_chain)


class KeysInOrder(App):
    """Mixed into the App, before Textual's App."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[events.Key] = []  # in the order they came
        self._frames_waited = 0
        self._settled: WeakSet[Screen] = WeakSet()  # screens that have taken keys
        self._on_its_way: KeyHandled | None = None  # the marker behind the last key handed to a widget
        self._handed_to: Widget | None = None  # and that widget
        self._key_on_its_way: events.Key | None = None  # that key, until it has come up to the app
        self._looking: Timer | None = None  # looks every frame whether the keys held may go
        self._keyed_screen: ref[Screen] | None = None  # the screen the last key was handed on to
        self._awaiting_idle = False  # that screen was closed: the keys wait for the app to have done the rest

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and self._screens_gone():
            return  # the app is closing: no screen is left for it (Textual's own binding check crashed on it)
        if isinstance(event, events.Key) and not event.is_forwarded:
            focused = self.focused
            apart = typed_apart(event, focused is not None and focused.check_consume_key(event.key, event.character))
            if apart is not None:  # escape and the key after it, read as one (escape_then_key.py)
                for key in apart:
                    await self.on_event(key)
                return
        if not isinstance(event, events.Key) or event.is_forwarded:
            await super().on_event(event)
            if event is self._key_on_its_way and self._handed_to is not None:
                # The key came up to the app, which ran its binding (up moved a list's cursor, whose answer, the
                # detail shown for that row, is a message still to come). A new marker, sent from the widget's
                # turn after this one, comes behind what the binding made it post: the keys behind wait for that.
                self._key_on_its_way = None
                self._follow_with_marker(self._handed_to)
            return
        if self._held or self._must_wait():
            self._hold(event)
            return
        await self._hand_on(event)

    def _hold(self, key: events.Key) -> None:
        self._held.append(key)
        if self._looking is None:
            self._frames_waited = 0
            self._looking = self.set_timer(FRAME_S, self._let_keys_in)  # the app's: the screen may go meanwhile

    async def _hand_on(self, key: events.Key) -> None:
        target = self.focused or self.screen  # where Textual hands a key no priority binding takes
        self._keyed_screen = ref(self.screen)
        if own := self._fields_own_key(key):
            field, step = own
            field.call_later(step)  # behind the keys the field has yet to take
        else:
            await super().on_event(key)
            if not key.is_forwarded:
                return  # a priority binding took it, in this turn
        self._key_on_its_way = None if own else key
        self._follow_with_marker(target)

    def _follow_with_marker(self, target: Widget) -> None:
        """Send a marker from the widget's own turn, once it has handled what is before it: behind what the key made
        it post (a field's Submitted, whose answer moves the focus on), which the keys behind then wait for too."""
        marker = KeyHandled()
        if target.call_later(target.post_message, marker):
            self._on_its_way, self._handed_to = marker, target
        else:  # the widget is gone: nothing to wait for
            self._on_its_way = self._handed_to = self._key_on_its_way = None

    @property
    def handling_keys(self) -> bool:
        """Whether keys wait here, or the last key handed to a widget has not come back up (tests wait for it)."""
        return bool(self._held) or self._keys_before_on_their_way()

    async def on_key_handled(self, marker: KeyHandled) -> None:
        if marker is self._on_its_way:
            self._on_its_way = self._handed_to = self._key_on_its_way = None
            await self._let_in()

    def _fields_own_key(self, key: events.Key) -> tuple[Input, Callable[[], object]] | None:
        """The focused field and what that key does in it, when it is the field's own: a binding of the field's, or
        a joiner typed (JOINERS)."""
        field = self.screen.focused
        if not isinstance(field, Input) or field.check_consume_key(key.key, key.character):
            return None  # a character: typed into the field in its turn already
        if key.character in JOINERS:
            return field, partial(_type_into, field, key.character)
        active = self.screen.active_bindings.get(key.key)  # the screen's and the app's priority bindings win
        if active is None or active.node is not field or not active.enabled:
            return None
        if active.binding.action in _SCROLLS_UP_AND_DOWN:
            # A field is one line: it has nothing to scroll up or down, and Textual hands these keys on to the
            # screen (down moves the list under a search field). Run here, in the field, they went nowhere.
            return None
        return field, partial(field.run_action, active.binding.action)

    def _must_wait(self) -> bool:
        if self._keys_before_on_their_way():
            return True  # behind the key before it, until that one has been handled
        screen = self.screen
        if isinstance(screen, KeysMayWait) and screen.keys_wait:
            return True
        if self._closed_its_screen():
            return True
        if screen in self._settled:
            return False
        if _takes_keys(screen):
            self._settled.add(screen)
            return False
        return True

    def _closed_its_screen(self) -> bool:
        """Whether the key before closed the screen it went to and what it set going may not have run yet."""
        keyed = self._keyed_screen() if self._keyed_screen else None
        if keyed is None or keyed in self.screen_stack:
            return False
        if not self._awaiting_idle:
            self._awaiting_idle = True
            self.call_after_refresh(self._idle_after_a_closed_screen)  # once every message before has been handled
        return True

    def _idle_after_a_closed_screen(self) -> None:
        # Run from the screen's turn after its refresh: the keys go on from the app's own turn, as every key does.
        self._keyed_screen, self._awaiting_idle = None, False
        self.call_later(self._let_in)

    def _keys_before_on_their_way(self) -> bool:
        # A widget taken down takes its queue, and the marker in it, with it.
        return self._on_its_way is not None and self._handed_to is not None and self._handed_to.is_attached

    async def _let_keys_in(self) -> None:
        """Every frame while keys are held: once they may go, or they have waited long enough, they go."""
        self._looking = None
        if not self._held:
            return
        self._frames_waited += 1
        if self._screens_gone():
            return
        screen = self.screen
        acting = screen if isinstance(screen, KeysMayWait) and screen.keys_wait else None
        slow = self._keys_before_on_their_way() or acting or self._awaiting_idle or not screen.is_mounted
        limit = MAX_FRAMES_ON_A_BUSY_MACHINE if slow else MAX_FRAMES
        if self._frames_waited >= limit:  # waited long enough: the screen takes them as it is
            self._settled.add(screen)
            if acting:
                acting.keys_wait = False
            self._on_its_way = self._handed_to = self._key_on_its_way = self._keyed_screen = None
            self._awaiting_idle = False  # its callback went with a screen taken down before its refresh
        await self._let_in()

    def _screens_gone(self) -> bool:
        """Whether the app is closing, its screens gone: the keys held for them are dropped. (A key held, or on its
        way back up from a widget, was looked at once more after that, and the app crashed as it quit:
        ScreenStackError.)"""
        try:
            self.screen  # noqa: B018 (raises once there is no screen)
        except (ScreenStackError, UnknownModeError):
            self._held.clear()
            return True
        return False

    async def _let_in(self) -> None:
        """Hand on the held keys in order, here and now (posted again, a key already queued behind them would come
        first), until one must wait again."""
        if self._screens_gone():
            return
        while self._held and not self._must_wait():
            await self._hand_on(self._held.pop(0))
            self._frames_waited = 0  # the next key's wait starts now
        if self._held and self._looking is None:
            self._looking = self.set_timer(FRAME_S, self._let_keys_in)


def _type_into(field: Input, text: str) -> None:
    """Type text into the field as Textual's Input types a character: over the selection, if there is one."""
    if field.selection.is_empty:
        field.insert_text_at_cursor(text)
    else:
        field.replace(text, *field.selection)
