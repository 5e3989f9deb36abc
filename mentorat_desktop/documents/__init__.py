"""The documents the committee prints, as PDF files (reportlab); no Qt here.

Layout code receives frozen dataclasses (``data``) and produces a ``DocumentPart``;
``render.write_pdf`` turns one or several parts into a file. ``printing`` and
``program_year`` are the entry points for the GUI and the command line.
"""

from __future__ import annotations

import importlib
from typing import Any

# Each name and the module it comes from, imported when first asked for: naming a document
# kind in a menu must not load reportlab.
_WHERE = {
    "BOTH": "languages",
    "DOC_LANGUAGES": "languages",
    "DocLanguage": "languages",
    "DocumentKind": "kinds",
    "DocumentPart": "render",
    "PlannedDocument": "program_year",
    "plan_documents": "program_year",
    "write_credit_statement": "printing",
    "write_documents": "program_year",
    "write_pair_document": "printing",
    "write_pdf": "render",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(name)
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
