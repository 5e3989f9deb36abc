"""``mentorat audit``: read the audit trail; ``mentorat audit verify``: check its seals."""

from __future__ import annotations

import argparse
import json

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import open_from_args
from mentorat_desktop.commands.table import print_table
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.privacy.anchor import check_trail
from mentorat_desktop.services.privacy.history import HistoryFilter, HistoryRow, history


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "audit",
        parents=[shared],
        help=command_help("audit"),
        description=_(
            "List who changed what and when (oldest first), or, with 'verify', check that no "
            "entry was edited, inserted or removed; exits with 1 at the first broken entry."
        ),
    )
    parser.add_argument(
        "what", nargs="?", choices=["verify"], help=_("verify: check the trail's seals")
    )
    parser.add_argument(
        "--cohort", metavar=_("NAME"), help=_("only the entries of this program year")
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    parser.set_defaults(handler=run)


def as_json(rows: list[HistoryRow]) -> str:
    return json.dumps(
        [
            {
                "id": r.id,
                "at": r.at.isoformat(sep=" "),
                "actor": r.actor,
                "action": r.action,
                "entity": r.entity,
                "entity_id": r.entity_id,
                "cohort": r.cohort or None,
                "summary": r.summary,
            }
            for r in rows
        ],
        ensure_ascii=False,
        indent=2,
    )


def verify(args: argparse.Namespace) -> int:
    db = open_from_args(args)
    try:
        check = check_trail(db)
    finally:
        db.close()
    report = check.report
    if not check.intact:
        if args.json:
            broken = report.first_break.entry_id if report.first_break else None
            print(
                json.dumps(
                    {
                        "intact": False,
                        "entries": report.entries,
                        "first_broken": broken,
                        "cut": check.cut,
                    }
                )
            )
        else:
            print(check.warning())
        return 1
    if args.json:
        print(json.dumps({"intact": True, "entries": report.entries}))
    else:
        print(
            ngettext(
                "The audit trail is intact ({n} entry).",
                "The audit trail is intact ({n} entries).",
                report.entries,
            ).format(n=report.entries)
        )
    return 0


def run(args: argparse.Namespace) -> int:
    if args.what == "verify":
        return verify(args)
    db = open_from_args(args)
    try:
        cohort_id = resolve_cohort(db, args.cohort).id if args.cohort else None
        rows = history(db, HistoryFilter(cohort_id=cohort_id))
    finally:
        db.close()
    if args.json:
        print(as_json(rows))
        return 0
    if not rows:
        print(_("The audit trail is empty."))
        return 0
    print_table(
        [_("No."), _("When"), _("Who"), _("Action"), _("Program year"), _("Summary")],
        [
            [str(r.id), r.at.strftime("%Y-%m-%d %H:%M"), r.actor, r.action, r.cohort, r.summary]
            for r in rows
        ],
        right={0},
    )
    return 0
