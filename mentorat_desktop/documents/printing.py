"""One document, from the database to a file: what the pair page and the Documents page call.

Each function reads what it needs in its own unit of work, then lays the document out with
no database session open.
"""

from __future__ import annotations

from datetime import date

from mentorat_desktop.db import Database
from mentorat_desktop.documents.credits_statement import credits_part
from mentorat_desktop.documents.data import load_pair
from mentorat_desktop.documents.kinds import DocumentKind, pair_part
from mentorat_desktop.documents.languages import DocLanguage
from mentorat_desktop.documents.render import Target, write_pdf
from mentorat_desktop.models.enums import PageSize
from mentorat_desktop.services.followup.credits import credit_statement


def write_pair_document(
    db: Database,
    pairing_id: int,
    kind: DocumentKind,
    target: Target,
    language: DocLanguage | None = None,
    page_size: PageSize = PageSize.LETTER,
    blank: bool = False,
) -> None:
    """Engagement form, goals worksheet or introduction sheet of one pair.

    ``language`` None follows the pair: their shared language, or both when they differ.
    """
    write_pdf(target, [pair_part(kind, load_pair(db, pairing_id), language, blank)], page_size)


def write_credit_statement(
    db: Database,
    participation_id: int,
    target: Target,
    language: DocLanguage | None = None,
    page_size: PageSize = PageSize.LETTER,
    issued_on: date | None = None,
) -> None:
    """A participant's statement of sessions, hours and (if certified) credits."""
    statement = credit_statement(db, participation_id)
    write_pdf(
        target,
        [credits_part(statement, language, issued_on or db.clock.today())],
        page_size,
    )
