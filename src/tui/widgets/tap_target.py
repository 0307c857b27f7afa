"""A screen's tap target: a button for a phone's thumb that does what a key does, and leaves the focus where it was.

A Button takes the focus when tapped: after a tap on the Workout screen's +15s, `enter` added 15 s more and the
arrows no longer moved the set list, as the keys went to the button. The keys stay with what they drive.
"""

from __future__ import annotations

from textual.widgets import Button
from textual.widgets.button import ButtonVariant


class TapTarget(Button, can_focus=False):
    """A Button that never holds the focus (Tab passes it by: its key does the same)."""

    def __init__(self, label: str, *, id: str, action: str, variant: ButtonVariant = "default") -> None:
        super().__init__(label, id=id, action=action, compact=True, variant=variant)
