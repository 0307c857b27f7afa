"""Search forgives case, hyphens, spaces, plurals and word order, finds exercises by alias, and reads any script."""

from __future__ import annotations

import pytest

from tui.domain.catalogue.custom_exercises import CustomExercise, as_exercise
from tui.domain.catalogue.exercise_names import custom_id
from tui.domain.catalogue.search import Query, routine_matches, search_exercises, singular
from tui.domain.routines.filters import RoutineFilter


def names(query: str, catalogue) -> list[str]:
    return [exercise.name for exercise in search_exercises(Query.of(query), catalogue.exercises.values())]


@pytest.mark.parametrize("typed", ["push ups", "Push-up", "pushup", "PUSH-UPS", "push-ups", "Pushups", "push  up"])
def test_every_way_of_writing_push_up_finds_push_up_first(typed, catalogue):
    assert names(typed, catalogue)[0] == "Push-up"


def test_a_query_still_being_typed_already_matches(catalogue):
    assert "Push-up" in names("pushu", catalogue)
    assert "Dumbbell chest press" in names("dumbbell pre", catalogue)


def test_an_alias_finds_the_exercise(catalogue):
    assert names("press-ups", catalogue)[0] == "Push-up"
    assert names("military press", catalogue) == ["Overhead press"]
    assert names("ohp", catalogue) == ["Overhead press"]


def test_plural_es_and_word_order_are_forgiven(catalogue):
    assert "Crunch" in names("crunches", catalogue)
    assert "Dumbbell chest press" in names("Dumbbell presses", catalogue)
    assert names("raise lateral", catalogue) == ["Lateral raise"]


def test_accents_are_ignored(catalogue):
    assert names("Plánk", catalogue)[0] == "Plank"


def test_exact_name_ranks_before_names_that_only_contain_it(catalogue):
    found = names("plank", catalogue)
    assert found[0] == "Plank"
    assert set(found) >= {"Plank to press", "Side plank with leg raise"}


def test_an_exact_alias_ranks_with_an_exact_name_before_names_that_start_with_it(catalogue):
    """ "bench" listed Bench dip (feet raised) first, over Bench press, also called "bench": enter added the dip."""
    assert names("bench", catalogue)[:2] == ["Bench press", "Bench dip (feet raised)"]
    assert names("dip", catalogue)[0] == "Parallel-bar dip"  # also called "dip"
    # What Strong and Hevy call them, as an import now files them ("Pull Up (Assisted)", "Dip (Weighted)").
    for typed, first in [("assisted pull-up", "Pull-up"), ("weighted pull up", "Pull-up"), ("weighted dip",
                                                                                           "Parallel-bar dip")]:
        assert names(typed, catalogue)[0] == first, typed


def test_nothing_matches_nonsense(catalogue):
    assert names("zzzq", catalogue) == []


def test_an_empty_query_keeps_everything_in_catalogue_order(catalogue):
    assert names("  ", catalogue) == [exercise.name for exercise in catalogue.exercises.values()]


def test_a_routine_matches_by_its_name_or_by_an_exercise_in_it(catalogue):
    trio = catalogue.routines["upper-back-three-moves"]
    assert routine_matches(Query.of("upper back"), trio, catalogue.exercises)
    assert routine_matches(Query.of("chainsaw rows"), trio, catalogue.exercises)
    assert not routine_matches(Query.of("plank"), trio, catalogue.exercises)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("ups", "up"), ("presses", "press"), ("press", "press"), ("crunches", "crunch"), ("lunges", "lunge"),
     ("raises", "raise"), ("abs", "ab"), ("plus", "plus")],
)
def test_singular(word, expected):
    assert singular(word) == expected


@pytest.mark.parametrize(("typed", "found"), [
    ("plnk", "Plank"), ("pusup", "Push-up"), ("crnch", "Crunch"), ("latral raise", "Lateral raise"),
    ("bech pres", "Bench press"), ("plnak", "Plank"), ("bnch pres", "Bench press"), ("bnch press", "Bench press"),
])
def test_a_typo_is_forgiven_and_its_exercise_comes_first(catalogue, typed, found):
    """ "bnch pres" listed Dumbbell chest press first (also called "dumbbell bench press"): enter added it."""
    names = [exercise.name for exercise in search_exercises(Query.of(typed), catalogue.exercises.values())]
    assert names[0] == found


def test_short_words_need_no_typo_to_match_so_they_do_not_match_everything(catalogue):
    assert search_exercises(Query.of("rwo"), catalogue.exercises.values()) == []
    assert search_exercises(Query.of("zzzq"), catalogue.exercises.values()) == []


