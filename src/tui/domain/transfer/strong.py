"""Strong's CSV exports, every shape Strong has written, and our own CSV export (Strong's columns, then ours).

- current: `"Workout #";"Date";"Workout Name";"Duration (sec)";"Exercise Name";"Set Order";"Weight (kg)"` (or
  `"Weight (lbs)"`)`;"Reps";"RPE";"Distance (meters)";"Seconds";"Notes";"Workout Notes"`, `;` or `,`, every cell
  quoted, decimal commas with `;`, an empty weight for bodyweight, Note rows holding an exercise's note;
- with unit columns: `Date;Workout Name;Exercise Name;Set Order;Weight;Weight Unit;Reps;RPE;Distance;Distance Unit;
  Seconds;Notes;Workout Notes;Workout Duration`;
- classic: `Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE`,
  naming no unit (the weights are in the unit the user had set in Strong);
- oldest: `Date,Workout Name,Exercise Name,Set Order,kg,Reps,km,Seconds,Notes` (or `lbs` and `mi`), Set Order from 0.

Set Order is a number for a normal set, W, D or F (or WARM_UP, DROP, FAILURE) for a warm-up, drop or failure
set, and Rest Timer or Note for rows that are not sets. Strong writes 0 or nothing for "no weight". Workouts are
told apart by Date and Workout Name (not Workout #, which older exports lack), so a workout reads the same, and
gets the same ids, whichever of these exports it comes from.
"""

from __future__ import annotations

import re
from operator import itemgetter

from tui.domain.transfer.data import UserData
from tui.domain.transfer.source import (
    DEFAULT_WORKOUT_NAME,
    ImportContext,
    Row,
    SourceFormat,
    WorkoutCollector,
    metres,
    set_type_of,
)
from tui.domain.transfer.spreadsheet import as_written
from tui.domain.transfer.table import Table
from tui.domain.workout.set_values import SetValueError, parse_bands

_UNIT_IN_NAME = re.compile(r"^(weight|distance|duration)\s*\((.+)\)$", re.IGNORECASE)
OUR_COLUMNS = ("Unit", "Set ID")


