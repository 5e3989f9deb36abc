"""What every command needs: opening the file it names."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentorat_desktop.db import Database, open_database
from mentorat_desktop.i18n import _
from mentorat_desktop.paths import default_database_path
from mentorat_desktop.services.safekeeping.turns import Turns, still_waiting_message


def database_path(args: argparse.Namespace) -> Path:
    return args.db if getattr(args, "db", None) else default_database_path()


def open_from_args(args: argparse.Namespace) -> Database:
    db = open_database(database_path(args), daily_backup=True)
    if not db.read_only:  # another copy or command writing: wait our turn, and say so
        db.turns = Turns(db.path, _say_still_waiting)
    return db


def _say_still_waiting() -> None:
    print(still_waiting_message(), file=sys.stderr, flush=True)


def add_cohort_option(parser: argparse.ArgumentParser) -> None:
    """``--cohort NAME``, worded the same in every command that works on one program year."""
    parser.add_argument(
        "--cohort",
        metavar=_("NAME"),
        help=_("the program year (default: the most recent one)"),
    )
