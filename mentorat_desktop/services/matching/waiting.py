"""Why a mentee is still waiting: every mentor's answer, and the one line the board shows.

Reads the same plan as "Suggest pairs", so the committee sees exactly why no suggestion
reached a mentee: every mentor full, refused by a rule (and which), under the minimum score,
or the fitting places taken by mentees who fit them better.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from mentorat_desktop.i18n import _, format_number, ngettext
from mentorat_desktop.services.matching import rules, scoring
from mentorat_desktop.services.matching.board_state import BoardState
from mentorat_desktop.services.matching.profiles import MatchProfile
from mentorat_desktop.services.matching.solver import Aim
from mentorat_desktop.services.matching.suggestions import SuggestionPlan, plan_suggestions

TOP = 5


class Verdict(StrEnum):
    SUGGESTED = "suggested"  # the plan suggests this mentor
    POSSIBLE = "possible"  # allowed and above the minimum, but the plan chose otherwise
    FULL = "full"
    RULE = "rule"
    UNDER_MINIMUM = "under_minimum"


@dataclass(frozen=True)
class MentorAnswer:
    mentor: MatchProfile
    score: float
    verdict: Verdict
    # The rule's sentence, or why the mentor is out; empty for suggested and possible.
    reason: str
    breakdown: scoring.ScoreBreakdown | None


@dataclass(frozen=True)
class WaitExplanation:
    mentee: MatchProfile
    answers: tuple[MentorAnswer, ...]  # best score first
    line: str  # the one-line reason shown on the mentee's card

    @property
    def top(self) -> tuple[MentorAnswer, ...]:
        return tuple(a for a in self.answers if a.verdict in _OPEN)[:TOP]

    @property
    def others(self) -> tuple[MentorAnswer, ...]:
        return tuple(a for a in self.answers if a.verdict not in _OPEN)


_OPEN = (Verdict.SUGGESTED, Verdict.POSSIBLE)


def _answers(
    state: BoardState,
    plan: SuggestionPlan,
    mentee: MatchProfile,
    min_score: float,
    detailed: bool,
) -> tuple[MentorAnswer, ...]:
    chosen = {s.mentee.participation_id: s.mentor.participation_id for s in plan.suggestions}
    pending = {
        p.mentee.participation_id: p.mentor.participation_id
        for p in state.pairs
        if p.is_pending_suggestion
    }
    scores = state.scores_for(mentee)
    found = []
    for card, score in zip(state.mentors, scores, strict=True):
        mentor = card.profile
        freed = sum(1 for m in pending.values() if m == mentor.participation_id)
        refusal = rules.refusal(mentor, mentee, state.criteria, state.past, 1)
        if chosen.get(mentee.participation_id) == mentor.participation_id:
            verdict, reason = Verdict.SUGGESTED, ""
        elif card.places_left + freed <= 0:
            verdict = Verdict.FULL
            reason = _("No place left (capacity {capacity}).").format(capacity=mentor.capacity)
        elif refusal is not None:
            verdict, reason = Verdict.RULE, refusal
        elif score < min_score:
            verdict = Verdict.UNDER_MINIMUM
            reason = _("Score {score} under the minimum of {minimum}.").format(
                score=format_number(round(score)), minimum=format_number(round(min_score))
            )
        else:
            verdict, reason = Verdict.POSSIBLE, ""
        found.append(
            MentorAnswer(
                mentor,
                float(score),
                verdict,
                reason,
                state.breakdown(mentor, mentee) if detailed else None,
            )
        )
    found.sort(key=lambda a: (-a.score, a.mentor.last_name, a.mentor.first_name))
    return tuple(found)


def _line(answers: tuple[MentorAnswer, ...], min_score: float) -> str:
    if not answers:
        return _("No mentor is registered in this program year.")
    suggested = next((a for a in answers if a.verdict == Verdict.SUGGESTED), None)
    if suggested is not None:
        return _suggested_line(suggested.mentor, suggested.score)
    possible = [a for a in answers if a.verdict == Verdict.POSSIBLE]
    if possible:
        return _possible_line(possible[0].mentor, possible[0].score)
    return _closed_line(
        len(answers),
        sum(a.verdict == Verdict.FULL for a in answers),
        sum(a.verdict == Verdict.RULE for a in answers),
        sum(a.verdict == Verdict.UNDER_MINIMUM for a in answers),
        min_score,
    )


def _suggested_line(mentor: MatchProfile, score: float) -> str:
    return _("Best available: {mentor} ({score}).").format(
        mentor=mentor.full_name, score=format_number(round(score))
    )


def _possible_line(mentor: MatchProfile, score: float) -> str:
    return _(
        "The places that suit best went to better-fitting mentees (best left: {mentor}, {score})."
    ).format(mentor=mentor.full_name, score=format_number(round(score)))


def _closed_line(mentors: int, full: int, refused: int, under: int, min_score: float) -> str:
    """No mentor can take the mentee: how many are full, refused by a rule, under the minimum."""
    if full == mentors:
        return _("Every mentor is full.")
    parts = []
    if full:
        parts.append(ngettext("{n} full", "{n} full", full).format(n=full))
    if refused:
        parts.append(
            ngettext("{n} refused by a rule", "{n} refused by a rule", refused).format(n=refused)
        )
    if under:
        parts.append(
            ngettext(
                "{n} under the minimum score of {minimum}",
                "{n} under the minimum score of {minimum}",
                under,
            ).format(n=under, minimum=format_number(round(min_score)))
        )
    return _("No mentor can take this mentee: {reasons}.").format(reasons=", ".join(parts))


def explain(
    state: BoardState,
    mentee: MatchProfile,
    aim: Aim = Aim.SCORE,
    min_score: float = 0.0,
    plan: SuggestionPlan | None = None,
    detailed: bool = True,
) -> WaitExplanation:
    """Every mentor's answer for ``mentee``; ``detailed`` adds each score's breakdown."""
    plan = plan if plan is not None else plan_suggestions(state, aim, min_score)
    answers = _answers(state, plan, mentee, min_score, detailed)
    return WaitExplanation(mentee, answers, _line(answers, min_score))


def waiting_lines(
    state: BoardState, aim: Aim = Aim.SCORE, min_score: float = 0.0
) -> dict[int, str]:
    """Mentee participation id -> one line per waiting mentee: the mentor "Suggest pairs"
    would give, or why no suggestion reaches them (one plan for all).

    The same verdicts as ``explain``, worked out for every card at once: one score matrix
    and the rules' matrix instead of every mentor's answer one mentee at a time (a board of
    a thousand cards asks for this after each step).
    """
    plan = plan_suggestions(state, aim, min_score)
    waiting = list(state.waiting)
    mentors = [card.profile for card in state.mentors]
    if not waiting:
        return {}
    if not mentors:
        return {m.participation_id: _line((), min_score) for m in waiting}
    chosen = {s.mentee.participation_id: s.mentor.participation_id for s in plan.suggestions}
    column = {m.participation_id: j for j, m in enumerate(mentors)}
    freed = Counter(p.mentor.participation_id for p in state.pairs if p.is_pending_suggestion)
    full = np.array(
        [card.places_left + freed[card.profile.participation_id] <= 0 for card in state.mentors]
    )
    scores = scoring.scores_with_penalties(mentors, waiting, state.criteria, state.past)
    allowed = rules.allowed_matrix(mentors, waiting, state.criteria, state.past)
    # Equal scores are listed by name, as ``explain`` sorts them.
    by_name = sorted(
        range(len(mentors)), key=lambda j: (mentors[j].last_name, mentors[j].first_name)
    )
    rank = np.empty(len(mentors), dtype=int)
    rank[by_name] = np.arange(len(mentors))
    lines = {}
    for i, mentee in enumerate(waiting):
        row = scores[i]
        j = column.get(chosen.get(mentee.participation_id, -1))
        if j is not None:
            lines[mentee.participation_id] = _suggested_line(mentors[j], float(row[j]))
            continue
        open_ = ~full & allowed[i]
        possible = open_ & (row >= min_score)
        if possible.any():
            best = np.flatnonzero(possible & (row == row[possible].max()))
            j = int(best[np.argmin(rank[best])])
            lines[mentee.participation_id] = _possible_line(mentors[j], float(row[j]))
            continue
        lines[mentee.participation_id] = _closed_line(
            len(mentors),
            int(full.sum()),
            int((~full & ~allowed[i]).sum()),
            int((open_ & (row < min_score)).sum()),
            min_score,
        )
    return lines
