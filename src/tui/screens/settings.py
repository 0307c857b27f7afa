"""The Settings modal (`,` or the command palette): every setting, checked, saved, and applied at once."""

from __future__ import annotations

from typing import Any

import pendulum
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Select, Static

from tui.domain import input_limits
from tui.domain.counts import count
from tui.domain.settings import LABELS, UNITS, WEEKDAYS, Settings, SettingsError
from tui.domain.settings_form import SettingsFormError, SettingsInput, settings_from_input
from tui.resources import styles_dir
from tui.screens.dialog import Dialog
from tui.screens.key_hints import key_for
from tui.screens.services import services
from tui.screens.store_calls import FAILED, attempt
from tui.screens.unsaved import leave_unless_changed
from tui.screens.week_without_freeze import freezes_kept_off_by
from tui.widgets.focus import focus_at_fault
from tui.widgets.footer import Footer
from tui.widgets.form_end import FormEnd
from tui.widgets.plain import say

ROLLOVER_CHOICES = [(f"{hour:02d}:00" + (" (midnight)" if hour == 0 else ""), hour) for hour in range(0, 24)]
TARGET_CHOICES = [(f"{count(number, 'workout')} a week", number) for number in range(1, 8)]


def _row(label: str, field, hint: str = "") -> Horizontal:
    parts = [Label(label, classes="settings-label"), field]
    if hint:
        parts.append(Label(hint, classes="settings-hint"))
    return Horizontal(*parts, classes="settings-row")


