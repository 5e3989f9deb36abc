"""Qt fixtures: a view context over the test database."""

from __future__ import annotations

import pytest

from mentorat_desktop.preferences import Preferences
from mentorat_desktop.views.context import ViewContext


@pytest.fixture
def context(db, clock) -> ViewContext:
    return ViewContext(db=db, preferences=Preferences(committee_member="Sophie"), clock=clock)
