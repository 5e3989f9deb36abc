"""``mentorat export``: a program year's participants, pairs or sessions to .xlsx or .csv."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import add_cohort_option, open_from_args
from mentorat_desktop.db import Database
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.services.activities.export_table import activities_table
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.exporting.tables import (
    ExportTable,
    pairs_table,
    participants_table,
    sessions_table,
)
from mentorat_desktop.services.exporting.writers import (
    UnsupportedFormat,
    check_format,
    export_table,
)

# The cli module's EXIT_USAGE; not imported, since the cli module imports this one.
EXIT_USAGE = 2

TABLES: dict[str, Callable[[Database, int], ExportTable]] = {
    "participants": participants_table,
    "pairs": pairs_table,
    "sessions": sessions_table,
    "activities": activities_table,
}


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "export",
        parents=[shared],
        help=command_help("export"),
        description=_(
            "Write the participants, the pairs, the mentoring sessions or the training "
            "activities of a program year "
            "to an Excel (.xlsx) or CSV file. The file holds personal information: keep it "
            "as safe as the Mentorat file itself."
        ),
    )
    parser.add_argument("what", choices=tuple(TABLES), help=_("what to export"))
    add_cohort_option(parser)
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=_("FILE"),
        help=_("the file to write, ending in .xlsx or .csv"),
    )
    parser.set_defaults(handler=run)


def _written_message(what: str, count: int, cohort: str, path: Path) -> str:
    if what == "participants":
        text = ngettext(
            "{n} participant of {cohort} written to {path}",
            "{n} participants of {cohort} written to {path}",
            count,
        )
    elif what == "pairs":
        text = ngettext(
            "{n} pair of {cohort} written to {path}",
            "{n} pairs of {cohort} written to {path}",
            count,
        )
    elif what == "activities":
        text = ngettext(
            "{n} activity of {cohort} written to {path}",
            "{n} activities of {cohort} written to {path}",
            count,
        )
    else:
        text = ngettext(
            "{n} session of {cohort} written to {path}",
            "{n} sessions of {cohort} written to {path}",
            count,
        )
    return text.format(n=count, cohort=cohort, path=path)


def run(args: argparse.Namespace) -> int:
    # A wrong suffix is a wrong command: said before the database is even opened.
    try:
        check_format(args.out)
    except UnsupportedFormat as error:
        print(_("Error: {message}").format(message=error.message), file=sys.stderr)
        return EXIT_USAGE
    db = open_from_args(args)
    try:
        cohort = resolve_cohort(db, args.cohort)
        table = TABLES[args.what](db, cohort.id)
    finally:
        db.close()
    path = export_table(table, args.out)
    print(_written_message(args.what, len(table.rows), cohort.name, path))
    return 0