class SettingsScreen(Dialog[bool]):
    """Dismisses with True when settings were saved, False when left unchanged."""

    CSS_PATH = styles_dir() / "settings.tcss"
    # A label, a 30-column field and its hint need 80 columns: below that the form takes its narrow layout.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-regular"), (160, "-wide")]

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Check, save and apply these settings", id="settings.save"),
        Binding("escape", "cancel", "Cancel", tooltip="Close without changing anything", id="settings.cancel"),
    ]
    _refused = False  # a save was refused: its reasons shown follow what is typed since

    def compose(self) -> ComposeResult:
        settings: Settings = services(self).settings
        # What the form shows: a save writes what the user changed from these, not every field that differs from
        # the settings in use (another window may have changed those since; its values must not be undone).
        self.opened_with = settings
        themes = sorted(self.app.available_themes)
        theme = settings.theme if settings.theme in themes else self.app.theme
        with Vertical(id="settings-form"):
            yield _row("Units", Select([(unit, unit) for unit in UNITS], value=settings.units, allow_blank=False,
                                       id="units", compact=True), "for new loads")
            yield _row("Default rest", Input(str(settings.default_rest_s), id="default-rest", compact=True,
                                                     max_length=input_limits.FIGURE),
                       "seconds, 0-3600")
            # The weekly target, the week's first day and the hour the day rolls over count every past week again,
            # the streak with them ("Longest streak 5 weeks" became 2, unsaid): each says so beside it.
            yield _row("Weekly target", Select(TARGET_CHOICES, value=settings.weekly_target, allow_blank=False,
                                               id="weekly-target", compact=True), "past weeks too")
            yield _row("Week starts on", Select([(day.capitalize(), day) for day in WEEKDAYS],
                                                value=settings.first_weekday, allow_blank=False,
                                                id="first-weekday", compact=True), "past weeks too")
            yield _row("Time zone", Input(settings.time_zone, placeholder=f"system ({settings.zone})", id="time-zone",
                                          suggester=SuggestFromList(sorted(pendulum.timezones()), case_sensitive=False),
                                          compact=True, max_length=input_limits.TIME_ZONE), "e.g. Europe/Paris")
            yield _row("Day rolls over at", Select(ROLLOVER_CHOICES, value=settings.rollover_hour, allow_blank=False,
                                                   id="rollover-hour", compact=True), "past days too")
            yield _row("Bell at rest end", Select([("on", True), ("off", False)], value=settings.bell,
                                                  allow_blank=False, id="bell", compact=True))
            yield _row("Desktop alert", Select([("on", True), ("off", False)], value=settings.desktop_alert,
                                               allow_blank=False, id="desktop-alert", compact=True),
                       "with the bell")
            yield _row("Holds run on", Select([("on", True), ("off", False)], value=settings.auto_holds,
                                              allow_blank=False, id="auto-holds", compact=True),
                       "starts next hold")
            yield _row("Theme", Select([(name, name) for name in themes], value=theme, allow_blank=False, id="theme",
                                       compact=True))
            # On a phone the hints beside the fields have no room: the focused field's shows here instead.
            yield Label("", id="settings-focused-hint", markup=False)
            with FormEnd():
                yield Static("", id="settings-error", markup=False)
                with Horizontal(id="settings-buttons"):
                    yield Button("Save", id="settings-save", variant="primary", compact=True)
                    yield Button("Cancel", id="settings-cancel", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#settings-form").border_title = "Settings"
        self._opened_as = self.typed()  # what escape compares with: a change typed is asked about, as on every form

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """The focused field's hint with its name, for the narrow layout's line under the fields ("Default rest
        90" said nothing of seconds at 40 columns; "for new loads" alone, under the last field, not whose it was)."""
        row = next((node for node in event.widget.ancestors_with_self if node.has_class("settings-row")), None)
        hint = next(iter(row.query(".settings-hint").results(Label)), None) if row is not None else None
        name = row.query_one(".settings-label", Label).content if row is not None else ""
        self.query_one("#settings-focused-hint", Label).update(f"{name}: {hint.content}" if hint else "")

    def _chosen(self, select: str) -> Any:
        """A choice of the form's: each Select offers only valid values and no blank."""
        return self.query_one(select, Select).value

    def typed(self) -> SettingsInput:
        return SettingsInput(
            units=self._chosen("#units"),
            default_rest=self.query_one("#default-rest", Input).value,
            weekly_target=self._chosen("#weekly-target"),
            first_weekday=self._chosen("#first-weekday"),
            time_zone=self.query_one("#time-zone", Input).value,
            rollover_hour=self._chosen("#rollover-hour"),
            bell=self._chosen("#bell"),
            desktop_alert=self._chosen("#desktop-alert"),
            auto_holds=self._chosen("#auto-holds"),
            theme=self._chosen("#theme"),
        )

    def show_error(self, message: str) -> None:
        self._refused = True
        self._error_text(message)
        self.app.bell()

    def on_input_changed(self) -> None:
        self._say_what_is_still_wrong()

    def on_select_changed(self) -> None:
        self._say_what_is_still_wrong()

    def _say_what_is_still_wrong(self) -> None:
        """Once a save was refused, its reasons follow what is typed: "Default rest must be ... not '[red]60'" stayed
        under the field put right, until the next save."""
        if not self._refused:
            return
        try:
            settings_from_input(self.typed())
        except SettingsFormError as error:
            self._error_text(self._problems(error))
        except SettingsError as error:
            self._error_text(self._sentence(str(error)))
        else:
            self._error_text("")

    @staticmethod
    def _sentence(message: str) -> str:
        return f"{message[0].upper()}{message[1:]}."

    def _problems(self, error: SettingsFormError) -> str:
        return "\n".join(self._sentence(message) for _, message in error.problems)  # every wrong field at once

    def _error_text(self, message: str) -> None:
        self.query_one("#settings-error", Static).update(message)

    def action_save(self) -> None:
        try:
            settings = settings_from_input(self.typed())
        except SettingsFormError as error:
            self.show_error(self._problems(error))
            focus_at_fault(self.query_one(f"#{error.problems[0][0]}"))  # the cursor on the first of them
            return
        except SettingsError as error:
            self.show_error(self._sentence(str(error)))
            return
        changes = settings.changes_from(self.opened_with)
        if not changes:
            self.dismiss(False)
            return
        # Only what was changed here is written, over what is stored now: another window's changes stay.
        save = key_for(self, "settings.save")
        saved = attempt(self, lambda: services(self).store.settings.change(changes), "save the settings",
                        kept=f"Your changes are still in the form: press {save} to try again.")
        if saved is FAILED:
            self.show_error(f"Not saved: see the message. Press {save} to try again.")
            return
        elsewhere = [LABELS.get(field, field) for field in saved.changes_from(self.opened_with) if field not in changes]
        kept_off = freezes_kept_off_by(self, services(self).settings, saved)  # before the app takes the new ones
        apply_settings(self.app, saved)
        told = "Settings saved." + (f" Changed in another window meanwhile, and used here now too: "
                                    f"{', '.join(elsewhere)}." if elsewhere else "")
        say(self, f"{told} {kept_off}".rstrip(), title="Settings")
        self.dismiss(True)

    def unsaved_changes(self) -> bool:
        return self.typed() != self._opened_as

    def action_cancel(self) -> None:
        leave_unless_changed(self, self.unsaved_changes(), lambda: self.dismiss(False))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "settings-save":
            self.action_save()
        else:
            self.action_cancel()


def apply_settings(app, settings: Settings) -> None:
    """Make saved settings take effect now: the app's copy first (so the theme change is not saved twice),
    then the theme. Screens re-read app.settings when they come back into view (the Calendar recomputes); the
    training day is told at once, as a new time zone or rollover hour may have moved it (Routines said "last done
    today" in a zone where it was already tomorrow, until the minute's check)."""
    app.settings = settings
    app.tell_the_day()
    app.workout.default_rest_changed(settings.default_rest_s)
    if settings.theme in app.available_themes and app.theme != settings.theme:
        app.theme = settings.theme
