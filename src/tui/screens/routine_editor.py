"""The routine editor: name, format, rounds, and the exercises with their figures, for the user's own routines."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, Label, Select, Static
from textual.widgets.option_list import Option

from tui.domain import input_limits
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.catalogue.model import Routine, RoutineFormat
from tui.domain.printable import quoted
from tui.domain.routines.editing import RoutineDraft, RoutineInputError, build_routine, new_entry
from tui.resources import screens_styles
from tui.screens.entry_editor import EntryEditorScreen
from tui.screens.key_hints import key_for
from tui.screens.pickers import ExercisePickerScreen, add_picked
from tui.screens.services import services
from tui.screens.store_calls import STORE_FAULTS
from tui.screens.unsaved import DISCARD_QUESTION, leave_unless_changed
from tui.store.errors import GoneError, SavedMeanwhileError, fault_reason
from tui.widgets.focus import focus_now, focused_now
from tui.widgets.footer import Footer
from tui.widgets.nav_list import NavList
from tui.widgets.plain import say
from tui.widgets.routine_text import OURS_LEGEND, entry_line
from tui.widgets.title_bar import TitleBar

MOVE = Binding.Group("Move")
REORDER = Binding.Group("Reorder")
# Keys that act on the exercise list; hidden from the footer while a text field has the keys.
LIST_ACTIONS = {"add", "change", "remove", "reorder", "rename"}
# Of those, the ones that need no exercise under the cursor: they act from the format's closed list too, which
# takes no letters. A new routine's "No exercises yet: press a to add one" went unheard there, where the focus
# stays once the format is picked.
FROM_THE_FORMAT_TOO = {"add", "rename"}
FORMAT_CHOICES = [
    ("Straight sets: all sets of one exercise, then the next", RoutineFormat.STRAIGHT_SETS),
    ("Circuit: one set of each exercise a round", RoutineFormat.CIRCUIT),
]
FIELD_WIDGETS = {"name": "#name", "rounds": "#rounds", "rest_after_round_s": "#round-rest"}


class RoutineEditorScreen(Screen[str | None]):
    """Edits a draft; only ctrl+s saves, and only a routine that passes every check. Dismisses with the saved id."""

    CSS_PATH = screens_styles()

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", tooltip="Check and save the routine", id="editor.save"),
        Binding("escape", "cancel", "Cancel", tooltip="Leave the editor (asks first if you changed anything)",
                id="editor.cancel"),
        # a opens a search and r goes to the name: priority, so that what is typed with them goes there.
        Binding("a", "add", "Add", tooltip="Add an exercise from the catalogue, or one of your own",
                id="editor.add", priority=True),
        Binding("enter", "change", "Change", tooltip="Change the sets, reps or hold, rest and sides",
                id="editor.change"),
        Binding("x,delete", "remove", "Remove", tooltip="Take the exercise out of the routine", id="editor.remove"),
        Binding("K,shift+up", "reorder(-1)", "Earlier", tooltip="Move the exercise earlier in the routine",
                id="editor.move_earlier", group=REORDER),
        Binding("J,shift+down", "reorder(1)", "Later", tooltip="Move the exercise later in the routine",
                id="editor.move_later", group=REORDER),
        Binding("r", "rename", "Rename", tooltip="Change the routine's name", id="editor.rename", priority=True),
        # Shadows the app's q here: quitting from the editor would lose the draft without a word.
        Binding("q", "quit", "Quit", tooltip="Leave the app (asks first if the routine has unsaved changes)",
                id="editor.quit"),
        Binding("up,k", "move(-1)", "Up", tooltip="Move up the exercises, or to the field above",
                id="editor.up", group=MOVE),
        Binding("down,j", "move(1)", "Down", tooltip="Move down the exercises, or to the field below",
                id="editor.down", group=MOVE),
        Binding("home", "to_end(-1)", "First", show=False, tooltip="The first exercise", id="editor.first"),
        Binding("end", "to_end(1)", "Last", show=False, tooltip="The last exercise", id="editor.last"),
    ]

    def __init__(self, draft: RoutineDraft, title: str) -> None:
        super().__init__()
        self.draft = self.initial = draft
        # The user's routine this edit saves over, as read: another window's change since is not written over
        # unasked (see RoutinesRepo.save). None for a new routine, or a copy of a shipped one.
        self._replacing = draft.base if draft.base is not None and not draft.base.shipped else None
        self.title_text = title
        self._keys_state: tuple[bool, ...] = ()
        self._add_key = "a"


    def compose(self) -> ComposeResult:
        yield TitleBar()
        with Vertical(id="editor-form"):
            with Horizontal(classes="form-row"):
                yield Label("Name", classes="form-label")
                yield Input(self.draft.name, placeholder="e.g. Tuesday core", id="name", compact=True,
                            max_length=input_limits.ROUTINE_NAME)
            with Horizontal(classes="form-row"):
                yield Label("Format", classes="form-label")
                yield Select(FORMAT_CHOICES, value=self.draft.format, allow_blank=False, id="format", compact=True)
            with Horizontal(classes="form-row", id="circuit-row"):
                yield Label("Rounds", classes="form-label")
                yield Input(self.draft.rounds, placeholder="3 or 2-4", id="rounds", compact=True,
                            max_length=input_limits.FIGURE)
                yield Label("Rest after each round (s)", classes="form-label wide")
                yield Input(self.draft.rest_after_round, placeholder="none", id="round-rest", compact=True,
                            max_length=input_limits.FIGURE)
        yield Static("Exercises", id="entries-title", classes="section-title")
        yield NavList(id="entries")
        yield Static(OURS_LEGEND, id="editor-legend", markup=False)
        yield Static("", id="editor-problems", classes="problems", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.title_text
        keys = {name: key_for(self, f"editor.{name}") for name in ("add", "change", "remove", "move_earlier",
                                                                     "move_later")}
        title = Text("Exercises  ")
        title.append(f"{keys['add']} adds, {keys['change']} changes the figures, {keys['remove']} removes, "
                     f"{keys['move_earlier']}/{keys['move_later']} move", style="dim")
        self.query_one("#entries-title", Static).update(title)
        self._add_key = keys["add"]
        self._show_entries(0)
        self._show_format()
        focus_now(self.query_one("#entries") if self.draft.entries else self.query_one("#name"))

    # -- showing the draft ------------------------------------------------------------------------------------

    def _show_entries(self, highlight: int | None) -> None:
        entries = self.query_one("#entries", NavList)
        entries.clear_options()
        catalogue = services(self).catalogue_with_own
        entries.add_options(
            Option(entry_line(number, entry, self.draft.format, catalogue), id=str(number - 1))
            for number, entry in enumerate(self.draft.entries, start=1)
        )
        if not self.draft.entries:
            # A new routine opens in its name's field, where a typed `a` ended the name ("My daya").
            entries.add_option(Option(f"No exercises yet: press {self._add_key} to add one from the catalogue "
                                      f"(in the name, enter first).", disabled=True))
        elif highlight is not None:
            entries.highlighted = max(0, min(highlight, len(self.draft.entries) - 1))
        self.query_one("#editor-legend").display = any(entry.ours for entry in self.draft.entries)
        self.update_keys()

    def _show_format(self) -> None:
        self.query_one("#circuit-row").display = self.draft.format is RoutineFormat.CIRCUIT

    def _index(self) -> int | None:
        entries = self.query_one("#entries", NavList)
        return entries.highlighted if self.draft.entries else None

    @property
    def draft(self) -> RoutineDraft:
        return self._draft

    @draft.setter
    def draft(self, draft: RoutineDraft) -> None:
        self._draft = draft
        # Once problems are shown, checked again on every change: a problem fixed goes (they stayed until the next
        # save).
        if self.is_mounted and self.query_one("#editor-problems").has_class("-shown"):
            try:
                self._built()
            except RoutineInputError as error:
                self._show_problems([problem.message for problem in error.problems])
            except STORE_FAULTS:
                pass  # the save says it
            else:
                self._show_problems([])

    def _show_problems(self, messages: list[str]) -> None:
        problems = self.query_one("#editor-problems", Static)
        problems.update("\n".join(messages))
        problems.set_class(bool(messages), "-shown")

    # -- keeping the draft in step with the fields -----------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        field = {"name": "name", "rounds": "rounds", "round-rest": "rest_after_round"}.get(event.input.id or "")
        if field:
            typed: dict[str, Any] = {field: event.value}  # a text field: the draft checks it on save
            self.draft = replace(self.draft, **typed)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        # Enter in a field means "done here": on to the exercises, the part that always needs work.
        event.stop()
        focus_now(self.query_one("#entries"))

    def on_select_changed(self, event: Select.Changed) -> None:
        if isinstance(event.value, RoutineFormat) and event.value is not self.draft.format:
            self.draft = self.draft.with_format(event.value)
            self.query_one("#rounds", Input).value = self.draft.rounds
            self.query_one("#round-rest", Input).value = self.draft.rest_after_round
            self._show_format()
            self._show_entries(self._index())

    def on_descendant_focus(self) -> None:
        self.update_keys()

    def on_option_list_option_highlighted(self) -> None:
        self.update_keys()

    def update_keys(self) -> None:
        """Refresh the footer only when the keys that apply change (rebuilding it on every move is slow)."""
        state = (focused_now(self.query_one("#entries", NavList)), focused_now(self.query_one("#format", Select)),
                 self._index() is not None)
        if state != self._keys_state:
            self._keys_state = state
            self.refresh_bindings()

    def on_option_list_option_selected(self) -> None:
        self.action_change()  # a mouse click on an exercise

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:  # pushed, not composed yet: a key typed fast, or the footer, asks
            return True
        if action in LIST_ACTIONS:
            if action in FROM_THE_FORMAT_TOO and focused_now(self.query_one("#format", Select)):
                return True
            if not focused_now(self.query_one("#entries", NavList)):
                return False
            if action in ("change", "remove", "reorder"):
                return self._index() is not None or None
        return True

    # -- actions -------------------------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        entries = self.query_one("#entries", NavList)
        if focused_now(entries):
            entries.move_cursor(step)
        elif step > 0:
            self.focus_next()
        elif self.focused is not self.focus_chain[0]:  # up in the name stays there: it went round to the exercises
            self.focus_previous()

    def action_to_end(self, step: int) -> None:
        """home or end in the exercises (in a field they move its text cursor: the field's own keys come first)."""
        entries = self.query_one("#entries", NavList)
        if focused_now(entries):
            entries.move_to_end(step)

    def action_rename(self) -> None:
        focus_now(self.query_one("#name", Input))

    def action_add(self) -> None:
        def add(picked: str | CustomExercise | None) -> None:
            exercise_id = add_picked(self, picked)  # one of the user's own, typed in the picker, is stored first
            if exercise_id is None:
                return
            exercise = services(self).catalogue_with_own.exercises[exercise_id]
            after = self._index()
            self.draft = self.draft.with_added(new_entry(exercise, self.draft.format), after)
            self._show_entries(len(self.draft.entries) - 1 if after is None else after + 1)
            focus_now(self.query_one("#entries"))

        picker = ExercisePickerScreen(services(self).catalogue, own=services(self).exercise_names.own())
        self.app.push_screen(picker, add)

    def action_change(self) -> None:
        index = self._index()
        if index is None:
            return
        entry = self.draft.entries[index]
        exercise = services(self).catalogue_with_own.exercises.get(entry.exercise_id)
        if exercise is None:
            say(self, "This exercise is no longer in the catalogue; remove it with x.", severity="warning")
            return

        def changed(new: object) -> None:
            if new is not None:
                self.draft = self.draft.with_entry(index, new)  # type: ignore[arg-type]
                self._show_entries(index)

        last = index == len(self.draft.entries) - 1
        self.app.push_screen(EntryEditorScreen(exercise, entry, self.draft.format, last=last), changed)

    def action_remove(self) -> None:
        index = self._index()
        if index is not None:
            self.draft = self.draft.without(index)
            self._show_entries(index)

    def action_reorder(self, step: int) -> None:
        index = self._index()
        if index is not None:
            self.draft, index = self.draft.moved(index, step)
            self._show_entries(index)

    def _built(self) -> Routine:
        """The draft as a routine, checked against the catalogue and the user's other routines."""
        catalogue, store = services(self).catalogue_with_own, services(self).store
        own = store.routines.all()
        taken_ids = {*catalogue.routines, *(r.id for r in own)}
        editing = self.draft.base.id if self.draft.base is not None and not self.draft.base.shipped else None
        taken_names = [r.name for r in (*catalogue.routines.values(), *own) if r.id != editing]
        return build_routine(self.draft, catalogue.exercises, taken_ids, taken_names)

    def action_save(self) -> None:
        try:
            routine = self._built()
            services(self).store.routines.save(routine, replacing=self._replacing)
        except RoutineInputError as error:
            self._show_problems([problem.message for problem in error.problems])
            first = error.problems[0]
            focus_now(self.query_one(FIELD_WIDGETS.get(first.field, "#entries")))
            return
        except SavedMeanwhileError as meanwhile:
            if self._replacing is not None:
                # Theirs is the routine saved over from now on: the user has been told, and ctrl+s again means it.
                self._replacing = meanwhile.stored
                self._show_problems([f"Not saved: {meanwhile}. {key_for(self, 'editor.save')} again saves yours over "
                                     f"that change; {key_for(self, 'editor.cancel')} leaves it as it is."])
            else:
                self._show_problems([f"Not saved: {meanwhile}."])
            return
        except GoneError as gone:
            # The edits are the user's still: the form closed on them. Saved again, the routine comes back as edited
            # (under its id, so its past workouts are its own again); left, it stays deleted.
            self._replacing = None
            self._show_problems([f"Not saved: {gone}. {key_for(self, 'editor.save')} again saves yours as it is "
                                 f"here; {key_for(self, 'editor.cancel')} leaves it deleted."])
            return
        except STORE_FAULTS as error:  # a full disk, a read-only folder: said, and the form kept (it crashed)
            self._show_problems([f"Not saved: {fault_reason(error)}."])
            return
        say(self, f"Saved {quoted(routine.name)}.", timeout=3)
        self.dismiss(routine.id)

    def action_cancel(self) -> None:
        self._leave(self.dismiss, DISCARD_QUESTION)

    async def action_quit(self) -> None:
        await self.app.action_quit()  # which asks first, as the routine has changes (unsaved_changes)

    def unsaved_changes(self) -> bool:
        return self.draft != self.initial

    def _leave(self, leave, question: str) -> None:
        """Leave at once when nothing changed; otherwise only after the user agrees to lose the changes."""
        leave_unless_changed(self, self.unsaved_changes(), lambda: leave(None), question,
                             detail="Your changes to this routine will be lost.")