class StrongFormat(SourceFormat):
    key = "strong"
    label = "Strong"
    required = (("Date",), ("Exercise Name",), ("Set Order",),
                ("Weight", "kg", "lbs", "lb", "Weight (kg)", "Weight (lbs)", "Weight (lb)"), ("Reps",))

    def matches(self, table: Table) -> bool:
        return all(table.column(name) is not None for name in ("Date", "Exercise Name", "Set Order"))

    @staticmethod
    def variant(table: Table) -> str:
        if all(table.column(name) is not None for name in OUR_COLUMNS):
            return "our CSV export"
        if table.column("Workout #", "Duration (sec)") is not None or _unit_column(table, "weight"):
            return "Strong (current export)"
        if table.column("Weight Unit") is not None:
            return "Strong (export with unit columns)"
        if table.column("kg", "lbs", "lb") is not None:
            return "Strong (oldest export)"
        return "Strong (classic export)"

    def read(self, table: Table, context: ImportContext) -> UserData:
        variant = self.variant(table)
        ours = variant == "our CSV export"
        separated = {",": "", ";": ", ';'-separated", "\t": ", tab-separated"}[table.delimiter]
        collector = WorkoutCollector(context, variant + separated, ours=ours)
        date, exercise, set_order = self.require(table, variant, ("Date",), ("Exercise Name",), ("Set Order",))
        workout_name = table.column("Workout Name")
        weight, file_unit = _unit_column(table, "weight") or (table.column("Weight"), None)
        if weight is None:
            weight = table.column("kg", "lbs", "lb")
            file_unit = table.header[weight] if weight is not None else None
        weight_unit = table.column("Weight Unit")
        our_unit = table.column("Unit") if ours else None
        if file_unit:
            base_unit: str | None = collector.unit_named(file_unit)
        elif weight_unit is None and our_unit is None:
            base_unit = collector.unit_not_named()
        else:
            base_unit = None  # each row names its own
        distance, distance_file_unit = _unit_column(table, "distance") or (table.column("Distance"), None)
        if distance is None:
            distance = table.column("km", "mi", "miles")
            distance_file_unit = table.header[distance] if distance is not None else None
        distance_unit = table.column("Distance Unit")
        # Strong's classic Distance is in the user's distance unit, which Strong sets apart from the weights': as
        # --distance-unit says, else miles with pounds and kilometres with kilograms, said in the report (a user
        # of kilograms and miles had every run read in km, unsaid).
        guessed_distance_unit = None
        if distance_file_unit is None and not ours:
            guessed_distance_unit = context.distance_unit_given or ("mi" if base_unit == "lb" else "km")
        fallback_distance_unit = distance_file_unit or guessed_distance_unit or "km"
        reps, seconds, rpe = table.column("Reps"), table.column("Seconds"), table.column("RPE")
        duration_sec = table.column("Duration (sec)", "Duration (seconds)", "Duration (s)")
        duration = table.column("Duration", "Workout Duration")
        notes, workout_notes = table.column("Notes"), table.column("Workout Notes")
        side, band, set_id, category = (table.column(name) for name in ("Side", "Band", "Set ID", "Category"))
        superset = table.column("Superset")  # ours: a Hevy superset kept through our CSV

        # The cells that tell a workout's rows apart, taken from each row in one call (a list built per row cost a
        # fortieth of a 50,000-row read); a single cell comes as itself, several as a tuple: compared alike.
        head_of = itemgetter(*(index for index in (date, workout_name, duration_sec, duration) if index is not None))
        previous_head: object = None  # no row's head: the first row starts a workout
        previous_set: list[str] = []
        group = None
        for line, cells in table.rows:
            if ours:  # a cell our export kept a spreadsheet from running comes back as the user wrote it
                cells = as_written(cells)
            row = Row(table, line, cells)
            order = cells[set_order]
            head = head_of(cells)
            if head != previous_head:  # a workout's rows come together: its start is read once
                previous_head = head
                name = row.text(workout_name) if row.get(workout_name) else DEFAULT_WORKOUT_NAME
                started, local_key = collector.moment(row, date, "Date")
                if duration_sec is not None:
                    length = row.duration(duration_sec, "Duration (sec)")
                else:
                    length = row.duration(duration, "Duration")
                group = collector.workout(f"{local_key}\x1f{name}", name, started, row, duration=length)
            assert group is not None  # the first row starts a workout: its head differs from no head
            if not group.note and workout_notes is not None and cells[workout_notes]:
                group.note = cells[workout_notes]
            if order.isdigit():  # most rows: a normal set's number
                set_type = "normal"
            else:
                order = order.strip()
                folded = order.casefold()
                if folded == "rest timer":
                    collector.skip("Rest Timer rows (rests Strong logged, not sets)")
                    continue
                if folded == "note":
                    collector.exercise_note(group, row.get(exercise), row.text(notes))
                    collector.skip("Note rows (each note is kept on its exercise's first set)")
                    continue
                set_type = "normal" if order.isdigit() or not order else set_type_of(row, order)
            if cells == previous_set:  # rests and notes were skipped above
                collector.repeated(row)
            previous_set = cells
            load = row.number(weight, "Weight")
            if ours:
                written_unit = row.get(our_unit)
                if not written_unit:
                    # Our export writes 0 (or nothing) and no unit for a set with no load. A weight without a unit
                    # (a spreadsheet's edit, another tool's rows) is a weight still: taken as every format takes a
                    # weight whose unit the file does not name (--unit, else the import asks), never dropped.
                    if not load:
                        load, unit = None, context.unit_setting
                    else:
                        unit = collector.unit_not_named()
                else:
                    unit = collector.unit_named(written_unit, row)
                    if load is None:
                        row.fail("Weight is empty but Unit is given")
            else:
                if not load:
                    load = None  # Strong writes 0 (or nothing) for no weight
                if weight_unit is not None:
                    written_unit = row.get(weight_unit)
                    if written_unit:
                        unit = collector.unit_named(written_unit, row)
                    else:  # no unit on the row: only a weight needs one
                        unit = collector.unit_not_named() if load is not None else context.unit_setting
                else:
                    unit = base_unit or context.unit_setting
            distance_value = row.number(distance, "Distance")
            written_distance_unit = row.get(distance_unit) or fallback_distance_unit
            if distance_value and guessed_distance_unit and not row.get(distance_unit):
                collector.remark(_distances_read_in(guessed_distance_unit, context.distance_unit_given))
                collector.distance_unit_guessed = not context.distance_unit_given
            bands: tuple[str, ...] = ()
            if band is not None and row.get(band):
                try:
                    bands = parse_bands(row.get(band))
                except SetValueError as error:
                    row.fail(f"Band: {error}")
            side_text = None
            if side is not None:  # only our export has the column
                side_text = row.get(side).upper() or None
                if side_text not in (None, "L", "R"):
                    row.fail(f"Side should be L or R, not {row.get(side)!r}")
            collector.add(
                group, row, row.text(exercise), category=row.get(category), reps=row.whole(reps, "Reps"),
                seconds=row.duration(seconds, "Seconds"), load=load, unit=unit,
                distance_m=metres(row, distance_value, written_distance_unit), set_type=set_type,
                rpe=row.number(rpe, "RPE"), note=row.text(notes), side=side_text, bands=bands,
                set_id=row.get(set_id) or None, superset=row.whole(superset, "Superset"),
            )
        return collector.result()


def _distances_read_in(unit: str, given: str | None) -> str:
    if given:
        return f"read distances in {unit}, as given with --distance-unit"
    other = "km" if unit == "mi" else "mi"
    return (f"read distances in {unit}, as the weights' unit goes: the file does not say; if Strong showed them in "
            f"{other}, import it with --distance-unit {other}")


def _unit_column(table: Table, what: str) -> tuple[int, str] | None:
    """The column holding a weight or distance with its unit in the name ("Weight (kg)"), and that unit."""
    for index, name in enumerate(table.header):
        found = _UNIT_IN_NAME.match(name)
        if found and found.group(1).casefold() == what:
            return index, found.group(2).strip()
    return None
