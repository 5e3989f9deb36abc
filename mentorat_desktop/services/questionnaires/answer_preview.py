"""Checking every row of an answers file before anything is written.

Each row is matched to a registration of the program year by e-mail (and, for an
evaluation, to one of the person's pairs), read into a ``ResponseForm`` checked by the same
rules as answers entered by hand, and given a status: new, update (answered before: the
file replaces those answers), duplicate (the same person, and pair, on an earlier row) or
error. The preview carries names and how many questions were answered, never the answers'
content, so that it can be shown to the committee on a projector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, format_date, ngettext
from mentorat_desktop.models import (
    Pairing,
    Participation,
    QuestionnaireVersion,
    Response,
)
from mentorat_desktop.models.enums import (
    PairingStatus,
    ParticipationStatus,
    QuestionnaireKind,
    Role,
)
from mentorat_desktop.services.importing import cells
from mentorat_desktop.services.importing.cells import CellError
from mentorat_desktop.services.importing.contract import (
    ColumnMapping,
    RowProblem,
    RowsByStatus,
    RowStatus,
    SourceTable,
)
from mentorat_desktop.services.importing.preview import year_registrations
from mentorat_desktop.services.questionnaires.answer_columns import (
    EMAIL,
    PARTNER,
    SUBMITTED,
    answer_targets,
    question_key,
    read_answer,
    unmapped_required,
)
from mentorat_desktop.services.questionnaires.answers import (
    AnswerValue,
    ResponseForm,
    validate_response,
)
from mentorat_desktop.services.questionnaires.shapes import QuestionnaireInfo
from mentorat_desktop.services.validation import normalise_email


@dataclass(frozen=True)
class AnswerPreviewRow:
    row: int  # row number in the file, as a spreadsheet shows it
    status: RowStatus
    name: str  # the person who answered, as registered ("" when not found)
    email: str
    partner_name: str  # evaluations: the other person of the pair evaluated
    answered: int  # how many questions the row answers (their content is not shown)
    form: ResponseForm | None  # None for rows in error
    problems: tuple[RowProblem, ...] = ()


@dataclass(frozen=True)
class AnswerImportPreview(RowsByStatus):
    questionnaire_id: int
    version_id: int  # the version the answers go to: the current one when checked
    kind: QuestionnaireKind
    audience: Role
    rows: tuple[AnswerPreviewRow, ...]
    ignored_columns: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    def describe(self) -> str:
        """One sentence counting the rows of each status, for the wizard."""
        return _(
            "{new} new, {update} replacing earlier answers, {duplicate} duplicates, "
            "{error} with errors."
        ).format(**self.status_counts())


@dataclass(frozen=True)
class _Pair:
    pairing_id: int
    partner_email: str
    partner_name: str


@dataclass(frozen=True)
class _Registrant:
    participation_id: int
    name: str
    role: Role
    withdrawn: bool
    pairs: tuple[_Pair, ...]  # the confirmed pairs of the year, oldest first


_Key = tuple[int, int | None]


@dataclass(frozen=True)
class _OnFile:
    cohort_name: str
    people: dict[str, _Registrant]  # by e-mail
    answered: dict[_Key, date]  # (participation, pairing) -> date of the earlier answers


def _load_on_file(db: Database, cohort_id: int, info: QuestionnaireInfo) -> _OnFile:
    """The year's registrations, their confirmed pairs, and who answered, in one unit of
    work."""
    with db.unit_of_work() as session:
        cohort, participations = year_registrations(session, cohort_id)
        pairings = session.scalars(
            select(Pairing)
            .where(Pairing.cohort_id == cohort_id, Pairing.status != PairingStatus.DRAFT)
            .options(
                selectinload(Pairing.mentor).selectinload(Participation.person),
                selectinload(Pairing.mentee).selectinload(Participation.person),
            )
            .order_by(Pairing.id)
        ).all()
        pairs: dict[int, list[_Pair]] = {}
        for pairing in pairings:
            for me, other in ((pairing.mentor, pairing.mentee), (pairing.mentee, pairing.mentor)):
                pair = _Pair(pairing.id, other.person.email, other.person.full_name)
                pairs.setdefault(me.id, []).append(pair)
        people = {
            p.person.email.casefold(): _Registrant(
                participation_id=p.id,
                name=p.person.full_name,
                role=p.role,
                withdrawn=p.status != ParticipationStatus.REGISTERED,
                pairs=tuple(pairs.get(p.id, ())),
            )
            for p in participations
        }
        ids = [p.id for p in participations]
        responses = session.execute(
            select(Response.participation_id, Response.pairing_id, Response.submitted_on)
            .join(QuestionnaireVersion, Response.version_id == QuestionnaireVersion.id)
            .where(
                QuestionnaireVersion.questionnaire_id == info.questionnaire_id,
                Response.participation_id.in_(ids),
            )
        ).all()
        answered = {(r[0], r[1]): r[2] for r in responses}
        return _OnFile(cohort.name, people, answered)


def _checked_mapping(info: QuestionnaireInfo, mapping: ColumnMapping, width: int) -> dict[str, int]:
    """Target key -> column; refuses a mapping without e-mail or giving a target twice."""
    labels = dict(answer_targets(info))
    column_of: dict[str, int] = {}
    doubled: list[str] = []
    for column, key in sorted(mapping.columns.items()):
        if key not in labels or not 0 <= column < width:
            continue
        if key in column_of:
            doubled.append(labels[key])
        column_of[key] = column
    if doubled:
        raise UserError(
            _("Each question or field can come from one column only: {fields}.").format(
                fields=", ".join(dict.fromkeys(doubled))
            )
        )
    if EMAIL not in column_of:
        raise UserError(_("Choose the column that gives the e-mail of the person who answered."))
    return column_of


class _RowReader:
    """Reads the rows of one table with one mapping against one program year."""

    def __init__(
        self,
        table: SourceTable,
        info: QuestionnaireInfo,
        column_of: dict[str, int],
        on_file: _OnFile,
        today: date,
    ) -> None:
        self.headers = table.headers
        self.info = info
        self.column_of = column_of
        self.on_file = on_file
        self.today = today
        self.evaluation = info.kind == QuestionnaireKind.EVALUATION
        self.missing = unmapped_required(info, ColumnMapping({c: k for k, c in column_of.items()}))
        submitted = column_of.get(SUBMITTED)
        self.months_first = submitted is not None and cells.month_first(
            row[submitted] for row in table.rows if submitted < len(row)
        )

    def header(self, key: str) -> str:
        column = self.column_of.get(key)
        return self.headers[column] if column is not None else ""

    def cell(self, row: Sequence[object], key: str) -> object:
        column = self.column_of.get(key)
        return row[column] if column is not None and column < len(row) else None

    def read(self, number: int, row: Sequence[object]) -> tuple[AnswerPreviewRow, _Key | None]:
        """The row as a preview row (status NEW until the caller sees duplicates and
        earlier answers) and its (participation, pairing) key when it has no problem."""
        problems: list[RowProblem] = []
        answers = self._answers(number, row, problems)
        submitted = self._submitted(number, row, problems)
        email = normalise_email(cells.to_text(self.cell(row, EMAIL)))
        before = len(problems)
        person = self._person(number, email, problems)
        can_answer = person is not None and len(problems) == before
        pair = self._pair(number, row, person, problems) if person and can_answer else None
        form = ResponseForm(
            participation_id=person.participation_id if person else 0,
            version_id=self.info.version_id,
            pairing_id=pair.pairing_id if pair else None,
            submitted_on=submitted,
            answers=answers,
        )
        self._check(number, form, problems)
        key = (form.participation_id, form.pairing_id) if not problems else None
        preview = AnswerPreviewRow(
            row=number,
            status=RowStatus.ERROR if problems else RowStatus.NEW,
            name=person.name if person else "",
            email=email,
            partner_name=pair.partner_name if pair else "",
            answered=sum(1 for a in answers.values() if not a.is_blank),
            form=None if problems else form,
            problems=tuple(problems),
        )
        return preview, key

    def _answers(
        self, number: int, row: Sequence[object], problems: list[RowProblem]
    ) -> dict[str, AnswerValue]:
        answers: dict[str, AnswerValue] = {}
        for question in self.info.questions:
            key = question_key(question.code)
            if key not in self.column_of:
                continue
            try:
                answers[question.code] = read_answer(question, self.cell(row, key))
            except CellError as error:
                problems.append(RowProblem(number, self.header(key), error.message))
        return answers

    def _submitted(self, number: int, row: Sequence[object], problems: list[RowProblem]) -> date:
        raw = self.cell(row, SUBMITTED)
        if cells.is_blank(raw):
            return self.today
        try:
            return cells.to_date(raw, self.months_first)
        except CellError as error:
            problems.append(RowProblem(number, self.header(SUBMITTED), error.message))
            return self.today

    def _person(self, number: int, email: str, problems: list[RowProblem]) -> _Registrant | None:
        column = self.header(EMAIL)
        if not email:
            message = _("The e-mail of the person who answered is missing.")
            problems.append(RowProblem(number, column, message))
            return None
        person = self.on_file.people.get(email.casefold())
        if person is None:
            message = _("No one is registered in {cohort} with this e-mail.").format(
                cohort=self.on_file.cohort_name
            )
            problems.append(RowProblem(number, column, message))
            return None
        if person.withdrawn:
            message = _("{name} has withdrawn from the program this year.")
            problems.append(RowProblem(number, column, message.format(name=person.name)))
        elif person.role != self.info.audience:
            if self.info.audience == Role.MENTOR:
                message = _("This questionnaire is for mentors; {name} is a mentee this year.")
            else:
                message = _("This questionnaire is for mentees; {name} is a mentor this year.")
            problems.append(RowProblem(number, column, message.format(name=person.name)))
        return person

    def _pair(
        self,
        number: int,
        row: Sequence[object],
        person: _Registrant,
        problems: list[RowProblem],
    ) -> _Pair | None:
        """The pair an evaluation is about: the partner's e-mail says which, or the
        person's only pair of the year."""
        if not self.evaluation:
            return None
        column = self.header(PARTNER)
        partner = normalise_email(cells.to_text(self.cell(row, PARTNER)))
        if partner:
            found = [p for p in person.pairs if p.partner_email.casefold() == partner.casefold()]
            if found:
                return found[-1]
            message = _("{name} was not paired with {partner} this year.").format(
                name=person.name, partner=partner
            )
        elif len(person.pairs) == 1:
            return person.pairs[0]
        elif not person.pairs:
            message = _("{name} has no confirmed pair this year, so there is nothing to evaluate.")
            message = message.format(name=person.name)
        else:
            message = _(
                "{name} was in {n} pairs this year: give the partner's e-mail to say which "
                "one is evaluated."
            ).format(name=person.name, n=len(person.pairs))
        problems.append(RowProblem(number, column, message))
        return None

    def _check(self, number: int, form: ResponseForm, problems: list[RowProblem]) -> None:
        """The rules of answers entered by hand, each on its column, once per column."""
        faulty = {p.column for p in problems if p.column}
        missing = {q.code for q in self.missing}
        if self.missing:
            numbers = ", ".join(str(q.position) for q in self.missing)
            message = ngettext(
                "No column answers question {numbers}, which requires an answer.",
                "No column answers questions {numbers}, which require an answer.",
                len(self.missing),
            ).format(numbers=numbers)
            problems.append(RowProblem(number, "", message))
        for error in validate_response(self.info, form, self.today):
            if error.field in missing:
                continue
            key = SUBMITTED if error.field == "submitted_on" else question_key(error.field)
            column = self.header(key)
            if column not in faulty:
                problems.append(RowProblem(number, column, error.message))
                faulty.add(column)


