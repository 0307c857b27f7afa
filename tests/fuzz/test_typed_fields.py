"""Whatever the user types into a form field, the parser returns a value or its own typed error; nothing else."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from tests.fuzz.conftest import fuzz_settings
from tui.domain.routines.editing import HOLD, REPS, REST, ROUND_REST, ROUNDS, SETS, RoutineInputError, parse_range
from tui.domain.settings import Settings, SettingsError
from tui.domain.settings_form import SettingsInput, settings_from_input
from tui.domain.workout.set_values import (
    SetValueError,
    SetValues,
    parse_bands,
    parse_count,
    parse_load,
    parse_rpe,
    parse_side,
)

FEW = fuzz_settings(150)

# Text a user could type or paste: any characters, plus the kinds that trip number parsers.
numbers_and_noise = st.one_of(
    st.text(),
    st.text(alphabet="0123456789+-.,: s²٣", max_size=12),
    st.integers(min_value=-10**6, max_value=10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
HUGE = "9" * 5000  # more digits than int() converts by default


@FEW
@given(numbers_and_noise)
@example(HUGE)
@example("²")
@example("1" + "0" * 400)
def test_each_set_field_parser_gives_a_value_or_a_set_value_error(text):
    for parse in (lambda t: parse_count(t, "reps"), parse_load, parse_rpe, parse_bands, parse_side):
        try:
            parse(text)
        except SetValueError as error:
            assert str(error)


@FEW
@given(reps=numbers_and_noise, hold=numbers_and_noise, load=numbers_and_noise, rpe=numbers_and_noise,
       bands=st.text(), side=st.text(), note=st.text(max_size=300), unit=st.sampled_from(["kg", "lb", "st", ""]))
@example(reps=HUGE, hold="", load="1e400", rpe="", bands="", side="", note="", unit="kg")
def test_the_set_editor_fields_make_valid_set_values_or_a_set_value_error(reps, hold, load, rpe, bands, side, note,
                                                                          unit):
    try:
        values = SetValues(
            reps=parse_count(reps, "reps"), hold_s=parse_count(hold, "hold", clock=True), load=parse_load(load),
            unit=unit, bands=parse_bands(bands), side=parse_side(side), rpe=parse_rpe(rpe), note=note,
        )
    except SetValueError as error:
        assert str(error)
        return
    # What was accepted can be re-validated: it is within every bound.
    assert values == SetValues(**{name: getattr(values, name) for name in values.__dataclass_fields__})
    assert values.describe(bodyweight=True) and values.describe(bodyweight=False)


@FEW
@given(numbers_and_noise, st.sampled_from([SETS, REPS, HOLD, REST, ROUNDS, ROUND_REST]), st.booleans())
@example(HUGE, REPS, True)
@example(f"{HUGE}:30", HOLD, True)
@example("1:" + HUGE, REST, True)
@example("²", SETS, True)
def test_a_routine_field_gives_a_range_within_its_limit_or_a_routine_input_error(text, limit, required):
    try:
        found = parse_range(text, limit, "field", required)
    except RoutineInputError as error:
        assert error.problems and all(problem.field == "field" and problem.message for problem in error.problems)
        return
    if found is None:
        assert not required and not text.strip()
    else:
        assert limit.minimum <= found.low <= found.high <= limit.maximum


@FEW
@given(units=st.text(max_size=4), rest=numbers_and_noise, target=st.integers(-5, 12),
       weekday=st.sampled_from(["monday", "sunday", "Monday", "", "funday"]),
       zone=st.one_of(st.text(max_size=30), st.sampled_from(["Europe/Paris", "UTC", "America/New_York", "Mars/Base"])),
       hour=st.integers(-3, 30), bell=st.booleans(), theme=st.text(max_size=10))
@example(units="kg", rest="²", target=2, weekday="monday", zone="", hour=0, bell=True, theme="textual-dark")
@example(units="kg", rest=HUGE, target=2, weekday="monday", zone="", hour=0, bell=True, theme="textual-dark")
@example(units="kg", rest="90", target=2, weekday="monday", zone="Europe/Paris\x00", hour=0, bell=True,
         theme="textual-dark")
@example(units="kg", rest="90", target=2, weekday="monday", zone="../../etc/passwd", hour=0, bell=True,
         theme="textual-dark")
def test_the_settings_form_gives_valid_settings_or_a_settings_error(units, rest, target, weekday, zone, hour, bell,
                                                                     theme):
    typed = SettingsInput(units, rest, target, weekday, zone, hour, bell, theme)
    try:
        chosen = settings_from_input(typed)
    except SettingsError as error:
        assert str(error)
        return
    assert Settings.from_data(chosen.to_data()) == chosen


@FEW
@given(st.dictionaries(
    st.sampled_from(["units", "default_rest_s", "weekly_target", "first_weekday", "time_zone", "rollover_hour",
                     "bell", "theme", "unknown"]),
    st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(), st.text(max_size=20),
              st.lists(st.integers(), max_size=3)),
))
def test_stored_settings_of_any_shape_load_or_raise_a_settings_error(data):
    try:
        Settings.from_data(data)
    except SettingsError as error:
        assert str(error)
