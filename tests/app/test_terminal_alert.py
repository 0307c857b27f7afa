"""The rest-over alert for a user who is not looking: the notification escapes, and nothing written headless.
(The private Textual name it needs is checked in test_textual_internals.py.)"""

from __future__ import annotations

from tui.terminal_alert import desktop_notification


def test_the_notification_is_sent_as_osc_9_and_osc_777_with_no_control_characters_from_the_text():
    sent = desktop_notification("Rest over", "Time for the next set.\x1b]0;pwned\x07")
    assert sent == (
        "\x1b]9;Rest over: Time for the next set.\x07"
        "\x1b]777;notify;Rest over;Time for the next set.\x07"
    )

