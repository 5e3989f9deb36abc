"""``mentorat cohorts``: list the program years of a file, the most recent first."""

from __future__ import annotations

import argparse
import json

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import open_from_args
from mentorat_desktop.commands.table import print_table
from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.services.cohorts import list_cohorts


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "cohorts",
        parents=[shared],
        help=command_help("cohorts"),
        description=_("List the program years of the file, the most recent first."),
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = open_from_args(args)
    try:
        cohorts = list_cohorts(db)
    finally:
        db.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "name": c.name,
                        "start": c.start_date.isoformat(),
                        "end": c.end_date.isoformat(),
                        "mentors": c.mentors,
                        "mentees": c.mentees,
                    }
                    for c in cohorts
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not cohorts:
        print(_("No program year yet."))
        return 0
    headers = [_("Program year"), _("Start"), _("End"), _("Mentors"), _("Mentees")]
    rows = [
        [c.name, format_date(c.start_date), format_date(c.end_date), str(c.mentors), str(c.mentees)]
        for c in cohorts
    ]
    print_table(headers, rows)
    return 0
