"""``mentorat privacy export-person EMAIL --out FILE``: a person's file, for them."""

from __future__ import annotations

import argparse
from pathlib import Path

from mentorat_desktop.commands.common import open_from_args
from mentorat_desktop.i18n import _
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services.privacy.person_file import write_person_file
from mentorat_desktop.services.privacy.person_file_writers import check_suffix


def register(actions: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = actions.add_parser(
        "export-person",
        parents=[shared],
        help=_("write everything the file holds about a person (.json or .xlsx)"),
        description=_(
            "Write a person's file: identity, registrations and consent, pairs, goals, "
            "sessions, answers, documents' dates and the history about them, every program "
            "year. Readable by you only."
        ),
    )
    parser.add_argument("email", metavar=_("EMAIL"))
    parser.add_argument("--out", type=Path, required=True, metavar=_("FILE"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    check_suffix(args.out)
    preferences = Preferences.load()
    db = open_from_args(args)
    try:
        path = write_person_file(
            db,
            args.email,
            args.out,
            privacy_officer=preferences.privacy_officer,
            purposes=preferences.purposes,
        )
    finally:
        db.close()
    print(_("Person's file written to {path}.").format(path=path))
    return 0
