"""Phase 4: the rules no pair may break, and the reasons the board gives for a refusal."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from helpers import bilingual_matching as fixture
from helpers.forms import mentee_form, mentor_form

from mentorat_desktop import i18n
from mentorat_desktop.models import Pairing
from mentorat_desktop.models.enums import CareerStage, EndKind, Language, PairingStatus, Role
from mentorat_desktop.services import registration
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.matching import rules, scoring
from mentorat_desktop.services.matching.board_actions import save_criteria
from mentorat_desktop.services.matching.board_state import load_board
from mentorat_desktop.services.matching.criteria import MatchingCriteria
from mentorat_desktop.services.matching.profiles import MatchProfile
from mentorat_desktop.services.matching.suggestions import plan_suggestions


def profile(role: Role, person_id: int, organisation: str, name: str) -> MatchProfile:
    first, last = name.split(" ", 1)
    return MatchProfile(
        participation_id=person_id,
        person_id=person_id,
        role=role,
        first_name=first,
        last_name=last,
        email=f"{first.lower()}@example.org",
        organisation=organisation,
        workplace="",
        region="03",
        language=Language.FR,
        career_stage=CareerStage.MID,
        years_of_experience=None,
        meeting_modes=(),
        areas=(),
        objectives="",
        leads=(),
        capacity=2 if role == Role.MENTOR else 0,
    )


MENTOR = profile(Role.MENTOR, 1, "CIUSSS de l'Estrie – CHUS", "Marc O'Brien")
MENTEE = profile(Role.MENTEE, 2, "ciusss de l estrie chus", "Élodie Bérubé")
ELSEWHERE = profile(Role.MENTEE, 3, "CISSS de Laval", "Noah Bouchard")
NO_RULES = MatchingCriteria(forbid_same_organisation=False, forbid_previous_pairs=False)


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.set_language("en")


def test_a_mentor_without_a_place_left_is_refused_with_their_name_and_capacity() -> None:
    reason = rules.refusal(MENTOR, ELSEWHERE, NO_RULES, {}, places_left=0)
    assert reason is not None and "Marc O'Brien" in reason and "2" in reason
    assert rules.refusal(MENTOR, ELSEWHERE, NO_RULES, {}, places_left=1) is None


def test_same_organisation_is_refused_only_when_the_rule_is_on() -> None:
    rule_on = replace(NO_RULES, forbid_same_organisation=True)
    reason = rules.refusal(MENTOR, MENTEE, rule_on, {}, places_left=1)
    # Case, accents and punctuation do not hide that it is one organisation.
    assert reason is not None
    assert "Marc O'Brien" in reason and "Élodie Bérubé" in reason
    assert "CIUSSS de l'Estrie" in reason
    assert rules.refusal(MENTOR, ELSEWHERE, rule_on, {}, places_left=1) is None
    assert rules.refusal(MENTOR, MENTEE, NO_RULES, {}, places_left=1) is None


def test_an_organisation_left_blank_is_not_a_shared_one() -> None:
    rule_on = replace(NO_RULES, forbid_same_organisation=True)
    mentor, mentee = replace(MENTOR, organisation=""), replace(MENTEE, organisation=" ")
    assert rules.refusal(mentor, mentee, rule_on, {}, places_left=1) is None
    assert rules.allowed_matrix([mentor], [mentee], rule_on, {}).all()


def test_the_allowed_matrix_agrees_with_the_refusals() -> None:
    mentors = [MENTOR, profile(Role.MENTOR, 4, "CISSS de Laval", "Audrey Singh")]
    mentees = [MENTEE, ELSEWHERE]
    past = {frozenset((4, 2)): "2024-2025"}
    for criteria in (
        NO_RULES,
        MatchingCriteria(),
        MatchingCriteria(forbid_same_organisation=True, forbid_previous_pairs=True),
    ):
        allowed = rules.allowed_matrix(mentors, mentees, criteria, past)
        for i, mentee in enumerate(mentees):
            for j, mentor in enumerate(mentors):
                refused = rules.refusal(mentor, mentee, criteria, past, places_left=1)
                assert allowed[i, j] == (refused is None), (criteria, mentor, mentee)


def _pair(db, cohort_id: int, mentor_id: int, mentee_id: int, status: PairingStatus) -> None:
    with db.unit_of_work() as session:
        session.add(
            Pairing(
                cohort_id=cohort_id,
                mentor_id=mentor_id,
                mentee_id=mentee_id,
                status=status,
                created_at=datetime(2025, 9, 10),
                assigned_at=None if status == PairingStatus.DRAFT else datetime(2025, 9, 12),
                ended_on=date(2026, 6, 1) if status == PairingStatus.ENDED else None,
                end_kind=EndKind.NORMAL if status == PairingStatus.ENDED else None,
                agreements={},
            )
        )


def _returning_pair(db, cohort, earlier_status: PairingStatus) -> tuple[int, int]:
    """Marc and Élodie, paired in 2025-2026, both registered again this year."""
    earlier = create_cohort(db, CohortForm("2025-2026", date(2025, 9, 1), date(2026, 6, 30)))
    old_mentor = registration.register(db, earlier.id, mentor_form())
    old_mentee = registration.register(db, earlier.id, mentee_form())
    _pair(db, earlier.id, old_mentor.participation_id, old_mentee.participation_id, earlier_status)
    mentor = registration.register(db, cohort.id, mentor_form())
    mentee = registration.register(db, cohort.id, mentee_form())
    return mentor.participation_id, mentee.participation_id


def test_people_paired_in_an_earlier_year_are_refused_only_when_the_rule_is_on(db, cohort) -> None:
    mentor_id, mentee_id = _returning_pair(db, cohort, PairingStatus.ENDED)
    state = load_board(db, cohort.id)
    assert state.criteria.forbid_previous_pairs  # on by default
    reason = state.refusal(mentor_id, mentee_id)
    assert reason is not None
    assert "Marc O'Brien" in reason and "Élodie Bérubé" in reason and "2025-2026" in reason
    assert plan_suggestions(state).suggestions == ()

    save_criteria(db, cohort.id, replace(state.criteria, forbid_previous_pairs=False))
    state = load_board(db, cohort.id)
    assert state.refusal(mentor_id, mentee_id) is None
    [suggestion] = plan_suggestions(state).suggestions
    assert (suggestion.mentor.participation_id, suggestion.mentee.participation_id) == (
        mentor_id,
        mentee_id,
    )


def test_a_draft_never_confirmed_in_an_earlier_year_does_not_count_as_a_pair(db, cohort) -> None:
    mentor_id, mentee_id = _returning_pair(db, cohort, PairingStatus.DRAFT)
    assert load_board(db, cohort.id).refusal(mentor_id, mentee_id) is None


def test_a_preferred_rule_takes_its_penalty_off_and_shows_it_in_the_breakdown() -> None:
    mentor, mentee = fixture.mentors()[0], fixture.mentees()[0]
    mentee = replace(mentee, organisation=mentor.organisation)
    required = MatchingCriteria(forbid_same_organisation=True)
    preferred = MatchingCriteria(forbid_same_organisation=False, same_organisation_penalty=12)
    off = MatchingCriteria(forbid_same_organisation=False)
    assert not rules.allowed_matrix([mentor], [mentee], required, {})[0, 0]
    assert rules.allowed_matrix([mentor], [mentee], preferred, {})[0, 0]
    plain = scoring.scores_with_penalties([mentor], [mentee], off, {})[0, 0]
    lowered = scoring.scores_with_penalties([mentor], [mentee], preferred, {})[0, 0]
    assert plain - lowered == pytest.approx(12)
    breakdown = scoring.breakdown(mentor, mentee, preferred, {})
    assert [p.points for p in breakdown.penalties] == [12]
    assert breakdown.total == pytest.approx(lowered)
