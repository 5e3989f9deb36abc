"""The documents the committee prints, as PDF files (reportlab); no Qt here.

Layout code receives frozen dataclasses (``data``) and produces a ``DocumentPart``;
``render.write_pdf`` turns one or several parts into a file. ``printing`` and
``program_year`` are the entry points for the GUI and the command line.
"""

from mentorat_desktop.documents.kinds import DocumentKind
from mentorat_desktop.documents.languages import BOTH, DOC_LANGUAGES, DocLanguage
from mentorat_desktop.documents.printing import write_credit_statement, write_pair_document
from mentorat_desktop.documents.program_year import (
    PlannedDocument,
    plan_documents,
    write_documents,
)
from mentorat_desktop.documents.render import DocumentPart, write_pdf

__all__ = [
    "BOTH",
    "DOC_LANGUAGES",
    "DocLanguage",
    "DocumentKind",
    "DocumentPart",
    "PlannedDocument",
    "plan_documents",
    "write_credit_statement",
    "write_documents",
    "write_pair_document",
    "write_pdf",
]
