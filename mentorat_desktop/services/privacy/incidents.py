"""The register of confidentiality incidents: recorded, corrected, never deleted.

Quebec's regulation on confidentiality incidents says what the register holds; the form
below has one field for each item. A correction keeps the earlier value (who, when, what
it was), so the register shows what the committee knew at each moment.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date, datetime

from sqlalchemy import select

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.models import ConfidentialityIncident
from mentorat_desktop.services import audit
from mentorat_desktop.services.validation import required_message


@dataclass(frozen=True)
class IncidentForm:
    discovered_on: date
    description: str  # the circumstances
    information_involved: str  # or why it cannot be described
    occurred_on: date | None = None
    occurred_estimated: bool = False
    persons_affected: int | None = None
    persons_estimated: bool = False
    risk_of_serious_injury: bool = False
    risk_reasons: str = ""
    commission_notified_on: date | None = None
    persons_notified_on: date | None = None
    measures_taken: str = ""


@dataclass(frozen=True)
class Correction:
    at: str
    actor: str
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class IncidentRow:
    id: int
    form: IncidentForm
    created_at: datetime
    corrections: tuple[Correction, ...]


def validate(form: IncidentForm, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if not form.description.strip():
        errors.append(FieldError("description", required_message(_("Circumstances"))))
    if not form.information_involved.strip():
        errors.append(
            FieldError(
                "information_involved",
                _("Describe the information concerned, or say why it cannot be described."),
            )
        )
    if form.discovered_on > today:
        errors.append(FieldError("discovered_on", _("This date is in the future.")))
    if form.occurred_on is not None and form.occurred_on > form.discovered_on:
        errors.append(
            FieldError("occurred_on", _("The incident cannot happen after it was discovered."))
        )
    if form.persons_affected is not None and form.persons_affected < 0:
        errors.append(FieldError("persons_affected", _("The number cannot be negative.")))
    # Notifying without a serious risk is allowed; the reasons of the assessment are not optional.
    if not form.risk_reasons.strip():
        errors.append(
            FieldError(
                "risk_reasons",
                _("Give the reasons for the assessment of the risk of serious injury."),
            )
        )
    return errors


def _row(incident: ConfidentialityIncident) -> IncidentRow:
    form = IncidentForm(**{f.name: getattr(incident, f.name) for f in fields(IncidentForm)})
    corrections = tuple(
        Correction(**{k: str(c.get(k, "")) for k in ("at", "actor", "field", "before", "after")})
        for c in incident.corrections or []
    )
    return IncidentRow(incident.id, form, incident.created_at, corrections)


def _clean(form: IncidentForm) -> IncidentForm:
    return IncidentForm(
        **{k: (v.strip() if isinstance(v, str) else v) for k, v in asdict(form).items()}
    )


def record_incident(db: Database, form: IncidentForm, actor: str = "") -> IncidentRow:
    form = _clean(form)
    errors = validate(form, db.clock.today())
    if errors:
        raise ValidationFailed(errors)
    with db.unit_of_work() as session:
        incident = ConfidentialityIncident(
            **asdict(form), corrections=[], created_at=db.clock.now()
        )
        session.add(incident)
        session.flush()
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="incident.record",
            entity="incident",
            entity_id=incident.id,
            cohort_id=None,
            summary=_("Confidentiality incident no. {n}").format(n=incident.id),
        )
        return _row(incident)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def correct_incident(
    db: Database, incident_id: int, form: IncidentForm, actor: str = ""
) -> IncidentRow:
    """Change an entry; each changed field keeps its earlier value in the corrections."""
    form = _clean(form)
    errors = validate(form, db.clock.today())
    if errors:
        raise ValidationFailed(errors)
    with db.unit_of_work() as session:
        incident = session.get(ConfidentialityIncident, incident_id)
        if incident is None:
            raise NotFound(_("This incident is not in the register."))
        who = audit.who(actor)
        at = db.clock.now().isoformat(sep=" ")
        changes = []
        for name, value in asdict(form).items():
            before = getattr(incident, name)
            if before != value:
                changes.append(
                    {
                        "at": at,
                        "actor": who,
                        "field": name,
                        "before": _text(before),
                        "after": _text(value),
                    }
                )
                setattr(incident, name, value)
        if changes:
            incident.corrections = [*(incident.corrections or []), *changes]
            audit.record(
                session,
                db.clock,
                actor=who,
                action="incident.correct",
                entity="incident",
                entity_id=incident.id,
                cohort_id=None,
                summary=_("Confidentiality incident no. {n}").format(n=incident.id),
                details={"fields": [c["field"] for c in changes]},
            )
        return _row(incident)


def list_incidents(db: Database) -> list[IncidentRow]:
    with db.unit_of_work() as session:
        return [
            _row(i)
            for i in session.scalars(
                select(ConfidentialityIncident).order_by(ConfidentialityIncident.id)
            )
        ]
