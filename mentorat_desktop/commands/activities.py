"""``mentorat activities``: the year's training activities with their counts, and their
calendar invitations as .ics files."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import add_cohort_option, open_from_args
from mentorat_desktop.commands.table import print_table
from mentorat_desktop.i18n import _, current_language, format_date, ngettext
from mentorat_desktop.services.activities.calendar_file import write_calendar_files
from mentorat_desktop.services.activities.mail_drafts import clock_time
from mentorat_desktop.services.activities.planning import list_activities
from mentorat_desktop.services.activities.records import ActivityRow
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.labels import label


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "activities",
        parents=[shared],
        help=command_help("activities"),
        description=_(
            "List the training activities of a program year with who was invited and who "
            "came; 'mentorat activities ics ID --out FILE.ics' writes an activity's calendar "
            "invitation (one file per language for a bilingual activity)."
        ),
    )
    add_cohort_option(parser)
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    parser.set_defaults(handler=run_list)
    actions = parser.add_subparsers(dest="action", metavar=_("ACTION"))
    ics = actions.add_parser(
        "ics",
        parents=[shared],
        help=_("write an activity's calendar invitation (.ics)"),
        description=_(
            "Write the calendar invitation of an activity, with every invitee as attendee. A "
            "bilingual activity gives two files, NAME.fr.ics and NAME.en.ics."
        ),
    )
    ics.add_argument("id", type=int, metavar="ID", help=_("the activity number"))
    ics.add_argument(
        "--out", type=Path, required=True, metavar=_("FILE"), help=_("the .ics file to write")
    )
    ics.set_defaults(handler=run_ics)


def as_json(rows: list[ActivityRow], cohort: str) -> str:
    return json.dumps(
        [
            {
                "id": r.id,
                "cohort": cohort,
                "title": r.title,
                "kind": r.kind.value,
                "date": r.held_on.isoformat(),
                "start": r.starts_at.strftime("%H:%M"),
                "duration_minutes": r.duration_minutes,
                "place": r.place,
                "video_link": r.video_link,
                "language": r.language.value,
                "audience": r.audience.value,
                "proposed_by": r.proposed_by.value,
                "status": r.status.value,
                "invited": r.invited,
                "present": r.present,
                "absent": r.absent,
                "excused": r.excused,
                "requests_answered": len(r.requests),
            }
            for r in rows
        ],
        ensure_ascii=False,
        indent=2,
    )


def run_list(args: argparse.Namespace) -> int:
    db = open_from_args(args)
    try:
        cohort = resolve_cohort(db, args.cohort)
        rows = list_activities(db, cohort.id)
        now = db.clock.now()
    finally:
        db.close()
    if args.json:
        print(as_json(rows, cohort.name))
        return 0
    if not rows:
        print(_("No activity in {cohort}.").format(cohort=cohort.name))
        return 0
    language = current_language()
    table = [
        [
            str(r.id),
            format_date(r.held_on),
            clock_time(r.starts_at, language),
            r.title,
            label(r.kind),
            _("Attendance to record") if r.attendance_due(now) else label(r.status),
            str(r.invited),
            str(r.present) if r.attendance_recorded_at else "",
        ]
        for r in rows
    ]
    headers = ["#", _("Date"), _("Start"), _("Title"), _("Kind"), _("Status"), _("Invited")]
    print_table([*headers, _("Present")], table, right={0, 6, 7})
    print(
        ngettext("{n} activity in {cohort}.", "{n} activities in {cohort}.", len(rows)).format(
            n=len(rows), cohort=cohort.name
        )
    )
    return 0


def run_ics(args: argparse.Namespace) -> int:
    db = open_from_args(args)
    try:
        paths = write_calendar_files(db, args.id, args.out)
    finally:
        db.close()
    for path in paths:
        print(_("Calendar invitation written to {path}").format(path=path))
    return 0
