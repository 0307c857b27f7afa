"""The Routines screen (screen 1): routines and the exercise catalogue, search and filters, and the way into
the editor, the exercise detail and a workout."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Input, Static

from tui.domain import input_limits
from tui.domain.catalogue.model import Exercise, Routine
from tui.domain.printable import quoted
from tui.domain.routines.filters import RoutineFilter
from tui.domain.routines.last_done import days_since_done, done_ago
from tui.screens.key_hints import key_for, key_of
from tui.screens.messages import StartWorkout
from tui.screens.plain_commands import ScreenActions
from tui.screens.routine_listing import EXERCISE, OWN, SHIPPED, ListKeys, routine_listing
from tui.screens.routine_search import RoutineSearch
from tui.screens.services import services
from tui.screens.side_pane import SidePane
from tui.screens.store_calls import STORE_FAULTS
from tui.store.errors import fault_reason
from tui.widgets.filter_bar import FilterBar
from tui.widgets.focus import focus_now, focused_now
from tui.widgets.footer import Footer
from tui.widgets.nav_list import NavList
from tui.widgets.plain import say
from tui.widgets.routine_detail import RoutineDetail
from tui.widgets.routine_text import page_body
from tui.widgets.scroll_pane import ScrollPane
from tui.widgets.tap_target import TapTarget
from tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from tui.screens.routine_changes import RoutineChanges

# The routine editor, the pickers and the exercise detail are imported when first opened: importing them before
# the first frame cost about a tenth of it.
MOVE = Binding.Group("Move")
PAGE = Binding.Group("Page")
SEARCH_HINT = "search routines and exercises"  # after the user's key for it
SEARCH_EXAMPLES = " (push up, plank...)"  # not on a phone's 40 columns, where the hint is whole without them


class RoutinesScreen(RoutineSearch):
    """Left: the routines (yours first once you have some, then the shipped ones) and the catalogue. Right:
    whatever the cursor is on."""

    # The list, not the search field above it, has the keys from the start (the footer is built once).
    AUTO_FOCUS = "#routine-list"
    COMMANDS = {ScreenActions}
    PALETTE_ACTIONS = (
        ("new", "New routine", "routines.new"), ("copy", "Copy the routine", "routines.copy"),
        ("edit", "Edit the routine", "routines.edit"), ("delete", "Delete the routine", "routines.delete"),
        ("search", "Search routines and exercises", "routines.search"),
        ("pick_equipment", "Filter by equipment", "routines.equipment"),
        ("pick_focus", "Filter by focus", "routines.focus"), ("pick_time", "Filter by time", "routines.time"),
        ("clear_filters", "Clear every filter", "routines.clear"),
        ("catalogue", "Exercise catalogue", "routines.catalogue"),
    )
    BINDINGS = [
        # Two meanings for enter; check_action shows the one that fits what the cursor is on.
        Binding("enter", "start", "Start", tooltip="Start a workout of this routine", id="routines.start"),
        Binding("enter", "open", "Open", tooltip="Open the exercise: how to do it, cues, variations",
                id="routines.open"),
        # On a phone's terminal the list is alone on screen: enter shows the routine on a view of its own first.
        Binding("enter", "view", "View", tooltip="Show the routine: its figures and its exercises",
                id="routines.view"),
        # Early in the list, so a phone's narrow footer still has room for it.
        Binding("escape,h,left", "back", "Back", tooltip="Back to the list (escape also clears the search)",
                id="routines.back"),
        # Priority, moving the focus in the app's turn: "/plank" typed together searches for "plank" (the letters
        # that came with the / went to the list: "a" made a new routine).
        Binding("slash", "search", "Search", key_display="/", tooltip="Search routines and exercises by name",
                id="routines.search", priority=True),
        # e and a open a form: priority too, so that a name typed with them goes to the form (keys_in_order.py).
        Binding("e", "edit", "Edit", tooltip="Edit your routine (a shipped one is copied first)", id="routines.edit",
                priority=True),
        Binding("c", "copy", "Copy", tooltip="Copy the routine into your own, editable routines", id="routines.copy"),
        # a adds, as it adds a workout in History and an exercise in the editor (n is Next on the Workout screen).
        Binding("a", "new", "New", tooltip="Make a new routine of your own", id="routines.new", priority=True),
        Binding("d", "delete", "Delete", tooltip="Delete your routine (asks first)", id="routines.delete"),
        # e, c and d change routines, not the catalogue: on an exercise they are not offered, and pressed anyway
        # they say so instead of doing nothing.
        Binding("e,c,d", "not_for_exercises", "Read-only", show=False,
                tooltip="On an exercise: say that the catalogue is read-only", id="routines.not_for_exercises"),
        Binding("g", "pick_equipment", "Equipment", tooltip="Show only what the equipment you have allows",
                id="routines.equipment"),
        # o, not f: f finishes a workout (README, "Keys").
        Binding("o", "pick_focus", "Focus", tooltip="Show only one focus: core, back, shoulders...",
                id="routines.focus"),
        Binding("t", "pick_time", "Time", tooltip="Show only routines that fit the time you have", id="routines.time"),
        Binding("x", "clear_filters", "Clear", tooltip="Clear the search and every filter", id="routines.clear"),
        Binding("b", "catalogue", "Catalogue", tooltip="Jump between the routines and the exercise catalogue",
                id="routines.catalogue"),
        Binding("l,right", "details", "Exercises", tooltip="Go into the routine's exercises", id="routines.details"),
        Binding("up,k", "move(-1)", "Up", tooltip="Move up", id="routines.up", group=MOVE),
        Binding("down,j", "move(1)", "Down", tooltip="Move down", id="routines.down", group=MOVE),
        # Listed by ? but not in the footer, where the pair read "pguppgdn" and took room from the screen's keys.
        Binding("pageup", "page(-1)", "Page up", show=False, tooltip="Move up a page", id="routines.page_up",
                group=PAGE),
        Binding("pagedown", "page(1)", "Page down", show=False, tooltip="Move down a page", id="routines.page_down",
                group=PAGE),
        Binding("home", "end(-1)", "First", show=False, tooltip="Move to the top", id="routines.first"),
        Binding("end", "end(1)", "Last", show=False, tooltip="Move to the bottom", id="routines.last"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.filter = RoutineFilter()
        self.own: list[Routine] = []
        self.days_since_done: dict[str, int] = {}  # by routine id: the list's "last done 3 days ago"
        self._changes: RoutineChanges | None = None
        self._keys_state: tuple[object, ...] = ()
        self._shown = False
        self._read_with: tuple[object, ...] = ()  # the names and the default rest the list was last drawn with

    @property
    def changes(self) -> RoutineChanges:
        """Editing, copying and deleting the user's routines."""
        if self._changes is None:
            from tui.screens.routine_changes import RoutineChanges

            self._changes = RoutineChanges(self)
        return self._changes


    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield SidePane()  # a wide terminal's: the workout and the streak
        yield Input(placeholder=self._search_hint(), id="search", compact=True,
                    max_length=input_limits.SEARCH)
        yield FilterBar(id="filters")
        with Horizontal(id="routines-body"):
            yield NavList(id="routine-list")
            with Vertical(id="detail-pane"):
                # Tap targets for a phone, shown only on the routine's own view there (taps are clicks).
                with Horizontal(id="detail-taps"):
                    yield TapTarget("◂ Back", id="tap-back", action="screen.back")
                    yield TapTarget("Start ▸", id="tap-start", action="screen.start_routine", variant="primary")
                with ContentSwitcher(initial="routine-detail", id="detail"):
                    yield RoutineDetail(id="routine-detail")
                    with ScrollPane(id="exercise-preview", can_focus=False):
                        yield Static(id="exercise-preview-text")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "Routines"
        # Told a moment after the first frame, then once a minute: the first frame shows no dates (pendulum is
        # not imported yet); the "last done" lines come with the first telling, and move on with the day.
        services(self).training_day_signal.subscribe(self, self._day_told)

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        if not self._shown:
            # Textual restyles every widget of a resumed screen. Shown for the first time, they were styled as
            # they mounted a moment ago: restyling them again was about 15 ms of the first frame. (This handler
            # runs before Screen's own, which reads the flag.)
            event.refresh_styles = False
            self._shown = True
        # Shown for the first time, or back from another screen: a workout, or another running copy, may have
        # changed the user's routines. (Reading them here only, not on mount too, saves a read at start-up.)
        self._read_again()

    def _read_again(self) -> None:
        """The user's routines and when each was last done, read again, and the list shown again if they changed."""
        before = (self.own, self.days_since_done)
        self.load_own()
        self.read_last_done()  # a workout finished since
        # An exercise of the user's renamed in History, or a new default rest (a routine's time): the routine shown
        # kept the old name until the cursor moved.
        read_with = (services(self).exercise_names, services(self).settings.default_rest_s)
        read_again = read_with != self._read_with
        if read_again:
            self._read_with = read_with
            self.query_one("#routine-detail", RoutineDetail).routine = None
        listing = self.query_one("#routine-list", NavList)
        if read_again or (self.own, self.days_since_done) != before or not listing.option_count:
            self.show_list()

    def on_data_changed(self) -> None:  # an import may have brought routines
        self.load_own()
        self.read_last_done()  # ...and workouts
        self.show_list()
        self.query_one(SidePane).streak_may_have_changed()

    def on_history_may_have_changed(self) -> None:
        # Another window saved to the main file: a workout finished, edited or deleted, or a routine saved or
        # deleted. The list showed a routine renamed there under its old name, and `e` edited that old version.
        self._read_again()
        self.query_one(SidePane).streak_may_have_changed()

    def on_settings_changed(self) -> None:  # another window changed the week's first day or the weekly target
        self.show_last_done()  # ...or the rollover hour
        self.query_one(SidePane).streak_may_have_changed()

    def _day_told(self, _today: date) -> None:
        self.show_last_done()  # on a new day, "today" becomes "yesterday"

    # -- what the list holds ---------------------------------------------------------------------------------

    def load_own(self) -> None:
        """Read the user's routines again (another running copy may have changed them)."""
        try:
            self.own = sorted(services(self).store.routines.all(), key=lambda routine: routine.name.casefold())
        except STORE_FAULTS as error:  # an unreadable main file too (it crashed)
            self.own = []
            say(self, f"Your routines could not be read: {fault_reason(error)}.", severity="error", timeout=10)

    def read_last_done(self) -> None:
        """How many days ago each routine was last done, from the history's index, once the day is known."""
        today = services(self).today
        if today is None:
            return
        try:
            starts = services(self).store.history.starts_by_routine()
        except STORE_FAULTS:
            # The list does without it; a broken main file is told as the app starts, and by Calendar and History.
            starts = {}
        self.days_since_done = days_since_done(starts, today, services(self).settings.rollover_hour)

    def done(self, routine: Routine) -> str:
        """ "last done 3 days ago", or nothing for a routine not done yet."""
        since = self.days_since_done.get(routine.id)
        return "" if since is None else done_ago(since)

    def show_last_done(self) -> None:
        before = self.days_since_done
        self.read_last_done()
        if self.days_since_done != before:
            self.show_list()

    def show_list(self, keep: str | None = None, *, best: bool = False) -> None:
        """Rebuild the list through the filters; keep the cursor on `keep` (or where it was) when still shown, or,
        `best`, on the routine that matches the search best."""
        listing = self.query_one("#routine-list", NavList)
        # While the search is typed in, x types an x: the key that clears it there is escape (action_back), and
        # the filter bar's "x clears" waits until the search is left.
        typing = focused_now(self.query_one("#search", Input))
        clear = key_for(self, "routines.back") if typing else key_for(self, "routines.clear")
        keys = ListKeys(new=key_for(self, "routines.new"), copy=key_for(self, "routines.copy"), clear=clear)
        rows = routine_listing(self.filter, services(self).catalogue, self.own, services(self).exercise_names,
                               self.done, services(self).settings.default_rest_s, keys)
        searched = best and self.filter.query.strip()
        keep = rows.best if searched else keep or listing.highlighted_id()
        listing.clear_options()
        listing.add_options(rows.options)
        listing.highlight_id(keep)
        named = {name: key_for(self, f"routines.{name.lower()}") for name in ("Equipment", "Focus", "Time")}
        named["Clear"] = "" if typing else clear
        self.query_one(FilterBar).show(self.filter, rows.routines, rows.exercises, named)
        self.show_detail()

    def current(self) -> Routine | Exercise | None:
        """The routine or exercise under the list cursor."""
        option_id = self.query_one("#routine-list", NavList).highlighted_id() or ""
        if option_id.startswith(SHIPPED):
            return services(self).catalogue.routines.get(option_id.removeprefix(SHIPPED))
        if option_id.startswith(OWN):
            wanted = option_id.removeprefix(OWN)
            return next((routine for routine in self.own if routine.id == wanted), None)
        if option_id.startswith(EXERCISE):
            return services(self).catalogue_with_own.exercises.get(option_id.removeprefix(EXERCISE))
        return None

    def show_detail(self) -> None:
        chosen = self.current()
        switcher = self.query_one("#detail", ContentSwitcher)
        catalogue = services(self).catalogue
        if isinstance(chosen, Exercise):
            page = page_body(chosen, catalogue, services(self).exercise_names.custom)
            self.query_one("#exercise-preview-text", Static).update(page)
            self.query_one("#exercise-preview", ScrollPane).scroll_home(animate=False)
            switcher.current = "exercise-preview"
        else:
            detail = self.query_one("#routine-detail", RoutineDetail)
            if chosen is None:
                detail.clear_options()
                detail.routine = None
            elif chosen is not detail.routine or self.done(chosen) != detail.done:
                # A routine naming one of the user's own exercises (added by hand) shows it by its name.
                if any(entry.exercise_id not in catalogue.exercises for entry in chosen.entries):
                    catalogue = services(self).catalogue_with_own
                detail.show_routine(chosen, catalogue, self.done(chosen), services(self).settings.default_rest_s)
            switcher.current = "routine-detail"
        self.update_keys()

    def on_option_list_option_highlighted(self, event: NavList.OptionHighlighted) -> None:
        if event.option_list.id == "routine-list":
            self.show_detail()
        self.update_keys()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.update_keys()
        if event.widget.id == "search":
            self.show_list()  # the key that clears the search, as it is typed in (see show_list)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if event.widget.id == "search":
            self.show_list()

    def update_keys(self) -> None:
        """Refresh the footer only when the keys that apply change: rebuilding it on every cursor move made
        holding j sluggish."""
        chosen = self.current()
        state = (
            type(chosen), bool(getattr(chosen, "entries", ())), self.focused and self.focused.id,
            self.query_one("#routine-detail", RoutineDetail).entry_index() is not None, self.narrow,
        )
        if state != self._keys_state:
            self._keys_state = state
            self.refresh_bindings()

    def on_resize(self) -> None:
        # Crossing the phone-width line changes what enter does; the width classes are set after this handler.
        self.call_after_refresh(self._follow_width)

    def _search_hint(self) -> str:
        """ "/ search routines and exercises", with the user's key for it."""
        return f"{key_for(self, 'routines.search')} {SEARCH_HINT}{'' if self.narrow else SEARCH_EXAMPLES}"

    def _follow_width(self) -> None:
        self.query_one("#search", Input).placeholder = self._search_hint()
        self.update_keys()

    def on_option_list_option_selected(self, event: NavList.OptionSelected) -> None:
        if event.option_list.id == "routine-detail":
            self.action_open()  # a mouse click on an exercise of the routine
        elif self.narrow:  # a tap on a row of the list, alone on a phone's screen: what enter does there
            if isinstance(self.current(), Routine):
                self.action_view()
            else:
                self.action_open()

    # -- a phone's terminal: the list, or one routine on a view of its own -----------------------------------

    @property
    def narrow(self) -> bool:
        """A phone's width (the App's -narrow class): the list and the detail take turns on screen."""
        return self.has_class("-narrow")

    @property
    def detail_shown(self) -> bool:
        """The routine's own view is up (it fills the screen only when narrow)."""
        return self.has_class("-detail-shown")

    def show_detail_view(self, shown: bool) -> None:
        self.set_class(shown, "-detail-shown")

    def list_in_view(self) -> None:
        """The list on screen, with the focus: on a phone, in place of a routine's view. (`x` clearing the filters
        there focused the list and left the routine's view up: the focus out of sight.)"""
        self.show_detail_view(False)
        focus_now(self.query_one("#routine-list"))

    def focus_what_shows(self) -> None:
        """The focus on the list, or on the routine's view where that is up in its place (a phone's)."""
        detail_in_place = self.narrow and self.detail_shown
        focus_now(self.query_one("#routine-detail" if detail_in_place else "#routine-list"))

    # -- which keys apply ------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:
            return True
        chosen = self.current()
        detail = self.query_one("#routine-detail", RoutineDetail)
        narrow = self.narrow
        # On a phone, the routine's view being up says it at once; focus follows a moment later, and a second
        # key typed fast (enter, enter) must already start the routine.
        in_detail = focused_now(detail) or (narrow and self.detail_shown)
        if action == "start":
            # On a phone, a routine is started from its own view, before the cursor goes down to its exercises.
            if narrow:
                return isinstance(chosen, Routine) and in_detail and detail.entry_index() is None
            return isinstance(chosen, Routine) and not in_detail
        if action == "open":
            if narrow and in_detail:
                return detail.entry_index() is not None
            return in_detail or isinstance(chosen, Exercise)
        if action in ("edit", "copy", "delete"):
            return isinstance(chosen, Routine)
        if action == "search":
            return not focused_now(self.query_one("#search", Input))  # there, a / is typed
        if action == "not_for_exercises":
            return isinstance(chosen, Exercise)
        if action == "view":
            return narrow and isinstance(chosen, Routine) and not in_detail
        if action == "details":
            return isinstance(chosen, Routine) and bool(chosen.entries) and not in_detail
        if action == "back":
            return in_detail or self.detail_shown or focused_now(self.query_one("#search", Input))
        return True

    # -- moving ------------------------------------------------------------------------------------------------

    def focused_list(self) -> NavList:
        detail = self.query_one("#routine-detail", RoutineDetail)
        on_view = self.narrow and self.detail_shown  # (focus follows a moment later, as in check_action)
        return detail if focused_now(detail) or on_view else self.query_one("#routine-list", NavList)

    def action_move(self, step: int) -> None:
        listing = self.focused_list()
        if isinstance(listing, RoutineDetail) and step < 0 and listing.entry_index() is None:
            return  # on the routine itself, above its exercises: OptionList went round to the last exercise
        if isinstance(listing, RoutineDetail) and step < 0 and listing.entry_index() == 0:
            # Up from the first exercise leaves them: to the routine on a phone's view of it (enter starts it
            # again), or back to the list beside it. It went round to the last exercise, and enter opened that.
            if self.narrow:
                listing.to_header()
                self.update_keys()  # enter starts it again (setting no highlight tells no one)
            else:
                self.action_back()
            return
        listing.move_cursor(step)

    def action_page(self, step: int) -> None:
        self.focused_list().move_page(step)

    def action_end(self, step: int) -> None:
        listing = self.focused_list()
        if isinstance(listing, RoutineDetail) and step < 0 and self.narrow:
            # Home on a phone's view of a routine goes to the routine itself, as up from its first exercise does.
            # Its header is taller than the pane there: home put the cursor on the first exercise with the name
            # scrolled out of sight, and enter opened that exercise where the user meant to start the routine.
            listing.to_header()
            self.update_keys()
            return
        listing.move_to_end(step)

    def action_catalogue(self) -> None:
        listing = self.query_one("#routine-list", NavList)
        in_catalogue = (listing.highlighted_id() or "").startswith(EXERCISE)
        wanted = (SHIPPED, OWN) if in_catalogue else (EXERCISE,)
        for index, option in enumerate(listing.options):
            if (option.id or "").startswith(wanted):
                listing.highlighted = index
                listing.scroll_to_highlight(top=True)
                break
        self.list_in_view()

    def action_details(self) -> None:
        """Into the routine's exercises (on a phone, on the routine's own view)."""
        self.action_view()
        detail = self.query_one("#routine-detail", RoutineDetail)
        if detail.entry_index() is None:
            detail.action_first()

    def action_view(self) -> None:
        """The routine's own view on a phone's screen, the cursor above its exercises so that enter starts it; at
        other widths the detail is beside the list already and this only moves into it."""
        self.show_detail_view(True)
        detail = self.query_one("#routine-detail", RoutineDetail)
        detail.to_header()  # at its top, the name in sight: it kept where the last visit left it scrolled
        focus_now(detail)

    def action_back(self) -> None:
        search = self.query_one("#search", Input)
        if focused_now(search):
            search.value = ""  # escape leaves the search and forgets it; enter keeps it
        self.query_one("#routine-detail", RoutineDetail).to_header()
        self.list_in_view()  # its cursor where it was (the list was not rebuilt)

    # -- starting, opening, changing ---------------------------------------------------------------------------

    def action_start(self) -> None:
        chosen = self.current()
        if isinstance(chosen, Routine):
            self.post_message(StartWorkout(chosen))

    def action_start_routine(self) -> None:
        """The Start tap target: wherever the cursor is on the routine's view (enter there opens an exercise)."""
        self.action_start()

    def action_open(self) -> None:
        from tui.screens.exercise_detail import open_exercise

        detail = self.query_one("#routine-detail", RoutineDetail)
        index = detail.entry_index() if focused_now(detail) or (self.narrow and self.detail_shown) else None
        if index is not None and detail.routine is not None:
            entry = detail.routine.entries[index]
            open_exercise(self, entry.exercise_id, detail.routine.name, entry, detail.routine.format)
            return
        chosen = self.current()
        if isinstance(chosen, Exercise):
            open_exercise(self, chosen.id)

    def action_edit(self) -> None:
        chosen = self.current()
        if isinstance(chosen, Routine):
            self.changes.edit(chosen)

    def action_copy(self) -> None:
        chosen = self.current()
        if isinstance(chosen, Routine):
            self.changes.copy(chosen)

    def action_not_for_exercises(self) -> None:
        chosen = self.current()
        if chosen is not None and chosen.id not in services(self).catalogue.exercises:
            # One of the user's own: not the catalogue's, and renamed (or counted as ours) where its sets are.
            from tui.screens.history import HistoryScreen

            rename = key_of(self.app, HistoryScreen, "history.change_exercise")
            say(self, f"e, c and d change routines. {quoted(chosen.name)} is your own exercise: {rename} on it in "
                      "History's charts or records renames it.", timeout=6)
            return
        say(self, "e, c and d change routines; the exercise catalogue is read-only. Move to a routine, or press "
                    f"{key_for(self, 'routines.new')} to make one and add this exercise to it.", timeout=6)

    def action_new(self) -> None:
        self.changes.new()

    def action_delete(self) -> None:
        chosen = self.current()
        if isinstance(chosen, Routine):
            self.changes.delete(chosen)

    def routine_changed(self, routine_id: str | None, *, deleted: bool = False) -> None:
        """After a save, copy or delete: read the user's routines again and put the cursor on routine_id."""
        self.load_own()
        self.query_one("#routine-detail", RoutineDetail).routine = None  # its figures may have changed
        keep = f"{OWN}{routine_id}" if routine_id else None
        self.show_list(keep=keep)
        listing = self.query_one("#routine-list", NavList)
        if keep is not None and not deleted and listing.highlighted_id() != keep and self.filter.is_active:
            # Saved while a search or a filter hides it: the list said "2 routines" without it, and the detail
            # showed another. The filters go, and it shows, under the cursor.
            self._clear_filters(keep)
            say(self, "Cleared the search and the filters, which hid the routine saved.", title="Routines")
        if deleted:  # on a phone, the deleted routine's view gave way to its neighbour's: the list says it went
            self.list_in_view()
        else:
            self.focus_what_shows()  # a routine changed from its own view on a phone is shown there, changed


def make_screen() -> Screen:
    return RoutinesScreen()
