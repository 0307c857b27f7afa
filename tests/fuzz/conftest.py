"""Hypothesis settings for the fuzz tests, in two profiles.

- ci (the default, what `make test` runs): each test's own number of examples, derandomized, so every run tries
  the same inputs (no flaky runs), its hand-picked explicit examples (markup, escapes, huge numbers...) first.
- fuzz (`make fuzz`, or RUNSTRENGTH_FUZZ=1): FUZZ_SCALE times as many examples, random ones, different every run,
  to find what the fixed ones do not. A failure is printed with the example that caused it.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

FUZZING = os.environ.get("RUNSTRENGTH_FUZZ", "") not in ("", "0")
FUZZ_SCALE = 25


def fuzz_settings(examples: int) -> settings:
    if FUZZING:
        return settings(
            max_examples=examples * FUZZ_SCALE, deadline=None, derandomize=False, database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
    return settings(
        max_examples=examples, deadline=None, derandomize=True, database=None,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: a failure is reported as found, at once
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


import pytest  # noqa: E402


@pytest.fixture(scope="session")
def catalogue():
    from tui.domain.catalogue.loading import load_catalogue
    from tui.resources import data_dir

    return load_catalogue(data_dir())
