"""Turning profiles into the numbers the score compares, all pairs at once.

Every criterion is a matrix of fractions between 0 and 1, one row per mentee and one column
per mentor, so scoring 500 mentees against 250 mentors is a few matrix products rather than
125,000 Python loops. The explanation of a single pair reads the same matrices at size 1.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from mentorat_desktop.models.enums import CareerStage, Language
from mentorat_desktop.services.areas.terms import key as area_key
from mentorat_desktop.services.areas.terms import terms
from mentorat_desktop.services.matching.criteria import Criterion
from mentorat_desktop.services.matching.profiles import MatchProfile, folded
from mentorat_desktop.services.text import words

STAGE_RANK = {stage: rank for rank, stage in enumerate(CareerStage)}
# Fraction for the mentor's lead in career stages: -1 or less, 0, 1, 2 or more.
STAGE_GAP = (0.0, 0.25, 0.75, 1.0)
YEARS_FOR_FULL_LEAD = 15
KEYWORDS_FOR_FULL = 3
# Share of the mentee's terms the expertise must hold for full marks, when they wrote many.
SHARE_FOR_FULL = 0.75


@lru_cache(maxsize=8192)
def _text_area_key(area: str, language: Language) -> str:
    return "text:" + area_key(area, language) if words(area) else ""


def area_keys(profile: MatchProfile) -> set[str]:
    """What the areas compare by: the code of an area of the year's list, else the terms of
    the wording ("Leadership d'équipe" and "Team leadership" give the same terms)."""
    return {key for key in area_key_list(profile) if key}


def area_key_list(profile: MatchProfile) -> list[str]:
    """One key per area of ``profile.areas``, in order."""
    if profile.area_codes and len(profile.area_codes) == len(profile.areas):
        return [
            code or _text_area_key(area, profile.language)
            for code, area in zip(profile.area_codes, profile.areas, strict=True)
        ]
    return [_text_area_key(area, profile.language) for area in profile.areas]


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


def _term_set(pairs: tuple[tuple[str, str], ...]) -> set[str]:
    return {term for term, _written in pairs}


def _mentee_terms(profile: MatchProfile) -> set[str]:
    """The keys of ``mentee_keywords``, without building the words as written."""
    if profile.objective_terms is None or (profile.areas and not profile.area_terms):
        return set(mentee_keywords(profile))
    return _term_set(profile.objective_terms) | _term_set(profile.area_terms)


def _mentor_terms(profile: MatchProfile) -> set[str]:
    if profile.area_terms or not profile.areas:
        return _term_set(profile.area_terms)
    return set(mentor_keywords(profile))


@dataclass(frozen=True)
class Compared:
    """What the score compares of one person, worked out once per person rather than once
    per pair (``MatchProfile.compared`` keeps it)."""

    areas: frozenset[str]  # area keys, as ``area_keys``
    wanted_terms: frozenset[str]  # as a mentee: the terms of ``mentee_keywords``
    offered_terms: frozenset[str]  # as a mentor: the terms of ``mentor_keywords``
    leads: frozenset[str]
    modes: frozenset[str]


def compared(profile: MatchProfile) -> Compared:
    return Compared(
        frozenset(area_keys(profile)),
        frozenset(_mentee_terms(profile)),
        frozenset(_mentor_terms(profile)),
        frozenset(profile.leads),
        frozenset(profile.meeting_modes),
    )


def codes(
    mentee_values: Sequence[Hashable], mentor_values: Sequence[Hashable]
) -> tuple[np.ndarray, np.ndarray]:
    """Each value as a number, one numbering for both sides: comparing every pair is then
    one integer comparison instead of 125,000 string comparisons."""
    numbers: dict[Hashable, int] = {}
    mentee = np.fromiter(
        (numbers.setdefault(v, len(numbers)) for v in mentee_values), np.intp, len(mentee_values)
    )
    mentor = np.fromiter(
        (numbers.setdefault(v, len(numbers)) for v in mentor_values), np.intp, len(mentor_values)
    )
    return mentee, mentor


def same(mentee_values: Sequence[Hashable], mentor_values: Sequence[Hashable]) -> np.ndarray:
    """Pairs (mentees x mentors) whose two values are equal."""
    mentee, mentor = codes(mentee_values, mentor_values)
    return mentee[:, None] == mentor[None, :]


def _bits(sets: Sequence[frozenset[str]], vocabulary: dict[str, int], grow: bool) -> np.ndarray:
    """Each set as a row of 64-bit words, one bit per item of ``vocabulary``; with ``grow``
    new items join the vocabulary, otherwise items outside it are left out."""
    items = [item for items in sets for item in items]
    if grow:
        found = [vocabulary.setdefault(item, len(vocabulary)) for item in items]
    else:
        found = [vocabulary.get(item, -1) for item in items]
    rows = np.repeat(np.arange(len(sets)), [len(items) for items in sets])
    columns = np.array(found, dtype=np.int64)
    known = columns >= 0
    rows, index = rows[known], columns[known].astype(np.uint64)
    bits = np.zeros((len(sets), (max(len(vocabulary), 1) + 63) // 64), dtype=np.uint64)
    np.bitwise_or.at(bits, (rows, (index >> 6).astype(np.intp)), 1 << (index & 63))
    return bits


def _shared(
    mentee_sets: Sequence[frozenset[str]], mentor_sets: Sequence[frozenset[str]]
) -> np.ndarray:
    """How many items each mentee shares with each mentor, counted as the set bits of one
    AND per pair: exact, and single-threaded (a BLAS product of 0/1 matrices waits on its
    threads for longer than it computes when the computer is busy)."""
    vocabulary: dict[str, int] = {}
    offered = _bits(mentor_sets, vocabulary, grow=True)
    wanted = _bits(mentee_sets, vocabulary, grow=False)
    shared = np.zeros((len(mentee_sets), len(mentor_sets)), dtype=np.int64)
    for word in range(offered.shape[1]):
        shared += np.bitwise_count(wanted[:, word, None] & offered[None, :, word])
    return shared.astype(np.float64)


def _sizes(sets: Sequence[frozenset[str]]) -> np.ndarray:
    return np.fromiter((len(s) for s in sets), np.float64, len(sets))[:, None]


def objectives(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Areas in common count for 70 %, words of the objectives found in the expertise 30 %."""
    wanted = [e.compared.areas for e in mentees]
    areas = _shared(wanted, [m.compared.areas for m in mentors])
    wanted_terms = [e.compared.wanted_terms for e in mentees]
    words_shared = _shared(wanted_terms, [m.compared.offered_terms for m in mentors])
    needed = np.maximum(_sizes(wanted_terms) * SHARE_FOR_FULL, KEYWORDS_FOR_FULL)
    word_part = np.minimum(words_shared / needed, 1.0)
    count = _sizes(wanted)
    area_part = np.divide(areas, count, out=np.zeros_like(areas, dtype=np.float64), where=count > 0)
    return np.where(count > 0, 0.7 * area_part + 0.3 * word_part, word_part)


