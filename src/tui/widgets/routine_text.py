"""How routines and exercises read on screen: list rows, the routine detail, the exercise detail.

Only bold, dim and italic, so every theme (and NO_COLOR) colours it through the CSS. The list rows are Textual
Content (the list measures every row before its first frame, and Content does it several times faster than Rich);
the exercise detail stays Rich, whose tables give its numbered steps a hanging indent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.content import Content

from tui.domain.catalogue.custom_exercise_changes import is_custom
from tui.domain.catalogue.custom_exercises import CustomExercise
from tui.domain.catalogue.model import Catalogue, Exercise, Measurement, Routine, RoutineEntry, RoutineFormat
from tui.domain.counts import count
from tui.domain.routines.duration import estimate_duration
from tui.domain.routines.filters import equipment_text, routine_equipment
from tui.domain.routines.prescription import FORMAT_NAMES, Figure, entry_figures, has_our_figures, routine_figures
from tui.widgets.hanging import Hanging, HangingIndent

OURS_MARK = "*"
OURS_LEGEND = "* our default: the source gives no figure"

MEASURED_AS = {
    Measurement.REPS: "reps",
    Measurement.HOLD: "timed hold",
    Measurement.REPS_PER_SIDE: "reps, each side",
    Measurement.HOLD_PER_SIDE: "timed hold, each side",
}


def figure_parts(figures: Iterable[Figure], separator: str = " · ") -> list[str | tuple[str, str]]:
    """Figures joined, each of ours followed by a dim asterisk: parts for Rich's or Textual's `assemble`."""
    parts: list[str | tuple[str, str]] = []
    for number, figure in enumerate(figures):
        if number:
            parts.append(separator)
        parts.append(figure.text)
        if figure.ours:
            parts.append((OURS_MARK, "dim"))
    return parts


def figures_text(figures: Iterable[Figure], separator: str = " · ") -> Text:
    return Text.assemble(*figure_parts(figures, separator))


def joined(*parts: str) -> str:
    """ "pull-up bar · back, arms": the parts there are, between dots."""
    return " · ".join(part for part in parts if part)


def routine_kit(routine: Routine, catalogue: Catalogue) -> str:
    """ "pull-up bar, chair or bench", or "no equipment"; nothing when the routine's exercises of ours need none and
    it holds one of the user's own, whose kit is not known (a Face pull made it "no equipment")."""
    kinds = routine_equipment(routine, catalogue.exercises)
    if not kinds and any(is_custom(entry.exercise_id) for entry in routine.entries):
        return ""
    return equipment_text(kinds)


def routine_row(routine: Routine, catalogue: Catalogue, done: str = "", default_rest_s: int = 0) -> Hanging:
    """A routine in the list: name, then exercises and length, then focus and equipment, then when it was last
    done, if it was ("last done 3 days ago": last_done.done_ago)."""
    kit = routine_kit(routine, catalogue)
    focus = ", ".join(focus.value for focus in routine.focus)
    length = estimate_duration(routine, default_rest_s)
    # No focus and no kit known (a routine of your own exercises only): no line for them, blank in the list.
    about = [f"{count(len(routine.entries), 'exercise')} · {length}", joined(focus, kit)]
    details = Content.styled("\n".join(line for line in about if line), "dim")
    if done:
        details = Content.assemble(details, "\n", (done, "italic"))
    return Hanging(Content.styled(routine.name, "bold"), details, indent=2)


def exercise_row(exercise: Exercise) -> Content:
    """An exercise on one line: its name, then its equipment.

    Textual's own Content, not Rich text: the list measures and draws all forty-odd of these before its first
    frame, and Content does it several times faster."""
    return Content.assemble(exercise.name, (f"  {equipment_text(exercise.equipment)}", "dim"))


def heading(title: str) -> Text:
    return Text(title, style="bold")


def source_text(catalogue: Catalogue, source_id: str | None, publisher: bool = True) -> Text:
    source = catalogue.sources.get(source_id or "")
    if source is None:
        return Text("Source: your own routine", style="dim")
    text = Text.assemble(("Source: ", "bold"), f"“{source.title}”")
    if publisher:
        text.append(f", {source.publisher}", style="dim")
    return text


def routine_header(routine: Routine, catalogue: Catalogue, done: str = "", default_rest_s: int = 0) -> Text:
    """The top of the routine detail: what it is, how long, when it was last done, what it needs, where it comes
    from."""
    text = Text(routine.name, style="bold")
    text.append("\n")
    text.append_text(figures_text(
        [
            Figure("shipped, read-only" if routine.shipped else "yours"),
            Figure(FORMAT_NAMES[routine.format]),
            *routine_figures(routine),
            Figure(f"about {estimate_duration(routine, default_rest_s)}"),
            *([Figure(done)] if done else []),
        ],
    ))
    if routine.description:
        text.append(f"\n{routine.description}")
    text.append("\nEquipment: ", style="bold")
    kit = routine_kit(routine, catalogue)
    text.append({"": "not known (your own exercises)", equipment_text(()): "none"}.get(kit, kit))
    text.append("\n")
    text.append_text(source_text(catalogue, routine.source, publisher=False))
    if has_our_figures(routine):
        text.append(f"\n{OURS_LEGEND}", style="dim italic")
    return text


