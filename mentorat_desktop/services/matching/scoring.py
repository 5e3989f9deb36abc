"""The compatibility score 0-100 of mentor-mentee pairs, and why a pair scores what it does."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import MeetingMode
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.leads import BY_CODE
from mentorat_desktop.services.matching import features, rules
from mentorat_desktop.services.matching.criteria import Criterion, MatchingCriteria
from mentorat_desktop.services.matching.profiles import MatchProfile
from mentorat_desktop.services.regions import region_label


def score_matrix(
    mentors: Sequence[MatchProfile],
    mentees: Sequence[MatchProfile],
    criteria: MatchingCriteria,
) -> np.ndarray:
    """Scores of every mentee (rows) with every mentor (columns), 0 to 100."""
    total = criteria.total_weight
    result = np.zeros((len(mentees), len(mentors)))
    if total <= 0:
        return result
    for criterion in Criterion:
        weight = criteria.weight(criterion)
        if weight:
            # One criterion at a time, in place: a 500 x 250 board is a megabyte a matrix.
            fraction = features.fraction(criterion, mentors, mentees)
            fraction *= 100.0 * weight / total
            result += fraction
    # The float sum of the shares can land a hair above 100 (100.00000000000001).
    return np.clip(result, 0.0, 100.0, out=result)


def scores_with_penalties(
    mentors: Sequence[MatchProfile],
    mentees: Sequence[MatchProfile],
    criteria: MatchingCriteria,
    past: rules.PastPairs,
) -> np.ndarray:
    """The scores less the points the preferred rules take off, never under 0."""
    scores = score_matrix(mentors, mentees, criteria)
    if criteria.same_organisation_penalty or criteria.previous_pair_penalty:
        scores = np.clip(scores - rules.penalty_matrix(mentors, mentees, criteria, past), 0, 100)
    return scores


def score(mentor: MatchProfile, mentee: MatchProfile, criteria: MatchingCriteria) -> float:
    return float(score_matrix([mentor], [mentee], criteria)[0, 0])


@dataclass(frozen=True)
class CriterionScore:
    criterion: Criterion
    weight: int
    # How well the pair meets the criterion, 0 to 1, and what that adds to the score.
    fraction: float
    points: float
    details: tuple[str, ...]


@dataclass(frozen=True)
class Penalty:
    rule: rules.Rule
    points: float
    reason: str

    @property
    def title(self) -> str:
        return rule_title(self.rule)


def rule_title(rule: rules.Rule) -> str:
    if rule == rules.Rule.SAME_ORGANISATION:
        return _("Preferred rule: different organisations")
    return _("Preferred rule: not paired before")


@dataclass(frozen=True)
class ScoreBreakdown:
    total: float
    criteria: tuple[CriterionScore, ...]
    # Points the preferred rules take off; the total already counts them.
    penalties: tuple[Penalty, ...] = ()


def breakdown(
    mentor: MatchProfile,
    mentee: MatchProfile,
    criteria: MatchingCriteria,
    past: rules.PastPairs | None = None,
) -> ScoreBreakdown:
    """The score criterion by criterion; the points add up to the total."""
    total_weight = criteria.total_weight
    found = features.fractions([mentor], [mentee])
    parts = []
    for criterion in Criterion:
        fraction = float(found[criterion][0, 0])
        weight = criteria.weight(criterion)
        points = 100.0 * weight * fraction / total_weight if total_weight else 0.0
        parts.append(
            CriterionScore(criterion, weight, fraction, points, details(criterion, mentor, mentee))
        )
    penalties = tuple(
        Penalty(rule, float(points), reason)
        for rule, points, reason in rules.preferred_penalties(mentor, mentee, criteria, past or {})
    )
    total = sum(p.points for p in parts) - sum(p.points for p in penalties)
    return ScoreBreakdown(max(total, 0.0), tuple(parts), penalties)


def _listed(items: Sequence[str]) -> str:
    return ", ".join(items)


def details(criterion: Criterion, mentor: MatchProfile, mentee: MatchProfile) -> tuple[str, ...]:
    """Short sentences naming what the two have (or lack) in common for ``criterion``."""
    if criterion == Criterion.OBJECTIVES:
        offered = features.area_keys(mentor)
        shared = [
            a
            for a, key in zip(mentee.areas, features.area_key_list(mentee), strict=True)
            if key and key in offered
        ]
        lines = [
            _("Areas in common: {areas} ({n} of {total}).").format(
                areas=_listed(shared), n=len(shared), total=len(mentee.areas)
            )
            if shared
            else _("No development area in the mentor's expertise.")
        ]
        expertise = features.mentor_keywords(mentor)
        found = [w for root, w in features.mentee_keywords(mentee).items() if root in expertise]
        if found:
            lines.append(
                _("Words of the objectives in the expertise: {words}.").format(words=_listed(found))
            )
        return tuple(lines)
    if criterion == Criterion.LEADS:
        shared = [code for code in mentee.leads if code in set(mentor.leads)]
        if not shared:
            return (_("No LEADS capability in common."),)
        names = [f"{c} {BY_CODE[c].label}" if c in BY_CODE else c for c in shared]
        return (_("In common: {capabilities}.").format(capabilities=_listed(names)),)
    if criterion == Criterion.EXPERIENCE:

        def stage(p: MatchProfile) -> str:
            if p.years_of_experience is None:
                return label(p.career_stage)
            return _("{stage}, {years} years").format(
                stage=label(p.career_stage), years=p.years_of_experience
            )

        return (
            _("Mentor: {stage}.").format(stage=stage(mentor)),
            _("Mentee: {stage}.").format(stage=stage(mentee)),
        )
    if criterion == Criterion.LANGUAGE:
        if mentor.language == mentee.language:
            return (
                _("Preferred language of both: {language}.").format(
                    language=label(mentor.language)
                ),
            )
        return (
            _("Preferred language: {mentor} for the mentor, {mentee} for the mentee.").format(
                mentor=label(mentor.language), mentee=label(mentee.language)
            ),
        )
    if criterion == Criterion.WORKPLACE:
        region = (
            _("Same region: {region}.").format(region=region_label(mentor.region))
            if mentor.region == mentee.region
            else _("Different regions: {mentor} and {mentee}.").format(
                mentor=region_label(mentor.region), mentee=region_label(mentee.region)
            )
        )
        same = mentor.organisation_key and mentor.organisation_key == mentee.organisation_key
        organisation = (
            _("Same organisation: {organisation}.").format(organisation=mentor.organisation)
            if same
            else _("Different organisations.")
        )
        return (region, organisation)
    shared_modes = [m for m in mentee.meeting_modes if m in set(mentor.meeting_modes)]
    if not mentee.meeting_modes or not mentor.meeting_modes:
        return (_("Meeting modes not given."),)
    if not shared_modes:
        return (_("No meeting mode in common."),)
    names = [label(MeetingMode(m)) for m in shared_modes if m in set(MeetingMode)]
    return (_("In common: {modes}.").format(modes=_listed(names)),)
