"""Phase 4: the solver's plan is the best one there is, checked against trying them all."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mentorat_desktop.services.matching import solver
from mentorat_desktop.services.matching.solver import Aim


@st.composite
def instances(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray, list[int], float]:
    """Up to 5 mentees and 3 mentors: small enough to try every plan."""
    mentees = draw(st.integers(0, 5))
    mentors = draw(st.integers(0, 3))
    scores = (
        np.array(
            draw(
                st.lists(
                    st.integers(0, 1000), min_size=mentees * mentors, max_size=mentees * mentors
                )
            ),
            dtype=np.float64,
        ).reshape(mentees, mentors)
        / 10
    )
    allowed = np.array(
        draw(st.lists(st.booleans(), min_size=mentees * mentors, max_size=mentees * mentors)),
        dtype=bool,
    ).reshape(mentees, mentors)
    places = draw(st.lists(st.integers(0, 2), min_size=mentors, max_size=mentors))
    min_score = draw(st.sampled_from([0.0, 0.0, 25.0, 50.0, 99.9]))
    return scores, allowed, places, min_score


def every_plan(
    scores: np.ndarray, allowed: np.ndarray, places: list[int], min_score: float
) -> list[tuple[int, float]]:
    """(pairs, total score) of every plan within capacity, the rules and the minimum score."""
    mentees, mentors = scores.shape
    plans = []
    for choice in itertools.product([None, *range(mentors)], repeat=mentees):
        used = [sum(1 for c in choice if c == j) for j in range(mentors)]
        if any(used[j] > places[j] for j in range(mentors)):
            continue
        pairs = [(i, j) for i, j in enumerate(choice) if j is not None]
        if all(allowed[i, j] and scores[i, j] >= min_score for i, j in pairs):
            plans.append((len(pairs), float(sum(scores[i, j] for i, j in pairs))))
    return plans


def check_feasible(
    chosen: list[tuple[int, int]],
    scores: np.ndarray,
    allowed: np.ndarray,
    places: list[int],
    min_score: float,
) -> None:
    rows = [i for i, _j in chosen]
    assert len(rows) == len(set(rows)), "a mentee was placed twice"
    for j, free in enumerate(places):
        assert sum(1 for _i, c in chosen if c == j) <= free, "a mentor got too many mentees"
    for i, j in chosen:
        assert allowed[i, j], "a forbidden pair was suggested"
        assert scores[i, j] >= min_score, "a pair under the minimum score was suggested"


@settings(max_examples=150, deadline=None)
@given(instance=instances())
def test_highest_total_score_is_the_best_of_all_plans(instance) -> None:
    scores, allowed, places, min_score = instance
    chosen = solver.assign(scores, allowed, places, Aim.SCORE, min_score)
    check_feasible(chosen, scores, allowed, places, min_score)
    best = max(total for _n, total in every_plan(scores, allowed, places, min_score))
    assert sum(scores[i, j] for i, j in chosen) == pytest.approx(best, abs=1e-6)


@settings(max_examples=150, deadline=None)
@given(instance=instances())
def test_most_mentees_paired_comes_first_then_the_total(instance) -> None:
    scores, allowed, places, min_score = instance
    chosen = solver.assign(scores, allowed, places, Aim.COVERAGE, min_score)
    check_feasible(chosen, scores, allowed, places, min_score)
    count, total = max(every_plan(scores, allowed, places, min_score))
    best_total = max(t for n, t in every_plan(scores, allowed, places, min_score) if n == count)
    assert len(chosen) == count
    assert sum(scores[i, j] for i, j in chosen) == pytest.approx(best_total, abs=1e-6)
    assert total == pytest.approx(best_total)


def test_coverage_gives_up_score_to_pair_one_more_mentee() -> None:
    # Two mentors, one place each. The first mentee fits the first mentor very well and the
    # second one fairly; the second mentee may only go to the first mentor, and fits poorly.
    scores = np.array([[90.0, 50.0], [10.0, 0.0]])
    allowed = np.array([[True, True], [True, False]])
    assert solver.assign(scores, allowed, [1, 1], Aim.SCORE) == [(0, 0)]
    assert sorted(solver.assign(scores, allowed, [1, 1], Aim.COVERAGE)) == [(0, 1), (1, 0)]


def test_a_mentee_with_no_allowed_mentor_waits_rather_than_break_a_rule() -> None:
    scores = np.array([[100.0], [20.0]])
    allowed = np.array([[False], [True]])
    assert solver.assign(scores, allowed, [2], Aim.COVERAGE) == [(1, 0)]


def test_no_place_and_no_mentee_give_an_empty_plan() -> None:
    assert solver.assign(np.zeros((0, 2)), np.ones((0, 2), dtype=bool), [1, 1]) == []
    assert solver.assign(np.full((2, 2), 80.0), np.ones((2, 2), dtype=bool), [0, 0]) == []
    assert solver.assign(np.full((2, 0), 80.0), np.ones((2, 0), dtype=bool), []) == []
