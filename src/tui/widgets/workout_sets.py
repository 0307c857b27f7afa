"""The whole workout as a list: every exercise with its sets as rows, done ones with what was logged, the next
one marked, the rest planned with their targets. Exercise names (or a circuit's rounds) are headings the cursor
passes over; a set's row is known by its slot key."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual

from tui.domain.units import reps_text
from tui.domain.workout.model import NORMAL, WARMUP
from tui.domain.workout.prefill import set_in_its_place
from tui.domain.workout.set_values import describe_values
from tui.widgets.hanging import HangingIndent

if TYPE_CHECKING:
    from tui.domain.catalogue.custom_exercises import ExerciseNameBook
    from tui.domain.workout.model import LoggedSet
    from tui.domain.workout.plan import Slot
    from tui.domain.workout.session import WorkoutSession


def set_text(logged: LoggedSet, *, bodyweight: bool, side: bool = True) -> str:
    """One logged set: "12 reps @ 40 kg", "12 reps, +10 kg", "45 s, L", "10 reps, red+green band, RPE 8, warm-up";
    without its side where a label already names it ("Set 1 L: 12 reps")."""
    return describe_values(logged.reps, logged.hold_s, logged.load, logged.unit, logged.bands,
                           logged.side if side else None, logged.rpe, logged.set_type, bodyweight=bodyweight)


def sets_text(sets: tuple[LoggedSet, ...], *, bodyweight: bool) -> str:
    """Sets in one line: "12 · 11 · 10 reps", "45 s · 40 s", or "12 reps @ 5 kg · 10 reps @ 5 kg, L"."""
    if all(s.load is None and not s.bands and not s.side and s.rpe is None and s.set_type == NORMAL for s in sets):
        if all(s.hold_s is not None for s in sets):  # each with its unit: "45 · 4 s" read as one figure
            return " · ".join(f"{s.hold_s} s" for s in sets)
        if all(s.hold_s is None for s in sets):
            if len(sets) == 1:
                return reps_text(sets[0].reps or 0)
            return " · ".join(str(s.reps) for s in sets) + " reps"
    return " · ".join(set_text(s, bodyweight=bodyweight) for s in sets)


SET_INDENT = 4  # a set's row: "  ✓ ", "  ▶ " or four blanks, then its label
LINES_ABOVE_THE_CURSOR = 2  # kept in view over the set under the cursor, room allowing: what was just done
LINES_BELOW_THE_CURSOR = 2  # and under it, with the room left: what comes next


class SetRow(NamedTuple):
    """One row of the list: a set, known by its slot key, or a heading the cursor passes over (key None)."""

    key: str | None
    text: Content
    indent: int = SET_INDENT  # where its wrapped lines go on: under the set's label, or the exercise's name

    @property
    def drawn(self) -> HangingIndent:
        return HangingIndent(self.text, self.indent)


class WorkoutSets(ScrollView, can_focus=True, inherit_bindings=False):
    """The sets, drawn line by line. Logging a set, undoing it or editing it changes two rows, and only those rows
    are drawn again; the list is measured again only when a row's height changes. (A list of options measured
    and drew every row on any change: most of a logged set's time.)"""

    DEFAULT_CSS = """
    WorkoutSets {
        height: auto;
        overflow-x: hidden;
        border: tall $border-blurred;
        padding: 0 1;
        background: $surface;
        color: $foreground;
        & > .workout-sets--heading { color: $text-disabled; }
        & > .workout-sets--hover { background: $block-hover-background; }
        & > .workout-sets--cursor { background: $block-cursor-blurred-background; }
        &:focus {
            border: tall $border;
            background-tint: $foreground 5%;
            & > .workout-sets--cursor {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
    }
    """
    COMPONENT_CLASSES = {"workout-sets--set", "workout-sets--heading", "workout-sets--hover", "workout-sets--cursor"}
    BINDING_GROUP_TITLE = "The list of sets"  # in the key help, above the workout's own keys
    # Priority, as the Workout screen's keys are: `down e` typed together edits the set the cursor went to. Not a
    # scroll view's own keys: sideways scrolling moves nothing in a list that wraps, and the key help listed them
    # first.
    BINDINGS = [
        Binding("down", "move(1)", "Down", show=False, priority=True),
        Binding("up", "move(-1)", "Up", show=False, priority=True),
        Binding("pagedown", "page(1)", "Page down", show=False, priority=True),
        Binding("pageup", "page(-1)", "Page up", show=False, priority=True),
        Binding("end", "last(1)", "Last", show=False, priority=True),
        Binding("home", "last(-1)", "First", show=False, priority=True),
        Binding("enter", "pick", "Open", show=False, priority=True),
    ]

    class Picked(Message):
        """enter or a tap on a set's row."""

        def __init__(self, key: str) -> None:
            super().__init__()
            self.key = key

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[SetRow] = []
        self.cursor: int | None = None  # the row under the cursor: always a set's row
        self._hovered: int | None = None  # the set's row under the mouse pointer
        self._shown_next: str | None = None  # the next set as the list last showed it
        self._width = -1  # the width the rows were measured at
        self._heights: list[int] = []  # each row's lines at that width
        self._first_lines: list[int] = []  # each row's first line
        self._line_rows: list[tuple[int, int]] = []  # each line: its row, and which of the row's lines it is
        self._drawn: dict[int, tuple[str, list[Strip]]] = {}  # each row drawn at that width: its look and lines

    @property
    def selected_key(self) -> str | None:
        """The slot key of the set under the cursor, if the cursor is on a set."""
        return self.rows[self.cursor].key if self.cursor is not None else None

    def row_text(self, key: str) -> str:
        """The text of a set's row, as shown."""
        return next(row.text.plain for row in self.rows if row.key == key)

    def first_line(self, key: str) -> int:
        """The line of the list a set's row starts on."""
        self._measure()
        return self._first_lines[next(index for index, row in enumerate(self.rows) if row.key == key)]

    def show(self, session: WorkoutSession | None, names: ExerciseNameBook,
             last_time: Mapping[str, tuple[LoggedSet, ...]] | None = None, *, next_set_only: bool = False) -> None:
        """The workout's rows; with `last_time` (each exercise's sets last time), each set to do says what was
        done in its place then, as Strong's "Previous" column (or the next set alone: next_set_only)."""
        self.display = session is not None
        rows = [] if session is None else _rows(session, names, last_time or {}, next_set_only)
        selected = self.selected_key
        same_sets = [row.key for row in rows] == [row.key for row in self.rows]
        changed = [index for index, (old, new) in enumerate(zip(self.rows, rows)) if old != new]
        self.rows = rows
        if same_sets:
            self._redraw(changed)
        else:
            self._width = -1
            self._drawn.clear()
            self.cursor = self._hovered = None
            self._measure()
            self.refresh()
        # The cursor follows the next set as it moves on; while it stays, it stays where the user put it. A row that
        # went (a warm-up deleted) leaves the cursor on the next set. With no set left to do it stays on a set: the
        # last one logged, else the list's last (`a` adds one more to that exercise, `e` changes it; on no row, both
        # did nothing).
        next_key = session.cursor if session is not None else None
        moved_on, self._shown_next = next_key != self._shown_next, next_key
        stays = selected is not None and any(row.key == selected for row in rows)
        target = selected if stays and (not moved_on or next_key is None) else next_key
        found = next((index for index, row in enumerate(rows) if target and row.key == target), None)
        self._move_to(self._sets_from(len(rows) - 1, -1) if found is None else found)

    def back_to_next(self) -> None:
        """The cursor on the next set to do again."""
        self.move_to_set(self._shown_next)

    def move_to_set(self, key: str | None) -> None:
        """The cursor on this set, if the list has it."""
        self._move_to(next((index for index, row in enumerate(self.rows) if key and row.key == key), None))

    def _redraw(self, changed: list[int]) -> None:
        """Draw these rows again; all of them when one no longer takes the lines it took."""
        if not changed:
            return  # a key that changed no row (+/-, skip): nothing to measure or draw
        for index in changed:
            self._drawn.pop(index, None)
        width, rules = self._width, self.styles.get_rules()
        if width > 0 and any(self.rows[i].drawn.get_height(rules, width) != self._heights[i] for i in changed):
            self._width = -1
            self._measure()
            self.refresh()
            return
        for index in changed:
            self._refresh_row(index)

    def _measure(self) -> None:
        """Wrap every row to the list's width, unless they were at this width."""
        width = self.scrollable_content_region.width
        if width == self._width or width <= 0:
            return
        self._width = width
        self._drawn.clear()
        rules = self.styles.get_rules()
        self._heights = [row.drawn.get_height(rules, width) for row in self.rows]
        self._first_lines, self._line_rows = [], []
        for index, height in enumerate(self._heights):
            self._first_lines.append(len(self._line_rows))
            self._line_rows.extend((index, line) for line in range(height))
        self._leave_room_at_the_end()

    def _leave_room_at_the_end(self) -> None:
        """The list's height, with room under its last row once it scrolls, so that a whole row can stand at the
        top with the cursor at the end: the row above, cut, read as a line of its own ("      10-15 reps")."""
        if self._width < 0:  # not measured (hidden under the set's form): done when it is
            return
        lines = len(self._line_rows)
        room = max(self._heights, default=1) - 1 if lines > self.scrollable_content_region.height else 0
        self.virtual_size = Size(self._width, lines + room)

    def _refresh_row(self, index: int) -> None:
        if 0 <= index < len(self._first_lines):
            self.refresh_lines(self._first_lines[index], self._heights[index])

    def _move_to(self, index: int | None) -> None:
        if index == self.cursor:
            return
        for row in (self.cursor, index):  # each drawn again in its new look
            if row is not None:
                self._refresh_row(row)
        self.cursor = index
        self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> None:
        """The set under the cursor in view, with the lines above it and then those under it where the list has
        room for them: the set just logged and its exercise's name went out of sight as the next set came to the
        list's top row, and the sets after it as it came to the bottom row (a new exercise's first set, alone)."""
        self._measure()
        if self.cursor is None or self.cursor >= len(self._first_lines):
            return
        first, height = self._first_lines[self.cursor], self._heights[self.cursor]
        view = self.scrollable_content_region.height
        room = view - height
        above = max(0, min(LINES_ABOVE_THE_CURSOR, first, room))
        below = max(0, min(LINES_BELOW_THE_CURSOR, len(self._line_rows) - first - height, room - above))
        y = max(round(self.scroll_y), first + height + below - view)  # down as far as the lines under it need
        y = max(0, min(y, first - above, len(self._line_rows) - view))  # and up as far as the set and those above
        y = self._whole_row_on_top(y, first, height)
        if y != self.scroll_y:  # most keys leave the list where it is
            self.scroll_to(y=y, animate=False, force=True, immediate=True)

    def _whole_row_on_top(self, y: int, first: int, height: int) -> int:
        """y, or the nearest line that starts a row where the set at `first` still shows whole: a row cut at the
        top read as a line of its own ("      reps" over "Round 2 of 2-4" on a phone)."""
        if not 0 <= y < len(self._line_rows) or self._line_rows[y][1] == 0:
            return y
        row = self._line_rows[y][0]
        view = self.scrollable_content_region.height
        for start in (self._first_lines[row] + self._heights[row], self._first_lines[row]):
            if start <= first and first + height <= start + view and start + view <= self.virtual_size.height:
                return start
        return y

    def on_resize(self) -> None:
        # A narrower list wraps its rows again; the terminal shrinking (or the unsaved-changes warning showing
        # above) makes it shorter after the cursor was scrolled to: the set under the cursor stays in view.
        self._measure()
        self._leave_room_at_the_end()  # a list made taller or shorter may no longer scroll, or start to
        self._scroll_to_cursor()

    def notify_style_update(self) -> None:
        # Focus or the theme changed the rows' colours: every row is drawn again.
        self._drawn.clear()
        self.refresh()
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        self._measure()  # a scrollbar showing or going narrows the rows
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        line = self.scroll_offset.y + y
        if line >= len(self._line_rows):
            return Strip.blank(self._width, self.rich_style)
        index, line_in_row = self._line_rows[line]
        lines = self._lines_of(index)
        return lines[line_in_row] if line_in_row < len(lines) else Strip.blank(self._width, self.rich_style)

    def _lines_of(self, index: int) -> list[Strip]:
        row = self.rows[index]
        look = ("cursor" if index == self.cursor else "hover" if index == self._hovered else "set" if row.key
                else "heading")
        drawn = self._drawn.get(index)
        if drawn is None or drawn[0] != look:
            style = self.get_visual_style("workout-sets--set", f"workout-sets--{look}")
            strips = Visual.to_strips(self, row.drawn, self._width, None, style)
            drawn = self._drawn[index] = (look, [strip.extend_cell_length(self._width, style.rich_style)
                                                 for strip in strips])
        return drawn[1]

    # --- keys and taps -------------------------------------------------------------------------------

    def _sets_from(self, start: int, step: int) -> int | None:
        """The first set's row from `start` on, going `step` at a time; None past the end."""
        index = start
        while 0 <= index < len(self.rows):
            if self.rows[index].key is not None:
                return index
            index += step
        return None

    def action_move(self, step: int) -> None:
        start = (0 if step > 0 else len(self.rows) - 1) if self.cursor is None else self.cursor + step
        found = self._sets_from(start, step)
        if found is not None:
            self._move_to(found)

    def action_page(self, direction: int) -> None:
        self._measure()
        if self.cursor is None or not self._line_rows:
            self.action_move(direction)
            return
        line = self._first_lines[self.cursor] + direction * max(1, self.scrollable_content_region.height)
        row = self._line_rows[min(max(line, 0), len(self._line_rows) - 1)][0]
        found = self._sets_from(row, direction) or self._sets_from(row, -direction)
        self._move_to(found)

    def action_last(self, direction: int) -> None:
        self._move_to(self._sets_from(len(self.rows) - 1, -1) if direction > 0 else self._sets_from(0, 1))

    def action_pick(self) -> None:
        key = self.selected_key
        if key is not None:
            self.post_message(self.Picked(key))

    def _set_at(self, event: events.MouseEvent) -> int | None:
        """The set's row under the mouse pointer, if any."""
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        line = self.scroll_offset.y + offset.y
        if 0 <= line < len(self._line_rows) and self.rows[index := self._line_rows[line][0]].key is not None:
            return index
        return None

    def _hover(self, index: int | None) -> None:
        if index != self._hovered:
            for row in (self._hovered, index):
                if row is not None:
                    self._refresh_row(row)
            self._hovered = index

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover(self._set_at(event))

    def on_leave(self) -> None:
        self._hover(None)

    def on_click(self, event: events.Click) -> None:
        index = self._set_at(event)
        if index is not None:
            self._move_to(index)
            self.action_pick()

