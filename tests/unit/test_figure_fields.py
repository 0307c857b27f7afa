"""Every figure field of every editor refuses the same slips with a message: a unit with no figure (" s"), a blank
inside a figure, "-0" where no sign belongs, "1e3", and digits that are not 0-9 (full-width "１２", Arabic-Indic "٣").

The routine editor took " s" as a rest (a blank field) and "１２" as 12 sets; the set editor took "１２" reps.
"""

from __future__ import annotations

import pendulum
import pytest

from tests.builders import moment
from tui.domain.routines.editing import HOLD, REPS, REST, ROUND_REST, ROUNDS, SETS, RoutineInputError, parse_range
from tui.domain.settings import SettingsError
from tui.domain.settings_form import SettingsInput, settings_from_input
from tui.domain.workout.forms import WorkoutFormError, parse_start
from tui.domain.workout.model import LoggedSet
from tui.domain.workout.set_values import SetValueError, SetValues, parse_count, parse_load, parse_rpe

NOW = pendulum.datetime(2026, 11, 20, 12, 0, tz="UTC")


def _settings_rest(text: str) -> object:
    return settings_from_input(SettingsInput("kg", text, 2, "monday", "", 0, True, "textual-dark")).default_rest_s


# Each figure field as the form reads it: (where, field, read the typed text, the error it raises).
FIELDS = [
    *[(f"routine editor: {limit.label}", lambda text, limit=limit: parse_range(text, limit, "field"),
       RoutineInputError) for limit in (SETS, REPS, HOLD, REST, ROUNDS, ROUND_REST)],
    *[(f"routine editor, optional: {limit.label}",
       lambda text, limit=limit: parse_range(text, limit, "field", required=False), RoutineInputError)
      for limit in (REST, ROUND_REST)],
    ("set editor: reps or hold", lambda text: parse_count(text, "reps"), SetValueError),
    ("set editor: RPE", parse_rpe, SetValueError),
    ("settings: default rest", _settings_rest, SettingsError),
    ("add workout: date", lambda text: parse_start(text, "18:30", "UTC", NOW), WorkoutFormError),
    ("add workout: time", lambda text: parse_start("2026-11-01", text, "UTC", NOW), WorkoutFormError),
]

SLIPS = {
    "a unit with no figure": " s",
    "a unit alone": "sec",
    "a blank inside": "1 2",
    "a minus zero": "-0",
    "an exponent": "1e3",
    "full-width digits": "１２",
    "Arabic-Indic digits": "٣",
    "a superscript": "²",
}


@pytest.mark.parametrize("slip", SLIPS.values(), ids=SLIPS.keys())
@pytest.mark.parametrize("where, read, refusal", FIELDS, ids=[field[0] for field in FIELDS])
def test_every_figure_field_refuses_the_slip_with_a_message(where, read, refusal, slip):
    with pytest.raises(refusal) as refused:
        print(where, repr(read(slip)))
    assert str(refused.value).strip()


def test_a_unit_with_no_figure_is_named_as_such():
    with pytest.raises(RoutineInputError) as refused:
        parse_range(" s", REST, "rest_s", required=False)
    assert refused.value.problems[0].message == "Rest: 's' has a unit but no number; type a number like 45 s."
    with pytest.raises(SettingsError, match="has a unit but no number"):
        _settings_rest(" s")


def test_the_load_takes_signs_and_full_stops_but_not_the_slips():
    assert (parse_load("-20"), parse_load("+5"), parse_load("12,5")) == (-20.0, 5.0, 12.5)
    assert str(parse_load("-0")) == "0.0", "a minus zero is no load at all, shown as 0, not -0"
    for slip in ("1e3", "１２", "٣", "1 2", " kg"):
        with pytest.raises(SetValueError):
            parse_load(slip)


def test_a_load_with_three_figures_after_its_comma_or_point_is_asked_about_not_read_as_grams():
    """ "1,000" was logged as 1 kg, and "1,200" lb of a leg press as 1.2 lb: a thousands separator read as the
    decimal point, unsaid."""
    with pytest.raises(SetValueError, match=r"^load '1,000' reads as 1000 or as 1: type 1000, or 1 "):
        parse_load("1,000")
    with pytest.raises(SetValueError, match=r"^load '1\.200' reads as 1\.2 here, .*: type 1\.2 if that is the load$"):
        parse_load("1.200")
    assert (parse_load("1000"), parse_load("22,5"), parse_load("2.25"), parse_load("0,125")) == (1000, 22.5, 2.25,
                                                                                               0.125)


def test_a_refused_figure_is_quoted_as_typed_and_told_what_is_wrong_with_it():
    """ "1,000.5" was quoted back as '1.000.5'; "9,75" as an RPE "not from 1 to 10" (its step was at fault); a hold
    of "7.5" was to be "0 or more", where a hold is from 1 s."""
    with pytest.raises(SetValueError, match=r"not '1,000\.5'$"):
        parse_load("1,000.5")
    with pytest.raises(SetValueError, match="in steps of 0.5"):
        SetValues(rpe=parse_rpe("9,75"))
    with pytest.raises(SetValueError, match=r"^the hold must be a whole number, not '7\.5'$"):
        parse_count("7.5", "the hold")


def test_the_forms_still_take_what_they_took():
    assert parse_range("45 s", REST, "rest_s").low == 45
    assert parse_range("1:30", HOLD, "hold_s").low == 90
    assert parse_range("  ", REST, "rest_s", required=False) is None
    assert parse_range("12 to 15", REPS, "reps").high == 15
    assert _settings_rest("90 s") == 90
    assert parse_count(" 12 ", "reps") == 12


def test_a_holds_seconds_are_typed_as_the_app_shows_a_time_and_a_count_below_zero_is_out_of_range():
    """A hold of "1:30" was "not a whole number", and reps of "-3" were "not a whole number" either."""
    assert parse_count("1:30", "the hold", clock=True) == 90
    with pytest.raises(SetValueError, match=r"^reps must be a whole number, not '1:30'$"):
        parse_count("1:30", "reps")
    with pytest.raises(SetValueError, match=r"^reps cannot be below zero, not '-3'$"):
        parse_count("-3", "reps")
    with pytest.raises(SetValueError, match=r"^the hold cannot be below zero, not '-0:30'$"):
        parse_count("-0:30", "the hold", clock=True)


def test_a_set_with_no_load_takes_the_settings_unit_where_it_is_changed_or_taken_back():
    """Its stored unit is no unit at all ("kg" by default): `e` on it, `u`, and History's form read "kg" in lb."""
    bodyweight = LoggedSet(id="a", exercise_id="push-up", logged_at=moment(2026, 11, 20, 18, 0), reps=10)
    assert SetValues.of(bodyweight, "lb").unit == "lb"
    loaded = LoggedSet(id="b", exercise_id="bench-press", logged_at=moment(2026, 11, 20, 18, 0), reps=5, load=60.0)
    assert SetValues.of(loaded, "lb").unit == "kg", "a load keeps the unit it was lifted in"
