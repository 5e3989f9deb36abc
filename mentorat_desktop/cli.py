"""The ``mentorat`` command line: the same services as the GUI, for scripts and quick looks.

Exit codes: 0 done; 1 the command could not do its work (bad data, a refused database);
2 the command itself was wrong (unknown option, unreadable input file).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from mentorat_desktop import __version__, argparse_messages
from mentorat_desktop.commands import activities as activities_command
from mentorat_desktop.commands import cohorts as cohorts_command
from mentorat_desktop.commands import demo as demo_command
from mentorat_desktop.commands import due as due_command
from mentorat_desktop.commands import export as export_command
from mentorat_desktop.commands import forms as forms_command
from mentorat_desktop.commands import import_registrations as import_command
from mentorat_desktop.commands import match as match_command
from mentorat_desktop.commands import report as report_command
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import LANGUAGES, _, set_language
from mentorat_desktop.preferences import Preferences

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def common_options(*, suppress: bool) -> argparse.ArgumentParser:
    """--db and --lang, accepted before or after the command name."""
    default = argparse.SUPPRESS if suppress else None
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db",
        type=Path,
        default=default,
        metavar=_("PATH"),
        help=_("the Mentorat file to use (default: the one in your data folder)"),
    )
    parent.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help=_("language of messages: fr (default) or en"),
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentorat",
        description=_("Mentorat: the Quebec chapter's mentoring program, from the command line."),
        parents=[common_options(suppress=False)],
    )
    parser.add_argument("--version", action="version", version=f"mentorat {__version__}")
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"), title=_("commands"))
    commands.required = True
    shared = common_options(suppress=True)
    for module in (
        activities_command,
        cohorts_command,
        demo_command,
        due_command,
        export_command,
        forms_command,
        import_command,
        match_command,
        report_command,
    ):
        module.register(commands, shared)
    return parser


def _language_from(argv: Sequence[str]) -> str | None:
    """Read --lang before parsing, so that even parsing errors come in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_from(argv) or Preferences.load().language)
    argparse_messages.install()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    try:
        return int(args.handler(args))
    except UserError as error:
        print(_("Error: {message}").format(message=error.message), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(_("Interrupted."), file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
