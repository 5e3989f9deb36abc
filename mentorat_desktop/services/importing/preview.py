"""Checking every row of an import before anything is written.

Each row becomes a ``RegistrationForm`` checked by the same rules as the registration
wizard, and gets a status: new, update (registered this year with other answers),
duplicate (same answers, or an e-mail seen on an earlier row) or error. Every problem
names its row and the column it came from, so the committee can fix the file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Cohort, Participation, Person
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services import registration
from mentorat_desktop.services.importing import cells, placing
from mentorat_desktop.services.importing.collector import collector_paused
from mentorat_desktop.services.importing.columns import BY_KEY, is_understood
from mentorat_desktop.services.importing.contract import (
    ColumnMapping,
    DateColumn,
    ImportPreview,
    PreviewRow,
    RowProblem,
    RowStatus,
    SourceTable,
    UnplacedAnswer,
)
from mentorat_desktop.services.registration import RegistrationForm
from mentorat_desktop.services.validation import normalise_email

_DEFAULTS = {f.name: f.default for f in fields(RegistrationForm)}
_KEEP_WHEN_BLANK = {"preferred_language", "career_stage", "registered_on"}
_SPECIAL = {"role", "full_name", "consent", "registered_on", "entry_status"}
# Without a column for each of these, no row can be a registration (names may come whole).
_REQUIRED_COLUMNS = ("first_name", "last_name", "email", "organisation", "region", "job_title")
_INCOMPLETE = "incomplete"
# Where a validation problem of a form field shows when the field has no column of its own.
_FALLBACK_COLUMN = {"consent_date": "consent", "first_name": "full_name", "last_name": "full_name"}


@dataclass(frozen=True)
class OnFile:
    """What the database already holds that decides a row's status."""

    cohort_name: str
    forms: dict[str, RegistrationForm]  # e-mail -> registration in this program year
    known: frozenset[str]  # e-mail of every person on file, whatever the year
    # Form entry number -> (e-mail, folded name). Two forms (mentors', mentees') number their
    # entries apart: the same number is the same entry only for the same name.
    entries: dict[str, tuple[str, str]] = field(default_factory=dict)


def year_registrations(session: Session, cohort_id: int) -> tuple[Cohort, Sequence[Participation]]:
    """The program year and its registrations with their people, which every import checks
    its rows against; NotFound when the year was deleted meanwhile."""
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFound(_("This program year no longer exists."))
    participations = session.scalars(
        select(Participation)
        .options(selectinload(Participation.person))
        .where(Participation.cohort_id == cohort_id)
    ).all()
    return cohort, participations


def load_on_file(db: Database, cohort_id: int) -> OnFile:
    """The program year's registrations and every known e-mail, in one unit of work."""
    with db.unit_of_work() as session:
        cohort, participations = year_registrations(session, cohort_id)
        forms = {p.person.email: registration.form_of(p) for p in participations}
        known = frozenset(session.scalars(select(Person.email)))
        entries = {
            p.entry_number: (p.person.email, _folded_name(p.person.first_name, p.person.last_name))
            for p in participations
            if p.entry_number
        }
        return OnFile(cohort.name, forms, known, entries)


def comparable(form: RegistrationForm) -> RegistrationForm:
    """The answers that are stored for the form's role (a mentee has no capacity...)."""
    if form.role == Role.MENTOR:
        return replace(
            form, development_areas=(), development_objectives="", mentor_expectations=""
        )
    return replace(form, expertise_areas=(), capacity=0)


def split_name(text: str) -> tuple[str, str]:
    """First name and last name from one cell: the first word and the rest (compound
    first names are hyphenated in Quebec), or "Last, First" when there is a comma."""
    text = " ".join(text.split())
    if "," in text:
        last, first = (part.strip() for part in text.split(",", 1))
        return first, last
    first, _space, last = text.partition(" ")
    return first, last


