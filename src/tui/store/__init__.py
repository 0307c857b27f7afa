"""The user's data in TinyDB JSON files.

Layout of the data directory (one lock guards every write to any of these files):

- ``runstrength.json``: settings, the user's routines, freeze weeks and a small per-day index of finished
  workouts (rebuildable from the history files). Streaks, the calendar and ``status`` read only this file.
- ``workout.json``: the workout in progress. Logging a set rewrites only this small file, so a set write
  costs the same with 1k or 50k sets in history.
- ``history-YYYY.json``: finished workouts of one year (by local start date). Finishing a workout rewrites
  one year's file, never the whole history.
- ``records.json``: each exercise's best figures (kept_records.py), so a finish shows its personal records
  without reading every year file; ``progress.jsonl``: each exercise's figures per workout (kept_progress.py), so
  History's charts do not read them either; ``last-sets.json``: each exercise's sets from its newest workouts
  (kept_last_sets.py), so a workout's start does not read them for "Last time"; ``record-history.json``: each
  record as it was set (kept_record_history.py), so a past workout's page does not read them for its records at
  the time (all four kept by kept_summaries.py; a finish appends a line to the second, summary_lines.py).
  ``status.json``: what ``status`` and the calendar add up, per week and per day (status_summary.py). All five
  are derived, record what they were written from, and are rebuilt when they disagree with it.
"""
