"""A name or note wrapped to its column: by cells, between words."""

from __future__ import annotations

from rich.cells import cell_len

from tui.widgets.table_room import usual, wrapped


def test_a_name_with_wide_characters_breaks_between_words_not_inside_one():
    """Broken by characters, then again by cells, it read "Tue 💪 核心 [bold]x[/] cor", then "e" alone."""
    lines = wrapped("Tue 💪 核心 [bold]x[/] core", 24).plain.split("\n")
    assert lines == ["Tue 💪 核心 [bold]x[/]", "core"]


def test_every_line_fits_its_cells_and_a_word_longer_than_a_line_is_folded():
    lines = wrapped("宽字符宽字符宽字符 averyveryverylongword and more", 10).plain.split("\n")
    assert all(cell_len(line) <= 10 for line in lines), lines
    assert "".join(lines).replace(" ", "") == "宽字符宽字符宽字符averyveryverylongwordandmore"


def test_past_the_lines_allowed_the_last_ends_with_an_ellipsis():
    lines = wrapped("one two three four five six", 9, max_lines=2).plain.split("\n")
    assert len(lines) == 2 and lines[1].endswith("…") and all(cell_len(line) <= 9 for line in lines), lines


def test_a_column_is_as_wide_as_its_usual_cells_and_the_words_of_its_rare_wide_ones():
    assert usual("Sets", ["18"] * 39 + ["0 +1 cardio"]) == len("cardio"), "one row in forty wraps"
    assert usual("Sets", ["18"] * 19 + ["0 +1 cardio"]) == len("0 +1 cardio"), "one in twenty is usual"
    assert usual("Duration", ["30 min"] * 39 + ["1 h 05 min"]) == len("Duration")
    assert usual("Sets", []) == len("Sets")
    assert usual("Volume", ["9,358.6 lb"] * 39 + ["12,517.3 lb"]) == len("12,517.3 lb"), "one cell wider: no wrap"
