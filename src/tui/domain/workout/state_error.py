"""The refusal of an action that does not apply to the live workout as it stands."""

from __future__ import annotations


class WorkoutStateError(Exception):
    """An action that does not apply to the workout as it stands; the message tells the user why, and `then` may
    name what to do instead: a binding id and what it does, which the app writes with the user's key for it
    ("that set is already logged: e edits it")."""

    def __init__(self, problem: str, then: tuple[str, str] | None = None) -> None:
        super().__init__(problem)
        self.then = then
