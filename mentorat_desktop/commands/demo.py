"""``mentorat demo``: fill a new file with a realistic, entirely fictional program."""

from __future__ import annotations

import argparse

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import database_path
from mentorat_desktop.db import open_database
from mentorat_desktop.i18n import _
from mentorat_desktop.services.demo import write_demo


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "demo",
        parents=[shared],
        help=command_help("demo"),
        description=_(
            "Write a realistic but entirely fictional program (mentors, mentees, pairs in "
            "every phase) into the file given with --db. The file must not hold a program yet."
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = database_path(args)
    db = open_database(path)
    try:
        summary = write_demo(db)
    finally:
        db.close()
    print(
        _("Demo written to {path}: {mentors} mentors and {mentees} mentees in {cohort}.").format(
            path=path, mentors=summary.mentors, mentees=summary.mentees, cohort=summary.cohort
        )
    )
    return 0