class _RowReader:
    """Reads the rows of one table with one mapping against one program year."""

    def __init__(
        self, table: SourceTable, mapping: ColumnMapping, on_file: OnFile, today: date
    ) -> None:
        self.headers = table.headers
        self.column_of = {
            key: col
            for col, key in mapping.columns.items()
            if key in BY_KEY and 0 <= col < len(table.headers)
        }
        self.role = mapping.role
        self.mapping = mapping
        self.consent_given = mapping.consent_given
        self.on_file = on_file
        self.today = today
        self.dates: dict[int, DateColumn] = {}
        for key, col in self.column_of.items():
            if BY_KEY[key].kind not in ("date", "consent"):
                continue
            order = cells.date_order(row[col] for row in table.rows if col < len(row))
            chosen = mapping.month_first.get(col)
            if chosen is not None and chosen != order.month_first:
                order = cells.DateOrder(chosen, "user", order.example)
            self.dates[col] = DateColumn(
                col, table.headers[col], order.month_first, order.decided_by, order.example
            )
        # Each mapped column with its answer's kind and whether its wordings are placed,
        # looked up once: a file's thousands of rows each read them all.
        self._reading = [
            (key, col, BY_KEY[key].kind, placing.is_placeable(BY_KEY[key].kind))
            for key, col in self.column_of.items()
        ]
        self.unplaced: Counter[tuple[str, str]] = Counter()
        self.spelling: dict[tuple[str, str], str] = {}
        self.incomplete = 0
        self._choices: dict[tuple[str, type, object], placing.Reading] = {}

    def header(self, key: str) -> str:
        col = self.column_of.get(key, self.column_of.get(_FALLBACK_COLUMN.get(key, "")))
        return self.headers[col] if col is not None else ""

    def convert(self, kind: str, col: int, raw: object) -> object:
        if kind == "date":
            return cells.to_date(raw, self.dates[col].month_first)
        if kind == "consent":
            return cells.to_consent(raw, self.dates[col].month_first)
        return cells.CONVERTERS[kind](raw)

    def place(self, key: str, col: int, row: Sequence[object]) -> placing.Reading:
        """A choice cell read with the usual and the placed wordings; when it holds nothing
        the app can place, its ``_Value``/``_Label`` twin is tried before keeping it."""
        reading = self._choice(key, row[col])
        twin = self.mapping.twins.get(col)
        usable = twin is not None and twin < len(row) and not cells.is_blank(row[twin])
        if reading.review is not None and usable:
            assert twin is not None
            second = self._choice(key, row[twin])
            if second.review is None:
                return second
        return reading

    def _choice(self, key: str, raw: object) -> placing.Reading:
        """``raw`` read as ``key``'s choice, once per distinct cell value of this preview (a
        file repeats the same few wordings thousands of times)."""
        memo = (key, type(raw), raw)
        reading = self._choices.get(memo)
        if reading is None:
            reading = placing.read_choice(BY_KEY[key].kind, raw, self.mapping.placed(key))
            self._choices[memo] = reading
        return reading

    def is_incomplete(self, row: Sequence[object]) -> bool:
        col = self.column_of.get("entry_status")
        if col is None or col >= len(row):
            return False
        return cells.fold(cells.to_text(row[col])) == _INCOMPLETE

    def read(self, number: int, row: Sequence[object]) -> tuple[RegistrationForm, list[RowProblem]]:
        values: dict[str, object] = {}
        problems: list[RowProblem] = []
        review: dict[str, str] = {}
        width = len(row)
        for key, col, kind, placeable in self._reading:
            raw = row[col] if col < width else None
            if cells.is_blank(raw):
                values[key] = None
                continue
            if placeable:
                reading = self.place(key, col, row)
                values[key] = reading.value
                if reading.review is not None:
                    review[key] = reading.review
                for wording in reading.unplaced:
                    spot = (key, placing.wording_key(wording))
                    self.unplaced[spot] += 1
                    self.spelling.setdefault(spot, wording)
                if values[key] is None or reading.review is not None:
                    continue
            else:
                try:
                    values[key] = self.convert(kind, col, raw)
                except cells.CellError as error:
                    problems.append(RowProblem(number, self.headers[col], error.message))
            member = key == "is_member" and values.get(key)
            if member and "certifi" in cells.fold(cells.to_text(raw)):  # "Oui, membre certifié"
                values.setdefault("is_certified", True)
        review.pop("role", None)  # never kept: mentor or mentee decides everything
        entry = cells.to_text(values.get("entry_number")) if values.get("entry_number") else ""
        kept = {"answers_to_review": tuple(sorted(review.items())), "entry_number": entry}
        return self._form(number, values, problems, kept), problems

    def _form(
        self,
        number: int,
        values: dict[str, object],
        problems: list[RowProblem],
        kept: dict[str, object],
    ) -> RegistrationForm:
        """The row's form; ``kept``: its answers to review and entry number, as read."""
        email = normalise_email(cells.to_text(values.get("email")))
        existing = self.on_file.forms.get(email)
        changes: dict[str, object] = {}
        for key, value in values.items():
            if (
                key in _SPECIAL
                or key == "entry_number"
                or (value is None and key in _KEEP_WHEN_BLANK)
            ):
                continue
            changes[key] = _DEFAULTS[key] if value is None else value
        if isinstance(values.get("full_name"), str):
            first, last = split_name(str(values["full_name"]))
            for key, part in (("first_name", first), ("last_name", last)):
                if key not in self.column_of:
                    changes[key] = part
        role = values.get("role") or self.role
        if role is not None:
            changes["role"] = role
        elif "role" in self.column_of:
            message = _(
                "Say whether this person is a mentor or a mentee (place the file's wording "
                "under “Answers to place”)."
            )
            self.flag(problems, number, "role", message)
        else:
            message = _(
                "No column gives the role: choose whether the whole file registers "
                "mentors or mentees."
            )
            problems.append(RowProblem(number, "", message))
        submitted = values.get("registered_on")
        if isinstance(submitted, date):
            changes["registered_on"] = submitted
        elif existing is None or existing.registered_on is None:
            changes["registered_on"] = self.today
        changes["consent_date"] = self._consent(number, values, existing, problems)
        changes.update(kept)
        base = existing or RegistrationForm()
        return registration.clean(replace(base, **changes))

    def _consent(
        self,
        number: int,
        values: dict[str, object],
        existing: RegistrationForm | None,
        problems: list[RowProblem],
    ) -> date | None:
        """The consent date: from the consent column, else the submission date; a
        registration already on file keeps its date unless the file gives another."""
        submitted = values.get("registered_on")
        fallback = existing.consent_date if existing and existing.consent_date else self.today
        if isinstance(submitted, date) and not (existing and "consent" not in self.column_of):
            fallback = submitted
        if "consent" not in self.column_of:
            if self.consent_given:
                return fallback
            self.flag(
                problems,
                number,
                "consent",
                _(
                    "The file has no consent column: confirm that everyone in it consented "
                    "(--consent-given on the command line)."
                ),
            )
            return None
        consent = values.get("consent")
        if isinstance(consent, date):
            return consent
        if consent is True:
            return fallback
        self.flag(problems, number, "consent", _("No consent is recorded for this person."))
        return None

    def flag(self, problems: list[RowProblem], number: int, key: str, message: str) -> None:
        """A problem on the column of ``key``, unless that cell was already found wrong."""
        column = self.header(key)
        if not any(p.column == column for p in problems):
            problems.append(RowProblem(number, column, message))

    def check(
        self, number: int, form: RegistrationForm, problems: list[RowProblem]
    ) -> list[RowProblem]:
        """Cell problems, then the form's own rules, each on its column (once per column)."""
        faulty = {p.column for p in problems if p.column}
        for error in registration.validate(form):
            column = self.header(error.field)
            if column not in faulty:
                problems.append(RowProblem(number, column, error.message))
        return problems


