"""Every document of one kind for a whole program year: one file each, or one merged file.

Pair documents cover the pairs past the draft stage (confirmed, active or ended); credit
statements cover every participant with at least one logged session, certified or not
(the statement says when no credit is due) and withdrawn or not (the hours were earned).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mentorat_desktop.db import Database
from mentorat_desktop.documents.credits_statement import credits_part
from mentorat_desktop.documents.data import load_pairs, participants_with_sessions
from mentorat_desktop.documents.file_names import file_stem, unique
from mentorat_desktop.documents.kinds import DocumentKind, pair_part
from mentorat_desktop.documents.languages import DocLanguage
from mentorat_desktop.documents.render import DocumentPart, write_pdf
from mentorat_desktop.models.enums import PageSize
from mentorat_desktop.services.followup.credits import credit_statement


@dataclass(frozen=True)
class PlannedDocument:
    """A document laid out and named, not yet written."""

    stem: str
    part: DocumentPart


def plan_documents(
    db: Database,
    cohort_id: int,
    year: str,
    kind: DocumentKind,
    language: DocLanguage | None = None,
    issued_on: date | None = None,
    blank: bool = False,
    only: Collection[int] | None = None,
) -> list[PlannedDocument]:
    """The year's documents of ``kind``; ``language`` None follows each person or pair.

    ``blank`` leaves the goals worksheets empty; ``issued_on`` dates the credit statements
    (today by the file's clock when None); ``only`` keeps the pairs (pairing ids) or people
    (participation ids) chosen, None keeps them all.
    """
    if kind.is_for_pair:
        pairs = [p for p in load_pairs(db, cohort_id) if only is None or p.pairing_id in only]
        stems = [file_stem(kind.value, year, p.mentee.last_name, p.mentor.last_name) for p in pairs]
        parts = [pair_part(kind, pair, language, blank) for pair in pairs]
    else:
        people = [
            p
            for p in participants_with_sessions(db, cohort_id)
            if only is None or p.participation_id in only
        ]
        stems = [file_stem(kind.value, year, p.last_name, p.first_name) for p in people]
        issued = issued_on or db.clock.today()
        parts = [
            credits_part(credit_statement(db, p.participation_id), language, issued) for p in people
        ]
    return [PlannedDocument(stem, part) for stem, part in zip(unique(stems), parts, strict=True)]


def write_documents(
    planned: Sequence[PlannedDocument],
    folder: Path,
    page_size: PageSize = PageSize.LETTER,
    merged: tuple[str, str] | None = None,
) -> list[Path]:
    """One file per document, or, given ``merged`` (file stem, title), one file for all."""
    folder.mkdir(parents=True, exist_ok=True)
    if merged is not None:
        stem, title = merged
        path = folder / f"{stem}.pdf"
        write_pdf(path, [p.part for p in planned], page_size, title=title)
        return [path]
    paths = []
    for document in planned:
        path = folder / f"{document.stem}.pdf"
        write_pdf(path, [document.part], page_size)
        paths.append(path)
    return paths
