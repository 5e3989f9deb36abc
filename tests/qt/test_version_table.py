"""A questionnaire's versions: the first says so instead of leaving « Ce qui a changé » blank."""

from __future__ import annotations

from datetime import datetime

from mentorat_desktop.services.questionnaires.shapes import VersionInfo
from mentorat_desktop.views.item_models.version_table import VersionTableModel


def test_the_first_version_says_it_is_the_first(qtmodeltester) -> None:
    model = VersionTableModel()
    model.set_rows(
        [
            VersionInfo(1, 1, datetime(2025, 2, 15, 9, 0), "", 12, 22),
            VersionInfo(2, 2, datetime(2026, 2, 15, 9, 0), "Une question ajoutée", 13, 0),
        ]
    )
    qtmodeltester.check(model)
    notes = [model.index(row, VersionTableModel.NOTE).data() for row in range(2)]
    assert notes == ["Une question ajoutée", "Première version"]
