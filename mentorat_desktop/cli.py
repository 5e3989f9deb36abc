"""The ``mentorat`` command line: the same services as the GUI, for scripts and quick looks.

Exit codes: 0 done; 1 the command could not do its work (bad data, a refused database);
2 the command itself was wrong (unknown option, unreadable input file).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from mentorat_desktop import __version__, argparse_messages
from mentorat_desktop.commands.catalog import COMMANDS
from mentorat_desktop.commands.terminal import safe_terminal
from mentorat_desktop.errors import UserError
from mentorat_desktop.faults import fault_message
from mentorat_desktop.i18n import LANGUAGES, _, set_language
from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services import audit

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
    parent.add_argument(
        "--actor",
        default=default,
        metavar=_("NAME"),
        help=_(
            "the committee member making the changes, for the audit trail (default: "
            "MENTORAT_ACTOR, then the preferences, then your user name)"
        ),
    )
    return parent


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; only ``chosen`` gets its full sub-parser (and its imports).

    Every other command is listed with its one-line help, so ``mentorat --help`` and a
    mistyped command still show them all, without loading what they would need.
    """
    parser = argparse.ArgumentParser(
        prog="mentorat",
        description=_("Mentorat: the Quebec chapter's mentoring program, from the command line."),
        parents=[common_options(suppress=False)],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"mentorat {__version__}",
        help=_("show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar=_("COMMAND"), title=_("commands"))
    commands.required = True
    shared = common_options(suppress=True)
    for entry in COMMANDS:
        if entry.name == chosen:
            module = importlib.import_module(f"mentorat_desktop.commands.{entry.module}")
            getattr(module, entry.register)(commands, shared)
        else:
            commands.add_parser(entry.name, help=entry.help)
    return parser


# Options of the main parser that take a value, skipped when looking for the command name.
_VALUED_OPTIONS = ("--db", "--lang")


def _command_from(argv: Sequence[str]) -> str | None:
    """The command named in ``argv``, if any, found without parsing (which needs it first)."""
    names = {entry.name for entry in COMMANDS}
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUED_OPTIONS:
            skip = True
        elif arg == "--":
            continue
        elif not arg.startswith("-"):
            return arg if arg in names else None
    return None


def _language_from(argv: Sequence[str]) -> str | None:
    """Read --lang before parsing, so that even parsing errors come in that language."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file a command writes is its user's only
    argv = list(sys.argv[1:] if argv is None else argv)
    with safe_terminal():
        return _main(argv)


def _main(argv: list[str]) -> int:
    preferences = Preferences.load()
    set_language(_language_from(argv) or preferences.language)
    argparse_messages.install()
    parser = build_parser(_command_from(argv))
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    audit.set_default_actor(
        getattr(args, "actor", None)
        or os.environ.get(audit.ACTOR_VARIABLE, "")
        or preferences.committee_member
    )
    try:
        return int(args.handler(args))
    except UserError as error:
        print(_("Error: {message}").format(message=error.message), file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print(_("Interrupted."), file=sys.stderr)
        return EXIT_FAILED
    except Exception as error:  # never a traceback: a fault in words, else a calm message
        message = fault_message(error)
        if message is None:
            message = _(
                "Something unexpected went wrong ({kind}); nothing was half-written."
            ).format(kind=type(error).__name__)
        print(_("Error: {message}").format(message=message), file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
