"""Hypothesis settings for the fuzz tests: derandomized, so every run tries the same inputs (no flaky runs)."""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, settings


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=None, derandomize=True, database=None,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure is reported as found, at once
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def catalogue():
    from tui.domain.catalogue_loading import load_catalogue
    from tui.resources import data_dir

    return load_catalogue(data_dir())