def leads(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Three capabilities in common (or all the mentee named, if fewer) make a full match."""
    wanted = [e.compared.leads for e in mentees]
    shared = _shared(wanted, [m.compared.leads for m in mentors])
    needed = np.minimum(_sizes(wanted), 3)
    return np.divide(
        shared, needed, out=np.zeros_like(shared, dtype=np.float64), where=needed > 0
    ).clip(0, 1)


def _years(people: Sequence[MatchProfile]) -> np.ndarray:
    return np.fromiter(
        (np.nan if p.years_of_experience is None else p.years_of_experience for p in people),
        np.float64,
        len(people),
    )


def experience(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Two thirds career stage ahead, one third years ahead when both gave their years."""
    stage_gap = (
        np.array([STAGE_RANK[m.career_stage] for m in mentors])[None, :]
        - np.array([STAGE_RANK[e.career_stage] for e in mentees])[:, None]
    )
    stage = np.take(STAGE_GAP, np.clip(stage_gap, -1, 2) + 1)
    lead = _years(mentors)[None, :] - _years(mentees)[:, None]
    years = np.clip(lead / YEARS_FOR_FULL_LEAD, 0, 1)
    # Where a year is missing the stage alone counts; the NaN of the other branch is dropped.
    return np.where(np.isnan(years), stage, (2 * stage + years) / 3)


def language(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    return same([e.language for e in mentees], [m.language for m in mentors]).astype(np.float64)


def _given(values: Sequence[str]) -> np.ndarray:
    return np.fromiter((v != "" for v in values), bool, len(values))


def same_organisation(
    mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]
) -> np.ndarray:
    """Pairs (mentees x mentors) inside one organisation (named alike, and named at all)."""
    org_e = [e.organisation_key for e in mentees]
    return same(org_e, [m.organisation_key for m in mentors]) & _given(org_e)[:, None]


def workplace(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Half for the same region; half for different organisations (a quarter if only the
    workplace differs inside one organisation)."""
    region = same([e.region for e in mentees], [m.region for m in mentors])
    same_org = same_organisation(mentors, mentees)
    place_e = [folded(e.workplace) for e in mentees]
    place_m = [folded(m.workplace) for m in mentors]
    other_place = (
        same_org & ~same(place_e, place_m) & _given(place_e)[:, None] & _given(place_m)[None, :]
    )
    outside = np.where(same_org, np.where(other_place, 0.25, 0.0), 0.5)
    return 0.5 * region.astype(np.float64) + outside


def modes(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Share of the mentee's modes the mentor accepts; half when either gave none."""
    wanted = [e.compared.modes for e in mentees]
    offered = [m.compared.modes for m in mentors]
    shared = _shared(wanted, offered)
    count = _sizes(wanted)
    given = (_sizes(offered) > 0).T & (count > 0)
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
