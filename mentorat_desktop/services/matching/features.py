"""Turning profiles into the numbers the score compares, all pairs at once.

Every criterion is a matrix of fractions between 0 and 1, one row per mentee and one column
per mentor, so scoring 500 mentees against 250 mentors is a few matrix products rather than
125,000 Python loops. The explanation of a single pair reads the same matrices at size 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from mentorat_desktop.models.enums import CareerStage
from mentorat_desktop.services.areas.terms import key as area_key
from mentorat_desktop.services.areas.terms import terms
from mentorat_desktop.services.matching.criteria import Criterion
from mentorat_desktop.services.matching.profiles import MatchProfile
from mentorat_desktop.services.text import words

STAGE_RANK = {stage: rank for rank, stage in enumerate(CareerStage)}
# Fraction for the mentor's lead in career stages: -1 or less, 0, 1, 2 or more.
STAGE_GAP = (0.0, 0.25, 0.75, 1.0)
YEARS_FOR_FULL_LEAD = 15
KEYWORDS_FOR_FULL = 3
# Share of the mentee's terms the expertise must hold for full marks, when they wrote many.
SHARE_FOR_FULL = 0.75


def area_keys(profile: MatchProfile) -> set[str]:
    """What the areas compare by: the code of an area of the year's list, else the terms of
    the wording ("Leadership d'équipe" and "Team leadership" give the same terms)."""
    return {key for key in area_key_list(profile) if key}


def area_key_list(profile: MatchProfile) -> list[str]:
    """One key per area of ``profile.areas``, in order."""
    codes = profile.area_codes if len(profile.area_codes) == len(profile.areas) else ()
    found = []
    for index, area in enumerate(profile.areas):
        code = codes[index] if codes else ""
        found.append(code or ("text:" + area_key(area, profile.language) if words(area) else ""))
    return found


def _area_terms(profile: MatchProfile) -> dict[str, str]:
    if profile.area_terms or not profile.areas:
        return dict(profile.area_terms)
    found: dict[str, str] = {}
    for area in profile.areas:
        for term, written in terms(area, profile.language).items():
            found.setdefault(term, written)
    return found


def mentee_keywords(profile: MatchProfile) -> dict[str, str]:
    """Terms of the objectives and of the wanted areas (both labels of a listed area)."""
    if profile.objective_terms is not None:
        found = dict(profile.objective_terms)
    else:
        found = terms(profile.objectives, profile.language)
    for term, written in _area_terms(profile).items():
        found.setdefault(term, written)
    return found


def mentor_keywords(profile: MatchProfile) -> dict[str, str]:
    return _area_terms(profile)


def _incidence(sets: Sequence[Iterable[str]], vocabulary: dict[str, int]) -> np.ndarray:
    matrix = np.zeros((len(sets), max(len(vocabulary), 1)), dtype=np.float64)
    for row, items in enumerate(sets):
        for item in items:
            matrix[row, vocabulary[item]] = 1.0
    return matrix


def _shared(mentee_sets: Sequence[set[str]], mentor_sets: Sequence[set[str]]) -> np.ndarray:
    """How many items each mentee shares with each mentor."""
    vocabulary: dict[str, int] = {}
    for items in (*mentee_sets, *mentor_sets):
        for item in items:
            vocabulary.setdefault(item, len(vocabulary))
    return _incidence(mentee_sets, vocabulary) @ _incidence(mentor_sets, vocabulary).T


def _sizes(sets: Sequence[set[str]]) -> np.ndarray:
    return np.array([len(s) for s in sets], dtype=np.float64)[:, None]


def objectives(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Areas in common count for 70 %, words of the objectives found in the expertise 30 %."""
    wanted = [area_keys(e) for e in mentees]
    areas = _shared(wanted, [area_keys(m) for m in mentors])
    wanted_terms = [set(mentee_keywords(e)) for e in mentees]
    words_shared = _shared(wanted_terms, [set(mentor_keywords(m)) for m in mentors])
    needed = np.maximum(_sizes(wanted_terms) * SHARE_FOR_FULL, KEYWORDS_FOR_FULL)
    word_part = np.minimum(words_shared / needed, 1.0)
    count = _sizes(wanted)
    area_part = np.divide(areas, count, out=np.zeros_like(areas, dtype=np.float64), where=count > 0)
    return np.where(count > 0, 0.7 * area_part + 0.3 * word_part, word_part)


