"""Labels of stored codes: every member has one, and equal codes of different enums differ."""

from __future__ import annotations

from enum import StrEnum

import pytest

from mentorat_desktop.models import enums
from mentorat_desktop.services.labels import label

LABELLED = [
    enums.Role,
    enums.ParticipationStatus,
    enums.Language,
    enums.CareerStage,
    enums.MeetingMode,
    enums.PairingStatus,
    enums.EndKind,
    enums.EarlyEndReason,
    enums.GoalStatus,
    enums.QuestionKind,
]


@pytest.mark.parametrize("enum_class", LABELLED)
def test_every_member_has_a_label(enum_class: type[StrEnum]) -> None:
    assert all(label(member) for member in enum_class)


def test_same_code_in_two_vocabularies_keeps_two_labels() -> None:
    assert enums.CareerStage.EARLY == enums.EndKind.EARLY  # both "early"
    assert label(enums.CareerStage.EARLY) == "Début de carrière (moins de 5 ans)"
    assert label(enums.EndKind.EARLY) == "Fin anticipée"
