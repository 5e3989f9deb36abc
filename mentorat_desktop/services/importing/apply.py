"""Writing an import: every accepted row in one transaction, or nothing at all.

Volunteers must never be left with half a file imported: rows in error refuse the whole
import unless the user chose to skip them, and a failure anywhere rolls everything back.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.models import Cohort, Participation, Person
from mentorat_desktop.services import audit, registration
from mentorat_desktop.services.importing.collector import collector_paused
from mentorat_desktop.services.importing.contract import (
    DuplicatePolicy,
    ImportPreview,
    ImportRefused,
    ImportResult,
    RowStatus,
)
from mentorat_desktop.services.privacy.purposes import privacy_statement
from mentorat_desktop.services.registration_batch import (
    NewPerson,
    RegistrationBatch,
    in_chunks,
)


def _refused(rows: int) -> ImportRefused:
    return ImportRefused(
        ngettext(
            "{n} row has an error, so nothing was imported. Correct the file, or choose to "
            "skip the rows in error.",
            "{n} rows have errors, so nothing was imported. Correct the file, or choose to "
            "skip the rows in error.",
            rows,
        ).format(n=rows)
    )


def missing_columns_message(preview: ImportPreview) -> str:
    """Once, by field: what no column feeds, and which headers were not recognised."""
    lines = [
        ngettext(
            "No column of the file gives this field: {fields}. Nothing was imported.",
            "No column of the file gives these fields: {fields}. Nothing was imported.",
            len(preview.missing_fields),
        ).format(fields=", ".join(preview.missing_fields))
    ]
    if preview.unrecognised_columns:
        lines.append(
            _("Columns not recognised, which may hold them: {columns}.").format(
                columns=", ".join(f"“{c}”" for c in preview.unrecognised_columns)
            )
        )
    lines.append(
        _(
            "Say which column feeds which field in the import wizard, or with a mapping file "
            "(mentorat import FILE --mapping MAPPING.json; see the README)."
        )
    )
    return "\n".join(lines)


def _registered(session: Session, cohort_id: int) -> dict[str, Participation]:
    """The program year's registrations by e-mail, as they are now, inside the transaction."""
    participations = session.scalars(
        select(Participation)
        .options(selectinload(Participation.person))
        .where(Participation.cohort_id == cohort_id)
    ).all()
    return {p.person.email: p for p in participations}


def _people_on_file(session: Session, emails: list[str]) -> dict[str, Person]:
    """The people already on file (from earlier years) among ``emails``, a few hundred at a
    time: only those the import meets, not every person of ten years."""
    found: dict[str, Person] = {}
    for chunk in in_chunks(emails):
        people = session.scalars(select(Person).where(Person.email.in_(chunk)))
        found.update((person.email, person) for person in people)
    return found


@collector_paused()
def apply_import(
    db: Database,
    cohort_id: int,
    preview: ImportPreview,
    duplicates: DuplicatePolicy = DuplicatePolicy.SKIP,
    skip_invalid: bool = False,
    actor: str = "",
) -> ImportResult:
    """Write the preview's new rows, and its updates when ``duplicates`` says so.

    The database is looked at again inside the transaction: a row that was new at preview
    time but is registered now is handled as a duplicate, by ``duplicates``.
    """
    if preview.missing_fields:
        raise ImportRefused(missing_columns_message(preview))
    in_error = [row for row in preview.rows if row.status == RowStatus.ERROR]
    if in_error and not skip_invalid:
        raise _refused(len(in_error))
    to_write = [r for r in preview.rows if r.status in (RowStatus.NEW, RowStatus.UPDATE)]
    for row in to_write:  # a row built or edited elsewhere is checked again
        if row.form is None or (
            not preview.is_checked(row.form) and registration.validate(row.form)
        ):
            raise _refused(1)
    created = updated = 0
    skipped = preview.count(RowStatus.DUPLICATE)
    if to_write:
        db.backup_before("import")
    with db.unit_of_work() as session:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(_("This program year no longer exists."))
        registered = _registered(session, cohort_id)
        # The same statement for every row of one import (read once, not from the
        # preferences file for each registration).
        purposes = privacy_statement().purposes
        forms = [
            row.form if preview.is_checked(row.form) else registration.clean(row.form)
            for row in to_write
            if row.form is not None
        ]
        persons: dict[str, Person | NewPerson] = dict(
            _people_on_file(session, [f.email for f in forms if f.email not in registered])
        )
        # The same person twice in one file (a preview built elsewhere) is written one row
        # at a time, so the second row finds the first as the rules say; else all at once.
        fresh = [form.email for form in forms if form.email not in registered]
        batch = RegistrationBatch(session, cohort_id) if len(set(fresh)) == len(fresh) else None
        with audit.chained(session, db.clock):  # every entry sealed in turn, one write
            added = []
            for form in forms:
                participation = registered.get(form.email)
                if participation is None:
                    person = persons.get(form.email)
                    if person is None and batch is not None:
                        person = persons[form.email] = NewPerson(form.email, db.clock.now())
                    elif person is None:
                        person = persons[form.email] = Person(
                            email=form.email, created_at=db.clock.now()
                        )
                        session.add(person)
                    participation = registration.add_registration(
                        session, db.clock, cohort, form, person, purposes, batch=batch
                    )
                    if participation is not None:
                        registered[form.email] = participation
                        added.append(participation)
                    created += 1
                elif duplicates == DuplicatePolicy.UPDATE:
                    registration.update_in(session, db.clock, participation, form, actor)
                    updated += 1
                else:
                    skipped += 1
            if batch is not None:
                for written in batch.write():
                    registration.record_written(session, db.clock, written, actor)
            else:
                session.flush()
                for participation in added:
                    registration.record_registration(session, db.clock, participation, actor)
            audit.record(
                session,
                db.clock,
                actor=actor,
                action="import",
                entity="cohort",
                entity_id=cohort_id,
                cohort_id=cohort_id,
                summary=f"{created} created, {updated} updated, {skipped} skipped, "
                f"{len(in_error)} in error",
                details={
                    "created": created,
                    "updated": updated,
                    "skipped": skipped,
                    "errors": len(in_error),
                    "rows": len(preview.rows),
                    "duplicates": duplicates.value,
                    "consent": preview.consent,
                },
            )
    return ImportResult(
        created=created,
        updated=updated,
        skipped=skipped,
        errors=tuple(p for row in in_error for p in row.problems),
    )
