"""``mentorat backup``, ``backups``, ``restore`` and ``check``: the file's safekeeping.

``check`` and ``restore`` work on a damaged file (they never open it for use); ``backup``
prints the new copy's path; ``backups`` lists the copies newest first. Exit codes: 0 done
or healthy, 1 damaged or refused, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mentorat_desktop.clock import SystemClock
from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import database_path
from mentorat_desktop.commands.table import print_table
from mentorat_desktop.i18n import _, format_number
from mentorat_desktop.services.safekeeping import backups
from mentorat_desktop.services.safekeeping.health import check_file

EXIT_OK, EXIT_FAILED = 0, 1


Commands = argparse._SubParsersAction


def register_backup(commands: Commands, shared: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup",
        parents=[shared],
        help=command_help("backup"),
        description=_(
            "Copy the file into its backups folder with SQLite's backup API, verify the copy "
            "and print its path."
        ),
    )
    backup.add_argument(
        "--to", type=Path, metavar=_("FOLDER"), help=_(
            "folder of the copy (default: the backups folder chosen in the preferences, "
            "else backups/ beside the file)"
        ),
    )
    backup.set_defaults(handler=run_backup)


def register_backups(commands: Commands, shared: argparse.ArgumentParser) -> None:
    listing = commands.add_parser(
        "backups",
        parents=[shared],
        help=command_help("backups"),
        description=_("List the backups of the file, newest first, with what each holds."),
    )
    listing.add_argument("--json", action="store_true", help=_("print JSON instead of a table"))
    listing.set_defaults(handler=run_backups)


def register_restore(commands: Commands, shared: argparse.ArgumentParser) -> None:
    restore = commands.add_parser(
        "restore",
        parents=[shared],
        help=command_help("restore"),
        description=_(
            "Check the backup, back up the current file, then put the backup in its place in "
            "one step. Close the app first."
        ),
    )
    restore.add_argument("backup", type=Path, metavar=_("BACKUP"), help=_("the backup to restore"))
    restore.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    restore.set_defaults(handler=run_restore)


def register_check(commands: Commands, shared: argparse.ArgumentParser) -> None:
    check = commands.add_parser(
        "check",
        parents=[shared],
        help=command_help("check"),
        description=_(
            "Run SQLite's integrity and foreign-key checks. Exit 0 when the file is healthy, "
            "1 when it is damaged, with what is wrong."
        ),
    )
    check.set_defaults(handler=run_check)


def _missing(path: Path) -> int:
    print(_("There is no Mentorat file at {path}.").format(path=path), file=sys.stderr)
    return EXIT_FAILED


def run_backup(args: argparse.Namespace) -> int:
    path = database_path(args)
    if not path.is_file():
        return _missing(path)
    problems = check_file(path, full=True)
    if problems:
        print(_damaged(path, problems), file=sys.stderr)
        return EXIT_FAILED
    clock = SystemClock()
    info = backups.make_backup(path, "manual", clock, args.to)
    backups.rotate(path, clock, args.to)
    print(info.path)
    return EXIT_OK


def run_backups(args: argparse.Namespace) -> int:
    path = database_path(args)
    found = backups.list_backups(path)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "path": str(b.path),
                        "taken_at": b.taken_at.isoformat(),
                        "reason": b.reason,
                        "size": b.size,
                        "people": b.people,
                        "pairs": b.pairs,
                        "sessions": b.sessions,
                    }
                    for b in found
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not found:
        print(_("No backup of {path} yet.").format(path=path))
        return EXIT_OK
    headers = [_("Taken"), _("Reason"), _("Size"), _("People"), _("Pairs"), _("Sessions"),
               _("File")]
    rows = [
        [
            b.taken_at.strftime("%Y-%m-%d %H:%M"),
            backups.reason_label(b.reason),
            _("{size} KiB").format(size=format_number(round(b.size / 1024))),
            _count(b.people),
            _count(b.pairs),
            _count(b.sessions),
            b.path.name,
        ]
        for b in found
    ]
    print_table(headers, rows)
    return EXIT_OK


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


def run_restore(args: argparse.Namespace) -> int:
    path = database_path(args)
    if not args.yes:
        if not sys.stdin.isatty():
            print(_("Add --yes to restore without being asked."), file=sys.stderr)
            return EXIT_FAILED
        answer = input(
            _("Replace {path} with {backup}? The current file is backed up first. [y/N] ").format(
                path=path, backup=args.backup
            )
        )
        if answer.strip().casefold() not in {"y", "yes", "o", "oui"}:
            print(_("Nothing was changed."))
            return EXIT_FAILED
    safety = backups.restore(path, args.backup, SystemClock())
    print(_("Restored {backup} into {path}; the file as it was is kept in {safety}.").format(
        backup=args.backup, path=path, safety=safety
    ))
    return EXIT_OK


def _damaged(path: Path, problems: list[str]) -> str:
    return _(
        "{path} is damaged: {problems}. List the backups with “mentorat backups”, then restore "
        "the most recent good one with “mentorat restore BACKUP”."
    ).format(path=path, problems="; ".join(problems))


def run_check(args: argparse.Namespace) -> int:
    path = database_path(args)
    if not path.is_file():
        return _missing(path)
    problems = check_file(path, full=True)
    if problems:
        print(_damaged(path, problems))
        return EXIT_FAILED
    print(_("{path} is healthy: integrity and references checked.").format(path=path))
    return EXIT_OK
