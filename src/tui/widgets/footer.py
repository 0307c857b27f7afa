"""Textual's Footer, compact, and rebuilt only when the keys it shows change.

Textual's Footer rebuilds all its keys every time a screen's bindings are refreshed, and a screen refreshes
them on every focus change as well as whenever our check_action answers may have changed. While the Routines
screen mounts that happened seven times, and the rebuilds were about a third of the app's first frame. This
Footer waits for the refreshes of one frame to settle, then rebuilds only if the keys (with their labels and
whether they are enabled) are not the ones already shown.

It is compact by default: more keys fit at 80 columns, and each key of a non-compact Footer is styled twice as
it mounts (it starts compact and is switched back), which doubled the cost of every rebuild.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    def __init__(self, *, compact: bool = True, show_command_palette: bool = True) -> None:
        super().__init__(compact=compact, show_command_palette=show_command_palette)
        self._rebuild_pending = False
        self._shown: tuple[object, ...] | None = None

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        if not self._rebuild_pending:
            self._rebuild_pending = True
            self.call_after_refresh(self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self._rebuild_pending = False
        if not self.is_attached or self._pruning:  # the screen is going: its check_action may find no widgets
            return
        shown = self._keys()
        if shown != self._shown:
            self._shown = shown
            await self.recompose()

    def _keys(self) -> tuple[object, ...]:
        """What the footer shows: each key with its label, tooltip and whether it is enabled, in order."""
        return tuple(
            (binding.key, self.app.get_key_display(binding), binding.description, binding.action, enabled,
             tooltip, binding.group)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
