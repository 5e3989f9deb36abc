"""Phase 2: registering a mentor or a mentee, correcting a registration, withdrawing.

A person is identified by e-mail across years: registering someone already known from an
earlier program year links the new registration to the same person instead of copying them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorat_desktop.clock import Clock
from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, ValidationFailed
from mentorat_desktop.i18n import _, current_language
from mentorat_desktop.models import Cohort, Participation, Person
from mentorat_desktop.models.enums import (
    CareerStage,
    Language,
    MeetingMode,
    ParticipationStatus,
    Role,
)
from mentorat_desktop.models.person import first_name_shown
from mentorat_desktop.services import audit
from mentorat_desktop.services.areas.store import labels_of, vocabulary_in
from mentorat_desktop.services.leads import BY_CODE
from mentorat_desktop.services.privacy.purposes import privacy_statement
from mentorat_desktop.services.regions import REGIONS
from mentorat_desktop.services.registration_batch import (
    NewPerson,
    RegistrationBatch,
    WrittenRegistration,
)
from mentorat_desktop.services.validation import (
    is_valid_email,
    normalise_email,
    required_message,
    too_long_message,
)

MAX_CAPACITY = 10


@dataclass(frozen=True)
class RegistrationForm:
    """Every answer of the registration form, as plain values."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    phone: str = ""
    role: Role = Role.MENTEE
    preferred_language: Language = Language.FR
    organisation: str = ""
    workplace: str = ""
    region: str = ""
    job_title: str = ""
    career_stage: CareerStage = CareerStage.EARLY
    years_of_experience: int | None = None
    is_member: bool = False
    is_certified: bool = False
    meeting_modes: tuple[str, ...] = ()
    motivation: str = ""
    expertise_areas: tuple[str, ...] = ()
    capacity: int = 1
    development_areas: tuple[str, ...] = ()
    development_objectives: str = ""
    mentor_expectations: str = ""
    leads_capabilities: tuple[str, ...] = ()
    consent_date: date | None = None
    registered_on: date | None = None
    committee_notes: str = ""
    entry_number: str = ""  # the form service's entry number, when imported
    # Answers an import kept as written because no category fitted: (field, text as written).
    answers_to_review: tuple[tuple[str, str], ...] = ()

    @property
    def fields_to_review(self) -> frozenset[str]:
        return frozenset(name for name, _text in self.answers_to_review)


