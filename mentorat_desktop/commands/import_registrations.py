"""``mentorat import``: registrations from a form service's CSV or Excel export.

Nothing is written unless every row is valid, or ``--skip-invalid`` says to write the valid
ones; ``--dry-run`` shows what would happen without writing. Exit codes: 0 written (or would
be), 1 rows with errors and nothing written, 2 the file cannot be read at all.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from mentorat_desktop.commands.catalog import command_help
from mentorat_desktop.commands.common import add_cohort_option, open_from_args
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.importing import describe
from mentorat_desktop.services.importing.apply import apply_import, missing_columns_message
from mentorat_desktop.services.importing.columns import guess_mapping
from mentorat_desktop.services.importing.contract import (
    ColumnMapping,
    DuplicatePolicy,
    ImportFileError,
    ImportPreview,
    ImportRefused,
    RowProblem,
    RowStatus,
)
from mentorat_desktop.services.importing.mapping_memory import (
    load_mapping_file,
    remembered_mapping,
)
from mentorat_desktop.services.importing.preview import preview_import
from mentorat_desktop.services.importing.reader import read_table

EXIT_OK, EXIT_ROWS_REFUSED, EXIT_UNREADABLE = 0, 1, 2


def register(commands: argparse._SubParsersAction, shared: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "import",
        parents=[shared],
        help=command_help("import"),
        description=_(
            "Import the registrations exported by the form service. Every row is checked "
            "first; if any row has an error nothing is written, unless --skip-invalid is given."
        ),
    )
    parser.add_argument("file", type=Path, metavar=_("FILE"), help=_("the .csv or .xlsx file"))
    add_cohort_option(parser)
    parser.add_argument(
        "--role",
        choices=[r.value for r in Role],
        help=_("role of everyone in the file, when it has no role column"),
    )
    parser.add_argument(
        "--mapping",
        type=Path,
        metavar=_("MAPPING.json"),
        help=_(
            "which column feeds which field, and where answers the app does not know are "
            "placed (default: recognised from the headers, or the mapping last used for "
            "these headers)"
        ),
    )
    parser.add_argument(
        "--sheet",
        metavar=_("SHEET"),
        help=_("sheet of an Excel file (default: the first with data)"),
    )
    parser.add_argument(
        "--duplicates",
        choices=[p.value for p in DuplicatePolicy],
        default=DuplicatePolicy.SKIP.value,
        help=_("people already registered this year: update them or skip them (default: skip)"),
    )
    parser.add_argument(
        "--consent-given",
        action="store_true",
        help=_(
            "for a file with no consent column: everyone in it consented to the purposes of "
            "collection (recorded in the audit trail)"
        ),
    )
    parser.add_argument("--dry-run", action="store_true", help=_("check and report, write nothing"))
    parser.add_argument(
        "--skip-invalid", action="store_true", help=_("write the valid rows and report the others")
    )
    parser.set_defaults(handler=run)


def _mapping(args: argparse.Namespace, headers: tuple[str, ...]) -> ColumnMapping:
    if args.mapping is not None:
        mapping = load_mapping_file(args.mapping, headers)
    else:
        mapping = remembered_mapping(headers) or guess_mapping(headers)
    if args.role:
        mapping = replace(mapping, role=Role(args.role))
    if args.consent_given:
        mapping = replace(mapping, consent_given=True)
    return mapping


def _print_problems(problems: tuple[RowProblem, ...]) -> None:
    for problem in problems:
        if problem.column:
            where = _("row {row}, column “{column}”").format(row=problem.row, column=problem.column)
        else:
            where = _("row {row}").format(row=problem.row)
        print("  " + _("{where}: {message}").format(where=where, message=problem.message))


def _print_preview(preview: ImportPreview) -> None:
    if preview.ignored_columns:
        print(_("Columns ignored: {columns}").format(columns=", ".join(preview.ignored_columns)))
    for note in preview.notes:
        print(note)
    for column in preview.date_columns:
        print(describe.date_line(column))
    if preview.incomplete:
        print(describe.incomplete_line(preview))
    for line in describe.unplaced_lines(preview):
        print(line)
    print(preview.describe())


def run(args: argparse.Namespace) -> int:
    try:
        table = read_table(args.file, args.sheet)
    except ImportFileError as error:
        print(
            _("Cannot read {file}: {reason}").format(file=args.file, reason=error.message),
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    db = open_from_args(args)
    try:
        cohort = resolve_cohort(db, args.cohort)
        try:
            mapping = _mapping(args, table.headers)
        except ImportFileError as error:
            print(error.message, file=sys.stderr)
            return EXIT_UNREADABLE
        preview = preview_import(db, cohort.id, table, mapping)
        print(_("Importing into {cohort}: {file}").format(cohort=cohort.name, file=args.file))
        if preview.missing_fields:
            print(missing_columns_message(preview), file=sys.stderr)
            return EXIT_ROWS_REFUSED
        if preview.consent == "missing":  # said once, not on every row
            print(
                _(
                    "The file has no consent column. If everyone in it consented to the "
                    "purposes of collection, say so with --consent-given. Nothing was written."
                ),
                file=sys.stderr,
            )
            return EXIT_ROWS_REFUSED
        _print_preview(preview)
        errors = preview.count(RowStatus.ERROR)
        if errors:
            print(ngettext("{n} row has errors:", "{n} rows have errors:", errors).format(n=errors))
            _print_problems(
                tuple(p for r in preview.rows if r.status == RowStatus.ERROR for p in r.problems)
            )
        if errors and not args.skip_invalid:
            print(
                _(
                    "Nothing was written. Correct the file, or use --skip-invalid to import "
                    "the valid rows."
                )
            )
            return EXIT_ROWS_REFUSED
        if args.dry_run:
            print(_("Dry run: nothing was written."))
            return EXIT_OK
        try:
            result = apply_import(
                db,
                cohort.id,
                preview,
                DuplicatePolicy(args.duplicates),
                skip_invalid=args.skip_invalid,
            )
        except ImportRefused as refused:
            print(refused.message, file=sys.stderr)
            return EXIT_ROWS_REFUSED
    finally:
        db.close()
    print(
        _("Created: {created}, updated: {updated}, skipped: {skipped}.").format(
            created=result.created, updated=result.updated, skipped=result.skipped
        )
    )
    return EXIT_OK
