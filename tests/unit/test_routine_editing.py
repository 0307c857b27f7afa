"""The editor's checks: every field is validated with a message that says how to fix it, and only a valid
routine comes out; ids are readable slugs made unique; copies are editable and keep what is still true."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from tui.domain.catalogue.codec import routine_from_data, routine_to_data
from tui.domain.catalogue.ids import copy_name, slug, unique_id
from tui.domain.catalogue.model import Focus, RoutineFormat
from tui.domain.ranges import IntRange
from tui.domain.routines.editing import (
    HOLD,
    NAME_MAX,
    REPS,
    REST,
    SETS,
    EntryForm,
    RoutineInputError,
    blank_draft,
    build_routine,
    copy_routine,
    draft_of,
    entry_from_form,
    new_entry,
    parse_range,
)
from tui.domain.workout.set_values import SetValueError, SetValues


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("3", IntRange(3, 3)), ("10-15", IntRange(10, 15)), (" 10 - 15 ", IntRange(10, 15)), ("10–15", IntRange(10, 15)),
     ("10 to 15", IntRange(10, 15))],
)
def test_numbers_and_ranges_are_read_however_they_are_typed(typed, expected):
    assert parse_range(typed, SETS, "sets") == expected


def test_seconds_accept_a_unit_and_minutes():
    assert parse_range("45 s", HOLD, "hold_s") == IntRange(45, 45)
    assert parse_range("1:00-1:30", HOLD, "hold_s") == IntRange(60, 90)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Sets: needed; type a number like 3."),
        ("abc", "Sets: 'abc' is not a whole number; type one like 3 or a range like 3-6."),
        ("2.5", "Sets: '2.5' is not a whole number"),  # it is a number: "not a number" was wrong
        ("-1", "Sets: no sign belongs here; type a number of 1 or more, like 3."),
        ("-5-3", "Sets: no sign belongs here"),
        ("0", "Sets: must be at least 1."),
        ("50", "Sets: must be at most 20."),
        ("5-3", "Sets: 5-3 runs backwards; put the smaller number first."),
        ("1:30", "Sets: '1:30' is not a whole number"),
    ],
)
def test_bad_figures_are_refused_with_a_clear_message(typed, message):
    with pytest.raises(RoutineInputError) as refused:
        parse_range(typed, SETS, "sets")
    assert refused.value.problems[0].field == "sets"
    assert refused.value.problems[0].message.startswith(message)


def test_the_editor_plans_every_set_the_set_form_logs_and_no_more():
    """The editor stopped at 200 reps and a 10-minute hold while the set form logs 500 reps and an hour's hold: a
    15-minute plank could be logged but not planned."""
    for planned, field, limit in ((parse_range("500", REPS, "reps"), "reps", REPS),
                                  (parse_range("60:00", HOLD, "hold_s"), "hold_s", HOLD)):
        SetValues(**{field: planned.high})  # the form takes it
        with pytest.raises(SetValueError):
            SetValues(**{field: planned.high + 1})
        with pytest.raises(RoutineInputError, match="must be at most"):
            parse_range(str(planned.high + 1), limit, field)


def test_rest_may_be_left_blank_for_no_rest_and_may_be_zero():
    assert parse_range("", REST, "rest_s", required=False) is None
    assert parse_range("0", REST, "rest_s") == IntRange(0, 0)


def test_an_entry_form_reports_every_bad_field_at_once(catalogue):
    with pytest.raises(RoutineInputError) as refused:
        entry_from_form(EntryForm(sets="x", amount="0", per_side=False, rest="3601"), catalogue.exercise("push-up"))
    assert [problem.field for problem in refused.value.problems] == ["sets", "reps", "rest_s"]


def test_a_hold_exercise_gets_hold_seconds_and_a_per_side_one_is_always_per_side(catalogue):
    plank = entry_from_form(EntryForm("3", "30-60", False, "60"), catalogue.exercise("plank"))
    assert (plank.hold_s, plank.reps) == (IntRange(30, 60), None)
    side = entry_from_form(EntryForm("3", "10", False, ""), catalogue.exercise("side-plank-leg-raise"))
    assert side.per_side and side.rest_s is None


def test_changing_a_figure_drops_its_ours_mark_and_keeps_the_others(catalogue):
    shipped = catalogue.routines["upper-back-three-moves"].entries[2]  # sets, reps and rest are all ours
    changed = entry_from_form(EntryForm("4", "10-12", True, "60-90"), catalogue.exercise(shipped.exercise_id),
                              previous=shipped)
    assert changed.ours == ("reps", "rest_s")


def test_new_entries_start_from_the_sources_common_figures(catalogue):
    straight = new_entry(catalogue.exercise("push-up"), RoutineFormat.STRAIGHT_SETS)
    assert (straight.sets, straight.reps, straight.rest_s) == (IntRange(3, 3), IntRange(10, 12), IntRange(60, 90))
    in_circuit = new_entry(catalogue.exercise("plank"), RoutineFormat.CIRCUIT)
    assert (in_circuit.sets, in_circuit.hold_s, in_circuit.rest_s) == (IntRange(1, 1), IntRange(30, 30), None)


def test_a_new_routine_gets_a_slug_id_and_its_focus_from_its_exercises(catalogue):
    draft = replace(blank_draft(), name="  Tuesday   core ").with_added(
        new_entry(catalogue.exercise("plank"), RoutineFormat.STRAIGHT_SETS)
    )
    routine = build_routine(draft, catalogue.exercises, taken_ids=set(catalogue.routines))
    assert (routine.id, routine.name, routine.focus, routine.shipped) == ("tuesday-core", "Tuesday core",
                                                                          (Focus.CORE,), False)
    assert routine_from_data(routine_to_data(routine), "test", shipped=False) == routine


def test_an_empty_name_no_exercises_and_missing_rounds_are_all_reported(catalogue):
    draft = blank_draft().with_format(RoutineFormat.CIRCUIT)
    draft = replace(draft, rounds="")
    with pytest.raises(RoutineInputError) as refused:
        build_routine(draft, catalogue.exercises, taken_ids=())
    assert [problem.field for problem in refused.value.problems] == ["name", "rounds", "exercises"]
    assert "Name: give the routine a name." in str(refused.value)


def test_a_name_that_is_too_long_is_refused(catalogue):
    draft = replace(draft_of(catalogue.routines["runner-ab-workout"]), name="x" * 61)
    with pytest.raises(RoutineInputError, match="Name: keep it to 60 characters"):
        build_routine(draft, catalogue.exercises, taken_ids=())


def test_switching_to_a_circuit_suggests_three_rounds_and_back_drops_them(catalogue):
    draft = draft_of(catalogue.routines["runner-ab-workout"])
    circuit = draft.with_format(RoutineFormat.CIRCUIT)
    assert (circuit.rounds, circuit.rest_after_round) == ("3", "60-90")
    back = build_routine(circuit.with_format(RoutineFormat.STRAIGHT_SETS), catalogue.exercises, taken_ids=())
    assert back.rounds is None


def test_editing_keeps_the_id_so_past_workouts_still_point_at_it(catalogue):
    mine = copy_routine(catalogue.routines["runner-ab-workout"], set(catalogue.routines), ())
    renamed = build_routine(replace(draft_of(mine), name="Abs"), catalogue.exercises, taken_ids={mine.id})
    assert renamed.id == mine.id and renamed.name == "Abs"


def test_reorder_and_remove(catalogue):
    draft = draft_of(catalogue.routines["runner-ab-workout"])
    ids = [entry.exercise_id for entry in draft.entries]
    moved, now = draft.moved(0, 1)
    assert now == 1 and [e.exercise_id for e in moved.entries] == [ids[1], ids[0], *ids[2:]]
    assert draft.moved(0, -1)[1] == 0  # the first stays first
    assert [e.exercise_id for e in draft.without(1).entries] == [ids[0], *ids[2:]]


def test_a_copy_is_editable_and_named_and_identified_apart(catalogue):
    shipped = catalogue.routines["upper-back-three-moves"]
    names = [routine.name for routine in catalogue.routines.values()]
    first = copy_routine(shipped, set(catalogue.routines), names)
    assert (first.id, first.name, first.shipped) == ("upper-back-trio-copy", "Upper-back trio (copy)", False)
    assert shipped.ours or any(entry.ours for entry in shipped.entries)  # the source leaves figures out
    # Every figure of a copy is the user's to keep or change: "*: the source gives no figure" is not about it.
    assert first.ours == () and all(entry.ours == () for entry in first.entries)
    assert [entry._replace(ours=()) for entry in shipped.entries] == list(first.entries)
    second = copy_routine(first, {*catalogue.routines, first.id}, [*names, first.name])
    assert (second.id, second.name) == ("upper-back-trio-copy-2", "Upper-back trio (copy 2)")


def test_slugs():
    assert slug("Home bodyweight circuit (copy)") == "home-bodyweight-circuit-copy"
    assert unique_id("Abs", {"abs", "abs-2"}) == "abs-3"
    made_up = unique_id("!!!", ())
    assert str(uuid.UUID(made_up)) == made_up  # nothing to make a slug of: a uuid
    assert copy_name("Abs (copy)", ["Abs (copy)"]) == "Abs (copy 2)"


def test_a_copy_of_a_name_as_long_as_allowed_is_still_a_name_the_editor_keeps(catalogue):
    """The copy of a 60-character routine was named with 67, and the editor then refused every change to it."""
    name = "Long " * 11 + "Circuit"  # 62: cut to the limit as typed
    name = name[:NAME_MAX]
    first = copy_name(name, [name])
    second = copy_name(name, [name, first])
    assert first.endswith("(copy)") and second.endswith("(copy 2)") and first != second
    for copied in (first, second):
        draft = replace(draft_of(catalogue.routines["upper-back-three-moves"]), name=copied)
        assert build_routine(draft, catalogue.exercises, taken_ids=()).name == copied


def test_a_name_another_routine_has_is_refused_whatever_its_case_and_spacing(catalogue):
    draft = replace(draft_of(catalogue.routines["upper-back-three-moves"]), name="  upper-BACK   trio ")
    with pytest.raises(RoutineInputError) as refused:
        build_routine(draft, catalogue.exercises, set(catalogue.routines),
                      [routine.name for routine in catalogue.routines.values()])
    assert [problem.field for problem in refused.value.problems] == ["name"]
    # The routine it has, as named: "called “upper-BACK trio”" named what was typed.
    assert "already a routine called “Upper-back trio”" in refused.value.problems[0].message


def test_a_name_another_routine_has_in_another_unicode_spelling_is_refused(catalogue):
    """"Café" with é, and with e and a combining accent: two routines whose names look the same."""
    draft = replace(draft_of(catalogue.routines["upper-back-three-moves"]), name="Cafe\u0301")
    with pytest.raises(RoutineInputError) as refused:
        build_routine(draft, catalogue.exercises, set(catalogue.routines), ["Caf\u00e9"])
    assert "already a routine called “Caf\u00e9”" in refused.value.problems[0].message
    saved = build_routine(draft, catalogue.exercises, set(catalogue.routines), [])
    assert saved.name == "Caf\u00e9"  # kept in one spelling


def test_a_routine_saved_from_a_shipped_one_drops_our_marks(catalogue):
    shipped = catalogue.routines["upper-back-three-moves"]
    saved = build_routine(replace(draft_of(shipped), name="Mine"), catalogue.exercises, set(catalogue.routines))
    assert saved.ours == () and all(entry.ours == () for entry in saved.entries)


def test_exercises_added_as_straight_sets_do_one_set_a_round_once_the_routine_is_a_circuit(catalogue):
    """A routine switched to a circuit after its exercises were added said "one set of each exercise a round" and
    did every exercise's 3 sets in each round, back to back: 18 sets for 2 exercises and 2 rounds."""
    from tui.domain.workout.plan import plan_for

    draft = replace(blank_draft(), name="Laptop supersets")
    for exercise_id in ("dumbbell-chest-press", "dumbbell-row"):
        draft = draft.with_added(new_entry(catalogue.exercise(exercise_id), RoutineFormat.STRAIGHT_SETS))
    circuit = replace(draft.with_format(RoutineFormat.CIRCUIT), rounds="2")
    routine = build_routine(circuit, catalogue.exercises, taken_ids=())
    rows = [(slot.exercise_id, slot.round, slot.side) for slot in plan_for(routine, 90)]
    assert rows == [("dumbbell-chest-press", 1, None), ("dumbbell-row", 1, "L"),
                    ("dumbbell-row", 1, "R"), ("dumbbell-chest-press", 2, None),
                    ("dumbbell-row", 2, "L"), ("dumbbell-row", 2, "R")]
    assert [entry.rest_s for entry in routine.entries] == [None, None]  # the round's rest follows the last one
    back = circuit.with_format(RoutineFormat.STRAIGHT_SETS)
    assert back.entries == draft.entries  # and back: 3 x 10-12 reps, 60-90 s rest, as they were added