def _rows(session: WorkoutSession, names: ExerciseNameBook,
          last_time: Mapping[str, tuple[LoggedSet, ...]], next_set_only: bool) -> list[SetRow]:
    rows: list[SetRow] = []
    loose_shown: set[tuple[str, int | None]] = set()  # exercises (in a circuit, a round's) whose warm-ups are listed
    for slot in session.plan:
        first_of_a_kind = slot.set_number == 1 and slot.side in (None, "L")
        if session.is_circuit and slot.entry_index == 0 and first_of_a_kind:
            rows.append(SetRow(None, Content(f"Round {slot.round} of {slot.rounds_total}"), indent=0))
        if not session.is_circuit and first_of_a_kind:
            number = f"{slot.entry_index + 1}. "
            rows.append(SetRow(None, Content.assemble(
                (f"{number}{names.get(slot.exercise_id, slot.exercise_id)}", "bold"),
                (f"  {slot.target_text()}", "dim")), indent=len(number)))
        if (slot.exercise_id, slot.round) not in loose_shown:  # above its first planned set, as Strong lists them
            loose_shown.add((slot.exercise_id, slot.round))
            rows.extend(SetRow(key, _loose_row(logged, names, named=session.is_circuit))
                        for key, logged in session.loose_sets(slot.exercise_id, slot.round))
        before = last_time.get(slot.exercise_id, ()) if not next_set_only or slot.key == session.cursor else ()
        rows.append(SetRow(slot.key, _row(session, slot, names, before)))
    return rows