def muscles_text(exercise: Exercise) -> str:
    text = ", ".join(exercise.primary_muscles)
    if exercise.secondary_muscles:
        text += f"; also {', '.join(exercise.secondary_muscles)}"
    return text


def entry_row(number: int, entry: RoutineEntry, routine_format: RoutineFormat, catalogue: Catalogue) -> Hanging:
    """One exercise of a routine: name, prescription and rest, then equipment and muscles."""
    exercise = catalogue.exercises.get(entry.exercise_id)
    name = exercise.name if exercise else f"{entry.exercise_id} (not in the catalogue)"
    details = figure_parts(entry_figures(entry, routine_format))
    if exercise is not None:
        # One of the user's own exercises may name no muscles: no dot with nothing after it. Its kit is not known
        # ("no equipment" was said of a Face pull).
        kit = "your own exercise" if is_custom(exercise.id) else equipment_text(exercise.equipment)
        details.append((f"\n{joined(kit, muscles_text(exercise))}", "dim"))
    return Hanging(Content.styled(f"{number}. {name}", "bold"), Content.assemble(*details), indent=3)


def entry_line(number: int, entry: RoutineEntry, routine_format: RoutineFormat, catalogue: Catalogue) -> HangingIndent:
    """One exercise of a routine, for the editor: "1. Plank  3 x 30-60 s hold · rest 60-90 s", its wrapped words
    under the name, clear of the number."""
    exercise = catalogue.exercises.get(entry.exercise_id)
    name = exercise.name if exercise else f"{entry.exercise_id} (not in the catalogue)"
    numbered = f"{number}. "
    line = Content.assemble(numbered, (name, "bold"), "  ", *figure_parts(entry_figures(entry, routine_format)))
    return HangingIndent(line, len(numbered))


def _numbered(items: Iterable[str], bullet: str | None = None) -> Table:
    """A list with a hanging indent, so wrapped lines stay clear of the numbers."""
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(ratio=1)
    for number, item in enumerate(items, start=1):
        table.add_row(bullet or f"{number}.", item)
    return table


def exercise_body(exercise: Exercise, catalogue: Catalogue, in_routine: Text | None = None,
                  yours: Text | None = None) -> RenderableType:
    """Everything about an exercise: how to do it, cues, mistakes, variations, why it helps, its source; and,
    after the mistakes, `yours`: what the user did of it (their last time and records)."""
    summary = Text(f"{exercise.category.value} · {MEASURED_AS[exercise.measurement]} · "
                   f"{equipment_text(exercise.equipment)}", style="dim")
    facts = Text.assemble(
        ("Muscles: ", "bold"), ", ".join(exercise.primary_muscles),
        *((("\nAlso works: ", "bold"), ", ".join(exercise.secondary_muscles)) if exercise.secondary_muscles else ()),
        ("\nFocus: ", "bold"), ", ".join(focus.value for focus in exercise.focus),
        *((("\nAlso called: ", "bold"), ", ".join(exercise.aliases)) if exercise.aliases else ()),
    )
    parts: list[RenderableType] = [Text(exercise.name, style="bold"), summary]
    if in_routine is not None:
        parts.append(in_routine)
    parts += [
        facts,
        Text(), heading("How to do it"), _numbered(exercise.instructions),
        Text(), heading("Cues"), _numbered(exercise.cues, bullet="•"),
        Text(), heading("Common mistakes"), _numbered(exercise.mistakes, bullet="•"),
    ]
    if yours is not None:  # after the how-to, which `i` opens the page for mid-workout (on a phone, its first screen)
        parts += [Text(), heading("Yours"), yours]
    parts += [
        Text(), heading("Why it helps a runner"), Text(exercise.why_runners),
        Text(), variations_text(exercise, catalogue),
        source_text(catalogue, exercise.source),
    ]
    return Group(*parts)


def page_body(exercise: Exercise, catalogue: Catalogue, custom: Mapping[str, CustomExercise],
              in_routine: Text | None = None, yours: Text | None = None) -> RenderableType:
    """An exercise's page: one of ours in full (exercise_body), or one of the user's own (`custom`, by id) with
    what there is of it."""
    if exercise.id in catalogue.exercises:
        return exercise_body(exercise, catalogue, in_routine, yours)
    own = custom.get(exercise.id)
    return _own_exercise_body(exercise, own.category if own else "", in_routine, yours)


def _own_exercise_body(exercise: Exercise, category: str, in_routine: Text | None = None,
                       yours: Text | None = None) -> RenderableType:
    """One of the user's own exercises (one they added, or an import kept): nothing of ours to read about it, and
    what they did of it, as one of ours has it."""
    parts: list[RenderableType] = [Text(exercise.name, style="bold"),
                                   Text(f"Your own exercise{f' · {category}' if category else ''}", style="dim")]
    if in_routine is not None:
        parts.append(in_routine)
    if yours is not None:
        parts += [Text(), heading("Yours"), yours]
    return Group(*parts)


def variations_text(exercise: Exercise, catalogue: Catalogue) -> Text:
    def names(ids: Iterable[str]) -> str:
        return ", ".join(catalogue.exercises[other].name for other in ids if other in catalogue.exercises) or "none"

    return Text.assemble(("Easier: ", "bold"), names(exercise.easier), ("\nHarder: ", "bold"), names(exercise.harder))
