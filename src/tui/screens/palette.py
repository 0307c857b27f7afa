"""The command palette, where enter runs what the text typed finds.

Textual's palette searches in a worker as the user types, and until that search ends it still lists the hits of
the text before. Enter in that moment (typed straight after the command, or delivered with it when an SSH
connection catches up) ran the first of the old hits: "ctrl+p start four enter" opened the keys panel, the first
command listed for no text. Here enter waits for the search of the text typed, then does what Textual's enter does.

The keys typed behind enter wait until the palette has closed and its command has run (keys_in_order.py): a
space typed with "start gym upper enter" logs the workout's first set, where it went into the palette's field.
Enter that runs nothing (nothing found, or the first of several hits highlighted) holds nothing.
"""

from __future__ import annotations

from textual import on
from textual.command import CommandInput, CommandList, CommandPalette
from textual.widgets import Input
from textual.worker import Worker

from tui.keys_in_order import KeysMayWait


class Palette(KeysMayWait, CommandPalette):
    def __init__(self) -> None:
        super().__init__(id="--command-palette")  # the id Textual's own palette has
        self._enter_waits = False  # for the search

    def _searching(self) -> bool:
        # The palette's only workers are its searches: one for each change of its text, the older ones cancelled.
        return any(worker.node is self and not worker.is_finished for worker in self.app.workers)

    @on(Input.Submitted)
    def _enter_once_the_search_is_done(self, event: Input.Submitted) -> None:
        if self._searching():
            event.prevent_default()  # CommandPalette's handler of enter runs once the search has ended
            event.stop()
            self._enter_waits = self.keys_wait = True
            return
        self.keys_wait = self._enter_runs_a_command()  # then until the palette has closed and the command runs

    def _enter_runs_a_command(self) -> bool:
        """Whether Textual's enter runs a command now: one hit, or one highlighted (among several with none
        highlighted, enter highlights the first; with none, it does nothing, and the keys behind need not wait)."""
        hits = self.query_one(CommandList)
        return hits.option_count == 1 or (hits.option_count > 1 and hits.highlighted is not None)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if self._enter_waits and not self._searching():
            self._enter_waits = False
            field = self.query_one(CommandInput)
            self.post_message(Input.Submitted(field, field.value))