def missing_fields(mapping: ColumnMapping) -> list[str]:
    """Required fields that no column feeds (a whole name feeds first and last names)."""
    fed = set(mapping.columns.values())
    if "full_name" in fed:
        fed |= {"first_name", "last_name"}
    return [key for key in _REQUIRED_COLUMNS if key not in fed]


@collector_paused()
def preview_import(
    db: Database, cohort_id: int, table: SourceTable, mapping: ColumnMapping
) -> ImportPreview:
    """Every non-empty row of ``table`` with its status and problems; writes nothing.

    When required fields have no column at all, no row is checked: the preview names the
    fields once, with the headers that were not recognised, instead of one error per row."""
    on_file = load_on_file(db, cohort_id)
    reader = _RowReader(table, mapping, on_file, db.clock.today())
    mapped = set(reader.column_of.values())
    unrecognised = tuple(
        h
        for i, h in enumerate(table.headers)
        if i not in mapped and str(h).strip() and not is_understood(table.headers, i)
    )
    missing = missing_fields(mapping)
    if missing:
        labels = registration.field_labels()
        return ImportPreview(
            rows=(),
            ignored_columns=tuple(h for i, h in enumerate(table.headers) if i not in mapped),
            missing_fields=tuple(labels[key] for key in missing),
            unrecognised_columns=unrecognised,
        )
    first_row: dict[str, int] = {}
    rows: list[PreviewRow] = []
    for number, row in zip(table.row_numbers, table.rows, strict=False):
        if all(cells.is_blank(value) for value in row):
            continue
        if reader.is_incomplete(row):
            reader.incomplete += 1
            continue
        form, problems = reader.read(number, row)
        problems = reader.check(number, form, problems)
        status, known = RowStatus.ERROR, False
        if not problems:
            status, known = _status(number, form, on_file, first_row, reader, problems)
        rows.append(
            PreviewRow(
                row=number,
                status=status,
                name=f"{form.first_name} {form.last_name}".strip(),
                email=form.email,
                role=form.role if status != RowStatus.ERROR else None,
                form=form if status != RowStatus.ERROR else None,
                problems=tuple(problems),
                known_person=known,
            )
        )
    twins = set(mapping.twins.values())
    ignored = tuple(h for i, h in enumerate(table.headers) if i not in mapped and i not in twins)
    unplaced = tuple(
        UnplacedAnswer(
            key=key,
            kind=BY_KEY[key].kind,
            column=reader.header(key),
            wording=reader.spelling[(key, folded)],
            rows=count,
        )
        for (key, folded), count in sorted(
            reader.unplaced.items(), key=lambda item: (list(BY_KEY).index(item[0][0]), -item[1])
        )
    )
    consent = (
        "column"
        if "consent" in reader.column_of
        else "confirmed"
        if reader.consent_given
        else "missing"
    )
    return ImportPreview(
        rows=tuple(rows),
        checked_forms={id(r.form): r.form for r in rows if r.form is not None},
        consent=consent,
        ignored_columns=ignored,
        notes=_notes(reader),
        unplaced=unplaced,
        incomplete=reader.incomplete,
        date_columns=tuple(d for d in reader.dates.values() if d.example is not None),
        unrecognised_columns=unrecognised,
    )


