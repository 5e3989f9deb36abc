"""``mentorat report``: the year-end evaluation summary of a program year, as PDF or Excel."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import add_cohort_option, open_from_args
from mentorat_desktop.documents.evaluation_summary import write_summary_pdf
from mentorat_desktop.i18n import LANGUAGES, _, current_language
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.evaluation_summary import MIN_RESPONDENTS, summarise
from mentorat_desktop.services.exporting.evaluation_workbook import write_summary_workbook

# The cli module's EXIT_USAGE; not imported, since the cli module imports this one.
EXIT_USAGE = 2
WRITERS = {".pdf": write_summary_pdf, ".xlsx": write_summary_workbook}


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    # Not built on ``shared``: here --lang also chooses the report's language. Defaults are
    # suppressed, as in ``shared``, so options given before the command name count too.
    parser = commands.add_parser(
        "report",
        help=command_help("report"),
        description=_(
            "Write the year-end evaluation summary of a program year: participation, pairs, "
            "first contacts, sessions, the answers to the evaluation and the comparison with "
            "earlier years. The summary names nobody, and answers given by fewer than {min} "
            "people are not shown. Prints the path of the file written."
        ).format(min=MIN_RESPONDENTS),
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar=_("PATH"),
        help=_("the Mentorat file to use (default: the one in your data folder)"),
    )
    add_cohort_option(parser)
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar=_("FILE"),
        help=_("the file to write, ending in .pdf or .xlsx"),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=_("language of the summary and of messages: fr or en (default: the interface's)"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # A wrong suffix is a wrong command: said before the database is even opened.
    writer = WRITERS.get(args.out.suffix.lower())
    if writer is None:
        message = _("{name}: the summary is written as a .pdf or an .xlsx file.").format(
            name=args.out.name
        )
        print(_("Error: {message}").format(message=message), file=sys.stderr)
        return EXIT_USAGE
    language = getattr(args, "lang", None) or current_language()
    db = open_from_args(args)
    try:
        cohort = resolve_cohort(db, args.cohort)
        summary = summarise(db, cohort.id, language)
    finally:
        db.close()
    print(writer(summary, args.out))
    return 0
