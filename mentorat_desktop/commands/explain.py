"""``mentorat match --explain EMAIL``: why one mentee is suggested a mentor, or still waits."""

from __future__ import annotations

import argparse
import json

from mentorat_desktop.commands.common import open_from_args
from mentorat_desktop.commands.table import print_table
from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import _, format_number
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.matching.board_state import BoardState, load_board
from mentorat_desktop.services.matching.criteria import title
from mentorat_desktop.services.matching.profiles import MatchProfile
from mentorat_desktop.services.matching.solver import Aim
from mentorat_desktop.services.matching.waiting import MentorAnswer, WaitExplanation, explain


def find_mentee(state: BoardState, email: str) -> MatchProfile:
    wanted = email.strip().casefold()
    for mentee in (*state.waiting, *(p.mentee for p in state.pairs)):
        if mentee.email.casefold() == wanted:
            return mentee
    raise NotFound(
        _("No mentee with the e-mail {email} on the board of {cohort}.").format(
            email=email, cohort=state.cohort_name
        )
    )


def _answer_json(answer: MentorAnswer) -> dict:
    found: dict = {
        "mentor": answer.mentor.email,
        "name": answer.mentor.full_name,
        "score": round(answer.score, 1),
        "verdict": answer.verdict.value,
    }
    if answer.reason:
        found["reason"] = answer.reason
    if answer.breakdown is not None:
        found["breakdown"] = [
            {
                "criterion": c.criterion.value,
                "weight": c.weight,
                "points": round(c.points, 1),
                "details": list(c.details),
            }
            for c in answer.breakdown.criteria
        ]
        if answer.breakdown.penalties:
            found["penalties"] = [
                {"rule": p.rule.value, "points": -p.points, "reason": p.reason}
                for p in answer.breakdown.penalties
            ]
    return found


def as_json(explanation: WaitExplanation, paired_with: str | None) -> str:
    return json.dumps(
        {
            "mentee": explanation.mentee.email,
            "name": explanation.mentee.full_name,
            "paired_with": paired_with,
            "why": explanation.line,
            "top": [_answer_json(a) for a in explanation.top],
            "others": [_answer_json(a) for a in explanation.others],
        },
        ensure_ascii=False,
        indent=2,
    )


def _print(explanation: WaitExplanation, paired_with: str | None) -> None:
    mentee = explanation.mentee
    print(_("Matching of {mentee} ({email}):").format(mentee=mentee.full_name, email=mentee.email))
    if paired_with:
        print(_("Already in a pair with {mentor}.").format(mentor=paired_with))
    print(explanation.line)
    for answer in explanation.top:
        print()
        print(
            _("{mentor}: {score}").format(
                mentor=answer.mentor.full_name, score=format_number(round(answer.score))
            )
        )
        assert answer.breakdown is not None
        rows = [
            [title(c.criterion), format_number(round(c.points, 1)), " ".join(c.details)]
            for c in answer.breakdown.criteria
        ]
        rows += [
            [p.title, format_number(-round(p.points, 1)), p.reason]
            for p in answer.breakdown.penalties
        ]
        print_table([_("Criterion"), _("Points"), _("Why")], rows, right={1})
    if explanation.others:
        print()
        print(_("Other mentors:"))
        rows = [
            [a.mentor.full_name, format_number(round(a.score)), a.reason]
            for a in explanation.others
        ]
        print_table([_("Mentor"), _("Score"), _("Why not")], rows, right={1})


def explain_mentee(args: argparse.Namespace, aim: Aim) -> int:
    db = open_from_args(args)
    try:
        cohort = resolve_cohort(db, args.cohort)
        state = load_board(db, cohort.id)
    finally:
        db.close()
    mentee = find_mentee(state, args.explain)
    pair = state.pair_of(mentee.participation_id)
    kept = pair is not None and not pair.is_pending_suggestion
    paired_with = pair.mentor.full_name if kept and pair is not None else None
    explanation = explain(state, mentee, aim, args.min_score)
    if args.json:
        print(as_json(explanation, paired_with))
    else:
        _print(explanation, paired_with)
    return 0
