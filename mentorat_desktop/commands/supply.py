"""``mentorat supply``: mentees wanting each area, mentors offering it, places left."""

from __future__ import annotations

import argparse
import json

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import add_cohort_option, open_from_args
from mentorat_desktop.commands.table import print_table
from mentorat_desktop.i18n import _, format_number
from mentorat_desktop.services.areas.store import load_vocabulary
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.matching.board_state import load_board
from mentorat_desktop.services.matching.supply import AreaSupply, supply


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "supply",
        parents=[shared],
        help=command_help("supply"),
        description=_(
            "For each area of expertise: registered mentees wanting it (and how many still "
            "wait), mentors offering it and their places left; the areas short of mentors "
            "come first, so the committee knows whom to recruit."
        ),
    )
    add_cohort_option(parser)
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    parser.set_defaults(handler=run)


def as_json(rows: tuple[AreaSupply, ...]) -> str:
    return json.dumps(
        [
            {
                "area": r.key if r.in_list else None,
                "label": r.label,
                "mentees": r.mentees,
                "waiting": r.waiting,
                "mentors": r.mentors,
                "places_left": r.places_left,
                "shortfall": r.shortfall,
            }
            for r in rows
        ],
        ensure_ascii=False,
        indent=2,
    )


def run(args: argparse.Namespace) -> int:
    db = open_from_args(args)
    try:
        cohort = resolve_cohort(db, args.cohort)
        rows = supply(load_board(db, cohort.id), load_vocabulary(db, cohort.id))
    finally:
        db.close()
    if args.json:
        print(as_json(rows))
        return 0
    print(_("Supply and demand per area for {cohort}:").format(cohort=cohort.name))
    number = format_number
    table = [
        [
            r.label if r.in_list else _("{area} (outside the list)").format(area=r.label),
            number(r.mentees),
            number(r.waiting),
            number(r.mentors),
            number(r.places_left),
            number(r.shortfall) if r.shortfall else "",
        ]
        for r in rows
    ]
    print_table(
        [_("Area"), _("Mentees"), _("Waiting"), _("Mentors"), _("Places left"), _("Short by")],
        table,
        right={1, 2, 3, 4, 5},
    )
    return 0
