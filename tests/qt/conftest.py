"""Qt fixtures: a view context over the test database."""

from __future__ import annotations

import pytest

from mentorat_desktop.preferences import Preferences
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding


@pytest.fixture
def context(db, clock) -> ViewContext:
    return ViewContext(db=db, preferences=Preferences(committee_member="Sophie"), clock=clock)


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch) -> list[object]:
    """A modal question would block a test: closing with typed input is answered "Discard"
    (and counted), unless a test sets its own answer on the dialog."""
    asked: list[object] = []

    def discard(dialog: object) -> bool:
        asked.append(dialog)
        return True

    monkeypatch.setattr(AsksBeforeDiscarding, "confirm_discard", discard)
    return asked
