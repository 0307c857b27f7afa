"""LiftLog's plain-text CSV export: one row per completed set, sessions by id.

`SessionId,Timestamp,Exercise,Weight,WeightUnit,Reps,TargetReps,Notes`; Timestamp is the set's local time
("2024-10-16T10:45:06"). A session becomes a workout from its first set to its last; its id comes from LiftLog's
session id, so a later export brings in only the new sessions. TargetReps is the plan, not what was done.
"""

from __future__ import annotations

from tui.domain.moments import Moment
from tui.domain.transfer.source import ImportContext, Row, SourceFormat, WorkoutCollector
from tui.domain.transfer.table import Table
from tui.domain.transfer.data import UserData

WORKOUT_NAME = "LiftLog session"


class LiftLogFormat(SourceFormat):
    key = "liftlog"
    label = "LiftLog"
    required = (("SessionId",), ("Timestamp",), ("Exercise",), ("Weight",), ("Reps",))

    def matches(self, table: Table) -> bool:
        return all(table.column(name) is not None for name in ("SessionId", "Timestamp", "Exercise"))

    def read(self, table: Table, context: ImportContext) -> UserData:
        separated = {",": "", ";": ", ';'-separated", "\t": ", tab-separated"}[table.delimiter]
        collector = WorkoutCollector(context, self.label + separated)
        session, timestamp, exercise = self.require(table, self.label, ("SessionId",), ("Timestamp",), ("Exercise",))
        weight, weight_unit = table.column("Weight"), table.column("WeightUnit", "Weight Unit")
        reps, notes = table.column("Reps"), table.column("Notes")
        fallback = collector.unit_not_named() if weight_unit is None else None
        # The file lists newest first: each session's start is its earliest set, so every row is seen first.
        rows = [Row(table, line, cells) for line, cells in table.rows]
        bounds: dict[str, tuple[Moment, Moment]] = {}
        for row in rows:
            key = row.get(session)
            if not key:
                row.fail("SessionId is empty")
            moment, _ = collector.moment(row, timestamp, "Timestamp")
            first, last = bounds.get(key, (moment, moment))
            bounds[key] = (min(first, moment, key=lambda m: m.utc), max(last, moment, key=lambda m: m.utc))
        for row in sorted(rows, key=lambda r: (bounds[r.get(session)][0].utc, collector.moment(r, timestamp, "")[0].utc,
                                               -r.line)):
            key = row.get(session)
            started, finished = bounds[key]
            group = collector.workout(f"liftlog\x1f{key}", WORKOUT_NAME, started, row, finished=finished)
            load = row.number(weight, "Weight") or None  # 0 is bodyweight alone
            written = row.get(weight_unit)
            if written:
                unit = collector.unit_named(written, row)
            else:
                unit = (fallback or collector.unit_not_named()) if load is not None else context.unit_setting
            collector.add(group, row, row.text(exercise), reps=row.whole(reps, "Reps"), load=load, unit=unit,
                          note=row.text(notes))
        return collector.result()
