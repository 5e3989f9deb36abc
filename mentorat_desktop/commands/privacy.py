"""``mentorat privacy``: a person's file, erasure, anonymisation and the incident register."""

from __future__ import annotations

import argparse
import sys

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import add_cohort_option, open_from_args
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.evaluation_summary.summary import NAME_REMOVED
from mentorat_desktop.services.privacy.destruction import backup_line
from mentorat_desktop.services.privacy.operations import (
    DestructionReport,
    anonymise_year_completely,
    erase_person_completely,
)
from mentorat_desktop.services.privacy.scope import goes, stays


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "privacy",
        parents=[shared],
        help=command_help("privacy"),
        description=_(
            "Privacy operations under Quebec's private-sector privacy law: give a person "
            "their file, erase a person, anonymise a past program year, list incidents."
        ),
    )
    actions = parser.add_subparsers(dest="privacy_action", metavar=_("ACTION"))
    actions.required = True

    erase = actions.add_parser(
        "erase-person",
        parents=[shared],
        help=_("destroy a person's identity, contact and free texts in every program year"),
    )
    erase.add_argument("email", metavar=_("EMAIL"))
    erase.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    erase.add_argument(
        "--reason", default="", metavar=_("TEXT"), help=_("why (recorded in the audit trail)")
    )
    erase.set_defaults(handler=run_erase)

    anonymise = actions.add_parser(
        "anonymise-year",
        parents=[shared],
        help=_("destroy the personal information of a program year past its retention date"),
    )
    add_cohort_option(anonymise)
    anonymise.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    anonymise.add_argument(
        "--reason", default="", metavar=_("TEXT"), help=_("why (recorded in the audit trail)")
    )
    anonymise.set_defaults(handler=run_anonymise)

    from mentorat_desktop.commands import privacy_file, privacy_incidents

    privacy_file.register(actions, shared)
    privacy_incidents.register(actions, shared)


def confirm(heading: str, *, whole_year: bool, assume_yes: bool) -> None:
    """Print what goes and what stays, then ask; refuse without a terminal and ``--yes``."""
    print(heading)
    print(_("What will be destroyed:"))
    for item in goes(whole_year=whole_year, mark=_(NAME_REMOVED)):
        print(f"  - {item}")
    print(_("What stays:"))
    for item in stays():
        print(f"  - {item}")
    print(
        _(
            "Backups the app made of this file are rewritten without this information, or "
            "deleted when they cannot be."
        )
    )
    if assume_yes:
        return
    if not sys.stdin.isatty():
        raise UserError(_("Nothing was changed: add --yes to confirm without a terminal."))
    answer = input(_("This cannot be undone. Type yes to go ahead: "))
    if answer.strip().lower() not in {"yes", _("yes").lower()}:
        raise UserError(_("Nothing was changed."))


def report(result: DestructionReport) -> None:
    for outcome in result.backups:
        print(backup_line(outcome))


def run_erase(args: argparse.Namespace) -> int:
    db = open_from_args(args)
    try:
        confirm(
            _("Erase the person whose e-mail address is {email}, in every program year.").format(
                email=args.email
            ),
            whole_year=False,
            assume_yes=args.yes,
        )
        result = erase_person_completely(db, args.email, args.reason or _("Request to erase"))
    finally:
        db.close()
    print(_("The person's information was erased; the file was compacted."))
    report(result)
    return 0


def run_anonymise(args: argparse.Namespace) -> int:
    db = open_from_args(args)
    try:
        cohort = resolve_cohort(db, args.cohort)
        confirm(
            _("Anonymise the program year {name}: everyone registered in it.").format(
                name=cohort.name
            ),
            whole_year=True,
            assume_yes=args.yes,
        )
        result = anonymise_year_completely(db, cohort.id, args.reason or _("Retention period over"))
    finally:
        db.close()
    print(
        _("{name} was anonymised: {n} registrations; the file was compacted.").format(
            name=cohort.name, n=result.outcome.registrations
        )
    )
    report(result)
    return 0
