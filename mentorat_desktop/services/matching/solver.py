"""The globally optimal assignment of waiting mentees to the mentors' free places.

Each mentor becomes one column per free place, and each mentee may also take an "unpaired"
column worth nothing, so the Hungarian method (scipy's linear_sum_assignment) can leave a
mentee waiting rather than break a rule. Forbidden pairs cost more than any assignment gains.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from mentorat_desktop.i18n import N_, _


class Aim(StrEnum):
    SCORE = "score"  # the highest total score
    COVERAGE = "coverage"  # the most mentees paired (at or above the minimum score)


_AIM_LABELS = {
    Aim.SCORE: N_("Highest total score"),
    Aim.COVERAGE: N_("Most mentees paired"),
}


def aim_label(aim: Aim) -> str:
    return _(_AIM_LABELS[aim])


@dataclass(frozen=True)
class Problem:
    """The matrix handed to the solver: one column per free place, then one "unpaired"
    column per mentee; ``slots`` names the mentor of each place column."""

    weights: np.ndarray
    slots: np.ndarray
    usable: np.ndarray  # mentees x place columns: allowed and at or above the minimum


def problem(
    scores: np.ndarray,
    allowed: np.ndarray,
    places: Sequence[int],
    aim: Aim = Aim.SCORE,
    min_score: float = 0.0,
) -> Problem | None:
    """The assignment to solve; None when no mentee waits or no place is free."""
    rows, mentors = scores.shape
    slots = np.repeat(np.arange(mentors), np.maximum(np.asarray(places, dtype=int), 0))
    if rows == 0 or slots.size == 0:
        return None
    gain = np.asarray(scores, dtype=np.float64)[:, slots]
    usable = allowed[:, slots] & (gain >= min_score)
    if aim == Aim.COVERAGE:
        gain += 100.0 * rows + 1.0
    forbidden = -(float(gain.max(initial=0.0)) + 1.0) * (rows + 1)
    weights = np.zeros((rows, slots.size + rows))
    weights[:, : slots.size] = forbidden
    np.copyto(weights[:, : slots.size], gain, where=usable)
    return Problem(weights, slots, usable)


def solve(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """scipy's Hungarian method on the matrix, highest total first; nothing else."""
    # scipy only when pairs are suggested: it is most of the app's start-up otherwise.
    from scipy.optimize import linear_sum_assignment

    return linear_sum_assignment(weights, maximize=True)


def assign(
    scores: np.ndarray,
    allowed: np.ndarray,
    places: Sequence[int],
    aim: Aim = Aim.SCORE,
    min_score: float = 0.0,
) -> list[tuple[int, int]]:
    """(mentee row, mentor column) pairs of an optimal assignment.

    ``scores`` and ``allowed`` are mentees x mentors; ``places`` is each mentor's free places.
    No pair scores under ``min_score``. With ``Aim.COVERAGE`` every extra pair is worth more
    than any total score, so the count comes first and the total breaks ties.
    """
    found = problem(scores, allowed, places, aim, min_score)
    if found is None:
        return []
    row_index, column_index = solve(found.weights)
    places_count = found.slots.size
    kept = column_index < places_count
    rows, columns = row_index[kept], column_index[kept]
    kept = found.usable[rows, columns]
    return list(zip(rows[kept].tolist(), found.slots[columns[kept]].tolist(), strict=True))
