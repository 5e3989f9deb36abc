""" "Suggest pairs": an optimal plan for everyone still waiting, around the pairs that stay."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mentorat_desktop.services.matching import rules, scoring, solver
from mentorat_desktop.services.matching.board_state import BoardState
from mentorat_desktop.services.matching.profiles import MatchProfile
from mentorat_desktop.services.matching.solver import Aim


@dataclass(frozen=True)
class Suggestion:
    mentor: MatchProfile
    mentee: MatchProfile
    score: float


@dataclass(frozen=True)
class SuggestionPlan:
    suggestions: tuple[Suggestion, ...]
    # Mentees the plan leaves waiting: no place left, no pair allowed or above the minimum.
    unplaced: tuple[MatchProfile, ...]

    @property
    def total_score(self) -> float:
        return sum(s.score for s in self.suggestions)


def planned_mentees(state: BoardState) -> list[MatchProfile]:
    """The mentees a plan places: everyone waiting, then those of pending suggestions."""
    return [*state.waiting, *(p.mentee for p in state.pairs if p.is_pending_suggestion)]


def plan_suggestions(
    state: BoardState,
    aim: Aim = Aim.SCORE,
    min_score: float = 0.0,
    scores: np.ndarray | None = None,
) -> SuggestionPlan:
    """Pending suggestions are planned again; kept drafts and confirmed pairs stay.

    ``scores``, when the caller has them already: ``planned_mentees`` x every mentor of the
    board, with the preferred rules' penalties (``scoring.scores_with_penalties``)."""
    pending = [p for p in state.pairs if p.is_pending_suggestion]
    mentees = planned_mentees(state)
    freed: dict[int, int] = {}
    for pair in pending:
        freed[pair.mentor.participation_id] = freed.get(pair.mentor.participation_id, 0) + 1
    # Places once the pending suggestions are gone; the pairs that stay may already fill or
    # overfill a capacity corrected down since, so ``places_left`` plus the freed is too many.
    free = {
        c.profile.participation_id: max(
            c.profile.capacity - c.taken + freed.get(c.profile.participation_id, 0), 0
        )
        for c in state.mentors
    }
    open_columns = [j for j, c in enumerate(state.mentors) if free[c.profile.participation_id]]
    cards = [state.mentors[j] for j in open_columns]
    mentors = [c.profile for c in cards]
    places = [free[c.profile.participation_id] for c in cards]
    if scores is None:
        scores = scoring.scores_with_penalties(mentors, mentees, state.criteria, state.past)
    else:
        scores = scores[:, open_columns]
    allowed = rules.allowed_matrix(mentors, mentees, state.criteria, state.past)
    chosen = solver.assign(scores, allowed, places, aim, min_score)
    suggestions = tuple(
        sorted(
            (Suggestion(mentors[j], mentees[i], float(scores[i, j])) for i, j in chosen),
            key=lambda s: (-s.score, s.mentee.last_name, s.mentee.first_name),
        )
    )
    placed = {i for i, _j in chosen}
    unplaced = tuple(m for i, m in enumerate(mentees) if i not in placed)
    return SuggestionPlan(suggestions, unplaced)