@dataclass(frozen=True)
class ParticipantRow:
    """One line of the participants table."""

    participation_id: int
    person_id: int
    cohort_id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    role: Role
    status: ParticipationStatus
    preferred_language: Language
    organisation: str
    region: str
    job_title: str
    career_stage: CareerStage
    is_member: bool
    is_certified: bool
    capacity: int
    registered_on: date
    withdrawn_on: date | None
    withdrawal_reason: str
    areas: tuple[str, ...] = field(default=())
    answers_to_review: tuple[tuple[str, str], ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


_TEXT_LIMITS = {
    "first_name": 100,
    "last_name": 100,
    "email": 254,
    "phone": 40,
    "organisation": 200,
    "workplace": 200,
    "job_title": 200,
}


def field_labels() -> dict[str, str]:
    """Each form field's name as the user sees it, for messages."""
    return {
        "first_name": _("First name"),
        "last_name": _("Last name"),
        "email": _("E-mail"),
        "phone": _("Phone"),
        "organisation": _("Organisation"),
        "workplace": _("Workplace"),
        "region": _("Region"),
        "job_title": _("Job title"),
        "expertise_areas": _("Areas of expertise"),
        "development_objectives": _("Development objectives"),
        "consent_date": _("Consent date"),
    }


_FORM_FIELDS = tuple(f.name for f in fields(RegistrationForm))  # looked up once, not per row


def clean(form: RegistrationForm) -> RegistrationForm:
    """Trim text, normalise the e-mail, drop empty and repeated list items."""

    def tidy(items: tuple[str, ...]) -> tuple[str, ...]:
        seen: dict[str, str] = {}
        for item in items:
            text = " ".join(item.split())
            if text and text.lower() not in seen:
                seen[text.lower()] = text
        return tuple(seen.values())

    changes: dict[str, object] = {}
    for name in _FORM_FIELDS:
        value = getattr(form, name)
        # Exact types: an enum member (a str subclass) is left as it is; an import cleans
        # thousands of forms, so no isinstance chain per field.
        kind = type(value)
        if kind is str:
            cleaned: object = value.strip()
        elif kind is tuple and name != "answers_to_review":
            cleaned = tidy(value)
        else:
            continue
        if cleaned != value:
            changes[name] = cleaned
    email = normalise_email(form.email)
    if email != form.email:
        changes["email"] = email
    # A form already clean (an import checks each row twice) is returned as it is.
    return replace(form, **changes) if changes else form


def validate(form: RegistrationForm, only: set[str] | None = None) -> list[FieldError]:
    """Problems with ``form`` (restricted to the fields in ``only`` when given)."""
    labels: dict[str, str] = {}

    def label(name: str) -> str:  # translated only when a message needs it
        if not labels:
            labels.update(field_labels())
        return labels.get(name, name)

    errors: list[FieldError] = []
    required = ["first_name", "last_name", "email", "organisation", "region", "job_title"]
    if form.role == Role.MENTOR:
        required.append("expertise_areas")
    else:
        required.append("development_objectives")
    for name in required:
        if not getattr(form, name):
            errors.append(FieldError(name, required_message(label(name))))
    for name, limit in _TEXT_LIMITS.items():
        if len(getattr(form, name)) > limit:
            errors.append(FieldError(name, too_long_message(label(name), limit)))
    if form.email and not is_valid_email(form.email):
        errors.append(
            FieldError(
                "email", _("{email} is not a valid e-mail address.").format(email=form.email)
            )
        )
    if form.region and form.region not in REGIONS:
        errors.append(FieldError("region", _("Choose a region from the list.")))
    if form.role == Role.MENTOR and not 1 <= form.capacity <= MAX_CAPACITY:
        errors.append(
            FieldError(
                "capacity",
                _("A mentor takes between 1 and {limit} mentees.").format(limit=MAX_CAPACITY),
            )
        )
    if form.years_of_experience is not None and not 0 <= form.years_of_experience <= 60:
        errors.append(
            FieldError("years_of_experience", _("Years of experience must be between 0 and 60."))
        )
    unknown_modes = [m for m in form.meeting_modes if m not in {x.value for x in MeetingMode}]
    if unknown_modes:
        errors.append(FieldError("meeting_modes", _("Unknown meeting mode.")))
    if any(code not in BY_CODE for code in form.leads_capabilities):
        errors.append(FieldError("leads_capabilities", _("Unknown LEADS capability.")))
    if form.is_certified and not form.is_member:
        errors.append(
            FieldError(
                "is_certified", _("A certified member must also be a member of the College.")
            )
        )
    if form.consent_date is None:
        errors.append(
            FieldError(
                "consent_date",
                _("Record the date the person consented to the use of their information."),
            )
        )
    if only is not None:
        errors = [e for e in errors if e.field in only]
    # An answer kept as written for review is there, only not placed yet: not an error.
    return [e for e in errors if e.field not in form.fields_to_review]


def _duplicate_error(email: str, cohort_name: str) -> FieldError:
    return FieldError(
        "email",
        _("{email} is already registered in program year {cohort}.").format(
            email=email, cohort=cohort_name
        ),
    )


def _placed(session: Session, cohort_id: int, form: RegistrationForm) -> list[str]:
    """The form's areas as the year's codes where known, other wordings kept as written."""
    wordings = form.expertise_areas if form.role == Role.MENTOR else form.development_areas
    return vocabulary_in(session, cohort_id).place_all(list(wordings), form.preferred_language)


def answers(session: Session, cohort_id: int, form: RegistrationForm) -> dict[str, object]:
    """A cleaned and validated form's answers as the registration's column values (the
    areas placed in the year's vocabulary); what a registration, a correction and a bulk
    import all write."""
    is_mentor = form.role == Role.MENTOR
    areas = _placed(session, cohort_id, form)
    assert form.consent_date is not None
    values: dict[str, object] = {
        "role": form.role,
        "preferred_language": form.preferred_language,
        "organisation": form.organisation,
        "workplace": form.workplace,
        "region": form.region,
        "job_title": form.job_title,
        "career_stage": form.career_stage,
        "years_of_experience": form.years_of_experience,
        "is_member": form.is_member,
        "is_certified": form.is_certified,
        "meeting_modes": list(form.meeting_modes),
        "motivation": form.motivation,
        "expertise_areas": areas if is_mentor else [],
        "capacity": form.capacity if is_mentor else 0,
        "development_areas": [] if is_mentor else areas,
        "development_objectives": "" if is_mentor else form.development_objectives,
        "mentor_expectations": "" if is_mentor else form.mentor_expectations,
        "leads_capabilities": list(form.leads_capabilities),
        "consent_date": form.consent_date,
        "committee_notes": form.committee_notes,
    }
    if form.entry_number:
        values["entry_number"] = form.entry_number
    values["answers_to_review"] = dict(form.answers_to_review)
    return values


def _apply(session: Session, participation: Participation, form: RegistrationForm) -> None:
    for name, value in answers(session, participation.cohort_id, form).items():
        setattr(participation, name, value)


def _person_by_email(session: Session, email: str) -> Person | None:
    return session.scalar(select(Person).where(func.lower(Person.email) == email))


def new_registration(
    session: Session,
    clock: Clock,
    cohort_id: int,
    form: RegistrationForm,
    purposes: str | None = None,
) -> dict[str, object]:
    """A new registration's column values (``purposes``: the privacy statement's, read
    once by a bulk import; else read now)."""
    now = clock.now()
    values: dict[str, object] = {
        "cohort_id": cohort_id,  # the id, not the relationship: no loading of the year's list
        "registered_on": form.registered_on or clock.today(),
        "created_at": now,
        "updated_at": now,
    }
    values.update(answers(session, cohort_id, form))
    values["consent_purpose"] = purposes if purposes is not None else privacy_statement().purposes
    return values


def add_registration(
    session: Session,
    clock: Clock,
    cohort: Cohort,
    form: RegistrationForm,
    person: Person | NewPerson,
    purposes: str | None = None,
    *,
    batch: RegistrationBatch | None = None,
) -> Participation | None:
    """Add the registration of ``person`` without flushing, so a bulk import flushes once;
    the caller has checked that the person is not registered in ``cohort`` yet.
    ``purposes``: the privacy statement's purposes, read once by a bulk import, which also
    passes its ``batch``: the registration is then collected there (None is returned) and
    inserted with the others by ``batch.write()``; ``person`` may then be a ``NewPerson``."""
    person.first_name = form.first_name
    person.last_name = form.last_name
    person.phone = form.phone
    values = new_registration(session, clock, cohort.id, form, purposes)
    if batch is not None:
        batch.add(person, values)
        return None
    assert isinstance(person, Person)
    participation = Participation(person=person, **values)
    session.add(participation)
    return participation


def record_registration(
    session: Session, clock: Clock, participation: Participation, actor: str
) -> None:
    """The audit entry of a registration; needs the participation's id (after a flush)."""
    record_written(
        session,
        clock,
        WrittenRegistration(
            participation.id,
            participation.cohort_id,
            participation.person.full_name,
            participation.role,
        ),
        actor,
    )


def record_written(
    session: Session, clock: Clock, written: WrittenRegistration, actor: str
) -> None:
    """The audit entry of a registration, one at a time or written in a batch."""
    audit.record(
        session,
        clock,
        actor=actor,
        action="participation.register",
        entity="participation",
        entity_id=written.participation_id,
        cohort_id=written.cohort_id,
        summary=f"{written.full_name} ({written.role.value})",
    )


def register_in(
    session: Session, clock: Clock, cohort: Cohort, form: RegistrationForm, actor: str = ""
) -> Participation:
    """Register an already cleaned and validated ``form`` inside the caller's transaction."""
    person = _person_by_email(session, form.email)
    if person is None:
        person = Person(email=form.email, created_at=clock.now())
        session.add(person)
    else:
        already = session.scalar(
            select(Participation.id).where(
                Participation.cohort_id == cohort.id, Participation.person_id == person.id
            )
        )
        if already is not None:
            raise ValidationFailed([_duplicate_error(form.email, cohort.name)])
    participation = add_registration(session, clock, cohort, form, person)
    assert participation is not None
    session.flush()
    record_registration(session, clock, participation, actor)
    return participation


def register(
    db: Database, cohort_id: int, form: RegistrationForm, actor: str = ""
) -> ParticipantRow:
    """Register ``form`` in the program year; refuses a second registration of an e-mail."""
    form = clean(form)
    if form.registered_on is None:
        form = replace(form, registered_on=db.clock.today())
    errors = validate(form)
    if errors:
        raise ValidationFailed(errors)
    with db.unit_of_work() as session:
        cohort = session.get(Cohort, cohort_id)
        if cohort is None:
            raise NotFound(_("This program year no longer exists."))
        return row_of(register_in(session, db.clock, cohort, form, actor))


def update_in(
    session: Session,
    clock: Clock,
    participation: Participation,
    form: RegistrationForm,
    actor: str = "",
) -> None:
    """Correct a registration with an already cleaned and validated ``form`` inside the
    caller's transaction; the e-mail may change unless another person already uses it."""
    person = participation.person
    if form.email != person.email:
        other = _person_by_email(session, form.email)
        if other is not None:
            in_year = session.scalar(
                select(Participation.id).where(
                    Participation.cohort_id == participation.cohort_id,
                    Participation.person_id == other.id,
                )
            )
            if in_year is not None:
                raise ValidationFailed([_duplicate_error(form.email, participation.cohort.name)])
            raise ValidationFailed(
                [
                    FieldError(
                        "email",
                        _("{email} already belongs to another person.").format(email=form.email),
                    )
                ]
            )
    before = _snapshot(participation)
    person.first_name = form.first_name
    person.last_name = form.last_name
    person.email = form.email
    person.phone = form.phone
    if form.registered_on is not None:
        participation.registered_on = form.registered_on
    _apply(session, participation, form)
    participation.updated_at = clock.now()
    after = _snapshot(participation)
    changed = sorted(k for k in after if after[k] != before[k])
    audit.record(
        session,
        clock,
        actor=actor,
        action="participation.update",
        entity="participation",
        entity_id=participation.id,
        cohort_id=participation.cohort_id,
        summary=person.full_name,
        details={"changed": changed},
    )


def update(
    db: Database, participation_id: int, form: RegistrationForm, actor: str = ""
) -> ParticipantRow:
    """Correct a registration; the e-mail may change unless another person already uses it."""
    form = clean(form)
    errors = validate(form)
    if errors:
        raise ValidationFailed(errors)
    with db.unit_of_work() as session:
        participation = session.get(Participation, participation_id)
        if participation is None:
            raise NotFound(_("This participant no longer exists."))
        update_in(session, db.clock, participation, form, actor)
        return row_of(participation)


# The columns ``row_of`` reads, for lists read as plain rows (``list_participants``).
_LISTED = (
    Participation.id,
    Person.id,
    Participation.cohort_id,
    Person.first_name,
    Person.last_name,
    Person.email,
    Person.phone,
    Participation.role,
    Participation.status,
    Participation.preferred_language,
    Participation.organisation,
    Participation.region,
    Participation.job_title,
    Participation.career_stage,
    Participation.is_member,
    Participation.is_certified,
    Participation.capacity,
    Participation.registered_on,
    Participation.withdrawn_on,
    Participation.withdrawal_reason,
    Participation.expertise_areas,
    Participation.development_areas,
    Participation.answers_to_review,
    Person.anonymised_at,
)


def list_participants(db: Database, cohort_id: int) -> list[ParticipantRow]:
    """The year's participants by name, each as ``row_of`` gives it, read as plain rows in
    one query (no object per person: a ten-year file's year is read in a frame or two)."""
    language = current_language()
    with db.unit_of_work() as session:
        rows = session.execute(
            select(*_LISTED)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.cohort_id == cohort_id)
            .order_by(func.lower(Person.last_name), func.lower(Person.first_name))
        ).all()
        vocabulary = vocabulary_in(session, cohort_id) if rows else None
        found = []
        for *values, expertise, development, to_review, anonymised_at in rows:
            values[3] = first_name_shown(values[3], anonymised_at)  # as a Person object reads
            role = values[7]
            areas = tuple((expertise if role == Role.MENTOR else development) or ())
            if areas and vocabulary is not None:
                areas = vocabulary.labels(areas, language)
            found.append(
                ParticipantRow(
                    *values,
                    areas=areas,
                    answers_to_review=tuple(sorted((to_review or {}).items())),
                )
            )
        return found