def preview_answers(
    db: Database,
    cohort_id: int,
    info: QuestionnaireInfo,
    table: SourceTable,
    mapping: ColumnMapping,
) -> AnswerImportPreview:
    """Every non-empty row of ``table`` as answers to ``info`` (the version they go to),
    with its status and problems; writes nothing."""
    column_of = _checked_mapping(info, mapping, len(table.headers))
    on_file = _load_on_file(db, cohort_id, info)
    reader = _RowReader(table, info, column_of, on_file, db.clock.today())
    first_row: dict[_Key, int] = {}
    rows: list[AnswerPreviewRow] = []
    for number, row in zip(table.row_numbers, table.rows, strict=False):
        if all(cells.is_blank(value) for value in row):
            continue
        preview, key = reader.read(number, row)
        if key is not None:
            preview = _status(preview, key, first_row, reader)
        rows.append(preview)
    ignored = tuple(h for i, h in enumerate(table.headers) if i not in column_of.values())
    return AnswerImportPreview(
        questionnaire_id=info.questionnaire_id,
        version_id=info.version_id,
        kind=info.kind,
        audience=info.audience,
        rows=tuple(rows),
        ignored_columns=ignored,
        notes=_notes(reader),
    )


def _status(
    preview: AnswerPreviewRow, key: _Key, first_row: dict[_Key, int], reader: _RowReader
) -> AnswerPreviewRow:
    """Duplicate of an earlier row, update of earlier answers, or new; with a line why."""
    column = reader.header(EMAIL)
    if key in first_row:
        if reader.evaluation:
            message = _(
                "The same person evaluates the same pair on row {row}; this row will be skipped."
            )
        else:
            message = _("The same person is on row {row}; this row will be skipped.")
        problem = RowProblem(preview.row, column, message.format(row=first_row[key]))
        return replace(preview, status=RowStatus.DUPLICATE, problems=(*preview.problems, problem))
    first_row[key] = preview.row
    earlier = reader.on_file.answered.get(key)
    if earlier is None:
        return preview
    message = _("Answered before ({date}): the file's answers will replace those.").format(
        date=format_date(earlier)
    )
    problem = RowProblem(preview.row, column, message)
    return replace(preview, status=RowStatus.UPDATE, problems=(*preview.problems, problem))


def _notes(reader: _RowReader) -> tuple[str, ...]:
    notes: list[str] = []
    if SUBMITTED not in reader.column_of:
        notes.append(
            _("No column gives the date of the answers: they are dated today, {date}.").format(
                date=format_date(reader.today)
            )
        )
    if reader.evaluation and PARTNER not in reader.column_of:
        notes.append(
            _(
                "No column gives the partner's e-mail: each person's only pair of the year is "
                "the one evaluated."
            )
        )
    return tuple(notes)
