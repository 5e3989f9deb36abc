"""``mentorat privacy incidents``: the register of confidentiality incidents."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from pathlib import Path

from mentorat_desktop.commands.common import open_from_args
from mentorat_desktop.commands.table import print_table
from mentorat_desktop.i18n import _, format_date, ngettext
from mentorat_desktop.services.privacy.incidents import IncidentRow, list_incidents


def register(actions: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = actions.add_parser(
        "incidents",
        parents=[shared],
        help=_("list the register of confidentiality incidents"),
        description=_(
            "List the confidentiality incidents the committee recorded, with what the "
            "regulation asks for each one; --out writes the register to Excel or CSV."
        ),
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    parser.add_argument("--out", type=Path, metavar=_("FILE"), help=_("write .xlsx or .csv"))
    parser.set_defaults(handler=run)


def as_json(rows: list[IncidentRow]) -> str:
    def plain(row: IncidentRow) -> dict[str, object]:
        form = {
            k: (v.isoformat() if hasattr(v, "isoformat") else v)
            for k, v in asdict(row.form).items()
        }
        return {
            "id": row.id,
            **form,
            "recorded_at": row.created_at.isoformat(sep=" "),
            "corrections": [asdict(c) for c in row.corrections],
        }

    return json.dumps([plain(r) for r in rows], ensure_ascii=False, indent=2)


def run(args: argparse.Namespace) -> int:
    from mentorat_desktop.services.exporting.writers import check_format, export_table
    from mentorat_desktop.services.privacy.incident_table import incident_table

    if args.out:
        check_format(args.out)
    db = open_from_args(args)
    try:
        rows = list_incidents(db)
    finally:
        db.close()
    if args.out:
        path = export_table(incident_table(rows), args.out)
        print(_("Register written to {path}.").format(path=path))
        return 0
    if args.json:
        print(as_json(rows))
        return 0
    if not rows:
        print(_("No confidentiality incident is recorded."))
        return 0
    print_table(
        [
            _("No."),
            _("Learned of on"),
            _("People concerned"),
            _("Risk of serious injury"),
            _("Circumstances"),
        ],
        [
            [
                str(r.id),
                format_date(r.form.discovered_on),
                "" if r.form.persons_affected is None else str(r.form.persons_affected),
                _("yes") if r.form.risk_of_serious_injury else _("no"),
                r.form.description.splitlines()[0][:60] if r.form.description else "",
            ]
            for r in rows
        ],
        right={0, 2},
    )
    print(ngettext("{n} incident.", "{n} incidents.", len(rows)).format(n=len(rows)))
    return 0
