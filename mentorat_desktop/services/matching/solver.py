"""The globally optimal assignment of waiting mentees to the mentors' free places.

Each mentor becomes one column per free place, and each mentee may also take an "unpaired"
column worth nothing, so the Hungarian method (scipy's linear_sum_assignment) can leave a
mentee waiting rather than break a rule. Forbidden pairs cost more than any assignment gains.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    rows, mentors = scores.shape
    slots = np.repeat(np.arange(mentors), np.maximum(np.asarray(places, dtype=int), 0))
    if rows == 0 or slots.size == 0:
        return []
    usable = allowed[:, slots] & (scores[:, slots] >= min_score)
    gain = scores[:, slots].astype(np.float64)
    if aim == Aim.COVERAGE:
        gain = gain + (100.0 * rows + 1.0)
    forbidden = -(float(gain.max(initial=0.0)) + 1.0) * (rows + 1)
    weights = np.hstack([np.where(usable, gain, forbidden), np.zeros((rows, rows))])
    # scipy only when pairs are suggested: it is most of the app's start-up otherwise.
    from scipy.optimize import linear_sum_assignment

    row_index, column_index = linear_sum_assignment(weights, maximize=True)
    return [
        (int(r), int(slots[c]))
        for r, c in zip(row_index, column_index, strict=True)
        if c < slots.size and usable[r, c]
    ]