def _status(
    number: int,
    form: RegistrationForm,
    on_file: OnFile,
    first_row: dict[str, int],
    reader: _RowReader,
    problems: list[RowProblem],
) -> tuple[RowStatus, bool]:
    """The row's status; a duplicate or an update gets a line saying why."""
    email_column = reader.header("email")
    entry = form.entry_number
    if entry and first_row.get(f"entry:{entry}") is not None:
        problems.append(
            RowProblem(
                number,
                reader.header("entry_number"),
                _("The same form entry is on row {row}; this row will be skipped.").format(
                    row=first_row[f"entry:{entry}"]
                ),
            )
        )
        return RowStatus.DUPLICATE, False
    if entry:
        first_row[f"entry:{entry}"] = number
    elsewhere, name = on_file.entries.get(entry, ("", "")) if entry else ("", "")
    same_entry = name == _folded_name(form.first_name, form.last_name)
    if elsewhere and elsewhere != form.email and same_entry:
        problems.append(
            RowProblem(
                number,
                reader.header("entry_number"),
                _(
                    "Form entry {entry} was already imported in {cohort} (for {email}); "
                    "this row will be skipped."
                ).format(entry=entry, cohort=on_file.cohort_name, email=elsewhere),
            )
        )
        return RowStatus.DUPLICATE, False
    if form.email in first_row:
        problems.append(
            RowProblem(
                number,
                email_column,
                _("The same e-mail is on row {row}; this row will be skipped.").format(
                    row=first_row[form.email]
                ),
            )
        )
        return RowStatus.DUPLICATE, False
    first_row[form.email] = number
    existing = on_file.forms.get(form.email)
    if existing is None:
        return RowStatus.NEW, form.email in on_file.known
    changed = _changed(comparable(existing), comparable(form))
    if not changed:
        problems.append(
            RowProblem(
                number,
                email_column,
                _("Already registered in {cohort} with the same answers.").format(
                    cohort=on_file.cohort_name
                ),
            )
        )
        return RowStatus.DUPLICATE, False
    problems.append(
        RowProblem(
            number,
            email_column,
            _("Already registered in {cohort}; these answers differ: {fields}.").format(
                cohort=on_file.cohort_name, fields=", ".join(changed)
            ),
        )
    )
    return RowStatus.UPDATE, False


def _folded_name(first: str, last: str) -> str:
    return cells.fold(f"{first} {last}")


def _changed(before: RegistrationForm, after: RegistrationForm) -> list[str]:
    names = [
        f.name
        for f in fields(RegistrationForm)
        if f.name not in ("answers_to_review", "entry_number")
        and getattr(before, f.name) != getattr(after, f.name)
    ]
    return [BY_KEY["consent" if n == "consent_date" else n].label for n in names]


def _notes(reader: _RowReader) -> tuple[str, ...]:
    notes: list[str] = []
    if "consent" not in reader.column_of and reader.consent_given:
        notes.append(
            _(
                "No column records consent; the committee confirmed that everyone consented: "
                "each person's consent is dated the day they submitted the form (today, when "
                "the file does not say)."
            )
        )
    if "role" not in reader.column_of and reader.role == Role.MENTOR:
        notes.append(_("No column gives the role: every row is registered as a mentor."))
    if "role" not in reader.column_of and reader.role == Role.MENTEE:
        notes.append(_("No column gives the role: every row is registered as a mentee."))
    return tuple(notes)