def load_form(db: Database, participation_id: int) -> RegistrationForm:
    """The registration as a form, to correct it."""
    with db.unit_of_work() as session:
        p = session.get(Participation, participation_id)
        if p is None:
            raise NotFound(_("This participant no longer exists."))
        return form_of(p)


def form_of(p: Participation) -> RegistrationForm:
    """A stored registration as a form (also what an import compares a file's row with)."""
    return RegistrationForm(
        first_name=p.person.first_name,
        last_name=p.person.last_name,
        email=p.person.email,
        phone=p.person.phone,
        role=p.role,
        preferred_language=p.preferred_language,
        organisation=p.organisation,
        workplace=p.workplace,
        region=p.region,
        job_title=p.job_title,
        career_stage=p.career_stage,
        years_of_experience=p.years_of_experience,
        is_member=p.is_member,
        is_certified=p.is_certified,
        meeting_modes=tuple(p.meeting_modes),
        motivation=p.motivation,
        expertise_areas=labels_of(p, p.expertise_areas),
        capacity=p.capacity or 1,
        development_areas=labels_of(p, p.development_areas),
        development_objectives=p.development_objectives,
        mentor_expectations=p.mentor_expectations,
        leads_capabilities=tuple(p.leads_capabilities),
        consent_date=p.consent_date,
        registered_on=p.registered_on,
        committee_notes=p.committee_notes,
        entry_number=p.entry_number or "",
        answers_to_review=tuple(sorted((p.answers_to_review or {}).items())),
    )