def test_a_circuits_last_exercise_is_given_no_rest_of_its_own_as_the_round_rests_after_it(catalogue):
    """A rest of 30 s given to the round's last exercise was saved and shown ("rest 30 s"), and the workout rested
    after it as the round does (60 s)."""
    draft = replace(blank_draft(), name="Circuit", rounds="2").with_format(RoutineFormat.CIRCUIT)
    for exercise_id in ("push-up", "mountain-climber"):
        draft = draft.with_added(new_entry(catalogue.exercise(exercise_id), RoutineFormat.CIRCUIT))
    resting_last = draft.with_entry(1, draft.entries[1]._replace(rest_s=IntRange.exactly(30)))
    with pytest.raises(RoutineInputError) as refused:
        build_routine(resting_last, catalogue.exercises, taken_ids=())
    assert [(problem.entry, problem.message) for problem in refused.value.problems] == [
        (1, "Exercise 2: the round's last exercise rests as the round does (Rest after each round); leave its own "
            "rest blank.")]
    first_rests = draft.with_entry(0, draft.entries[0]._replace(rest_s=IntRange.exactly(30)))
    assert build_routine(first_rests, catalogue.exercises, taken_ids=()).entries[0].rest_s == IntRange.exactly(30)
    straight = resting_last.with_format(RoutineFormat.STRAIGHT_SETS)  # each exercise rests after its own sets
    assert build_routine(straight, catalogue.exercises, taken_ids=()).entries[1].rest_s == IntRange.exactly(30)