def leads(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Three capabilities in common (or all the mentee named, if fewer) make a full match."""
    wanted = [set(e.leads) for e in mentees]
    shared = _shared(wanted, [set(m.leads) for m in mentors])
    needed = np.minimum(_sizes(wanted), 3)
    return np.divide(
        shared, needed, out=np.zeros_like(shared, dtype=np.float64), where=needed > 0
    ).clip(0, 1)


def experience(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Two thirds career stage ahead, one third years ahead when both gave their years."""
    stage_gap = (
        np.array([STAGE_RANK[m.career_stage] for m in mentors])[None, :]
        - np.array([STAGE_RANK[e.career_stage] for e in mentees])[:, None]
    )
    stage = np.take(STAGE_GAP, np.clip(stage_gap, -1, 2) + 1)
    mentor_years = np.array(
        [np.nan if m.years_of_experience is None else m.years_of_experience for m in mentors],
        dtype=np.float64,
    )
    mentee_years = np.array(
        [np.nan if e.years_of_experience is None else e.years_of_experience for e in mentees],
        dtype=np.float64,
    )
    years = np.clip((mentor_years[None, :] - mentee_years[:, None]) / YEARS_FOR_FULL_LEAD, 0, 1)
    return np.where(np.isnan(years), stage, (2 * stage + np.nan_to_num(years)) / 3)


def language(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    mentor_lang = np.array([m.language.value for m in mentors], dtype=object)
    mentee_lang = np.array([e.language.value for e in mentees], dtype=object)
    return (mentee_lang[:, None] == mentor_lang[None, :]).astype(np.float64)


def workplace(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Half for the same region; half for different organisations (a quarter if only the
    workplace differs inside one organisation)."""

    def column(values: list[str]) -> np.ndarray:
        return np.array(values, dtype=object)

    region = column([e.region for e in mentees])[:, None] == column([m.region for m in mentors])
    org_e = column([e.organisation_key for e in mentees])[:, None]
    org_m = column([m.organisation_key for m in mentors])[None, :]
    place_e = column([words(e.workplace) for e in mentees])[:, None]
    place_m = column([words(m.workplace) for m in mentors])[None, :]
    same_org = (org_e == org_m) & (org_e != "")
    other_place = same_org & (place_e != place_m) & (place_e != "") & (place_m != "")
    outside = np.where(same_org, np.where(other_place, 0.25, 0.0), 0.5)
    return 0.5 * region.astype(np.float64) + outside


def modes(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Share of the mentee's modes the mentor accepts; half when either gave none."""
    wanted = [set(e.meeting_modes) for e in mentees]
    offered = [set(m.meeting_modes) for m in mentors]
    shared = _shared(wanted, offered)
    count = _sizes(wanted)
    given = np.array([len(s) > 0 for s in offered])[None, :] & (count > 0)
    fraction = np.divide(
        shared, count, out=np.zeros_like(shared, dtype=np.float64), where=count > 0
    )
    return np.where(given, fraction, 0.5)


FRACTIONS = {
    Criterion.OBJECTIVES: objectives,
    Criterion.LEADS: leads,
    Criterion.EXPERIENCE: experience,
    Criterion.LANGUAGE: language,
    Criterion.WORKPLACE: workplace,
    Criterion.MODES: modes,
}


def fractions(
    mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]
) -> dict[Criterion, np.ndarray]:
    """Every criterion's matrix (mentees x mentors) of fractions in [0, 1]."""
    if not mentors or not mentees:
        return {c: np.zeros((len(mentees), len(mentors))) for c in Criterion}
    return {c: FRACTIONS[c](mentors, mentees) for c in Criterion}