def _loose_row(logged: LoggedSet, names: ExerciseNameBook, *, named: bool) -> Content:
    """A set that takes no planned set: "✓ Warm-up: 10 reps @ 20 kg", or "✓ Also: ..." for one whose planned set
    was taken out; named, as a circuit's rows are: "✓ Warm-up · Push-up: 10 reps"."""
    warm_up = logged.set_type == WARMUP
    values = describe_values(logged.reps, logged.hold_s, logged.load, logged.unit, logged.bands, logged.side,
                             logged.rpe, NORMAL if warm_up else logged.set_type,
                             bodyweight=names.is_bodyweight(logged.exercise_id))
    label = "Warm-up" if warm_up else "Also"
    if named:
        label += f" · {names.get(logged.exercise_id, logged.exercise_id)}"
    return Content.assemble(("  ✓ ", "bold"), f"{label}: ", values, _note(logged))


def _note(logged: LoggedSet) -> tuple[str, str]:
    """The set's note after its values, as the user wrote it: " · left elbow hurt"."""
    return (f" · {logged.note}", "italic") if logged.note else ("", "")


def _row(session: WorkoutSession, slot: Slot, names: ExerciseNameBook, last_time: tuple[LoggedSet, ...]) -> Content:
    logged = session.logged_set(slot.key)
    if logged is not None and logged.side != slot.side:
        slot = replace(slot, side=logged.side)  # logged on the other side than planned: the row names that one
    label = slot.label()
    if session.is_circuit:  # a circuit's row is named for its exercise: a set's own, for one done before a swap
        named = logged.exercise_id if logged is not None else slot.exercise_id
        label = f"{names.get(named, named)}{f' {slot.side}' if slot.side else ''}"
    if logged is not None:
        # A set done before its exercise was swapped for a variation: the row says what it was done as (a circuit's,
        # by its name: "Diamond push-up: 10 reps · Push-up" read as diamond push-ups done).
        done_as = names.get(logged.exercise_id, logged.exercise_id)
        done_as = "" if session.is_circuit or logged.exercise_id == slot.exercise_id else f" · {done_as}"
        return Content.assemble(("  ✓ ", "bold"), f"{label}: ",  # the label names the side logged
                                set_text(logged, bodyweight=names.is_bodyweight(logged.exercise_id), side=False),
                                done_as, _note(logged))
    # "Set 1 L: 30 s hold", not "... 30 s hold each side": the label names the side.
    target = slot.target_text().removesuffix(" each side") if slot.side else slot.target_text()
    before = set_in_its_place(slot, last_time)
    last = ("", "") if before is None else (
        f" · last time {set_text(before, bodyweight=names.is_bodyweight(before.exercise_id), side=False)}", "dim")
    if slot.key == session.cursor:
        return Content.assemble(("  ▶ ", "bold"), (f"{label}: {target}", "bold"), "  next", last)
    optional = "  (optional)" if slot.optional else ""
    return Content.assemble("    ", (f"{label}: {target}{optional}", "dim"), last)
