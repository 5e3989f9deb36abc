"""Taking back a registration, or an edit of one, from the Participants page's history.

A registration typed by mistake can be taken back while nothing else in the file points to it
(no pair or draft, no answers, no activity, no checklist entry) and it is still as it was
saved; the person goes too when this was their only registration, so no stray contact
details stay behind. An edit is taken back by saving the previous form again, while the
registration still reads as the edit left it.
"""

from __future__ import annotations

from sqlalchemy import Column, func, select

from mentorat_desktop.db import Database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Participation, Person
from mentorat_desktop.models.base import Base
from mentorat_desktop.services import audit
from mentorat_desktop.services.registration import (
    ParticipantRow,
    RegistrationForm,
    form_of,
    load_form,
    update,
)


def _pointing_columns() -> list[Column]:  # type: ignore[type-arg]
    """Every column of the file that refers to a registration."""
    participations = Participation.__table__
    return [
        fk.parent
        for table in Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.column.table is participations
    ]


def cancel_registration(
    db: Database, participation_id: int, expected: RegistrationForm, actor: str = ""
) -> None:
    """Remove a registration that reads ``expected`` and that nothing refers to yet."""
    with db.unit_of_work() as session:
        participation = session.get(Participation, participation_id)
        if participation is None:
            raise UserError(_("this registration is no longer in the file"))
        for column in _pointing_columns():
            used = session.scalar(
                select(func.count()).select_from(column.table).where(column == participation_id)
            )
            if used:
                raise UserError(
                    _(
                        "something was recorded for this person since (a pair, answers, an "
                        "activity); withdraw the person instead"
                    )
                )
        if form_of(participation) != expected:
            raise UserError(_("the registration was changed since"))
        person = participation.person
        summary = f"{person.full_name} ({participation.role.value})"
        cohort_id = participation.cohort_id
        session.delete(participation)
        session.flush()
        others = session.scalar(
            select(func.count())
            .select_from(Participation)
            .where(Participation.person_id == person.id)
        )
        if not others:
            session.delete(session.get(Person, person.id))
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="participation.cancel",
            entity="participation",
            entity_id=participation_id,
            cohort_id=cohort_id,
            summary=summary,
        )


def restore_form(
    db: Database,
    participation_id: int,
    expected: RegistrationForm,
    form: RegistrationForm,
    actor: str = "",
) -> ParticipantRow:
    """Save ``form`` again over a registration that still reads ``expected``."""
    if load_form(db, participation_id) != expected:
        raise UserError(_("the registration was changed since"))
    return update(db, participation_id, form, actor)
