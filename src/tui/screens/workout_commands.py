"""Command palette entries: "Start workout: <routine>" for every shipped routine and every routine of yours."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider


class StartWorkoutCommands(Provider):
    def _commands(self):
        for routine in self.app.all_routines():
            yield f"Start workout: {routine.name}", partial(self.app.start_workout, routine), routine.description

    async def discover(self) -> Hits:
        for text, start, help_text in self._commands():
            yield DiscoveryHit(text, start, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, start, help_text in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), start, help=help_text)