def test_an_exact_match_ranks_above_a_forgiven_one(catalogue):
    names = [exercise.name for exercise in search_exercises(Query.of("plank"), catalogue.exercises.values())]
    assert names[0] == "Plank"


def test_a_name_in_another_script_is_found_by_its_own_words_and_nothing_else_is(catalogue):
    """Letters beyond a-z were dropped from the query, so "核心" was an empty query and matched everything."""
    theirs = [as_exercise(CustomExercise(custom_id(name), name)) for name in
              ("Tue 💪 核心 [bold]x[/] core", "Жим гантелей лёжа", "Écarté couché")]
    exercises = [*catalogue.exercises.values(), *theirs]

    def found(typed: str) -> list[str]:
        return [exercise.name for exercise in search_exercises(Query.of(typed), exercises)]

    assert found("核心") == ["Tue 💪 核心 [bold]x[/] core"]
    assert found("гантел") == ["Жим гантелей лёжа"]  # still being typed
    assert found("лежа") == ["Жим гантелей лёжа"]  # the accent (ё) forgiven, as in "Plánk"
    assert found("ecarte") == ["Écarté couché"]
    assert found("zzzz 核心") == []


def test_the_id_made_from_a_name_keeps_to_latin_letters_and_digits():
    """Ids are fixed: the same name must give the id it gave before, or a re-import would add it again."""
    assert custom_id("Tue 💪 核心 [bold]x[/] core") == "custom:tue-bold-x-core"
    assert custom_id("Жим лёжа").startswith("custom:") and custom_id("Жим лёжа") == custom_id(" Жим лёжа ")


def test_a_query_of_emoji_or_symbols_alone_finds_the_names_holding_them_not_every_name(catalogue):
    """"💪🏽" has no word to compare: it was an empty query, and listed all 7 routines and 41 exercises."""
    assert search_exercises(Query.of("💪🏽"), catalogue.exercises.values()) == []
    assert Query.of("💪").matches("💪 Core day") and Query.of(" 💪 ").matches("Tue 💪")
    assert not Query.of("💪🏽").matches("Core day") and not Query.of("#").matches("Core day")
    assert Query.of("  ").is_empty and Query.of("  ").matches("Core day")  # nothing typed: everything


@pytest.mark.parametrize(("typed", "first"), [("trio", "Upper-back trio"), ("ab", "Ab workout for runners"),
                                              ("upper", "Upper-back trio"), ("shoulder", "Dumbbell shoulder circuit")])
def test_a_routine_named_as_typed_comes_before_those_that_only_hold_a_matching_exercise(typed, first, catalogue):
    """`/trio` listed "Upper-back trio" last of four, and enter opened the first: a routine whose "tricep dip"
    was taken for a typo of "trio"."""
    found = RoutineFilter(query=typed).routines(catalogue.routines.values(), catalogue.exercises)
    assert found[0].name == first and len(found) > 1


def test_with_no_search_the_routines_keep_their_order(catalogue):
    shown = RoutineFilter().routines(catalogue.routines.values(), catalogue.exercises)
    assert shown == list(catalogue.routines.values())


def test_a_lifters_shorthand_for_kit_finds_that_kit(catalogue):
    """"db row" found Band row, not the dumbbell one; "bb" found the dumbbell exercises, "bb" being in the word."""
    assert names("db row", catalogue) == ["One-arm dumbbell row"]
    assert names("DB", catalogue)[0] == "Dumbbell chest press"
    assert names("bb row", catalogue) == ["Barbell row"]
    assert not [name for name in names("bb", catalogue) if "dumbbell" in name.casefold()]
    assert names("kb", catalogue) == ["Kettlebell chainsaw row"]


def test_shorthand_finds_your_own_exercise_named_with_it_first(catalogue):
    """Your own "DB Curl" was not found by "db curl" (read only as "dumbbell curl"), and the picker offered to add
    it again."""
    theirs = [as_exercise(CustomExercise(custom_id(name), name)) for name in ("DB Curl", "KB Swing")]
    exercises = [*theirs, *catalogue.exercises.values()]  # yours first, as every list of exercises has them

    def found(typed: str) -> list[str]:
        return [exercise.name for exercise in search_exercises(Query.of(typed), exercises)]

    assert found("db curl")[0] == "DB Curl"
    assert found("DB Curl")[0] == "DB Curl"
    assert found("kb swing") == ["KB Swing"]
    assert found("db row") == ["One-arm dumbbell row"]  # the shorthand still stands for its kit
