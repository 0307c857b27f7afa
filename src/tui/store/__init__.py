"""The user's data in TinyDB JSON files.

Layout of the data directory (one lock guards every write to any of these files):

- ``runstrength.json``: settings, the user's routines, freeze weeks and a small per-day index of finished
  workouts (rebuildable from the history files). Streaks, the calendar and ``status`` read only this file.
- ``workout.json``: the workout in progress. Logging a set rewrites only this small file, so a set write
  costs the same with 1k or 50k sets in history.
- ``history-YYYY.json``: finished workouts of one year (by local start date). Finishing a workout rewrites
  one year's file, never the whole history.
"""
