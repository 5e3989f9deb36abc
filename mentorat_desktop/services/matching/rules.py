"""The rules no suggestion and no drag may break, with the reason shown when one would.

Capacity always holds. The committee switches the two others on or off for each year:
no pair inside one organisation, and no pair of two people already paired before.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum

import numpy as np

from mentorat_desktop.i18n import _
from mentorat_desktop.services.matching.criteria import MatchingCriteria
from mentorat_desktop.services.matching.features import same_organisation
from mentorat_desktop.services.matching.profiles import MatchProfile

# (mentor person id, mentee person id), in either role order -> the program year they met.
PastPairs = Mapping[frozenset[int], str]


def were_paired(past: PastPairs, mentor: MatchProfile, mentee: MatchProfile) -> str | None:
    """The program year in which these two people were already paired, if ever."""
    return past.get(frozenset((mentor.person_id, mentee.person_id)))


def refusal(
    mentor: MatchProfile,
    mentee: MatchProfile,
    criteria: MatchingCriteria,
    past: PastPairs,
    places_left: int,
) -> str | None:
    """Why this pair may not be made, in the user's language; None when it may."""
    if places_left <= 0:
        return _("{mentor} has no place left (capacity {capacity}).").format(
            mentor=mentor.full_name, capacity=mentor.capacity
        )
    if (
        criteria.forbid_same_organisation
        and mentor.organisation_key
        and mentor.organisation_key == mentee.organisation_key
    ):
        return _(
            "{mentor} and {mentee} work in the same organisation ({organisation}); "
            "this year's rules forbid such pairs."
        ).format(mentor=mentor.full_name, mentee=mentee.full_name, organisation=mentor.organisation)
    if criteria.forbid_previous_pairs:
        year = were_paired(past, mentor, mentee)
        if year is not None:
            return _(
                "{mentor} and {mentee} were already paired ({year}); this year's rules "
                "forbid pairing them again."
            ).format(mentor=mentor.full_name, mentee=mentee.full_name, year=year)
    return None


def allowed_matrix(
    mentors: Sequence[MatchProfile],
    mentees: Sequence[MatchProfile],
    criteria: MatchingCriteria,
    past: PastPairs,
) -> np.ndarray:
    """Which pairs (mentees x mentors) the switchable rules allow; capacity is the solver's."""
    allowed = np.ones((len(mentees), len(mentors)), dtype=bool)
    if criteria.forbid_same_organisation and mentors and mentees:
        allowed &= ~same_organisation(mentors, mentees)
    if criteria.forbid_previous_pairs and past:
        column = {m.person_id: j for j, m in enumerate(mentors)}
        row = {e.person_id: i for i, e in enumerate(mentees)}
        for people in past:
            for a in people:
                for b in people:
                    if a in column and b in row:
                        allowed[row[b], column[a]] = False
    return allowed


class Rule(StrEnum):
    SAME_ORGANISATION = "same_organisation"
    PREVIOUS_PAIR = "previous_pair"


def preferred_penalties(
    mentor: MatchProfile, mentee: MatchProfile, criteria: MatchingCriteria, past: PastPairs
) -> list[tuple[Rule, int, str]]:
    """The preferred (not required) rules this pair breaks: (rule, points off, why)."""
    found = []
    if (
        not criteria.forbid_same_organisation
        and criteria.same_organisation_penalty
        and mentor.organisation_key
        and mentor.organisation_key == mentee.organisation_key
    ):
        found.append(
            (
                Rule.SAME_ORGANISATION,
                criteria.same_organisation_penalty,
                _("Same organisation ({organisation}).").format(organisation=mentor.organisation),
            )
        )
    if not criteria.forbid_previous_pairs and criteria.previous_pair_penalty:
        year = were_paired(past, mentor, mentee)
        if year is not None:
            found.append(
                (
                    Rule.PREVIOUS_PAIR,
                    criteria.previous_pair_penalty,
                    _("Already paired ({year}).").format(year=year),
                )
            )
    return found


def penalty_matrix(
    mentors: Sequence[MatchProfile],
    mentees: Sequence[MatchProfile],
    criteria: MatchingCriteria,
    past: PastPairs,
) -> np.ndarray:
    """Points taken off each pair (mentees x mentors) by the preferred rules it breaks."""
    penalty = np.zeros((len(mentees), len(mentors)))
    if not mentors or not mentees:
        return penalty
    if not criteria.forbid_same_organisation and criteria.same_organisation_penalty:
        penalty += same_organisation(mentors, mentees) * float(criteria.same_organisation_penalty)
    if not criteria.forbid_previous_pairs and criteria.previous_pair_penalty and past:
        column = {m.person_id: j for j, m in enumerate(mentors)}
        row = {e.person_id: i for i, e in enumerate(mentees)}
        for people in past:
            for a in people:
                for b in people:
                    if a in column and b in row:
                        penalty[row[b], column[a]] += criteria.previous_pair_penalty
    return penalty
