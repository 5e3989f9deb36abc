"""Phase 4: the compatibility score reads 0 to 100, adds up, and says why."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorat_desktop.models.enums import CareerStage, Language, MeetingMode, Role
from mentorat_desktop.services.matching import scoring
from mentorat_desktop.services.matching.criteria import (
    DEFAULT_WEIGHTS,
    Criterion,
    MatchingCriteria,
)
from mentorat_desktop.services.matching.profiles import MatchProfile

AREAS = ("Gestion du changement", "Finances", "Leadership clinique", "Qualité", "Santé publique")


def profile(role: Role = Role.MENTEE, **changes: object) -> MatchProfile:
    """A plain profile with nothing in common with anyone; tests add what matters."""
    base = MatchProfile(
        participation_id=1 if role == Role.MENTOR else 2,
        person_id=1 if role == Role.MENTOR else 2,
        role=role,
        first_name="Marc" if role == Role.MENTOR else "Élodie",
        last_name="O'Brien" if role == Role.MENTOR else "Bérubé",
        email="marc@example.org" if role == Role.MENTOR else "elodie@example.org",
        organisation="CISSS de l'Outaouais" if role == Role.MENTOR else "CIUSSS de l'Estrie",
        workplace="",
        region="07" if role == Role.MENTOR else "05",
        language=Language.EN if role == Role.MENTOR else Language.FR,
        career_stage=CareerStage.SENIOR if role == Role.MENTOR else CareerStage.EARLY,
        years_of_experience=None,
        meeting_modes=(),
        areas=(),
        objectives="",
        leads=(),
        capacity=2 if role == Role.MENTOR else 0,
    )
    return replace(base, **changes)


def only(criterion: Criterion) -> MatchingCriteria:
    return MatchingCriteria({criterion: 10})


profiles = st.builds(
    dict,
    organisation=st.sampled_from(["", "CISSS de Laval", "cisss de laval", "CHU de Québec"]),
    workplace=st.sampled_from(["", "Hôpital A", "Hôpital B"]),
    region=st.sampled_from(["03", "05", "13"]),
    language=st.sampled_from(list(Language)),
    career_stage=st.sampled_from(list(CareerStage)),
    years_of_experience=st.none() | st.integers(0, 40),
    meeting_modes=st.lists(st.sampled_from([m.value for m in MeetingMode]), unique=True).map(tuple),
    areas=st.lists(st.sampled_from(AREAS), unique=True, max_size=4).map(tuple),
    objectives=st.sampled_from(["", "Mieux gérer le changement et les finances", "Leadership"]),
    leads=st.lists(st.sampled_from(["L1", "L2", "E1", "E3", "A2", "S4"]), unique=True).map(tuple),
)
weights = st.dictionaries(st.sampled_from(list(Criterion)), st.integers(0, 100), min_size=1).filter(
    lambda w: sum(w.values()) > 0
)


@settings(max_examples=200, deadline=None)
@given(mentor=profiles, mentee=profiles, chosen=weights)
def test_score_is_between_0_and_100_and_its_breakdown_adds_up(mentor, mentee, chosen) -> None:
    criteria = MatchingCriteria(chosen)
    a, b = profile(Role.MENTOR, **mentor), profile(Role.MENTEE, **mentee)
    total = scoring.score(a, b, criteria)
    assert 0.0 <= total <= 100.0
    explained = scoring.breakdown(a, b, criteria)
    assert explained.total == pytest.approx(total, abs=1e-9)
    assert sum(part.points for part in explained.criteria) == pytest.approx(total, abs=1e-9)
    for part in explained.criteria:
        assert 0.0 <= part.fraction <= 1.0
        assert part.details, part.criterion


@pytest.mark.parametrize("shares", [(1, 4, 1), (1, 5, 1), (1, 8, 2), (1, 1, 1), (35, 15, 5)])
def test_a_pair_meeting_every_weighed_criterion_scores_100_not_more(shares) -> None:
    """Rounding in the weighted sum must not push a perfect pair over the top of the scale."""
    modes = (MeetingMode.VIDEO.value,)
    mentor = profile(Role.MENTOR, language=Language.FR, region="05", meeting_modes=modes)
    mentee = profile(language=Language.FR, region="05", meeting_modes=modes)
    criteria = MatchingCriteria(
        dict(zip((Criterion.LANGUAGE, Criterion.WORKPLACE, Criterion.MODES), shares, strict=True))
    )
    assert scoring.score(mentor, mentee, criteria) == pytest.approx(100.0)
    assert scoring.score_matrix([mentor], [mentee], criteria).max() <= 100.0


def test_the_matrix_gives_each_pair_the_score_of_that_pair() -> None:
    mentors = [profile(Role.MENTOR, areas=AREAS[:2]), profile(Role.MENTOR, language=Language.FR)]
    mentees = [profile(areas=AREAS[:1]), profile(areas=AREAS[1:3], region="07")]
    matrix = scoring.score_matrix(mentors, mentees, MatchingCriteria())
    assert matrix.shape == (2, 2)
    for i, mentee in enumerate(mentees):
        for j, mentor in enumerate(mentors):
            assert matrix[i, j] == pytest.approx(scoring.score(mentor, mentee, MatchingCriteria()))


def test_each_shared_area_raises_the_score() -> None:
    mentee = profile(areas=AREAS[:3])
    scores = [
        scoring.score(profile(Role.MENTOR, areas=AREAS[:n]), mentee, MatchingCriteria())
        for n in range(4)
    ]
    assert scores == sorted(scores) and len(set(scores)) == 4


def test_areas_match_whatever_the_case_and_accents() -> None:
    mentee = profile(areas=("Santé publique",))
    written_otherwise = profile(Role.MENTOR, areas=("SANTE PUBLIQUE",))
    criteria = only(Criterion.OBJECTIVES)
    assert scoring.score(written_otherwise, mentee, criteria) > 50


def test_with_only_the_language_weighed_the_score_is_all_or_nothing() -> None:
    criteria = only(Criterion.LANGUAGE)
    mentee = profile(language=Language.FR, areas=AREAS[:2])
    same = profile(Role.MENTOR, language=Language.FR)
    other = profile(Role.MENTOR, language=Language.EN, areas=AREAS[:2])
    assert scoring.score(same, mentee, criteria) == pytest.approx(100.0)
    assert scoring.score(other, mentee, criteria) == pytest.approx(0.0)


def test_changing_the_weights_changes_which_mentor_scores_best() -> None:
    mentee = profile(language=Language.FR, areas=AREAS[:2])
    same_language = profile(Role.MENTOR, language=Language.FR)
    same_areas = profile(Role.MENTOR, language=Language.EN, areas=AREAS[:2])
    by_language = MatchingCriteria(dict(DEFAULT_WEIGHTS)).with_weight(Criterion.LANGUAGE, 100)
    by_areas = MatchingCriteria(dict(DEFAULT_WEIGHTS)).with_weight(Criterion.LANGUAGE, 0)
    assert scoring.score(same_language, mentee, by_language) > scoring.score(
        same_areas, mentee, by_language
    )
    assert scoring.score(same_areas, mentee, by_areas) > scoring.score(
        same_language, mentee, by_areas
    )


def test_weights_read_as_shares_whatever_their_sum() -> None:
    mentor, mentee = profile(Role.MENTOR, areas=AREAS[:1]), profile(areas=AREAS[:2])
    halves = MatchingCriteria({Criterion.OBJECTIVES: 1, Criterion.LANGUAGE: 1})
    scaled = MatchingCriteria({Criterion.OBJECTIVES: 50, Criterion.LANGUAGE: 50})
    assert scoring.score(mentor, mentee, halves) == pytest.approx(
        scoring.score(mentor, mentee, scaled)
    )


def test_a_criterion_with_no_weight_adds_no_points() -> None:
    criteria = MatchingCriteria(dict(DEFAULT_WEIGHTS)).with_weight(Criterion.LANGUAGE, 0)
    mentor = profile(Role.MENTOR, language=Language.FR)
    explained = scoring.breakdown(mentor, profile(language=Language.FR), criteria)
    [language] = [p for p in explained.criteria if p.criterion == Criterion.LANGUAGE]
    assert language.fraction == 1.0 and language.points == 0.0


def test_details_name_the_shared_areas_and_only_them() -> None:
    mentor = profile(Role.MENTOR, areas=("Finances", "Gestion du changement"))
    mentee = profile(areas=("gestion du changement", "Santé publique"))
    explained = scoring.breakdown(mentor, mentee, MatchingCriteria())
    [objectives] = [p for p in explained.criteria if p.criterion == Criterion.OBJECTIVES]
    text = " ".join(objectives.details)
    assert "gestion du changement" in text
    assert "Santé publique" not in text and "Finances" not in text
    assert "1" in text and "2" in text  # one of the mentee's two areas


def test_details_say_when_nothing_is_shared(monkeypatch) -> None:
    from mentorat_desktop import i18n

    i18n.set_language("en")
    explained = scoring.breakdown(
        profile(Role.MENTOR, areas=("Finances",)), profile(areas=("Qualité",)), MatchingCriteria()
    )
    [objectives] = [p for p in explained.criteria if p.criterion == Criterion.OBJECTIVES]
    assert objectives.points == 0.0
    assert objectives.details == ("No development area in the mentor's expertise.",)


def test_leads_details_name_the_capabilities_in_common() -> None:
    mentor = profile(Role.MENTOR, leads=("L1", "E3"))
    mentee = profile(leads=("E3", "A2"))
    explained = scoring.breakdown(mentor, mentee, MatchingCriteria())
    [leads] = [p for p in explained.criteria if p.criterion == Criterion.LEADS]
    assert "E3" in leads.details[0] and "L1" not in leads.details[0]
    assert "A2" not in leads.details[0]
    assert 0 < leads.fraction < 1
