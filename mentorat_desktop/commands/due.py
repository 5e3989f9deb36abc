"""``mentorat due``: what is due or late in a program year, as on the dashboard."""

from __future__ import annotations

import argparse
import json

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import add_cohort_option, open_from_args
from mentorat_desktop.commands.table import print_table
from mentorat_desktop.i18n import _, format_date, ngettext
from mentorat_desktop.services.activities.planning import attendance_due
from mentorat_desktop.services.activities.records import ActivityRow
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.followup.due import DueItem, DueKind, due_items, due_title
from mentorat_desktop.services.privacy.retention import RetentionDue, years_to_destroy

DESTROY_KIND = DueKind.INFORMATION_TO_DESTROY.value


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "due",
        parents=[shared],
        help=command_help("due"),
        description=_(
            "List the pairs with something due or late: first contacts, sessions, signed "
            "engagements, relationships to close and evaluations to collect."
        ),
    )
    add_cohort_option(parser)
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    parser.set_defaults(handler=run)


def as_json(
    items: list[DueItem], destroy: list[RetentionDue], activities: list[ActivityRow]
) -> str:
    return json.dumps(
        [
            {
                "kind": DESTROY_KIND,
                "late": True,
                "since": year.retention_until.isoformat(),
                "cohort": year.name,
            }
            for year in destroy
        ]
        + [
            {
                "kind": item.kind.value,
                "late": item.is_late,
                "since": item.since.isoformat(),
                "mentor": item.mentor_email,
                "mentee": item.mentee_email,
                "detail": item.detail,
            }
            for item in items
        ]
        + [
            {
                "kind": "attendance_to_record",
                "late": True,
                "since": row.held_on.isoformat(),
                "mentor": None,
                "mentee": None,
                "activity_id": row.id,
                "activity": row.title,
                "detail": row.title,
            }
            for row in activities
        ],
        ensure_ascii=False,
        indent=2,
    )


def run(args: argparse.Namespace) -> int:
    db = open_from_args(args)
    try:
        cohort = resolve_cohort(db, args.cohort)
        items = due_items(db, cohort.id)
        destroy = years_to_destroy(db)
        activities = attendance_due(db, cohort.id)
    finally:
        db.close()
    if args.json:
        print(as_json(items, destroy, activities))
        return 0
    if activities:
        print_table(
            [_("Due"), _("Since"), _("Activity")],
            [[_("Attendance to record"), format_date(r.held_on), r.title] for r in activities],
        )
        if items:
            print()
    if not items and not activities and not destroy:
        print(_("Nothing is due or late in {cohort}.").format(cohort=cohort.name))
        return 0
    for year in destroy:
        print(
            _(
                "Personal information to destroy: {name} (kept until {date}). "
                "Run: mentorat privacy anonymise-year --cohort {name}"
            ).format(name=year.name, date=format_date(year.retention_until))
        )
    if not items:
        return 0
    rows = [
        [due_title(i.kind), format_date(i.since), i.mentor_name, i.mentee_name, i.detail]
        for i in items
    ]
    print_table([_("Due"), _("Since"), _("Mentor"), _("Mentee"), _("Detail")], rows)
    print(
        ngettext("{n} item in {cohort}.", "{n} items in {cohort}.", len(items)).format(
            n=len(items), cohort=cohort.name
        )
    )
    return 0
