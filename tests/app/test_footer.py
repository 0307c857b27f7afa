"""The one-line footer (widgets/footer.py): what it draws, and that clicking a key does what pressing it does."""

from __future__ import annotations

from tui.app import make_app
from tui.screens.routine_editor import RoutineEditorScreen
from tui.widgets.footer import Footer
from tests.app.waiting import until


def footer_line(app) -> str:
    return app.screen.query_one(Footer).render().plain


async def test_keys_that_do_not_fit_are_left_out_whole_and_the_palette_key_stays(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = footer_line(app)
        assert len(line) == 80
        assert line.endswith("▏^p Commands")
        keys = line.removesuffix("▏^p Commands").rstrip()
        shown = [f"{item.key_display} {item.description}" for item in app.screen.query_one(Footer).items]
        # What is drawn is the first keys, each whole, then nothing: no description cut in the middle.
        assert keys.startswith("⏎ Start / Search e Edit")
        fitting = [text for text in shown if text in keys]
        assert " ".join(fitting) == keys
        assert len(fitting) < len(shown)  # at 80 columns some keys are left for the help (?)


async def test_the_line_fills_the_width_exactly_whatever_the_width(store, clock):
    # Whole keys or none, a space between keys, the palette key flush right: never a column more or fewer.
    app = make_app(store, clock)
    async with app.run_test(size=(80, 24)) as pilot:
        for width in range(80, 112):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            line = footer_line(app)
            assert len(line) == width and line.endswith(" ▏^p Commands"), (width, line)
            assert "  " not in line.rstrip().removesuffix("▏^p Commands").rstrip()


async def test_clicking_a_key_does_what_pressing_it_does(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        column = footer_line(app).index("n New")
        await pilot.click(Footer, offset=(column + 2, 0))  # on the description
        await until(pilot, lambda: isinstance(app.screen, RoutineEditorScreen))


async def test_a_dimmed_key_is_drawn_dim_and_clicking_it_only_rings(store, clock):
    app = make_app(store, clock)
    rang = []
    app.bell = lambda: rang.append(True)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("b")  # to the exercise catalogue: an exercise cannot be copied
        footer = app.screen.query_one(Footer)
        await until(pilot, lambda: "Open" in {item.description for item in footer.items})
        content = footer.render()
        column = content.plain.index("c Copy")
        assert all(span.style.dim for span in content.spans if span.start <= column < span.end)
        await pilot.click(Footer, offset=(column, 0))
        await pilot.pause()
        assert rang and app.screen is not None and not isinstance(app.screen, RoutineEditorScreen)


async def test_hovering_a_key_shows_its_tooltip(store, clock):
    app = make_app(store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        column = footer_line(app).index("/ Search")
        await pilot.hover(Footer, offset=(column, 0))
        assert app.screen.query_one(Footer).tooltip == "Search routines and exercises by name"
