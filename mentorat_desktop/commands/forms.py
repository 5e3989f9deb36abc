"""``mentorat forms``: print a program year's engagement forms, goals worksheets,
introduction sheets or credit statements as PDF files, one per pair or person, or merged."""

from __future__ import annotations

import argparse
from pathlib import Path

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import add_cohort_option, open_from_args
from mentorat_desktop.db import Database
from mentorat_desktop.documents import DOC_LANGUAGES, DocumentKind, plan_documents, write_documents
from mentorat_desktop.documents.data import load_pairs, participants_with_sessions
from mentorat_desktop.documents.file_names import file_stem
from mentorat_desktop.documents.render import common_language
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import PageSize
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.text import plain


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    # Not built on ``shared``: its --lang offers fr and en only, and documents may be in both.
    # Defaults are suppressed, as in ``shared``, so options given before the command count.
    parser = commands.add_parser(
        "forms",
        help=command_help("forms"),
        description=_(
            "Write the documents of a program year as PDF files: one per pair (engagement "
            "form, goals worksheet, introduction sheet; pairs past the draft stage) or per "
            "person (credit statement; everyone with at least one logged session), or a "
            "single merged file with --merge. Prints the path of each file written."
        ),
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar=_("PATH"),
        help=_("the Mentorat file to use (default: the one in your data folder)"),
    )
    add_cohort_option(parser)
    parser.add_argument(
        "--kind",
        required=True,
        choices=[kind.value for kind in DocumentKind],
        help=_("which document to print"),
    )
    parser.add_argument(
        "--out", type=Path, required=True, metavar=_("FOLDER"), help=_("the folder to write to")
    )
    parser.add_argument(
        "--lang",
        choices=DOC_LANGUAGES,
        default=argparse.SUPPRESS,
        help=_(
            "language of the documents: fr, en or both (default: each person's preferred "
            "language; both for a pair whose languages differ)"
        ),
    )
    parser.add_argument(
        "--merge", action="store_true", help=_("write one file for the whole program year")
    )
    parser.add_argument(
        "--page-size",
        choices=[size.value for size in PageSize],
        default=PageSize.LETTER.value,
        help=_("paper size (default: letter)"),
    )
    parser.add_argument(
        "--blank",
        action="store_true",
        help=_(
            "leave the goals (goals worksheet) or the working agreements (engagement form) "
            "blank, to fill in by hand"
        ),
    )
    parser.add_argument(
        "--name",
        action="append",
        metavar=_("TEXT"),
        help=_(
            "only the pairs (for credit statements, the people) whose name contains TEXT, "
            "case and accents ignored; repeat it to print several"
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    kind = DocumentKind(args.kind)
    language = getattr(args, "lang", None)
    db = open_from_args(args)
    try:
        cohort = resolve_cohort(db, args.cohort)
        only = named(db, cohort.id, cohort.name, kind, args.name) if args.name else None
        planned = plan_documents(
            db, cohort.id, cohort.name, kind, language, blank=args.blank, only=only
        )
    finally:
        db.close()
    if not planned:
        message = (
            _("There is nothing to print for {cohort}: no pair is confirmed yet.")
            if kind.is_for_pair
            else _("There is nothing to print for {cohort}: no session is logged yet.")
        )
        raise UserError(message.format(cohort=cohort.name))
    merged = None
    if args.merge:
        title_language = language or common_language([p.part for p in planned])
        merged = (
            file_stem(kind.value, cohort.name),
            f"{kind.title(title_language)} – {cohort.name}",
        )
    try:
        paths = write_documents(planned, args.out, PageSize(args.page_size), merged)
    except OSError as error:
        raise UserError(
            _("The documents cannot be written to {path}: {reason}").format(
                path=args.out, reason=error.strerror or error
            )
        ) from error
    for path in paths:
        print(path)
    return 0


def named(
    db: Database, cohort_id: int, year: str, kind: DocumentKind, texts: list[str]
) -> set[int]:
    """The pairs (pairing ids) or people (participation ids) named by any of ``texts``;
    a text that names no one is an error, so that a typo never passes for "nothing to do"."""
    if kind.is_for_pair:
        names = {
            pair.pairing_id: (pair.mentee.full_name, pair.mentor.full_name)
            for pair in load_pairs(db, cohort_id)
        }
    else:
        names = {
            person.participation_id: (person.full_name,)
            for person in participants_with_sessions(db, cohort_id)
        }
    chosen: set[int] = set()
    for text in texts:
        wanted = plain(" ".join(text.split()))
        found = {key for key, full in names.items() if any(wanted in plain(n) for n in full)}
        if not found:
            message = (
                _("No pair of {cohort} has a mentor or mentee whose name contains “{text}”.")
                if kind.is_for_pair
                else _("No one of {cohort} with a logged session has a name containing “{text}”.")
            )
            raise UserError(message.format(cohort=year, text=text))
        chosen |= found
    return chosen
