"""FitNotes' CSV export: one row per set, a day's sets being one workout.

`Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment`, or the older
`Date,Exercise,Category,Weight (kgs)` (or `Weight (lbs)`)`,Reps,Distance,Distance Unit,Time[,Comment]`. The date
has no time: the workout is placed at noon (so no rollover hour moves it to another day). FitNotes records no
workout's length, so the workout has none (it ends as it starts: nobody timed it, as breakdown.lasted_s reads it);
adding up its timed sets made 8 sets and a 1-minute plank a "1 min" workout. Time is a set's own, H:MM:SS.
Category ("Cardio", "Shoulders") is kept with an exercise we do not have; a Cardio row with a distance or a time
is a cardio entry.
"""

from __future__ import annotations

from tui.domain.transfer.data import UserData
from tui.domain.transfer.source import ImportContext, Row, SourceFormat, WorkoutCollector, metres
from tui.domain.transfer.table import Table

WORKOUT_NAME = "FitNotes workout"


class FitNotesFormat(SourceFormat):
    key = "fitnotes"
    label = "FitNotes"
    required = (("Date",), ("Exercise",), ("Category",), ("Weight", "Weight (kgs)", "Weight (lbs)", "Weight (kg)"),
                ("Reps",))

    def matches(self, table: Table) -> bool:
        has_weight = table.column("Weight", "Weight (kgs)", "Weight (lbs)", "Weight (kg)") is not None
        return has_weight and all(table.column(name) is not None for name in ("Date", "Exercise", "Category"))

    def read(self, table: Table, context: ImportContext) -> UserData:
        old = table.column("Weight Unit") is None
        label = f"{self.label} ({'older export' if old else 'export'})"
        separated = {",": "", ";": ", ';'-separated", "\t": ", tab-separated"}[table.delimiter]
        collector = WorkoutCollector(context, label + separated)
        date, exercise, category = self.require(table, label, ("Date",), ("Exercise",), ("Category",))
        weight = _weight_column(table, context.unit_given or context.unit_setting)
        weight_unit = table.column("Weight Unit")
        header_unit = table.header[weight].partition("(")[2].rstrip(")") if weight is not None else ""
        base_unit = collector.unit_named(header_unit) if header_unit else None
        if base_unit is None and weight_unit is None:
            base_unit = collector.unit_not_named()
        reps, distance, distance_unit = table.column("Reps"), table.column("Distance"), table.column("Distance Unit")
        time, comment = table.column("Time"), table.column("Comment", "Notes")
        for line, cells in table.rows:
            row = Row(table, line, cells)
            started, local_key = collector.moment(row, date, "Date")
            if local_key.endswith("T00:00:00"):  # a date alone: the middle of that day
                started, local_key = collector.moment_at_noon(row, date)
            group = collector.workout(f"fitnotes\x1f{local_key}", WORKOUT_NAME, started, row)
            load = row.number(weight, "Weight") or None  # FitNotes writes 0 for bodyweight
            unit = base_unit
            if unit is None:
                written = row.get(weight_unit)
                if load is None:  # no weight, so no unit to decide
                    unit = collector.unit_named(written, row) if written else context.unit_setting
                else:
                    unit = collector.unit_named(written, row) if written else collector.unit_not_named()
            seconds = row.duration(time, "Time")
            written_distance_unit = row.get(distance_unit) or ("mi" if unit == "lb" else "km")
            collector.add(
                group, row, row.text(exercise), category=row.get(category), reps=row.whole(reps, "Reps"),
                seconds=seconds, load=load, unit=unit,
                distance_m=metres(row, row.number(distance, "Distance"), written_distance_unit),
                note=row.text(comment),
            )
        return collector.result()


def _weight_column(table: Table, unit: str) -> int | None:
    """The weights' column. A file with one in each unit (FitNotes on iOS writes the same weights twice) is read in
    the user's: its lb column, found first, made a kg user's 60 kg bench press "132.28 lb"."""
    kg, lb = table.column("Weight (kgs)", "Weight (kg)"), table.column("Weight (lbs)")
    if kg is not None and lb is not None:
        return lb if unit == "lb" else kg
    return table.column("Weight", "Weight (kgs)", "Weight (lbs)", "Weight (kg)")
