"""``mentorat match``: the board's "Suggest pairs" from the command line, shown or saved.

The plan is the same one the board computes: pending suggestions are planned again, kept
drafts and confirmed pairs stay. ``--apply`` saves it as pending suggestions (drafts), so the
committee still reviews and confirms each pair on the board.
"""

from __future__ import annotations

import argparse
import json
import math

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import add_cohort_option, open_from_args
from mentorat_desktop.commands.explain import explain_mentee
from mentorat_desktop.commands.table import print_table
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, format_number, ngettext
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.matching.board_actions import Draft, replace_suggestions
from mentorat_desktop.services.matching.board_state import load_board
from mentorat_desktop.services.matching.solver import Aim, aim_label
from mentorat_desktop.services.matching.suggestions import SuggestionPlan, plan_suggestions

MAX_SCORE = 100


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "match",
        parents=[shared],
        help=command_help("match"),
        description=_(
            "Suggest pairs for the mentees still waiting, with their compatibility score, "
            "under the program year's weights and rules. Pairs kept or confirmed on the board "
            "stay as they are. Nothing is written unless --apply is given."
        ),
    )
    add_cohort_option(parser)
    parser.add_argument(
        "--aim",
        choices=[a.value for a in Aim],
        default=Aim.SCORE.value,
        help=_(
            "score: the highest total score; coverage: the most mentees paired (default: score)"
        ),
    )
    parser.add_argument(
        "--min-score",
        type=min_score,
        default=0.0,
        metavar="N",
        help=_("suggest no pair scoring under N, from 0 to 100 (default: 0)"),
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    parser.add_argument(
        "--explain",
        metavar=_("EMAIL"),
        help=_(
            "explain one mentee's matching instead: the best mentors with their score "
            "breakdown, and why each other mentor is out"
        ),
    )
    parser.add_argument(
        "--apply",
        action="store_true",
        help=_("save the suggestions on the board as drafts, replacing the pending ones"),
    )
    parser.set_defaults(handler=run)


def min_score(text: str) -> float:
    """A score from 0 to 100; anything else is a usage error (exit code 2)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 <= value <= MAX_SCORE:  # also refuses nan
        raise argparse.ArgumentTypeError(
            _("{value} is not a number from 0 to {max}.").format(value=text, max=MAX_SCORE)
        )
    return value


def as_json(plan: SuggestionPlan) -> str:
    return json.dumps(
        [
            {"mentor": s.mentor.email, "mentee": s.mentee.email, "score": round(s.score, 1)}
            for s in plan.suggestions
        ],
        ensure_ascii=False,
        indent=2,
    )


def print_plan(plan: SuggestionPlan) -> None:
    rows = [
        [s.mentor.full_name, s.mentee.full_name, format_number(round(s.score))]
        for s in plan.suggestions
    ]
    print_table([_("Mentor"), _("Mentee"), _("Score")], rows, right={2})


def summary(plan: SuggestionPlan) -> str:
    pairs, waiting = len(plan.suggestions), len(plan.unplaced)
    suggested = ngettext("{n} pair suggested", "{n} pairs suggested", pairs).format(n=pairs)
    left = ngettext("{n} mentee stays waiting.", "{n} mentees stay waiting.", waiting).format(
        n=waiting
    )
    return _("{suggested}; {waiting}").format(suggested=suggested, waiting=left)


def run(args: argparse.Namespace) -> int:
    aim = Aim(args.aim)
    if args.explain:
        if args.apply:
            raise UserError(_("--explain and --apply cannot be used together."))
        return explain_mentee(args, aim)
    db = open_from_args(args)
    try:
        cohort = resolve_cohort(db, args.cohort)
        plan = plan_suggestions(load_board(db, cohort.id), aim, args.min_score)
        if args.apply:
            drafts = [
                Draft(s.mentor.participation_id, s.mentee.participation_id, True, False)
                for s in plan.suggestions
            ]
            replace_suggestions(db, cohort.id, drafts, Preferences.load().committee_member)
    finally:
        db.close()
    if args.json:
        print(as_json(plan))
        return 0
    print(_("Suggestions for {cohort} ({aim}):").format(cohort=cohort.name, aim=aim_label(aim)))
    if plan.suggestions:
        print_plan(plan)
    print(summary(plan))
    if args.apply:
        count = len(plan.suggestions)
        print(
            ngettext(
                "{n} suggestion saved on the board as a draft, to review and confirm there.",
                "{n} suggestions saved on the board as drafts, to review and confirm there.",
                count,
            ).format(n=count)
        )
    return 0
