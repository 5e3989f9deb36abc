"""One document asked for from the pair page or the participants page: what to call it, what
language "follow" means for it, and how to write it once the options are chosen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from mentorat_desktop.db import Database
from mentorat_desktop.documents.data import load_pair
from mentorat_desktop.documents.file_names import file_stem
from mentorat_desktop.documents.kinds import DocumentKind
from mentorat_desktop.documents.languages import DocLanguage, for_person, for_two
from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Participation
from mentorat_desktop.views.documents.document_options_dialog import DocumentOptions


@dataclass(frozen=True)
class DocumentRequest:
    kind: DocumentKind
    stem: str  # the suggested file name, as the Documents page would name the same file
    subject: str  # who the document is for, shown in the options dialog
    followed: DocLanguage
    write: Callable[[BytesIO, DocumentOptions], None]

    def render(self, options: DocumentOptions) -> bytes:
        """The whole PDF in memory, so nothing touches the disk until it is complete."""
        buffer = BytesIO()
        self.write(buffer, options)
        return buffer.getvalue()


def pair_request(db: Database, pairing_id: int, kind: DocumentKind) -> DocumentRequest:
    pair = load_pair(db, pairing_id)

    def write(target: BytesIO, options: DocumentOptions) -> None:
        from mentorat_desktop.documents.printing import write_pair_document  # reportlab

        write_pair_document(
            db, pairing_id, kind, target, options.language, options.page_size, options.blank
        )

    return DocumentRequest(
        kind,
        file_stem(kind.value, pair.year.name, pair.mentee.last_name, pair.mentor.last_name),
        _("{mentee} and {mentor}, program year {year}").format(
            mentee=pair.mentee.full_name, mentor=pair.mentor.full_name, year=pair.year.name
        ),
        for_two(pair.mentee.language, pair.mentor.language),
        write,
    )


def credit_request(db: Database, participation_id: int) -> DocumentRequest:
    with db.unit_of_work() as session:
        person = session.get(Participation, participation_id)
        if person is None:
            raise NotFound(_("This participant no longer exists."))
        first, last = person.person.first_name, person.person.last_name
        year, language = person.cohort.name, person.preferred_language.value

    def write(target: BytesIO, options: DocumentOptions) -> None:
        from mentorat_desktop.documents.printing import write_credit_statement  # reportlab

        write_credit_statement(db, participation_id, target, options.language, options.page_size)

    kind = DocumentKind.CREDITS
    return DocumentRequest(
        kind,
        file_stem(kind.value, year, last, first),
        _("{person}, program year {year}").format(person=f"{first} {last}".strip(), year=year),
        for_person(language),
        write,
    )
