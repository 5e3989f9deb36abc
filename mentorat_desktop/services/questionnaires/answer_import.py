"""Importing answers to a questionnaire from the form service's CSV or Excel export.

The same steps as registrations: read the file (``importing.reader``), map its columns
(``answer_columns``), check every row (``answer_preview``), then write every accepted row
here, in one transaction or not at all. Each response goes through the questionnaires'
own recording path, so an imported answer obeys exactly the rules of one typed in; the
audit trail gets one entry with counts, never names or answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound, UserError
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.models import Cohort, Participation
from mentorat_desktop.models.enums import ParticipationStatus, ResponseSource
from mentorat_desktop.services import audit
from mentorat_desktop.services.importing.contract import ImportRefused, RowProblem, RowStatus
from mentorat_desktop.services.questionnaires.answer_preview import (
    AnswerImportPreview,
    AnswerPreviewRow,
)
from mentorat_desktop.services.questionnaires.answers import record_in
from mentorat_desktop.services.questionnaires.reading import current_version, load_questionnaire


@dataclass(frozen=True)
class AnswerImportResult:
    imported: int  # responses written, replacements included
    replaced: int  # of which replaced earlier answers
    skipped: int  # duplicates, and rows in error left out
    errors: tuple[RowProblem, ...] = ()

    def describe(self) -> str:
        """What the import did, in one sentence for the user."""
        return ngettext(
            "{imported} answer imported, {replaced} replaced, {skipped} skipped.",
            "{imported} answers imported, {replaced} replaced, {skipped} skipped.",
            self.imported,
        ).format(imported=self.imported, replaced=self.replaced, skipped=self.skipped)


def _refused(rows: int) -> ImportRefused:
    return ImportRefused(
        ngettext(
            "{n} row has an error, so no answers were imported. Correct the file, or choose "
            "to skip the rows in error.",
            "{n} rows have errors, so no answers were imported. Correct the file, or choose "
            "to skip the rows in error.",
            rows,
        ).format(n=rows)
    )


def _changed_since(row: AnswerPreviewRow, message: str) -> ImportRefused:
    return ImportRefused(
        _("Row {row}: {message} Nothing was imported; check the file again.").format(
            row=row.row, message=message
        )
    )


def _check_still_valid(
    session: Session, cohort_id: int, preview: AnswerImportPreview, rows: list[AnswerPreviewRow]
) -> int:
    """What the preview relied on and the recording path does not check itself: the
    program year, the version being current, each person still registered this year.
    Returns the version's number."""
    if session.get(Cohort, cohort_id) is None:
        raise NotFound(_("This program year no longer exists."))
    questionnaire = load_questionnaire(session, preview.questionnaire_id)
    version = current_version(questionnaire)
    if version.id != preview.version_id:
        raise ImportRefused(
            _(
                "The questionnaire was changed after the file was checked. Nothing was "
                "imported; check the file again."
            )
        )
    for row in rows:
        assert row.form is not None
        participation = session.get(Participation, row.form.participation_id)
        if participation is None or participation.cohort_id != cohort_id:
            raise _changed_since(row, _("This participant no longer exists."))
        if participation.status != ParticipationStatus.REGISTERED:
            message = _("{name} has withdrawn from the program this year.")
            raise _changed_since(row, message.format(name=participation.person.full_name))
    return version.number


def apply_answer_import(
    db: Database,
    cohort_id: int,
    preview: AnswerImportPreview,
    skip_invalid: bool = False,
    actor: str = "",
) -> AnswerImportResult:
    """Write the preview's new and updated rows as imported responses, replacing earlier
    answers; rows in error refuse everything unless ``skip_invalid``."""
    in_error = [row for row in preview.rows if row.status == RowStatus.ERROR]
    if in_error and not skip_invalid:
        raise _refused(len(in_error))
    to_write = [r for r in preview.rows if r.status in (RowStatus.NEW, RowStatus.UPDATE)]
    if any(row.form is None for row in to_write):  # a preview built or edited elsewhere
        raise _refused(1)
    skipped = preview.count(RowStatus.DUPLICATE) + len(in_error)
    replaced = 0
    with db.unit_of_work() as session:
        version = _check_still_valid(session, cohort_id, preview, to_write)
        for row in to_write:
            assert row.form is not None
            try:
                recorded = record_in(
                    session, db.clock, row.form, actor, ResponseSource.IMPORTED, audited=False
                )
            except UserError as error:  # the database changed since the preview
                raise _changed_since(row, error.message) from error
            replaced += recorded.replaced
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="answers_import",
            entity="questionnaire",
            entity_id=preview.questionnaire_id,
            cohort_id=cohort_id,
            summary=f"{len(to_write)} imported, {replaced} replaced, {skipped} skipped, "
            f"{len(in_error)} in error",
            details={
                "questionnaire": f"{preview.kind.value}:{preview.audience.value}",
                "version": version,
                "imported": len(to_write),
                "replaced": replaced,
                "skipped": skipped,
                "errors": len(in_error),
                "rows": len(preview.rows),
            },
        )
    return AnswerImportResult(
        imported=len(to_write),
        replaced=replaced,
        skipped=skipped,
        errors=tuple(p for row in in_error for p in row.problems),
    )