def test_back_to_straight_sets_an_exercise_given_a_rest_in_the_circuit_gets_its_sets_and_keeps_that_rest(catalogue):
    """A circuit's push-up given a rest of 20 s before the next exercise, switched to straight sets, read
    "1 x 10 reps · rest 20 s": one set, where every other exercise went back to 3."""
    draft = replace(blank_draft(), name="Circuit").with_format(RoutineFormat.CIRCUIT)
    for exercise_id in ("push-up", "dumbbell-row"):
        draft = draft.with_added(new_entry(catalogue.exercise(exercise_id), RoutineFormat.CIRCUIT))
    draft = draft.with_entry(0, draft.entries[0]._replace(rest_s=IntRange.exactly(20)))
    back = draft.with_format(RoutineFormat.STRAIGHT_SETS)
    assert [(str(entry.sets), str(entry.rest_s)) for entry in back.entries] == [("3", "20"), ("3", "60-90")]


def test_a_copy_keeps_the_routines_words_and_source_while_it_holds_its_exercises(catalogue):
    """A copy of a shipped routine whose exercises were all replaced by push-ups still read "Four gentle stretches
    ..." with the article as its source."""
    shipped = catalogue.routines["upper-back-three-moves"]
    draft = draft_of(shipped)
    more = draft.with_entry(0, draft.entries[0]._replace(sets=IntRange.exactly(5)))
    kept = build_routine(more.with_added(new_entry(catalogue.exercise("push-up"), shipped.format)),
                         catalogue.exercises, taken_ids=set(catalogue.routines))
    assert (kept.description, kept.source, kept.weekly_sessions) == (
        shipped.description, shipped.source, shipped.weekly_sessions)
    assert shipped.description and shipped.source
    replaced = draft.without(0).with_added(new_entry(catalogue.exercise("push-up"), shipped.format))
    other = build_routine(replaced, catalogue.exercises, taken_ids=set(catalogue.routines))
    assert (other.description, other.source, other.weekly_sessions) == ("", None, None)
