"""Hevy's CSV export: one row per set, the units in the column names.

`title,start_time,end_time,description,exercise_title,superset_id,exercise_notes,set_index,set_type,weight_kg`
(or `weight_lbs`)`,reps,distance_km` (or `distance_miles`)`,duration_seconds,rpe`; times such as
"15 Jan 2024, 18:02" in the phone's zone; set_type normal, warmup, dropset or failure; exercise_notes repeated on
each of the exercise's rows (kept once, on its first set); description is the workout's note. superset_id (a
number, empty outside a superset) is kept on each set, numbered from 0 in each workout in the order the file
gives them: exercises sharing one were done in turn. An assisted exercise ("Pull Up (Assisted)", Hevy's
bodyweight-assisted kind) has the help as a positive weight, as Strong writes it: it comes in as a negative load.
"""

from __future__ import annotations

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
from tui.domain.transfer.table import Table


class HevyFormat(SourceFormat):
    key = "hevy"
    label = "Hevy"
    required = (("title",), ("start_time",), ("exercise_title",), ("reps",))

    def matches(self, table: Table) -> bool:
        return all(table.column(name) is not None for name in ("title", "start_time", "exercise_title"))

    def read(self, table: Table, context: ImportContext) -> UserData:
        separated = {",": "", ";": ", ';'-separated", "\t": ", tab-separated"}[table.delimiter]
        collector = WorkoutCollector(context, self.label + separated)
        title, start, exercise = self.require(table, self.label, ("title",), ("start_time",), ("exercise_title",))
        end, description = table.column("end_time"), table.column("description")
        exercise_notes, set_type = table.column("exercise_notes"), table.column("set_type")
        reps, duration, rpe = table.column("reps"), table.column("duration_seconds"), table.column("rpe")
        superset = table.column("superset_id")
        previous: list[str] = []
        weight = table.column("weight_kg", "weight_lbs", "weight_lb")
        unit = collector.unit_named(table.header[weight].split("_", 1)[1]) if weight is not None else "kg"
        distance = table.column("distance_km", "distance_miles", "distance_mi", "distance_meters", "distance_m")
        distance_unit = table.header[distance].split("_", 1)[1] if distance is not None else "km"
        for line, cells in table.rows:
            row = Row(table, line, cells)
            name = row.text(title) if row.get(title) else DEFAULT_WORKOUT_NAME
            started, local_key = collector.moment(row, start, "start_time")
            finished = collector.moment(row, end, "end_time")[0] if row.get(end) else None
            group = collector.workout(f"{local_key}\x1f{name}", name, started, row, finished=finished,
                                      note=row.text(description))
            collector.exercise_note(group, row.text(exercise), row.text(exercise_notes))
            if cells == previous:
                collector.repeated(row)
            previous = cells
            collector.add(
                group, row, row.text(exercise), reps=row.whole(reps, "reps"),
                seconds=row.duration(duration, "duration"),
                load=row.number(weight, "weight"), unit=unit,
                distance_m=metres(row, row.number(distance, "distance"), distance_unit),
                set_type=set_type_of(row, row.get(set_type)), rpe=row.number(rpe, "rpe"),
                superset=collector.superset(group, row.get(superset)),
            )
        return collector.result()
