"""The criteria of the compatibility score and the rules the committee switches on or off.

The committee sets one weight per criterion for each program year; a score is the weighted
mean of the criteria, so the weights read as shares of 100 whatever their sum.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from mentorat_desktop.errors import FieldError, ValidationFailed
from mentorat_desktop.i18n import N_, _


class Criterion(StrEnum):
    OBJECTIVES = "objectives"
    LEADS = "leads"
    EXPERIENCE = "experience"
    LANGUAGE = "language"
    WORKPLACE = "workplace"
    MODES = "modes"


DEFAULT_WEIGHTS: dict[Criterion, int] = {
    Criterion.OBJECTIVES: 35,
    Criterion.LEADS: 20,
    Criterion.EXPERIENCE: 15,
    Criterion.LANGUAGE: 15,
    Criterion.WORKPLACE: 10,
    Criterion.MODES: 5,
}
MAX_WEIGHT = 100

_TITLES = {
    Criterion.OBJECTIVES: N_("Objectives and expertise"),
    Criterion.LEADS: N_("LEADS capabilities"),
    Criterion.EXPERIENCE: N_("Experience and career stage"),
    Criterion.LANGUAGE: N_("Preferred language"),
    Criterion.WORKPLACE: N_("Workplace and region"),
    Criterion.MODES: N_("Meeting modes"),
}
_EXPLANATIONS = {
    Criterion.OBJECTIVES: N_(
        "The mentee's development areas and objectives found in the mentor's expertise."
    ),
    Criterion.LEADS: N_("LEADS capabilities the mentee wants to develop and the mentor shares."),
    Criterion.EXPERIENCE: N_(
        "How far the mentor's career stage and years of experience are ahead of the mentee's."
    ),
    Criterion.LANGUAGE: N_("Both prefer the same language."),
    Criterion.WORKPLACE: N_(
        "Same region, to meet in person; different organisations, for an outside view."
    ),
    Criterion.MODES: N_("Meeting modes both accept (in person, video, phone)."),
}


def title(criterion: Criterion) -> str:
    return _(_TITLES[criterion])


def explanation(criterion: Criterion) -> str:
    return _(_EXPLANATIONS[criterion])


@dataclass(frozen=True)
class MatchingCriteria:
    """A program year's weights and switchable rules, as saved on the cohort."""

    weights: Mapping[Criterion, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    forbid_same_organisation: bool = False
    forbid_previous_pairs: bool = True
    # A rule not required may still be preferred: points taken off such pairs' scores.
    same_organisation_penalty: int = 0
    previous_pair_penalty: int = 0

    @property
    def total_weight(self) -> int:
        return sum(self.weights.values())

    def weight(self, criterion: Criterion) -> int:
        return int(self.weights.get(criterion, 0))

    def with_weight(self, criterion: Criterion, value: int) -> MatchingCriteria:
        return replace(self, weights={**self.weights, criterion: value})

    def weights_json(self) -> dict[str, int]:
        """Weights and the preferred rules' penalties, as saved on the cohort."""
        return {
            **{c.value: self.weight(c) for c in Criterion},
            PENALTY_SAME_ORGANISATION: self.same_organisation_penalty,
            PENALTY_PREVIOUS_PAIR: self.previous_pair_penalty,
        }


PENALTY_SAME_ORGANISATION = "penalty_same_organisation"
PENALTY_PREVIOUS_PAIR = "penalty_previous_pair"


def penalty_from_json(stored: Mapping[str, Any] | None, name: str) -> int:
    value = (stored or {}).get(name)
    return int(value) if isinstance(value, int | float) and 0 <= value <= MAX_WEIGHT else 0


def weights_from_json(stored: Mapping[str, Any] | None) -> dict[Criterion, int]:
    """The saved weights; criteria missing or unreadable in the file take their default."""
    weights = dict(DEFAULT_WEIGHTS)
    for criterion in Criterion:
        value = (stored or {}).get(criterion.value)
        if isinstance(value, int | float) and 0 <= value <= MAX_WEIGHT:
            weights[criterion] = int(value)
    return weights


def validate(criteria: MatchingCriteria) -> None:
    errors = [
        FieldError(
            c.value,
            _("The weight of “{criterion}” must be between 0 and {max}.").format(
                criterion=title(c), max=MAX_WEIGHT
            ),
        )
        for c in Criterion
        if not 0 <= criteria.weight(c) <= MAX_WEIGHT
    ]
    if not errors and criteria.total_weight == 0:
        errors.append(FieldError("weights", _("At least one criterion must have a weight.")))
    if errors:
        raise ValidationFailed(errors)
