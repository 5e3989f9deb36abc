"""Turning profiles into the numbers the score compares, all pairs at once.

Every criterion is a matrix of fractions between 0 and 1, one row per mentee and one column
per mentor, so scoring 500 mentees against 250 mentors is a few matrix products rather than
125,000 Python loops. The explanation of a single pair reads the same matrices at size 1.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np

from mentorat_desktop.models.enums import CareerStage, Language
from mentorat_desktop.services.areas.terms import key as area_key
from mentorat_desktop.services.areas.terms import terms
from mentorat_desktop.services.matching.criteria import Criterion
from mentorat_desktop.services.matching.profiles import MatchProfile, folded
from mentorat_desktop.services.text import words

STAGE_RANK = {stage: rank for rank, stage in enumerate(CareerStage)}
# Fraction for the mentor's lead in career stages: -1 or less, 0, 1, 2 or more.
STAGE_GAP = np.array((0.0, 0.25, 0.75, 1.0))
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


class Compared(NamedTuple):
    """What the score compares of one person, worked out once per person rather than once
    per pair (``MatchProfile.compared`` keeps it)."""

    areas: frozenset[str]  # area keys, as ``area_keys``
    wanted_terms: frozenset[str]  # as a mentee: the terms of ``mentee_keywords``
    offered_terms: frozenset[str]  # as a mentor: the terms of ``mentor_keywords``
    leads: frozenset[str]
    modes: frozenset[str]


def compared(profile: MatchProfile) -> Compared:
    codes = profile.area_codes
    if codes and len(codes) == len(profile.areas) and all(codes):
        areas = frozenset(codes)  # every area of the year's list: the codes are the keys
    else:
        areas = frozenset(area_keys(profile))
    if profile.area_terms or not profile.areas:
        offered = frozenset(dict(profile.area_terms))
    else:
        offered = frozenset(mentor_keywords(profile))
    if profile.objective_terms is not None:
        wanted = offered.union(dict(profile.objective_terms))
    else:
        wanted = frozenset(mentee_keywords(profile))
    return Compared(
        areas, wanted, offered, frozenset(profile.leads), frozenset(profile.meeting_modes)
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
    """How many items each mentee shares with each mentor (small integers), counted as the
    set bits of one AND per pair: exact, and single-threaded (a BLAS product of 0/1 matrices
    waits on its threads for longer than it computes when the computer is busy)."""
    vocabulary: dict[str, int] = {}
    offered = _bits(mentor_sets, vocabulary, grow=True)
    wanted = _bits(mentee_sets, vocabulary, grow=False)
    both = np.empty((len(mentee_sets), len(mentor_sets)), dtype=np.uint64)
    shared = np.zeros(both.shape, dtype=np.uint16)
    for word in range(offered.shape[1]):
        np.bitwise_and(wanted[:, word, None], offered[None, :, word], out=both)
        shared += np.bitwise_count(both)
    return shared


def _sizes(sets: Sequence[frozenset[str]]) -> np.ndarray:
    return np.fromiter((len(s) for s in sets), np.float64, len(sets))[:, None]


# The criteria below work in place where they can: every 500 x 250 temporary is a fresh
# megabyte the system has to hand over page by page, which costs more than the arithmetic.


def _share(shared: np.ndarray, count: np.ndarray) -> np.ndarray:
    """``shared / count`` as floats, 0 on the rows where ``count`` is 0."""
    share = np.zeros(shared.shape)
    np.divide(shared, count, out=share, where=count > 0)
    return share


def objectives(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Areas in common count for 70 %, words of the objectives found in the expertise 30 %."""
    wanted = [e.compared.areas for e in mentees]
    count = _sizes(wanted)
    result = _share(_shared(wanted, [m.compared.areas for m in mentors]), count)
    wanted_terms = [e.compared.wanted_terms for e in mentees]
    needed = np.maximum(_sizes(wanted_terms) * SHARE_FOR_FULL, KEYWORDS_FOR_FULL)
    word_part = np.divide(
        _shared(wanted_terms, [m.compared.offered_terms for m in mentors]), needed
    )
    np.minimum(word_part, 1.0, out=word_part)
    # Mentees who named no area: the words alone.
    no_area = np.flatnonzero(count[:, 0] == 0)
    words_only = word_part[no_area]
    result *= 0.7
    word_part *= 0.3
    result += word_part
    result[no_area] = words_only
    return result


def leads(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Three capabilities in common (or all the mentee named, if fewer) make a full match."""
    wanted = [e.compared.leads for e in mentees]
    shared = _shared(wanted, [m.compared.leads for m in mentors])
    result = _share(shared, np.minimum(_sizes(wanted), 3))
    return np.clip(result, 0, 1, out=result)


def _years(people: Sequence[MatchProfile]) -> np.ndarray:
    return np.fromiter(
        (np.nan if p.years_of_experience is None else p.years_of_experience for p in people),
        np.float64,
        len(people),
    )


def _ranks(people: Sequence[MatchProfile]) -> np.ndarray:
    return np.fromiter((STAGE_RANK[p.career_stage] for p in people), np.int8, len(people))


def experience(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Two thirds career stage ahead, one third years ahead when both gave their years."""
    stage_gap = _ranks(mentors)[None, :] - _ranks(mentees)[:, None]
    np.clip(stage_gap, -1, 2, out=stage_gap)
    stage_gap += 1
    stage = np.take(STAGE_GAP, stage_gap)
    years = _years(mentors)[None, :] - _years(mentees)[:, None]
    years /= YEARS_FOR_FULL_LEAD
    np.clip(years, 0, 1, out=years)
    result = stage * 2
    result += years
    result /= 3
    # Where a year is missing the stage alone counts.
    np.copyto(result, stage, where=np.isnan(years))
    return result


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
    result = same([e.region for e in mentees], [m.region for m in mentors]).astype(np.float64)
    result *= 0.5
    same_org = same_organisation(mentors, mentees)
    place_e = [folded(e.workplace) for e in mentees]
    place_m = [folded(m.workplace) for m in mentors]
    other_place = (
        same_org & ~same(place_e, place_m) & _given(place_e)[:, None] & _given(place_m)[None, :]
    )
    np.add(result, 0.5, out=result, where=~same_org)
    np.add(result, 0.25, out=result, where=other_place)
    return result


def modes(mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]) -> np.ndarray:
    """Share of the mentee's modes the mentor accepts; half when either gave none."""
    wanted = [e.compared.modes for e in mentees]
    offered = [m.compared.modes for m in mentors]
    count = _sizes(wanted)
    result = _share(_shared(wanted, offered), count)
    given = (_sizes(offered) > 0).T & (count > 0)
    np.copyto(result, 0.5, where=~given)
    return result


FRACTIONS = {
    Criterion.OBJECTIVES: objectives,
    Criterion.LEADS: leads,
    Criterion.EXPERIENCE: experience,
    Criterion.LANGUAGE: language,
    Criterion.WORKPLACE: workplace,
    Criterion.MODES: modes,
}


def fraction(
    criterion: Criterion, mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]
) -> np.ndarray:
    """One criterion's matrix (mentees x mentors) of fractions in [0, 1]."""
    if not mentors or not mentees:
        return np.zeros((len(mentees), len(mentors)))
    return FRACTIONS[criterion](mentors, mentees)


def fractions(
    mentors: Sequence[MatchProfile], mentees: Sequence[MatchProfile]
) -> dict[Criterion, np.ndarray]:
    """Every criterion's matrix (mentees x mentors) of fractions in [0, 1]."""
    return {c: fraction(c, mentors, mentees) for c in Criterion}
