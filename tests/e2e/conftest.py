"""Each end-to-end test gets a terminal of its own: a private tmux server, closed afterwards."""

from __future__ import annotations

import pytest

from tests.e2e.terminal import Terminal


@pytest.fixture
def terminal(request):
    term = Terminal(request.node.name[:20])
    yield term
    term.close()
