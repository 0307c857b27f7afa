"""The private Textual names tui/textual_internals.py relies on still exist: an upgrade that removes one fails
here, naming it, instead of bringing back a traceback, a lost key hint or a cut row at run time."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import OptionList

from tui.terminal_alert import send_desktop_notification
from tui.textual_internals import driver_of, is_being_removed, keymap_of


class _OneList(App):
    def compose(self) -> ComposeResult:
        yield OptionList("a", "b")


def test_the_app_methods_still_exist():
    for name in ("_fatal_error", "_close_messages_no_wait"):
        assert callable(getattr(App, name, None)), f"Textual changed: App.{name} is gone (textual_internals.py)"
    for name in ("_on_resize", "_update_lines"):
        assert callable(getattr(OptionList, name, None)), f"Textual changed: OptionList.{name} is gone"


async def test_the_attributes_still_exist_on_a_running_app():
    app = _OneList()
    async with app.run_test():
        options = app.query_one(OptionList)
        for owner, name in ((app, "_driver"), (app, "_keymap"), (app, "_css_update_count"),
                            (app.screen, "_css_update_count"), (options, "_pruning"),
                            (options, "_option_render_cache"), (options, "_line_cache")):
            assert hasattr(owner, name), f"Textual changed: {type(owner).__name__}.{name} is gone"
        assert hasattr(driver_of(app), "write")
        assert keymap_of(app) == {}
        assert is_being_removed(options) is False
        assert send_desktop_notification(app, "Rest over", "now") is False, "headless: nothing to write to"