def _snapshot(p: Participation) -> dict[str, object]:
    keys = [
        "role",
        "preferred_language",
        "organisation",
        "workplace",
        "region",
        "job_title",
        "career_stage",
        "years_of_experience",
        "is_member",
        "is_certified",
        "meeting_modes",
        "motivation",
        "expertise_areas",
        "capacity",
        "development_areas",
        "development_objectives",
        "mentor_expectations",
        "leads_capabilities",
        "consent_date",
        "registered_on",
        "committee_notes",
        "answers_to_review",
    ]
    snapshot: dict[str, object] = {k: getattr(p, k) for k in keys}
    snapshot.update(
        first_name=p.person.first_name,
        last_name=p.person.last_name,
        email=p.person.email,
        phone=p.person.phone,
    )
    return snapshot


def row_of(p: Participation) -> ParticipantRow:
    return ParticipantRow(
        participation_id=p.id,
        person_id=p.person.id,
        cohort_id=p.cohort_id,
        first_name=p.person.first_name,
        last_name=p.person.last_name,
        email=p.person.email,
        phone=p.person.phone,
        role=p.role,
        status=p.status,
        preferred_language=p.preferred_language,
        organisation=p.organisation,
        region=p.region,
        job_title=p.job_title,
        career_stage=p.career_stage,
        is_member=p.is_member,
        is_certified=p.is_certified,
        capacity=p.capacity,
        registered_on=p.registered_on,
        withdrawn_on=p.withdrawn_on,
        withdrawal_reason=p.withdrawal_reason,
        # The committee reads the list: areas in the language of the screen.
        areas=labels_of(
            p,
            p.expertise_areas if p.role == Role.MENTOR else p.development_areas,
            current_language(),
        ),
        answers_to_review=tuple(sorted((p.answers_to_review or {}).items())),
    )


def is_registered(db: Database, cohort_id: int, email: str) -> bool:
    """Whether ``email`` already has a registration in the program year (case ignored)."""
    with db.unit_of_work() as session:
        found = session.scalar(
            select(Participation.id)
            .join(Person)
            .where(
                Participation.cohort_id == cohort_id,
                func.lower(Person.email) == normalise_email(email),
            )
        )
        return found is not None


def duplicate_error(email: str, cohort_name: str) -> FieldError:
    return _duplicate_error(normalise_email(email), cohort_name)
