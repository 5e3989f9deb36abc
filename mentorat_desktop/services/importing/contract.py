"""The data that flows between the import steps, shared by the GUI wizard and the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.registration import RegistrationForm


class ImportFileError(UserError):
    """The file cannot be read at all (the CLI exits 2); nothing was written."""


class ImportRefused(UserError):
    """Some rows have errors and the user did not ask to skip them; nothing was written."""


@dataclass(frozen=True)
class SourceTable:
    """A sheet or CSV file as read: header texts and raw cell values (str, int, float,
    datetime, date, bool or None), with the file row number of each data row."""

    headers: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    row_numbers: tuple[int, ...]
    sheet: str | None = None
    sheets: tuple[str, ...] = ()


@dataclass(frozen=True)
class ColumnMapping:
    """Which column feeds which registration field (column index -> field key); columns
    absent from ``columns`` are ignored. ``role`` applies to the whole file when no column
    is mapped to ``role``. ``consent_given`` is the committee's answer, for a file with no
    consent column, to "did everyone in it consent?": never assumed."""

    columns: dict[int, str]
    role: Role | None = None
    # Where the committee placed wordings of choice fields: field -> folded wording -> the
    # app's category code, or None for "keep as written" (see ``placing``).
    values: dict[str, dict[str, str | None]] = field(default_factory=dict)
    # Day/month order chosen by the user for a date column (True: month first).
    month_first: dict[int, bool] = field(default_factory=dict)
    # A field's column -> its ``_Value``/``_Label`` twin, read when the field's own cell
    # holds nothing the app can place.
    twins: dict[int, int] = field(default_factory=dict)

    def placed(self, key: str) -> dict[str, str | None]:
        return self.values.get(key, {})
    consent_given: bool = False


class RowStatus(StrEnum):
    NEW = "new"  # not registered in this program year (may link to a known person)
    UPDATE = "update"  # registered in this year, answers differ: update or skip
    DUPLICATE = "duplicate"  # same answers as on file, or the e-mail repeats in the file
    ERROR = "error"


class DuplicatePolicy(StrEnum):
    UPDATE = "update"
    SKIP = "skip"


@dataclass(frozen=True)
class RowProblem:
    row: int  # row number in the file, as a spreadsheet shows it
    column: str  # header text of the column in fault, "" for the row as a whole
    message: str  # in the user's language


@dataclass(frozen=True)
class PreviewRow:
    row: int
    status: RowStatus
    name: str
    email: str
    role: Role | None
    form: RegistrationForm | None
    problems: tuple[RowProblem, ...] = ()
    known_person: bool = False  # the e-mail belongs to someone from an earlier year


class CheckedRow(Protocol):
    @property
    def status(self) -> RowStatus: ...

    @property
    def problems(self) -> tuple[RowProblem, ...]: ...


class RowsByStatus:
    """The counting every import preview does over its rows, whatever else a row holds.

    A mixin for frozen dataclasses with a ``rows`` field; ``status_counts`` fills the
    ``{new}``, ``{update}``, ``{duplicate}`` and ``{error}`` fields of a preview's sentence."""

    rows: Sequence[CheckedRow]

    def count(self, status: RowStatus) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def status_counts(self) -> dict[str, int]:
        return {status.value: self.count(status) for status in RowStatus}

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        return tuple(p for r in self.rows for p in r.problems)


@dataclass(frozen=True)
class UnplacedAnswer:
    """A wording of a choice field that no category fits yet, and how many rows use it."""

    key: str  # the field
    kind: str  # the field's kind of choice (see ``placing.CATEGORIES``)
    column: str  # header of the column it came from
    wording: str  # as written in the file (first spelling met)
    rows: int


@dataclass(frozen=True)
class DateColumn:
    """How the dates of one column were read, for the preview's line about it."""

    column: int
    header: str
    month_first: bool
    decided_by: str  # "value", "clock", "default" or "user"
    example: str | None


@dataclass(frozen=True)
class ImportPreview(RowsByStatus):
    rows: tuple[PreviewRow, ...]
    ignored_columns: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())  # e.g. how consent was taken
    unplaced: tuple[UnplacedAnswer, ...] = ()
    incomplete: int = 0  # entries the form service marks Incomplete: not registrations
    date_columns: tuple[DateColumn, ...] = ()
    # Required fields that no column feeds: (field label, ...); the rows are not checked.
    missing_fields: tuple[str, ...] = ()
    unrecognised_columns: tuple[str, ...] = ()
    # The forms this preview made, cleaned and checked, by id: held here so that no other
    # form can take one of their ids while the preview lives; the import then need not
    # check them again (a form put in a row afterwards is checked).
    checked_forms: dict[int, RegistrationForm] = field(
        default_factory=dict, compare=False, repr=False
    )

    def is_checked(self, form: RegistrationForm) -> bool:
        """Whether ``form`` is one this preview cleaned and found valid."""
        return self.checked_forms.get(id(form)) is form

    @property
    def rows_to_review(self) -> int:
        return sum(1 for r in self.rows if r.form is not None and r.form.answers_to_review)
    # Where consent comes from: "column", "confirmed" (by the committee), "missing".
    consent: str = "column"

    def describe(self) -> str:
        """One sentence counting the rows of each status, for the wizard and the CLI."""
        return _(
            "{new} new, {update} already registered with changes, {duplicate} duplicates, "
            "{error} with errors."
        ).format(**self.status_counts())


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    skipped: int
    errors: tuple[RowProblem, ...] = ()
