"""The shapes of a form service's column headers, before any wording is compared.

Form services export either the questions' labels ("Adresse courriel") or their internal
field names: words run together (``EtapeDeCarriere``, ``CCHLMember``) or joined by ``_``
(``Contact_Email``), a name split into ``Name_First`` / ``Name_Last``, the entry's own
``Entry_Number`` or ``<FormName>_Id``, trailing ``Entry_Status`` and ``Entry_Date*``
columns, and a choice field's ``_Value`` / ``_Label`` twin. ``analyse`` recognises these
shapes so that ``columns.guess_mapping`` only has to compare words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_NAME_PARTS = {"first": "first_name", "last": "last_name"}
_OTHER_NAME_PARTS = frozenset({"middle", "title", "suffix", "prefix"})
_TWIN_SUFFIXES = frozenset({"value", "label"})
# Entry columns that say nothing the registration keeps.
_ENTRY_IGNORED = frozenset({"datecreated", "dateupdated", "createdby", "updatedby"})


def spaced(header: object) -> str:
    """An internal field name as words: ``EtapeDeCarriere`` -> ``Etape De Carriere``,
    ``Name_First`` -> ``Name First``; a label with spaces is left as it is."""
    text = "" if header is None else str(header).strip()
    if " " in text:
        return text
    return _CAMEL.sub(" ", text).replace("_", " ")


def _parts(header: object) -> list[str]:
    text = "" if header is None else str(header).strip()
    return [p for p in text.split("_") if p] if " " not in text else [text]


@dataclass
class HeaderShapes:
    """What the headers' shapes alone tell about the columns."""

    columns: dict[int, str] = field(default_factory=dict)  # column -> field key
    submitted: int | None = None  # Entry_DateSubmitted: the registration date when no other
    twins: dict[int, int] = field(default_factory=dict)  # field column -> its _Value/_Label twin
    known: set[int] = field(default_factory=set)  # understood and deliberately not imported
    alternatives: dict[int, list[str]] = field(default_factory=dict)  # other readings to try


def analyse(headers: Sequence[object]) -> HeaderShapes:
    """Recognise name parts, entry columns and twins; list, for ``Section_Field`` headers,
    the shorter readings (``Field``) to compare when the whole header matches nothing."""
    shapes = HeaderShapes()
    lowered = [str(h or "").strip().casefold() for h in headers]
    for column, header in enumerate(headers):
        parts = _parts(header)
        if len(parts) < 2:
            continue
        last = parts[-1].casefold()
        first = parts[0].casefold()
        if first == "entry":
            rest = "".join(parts[1:]).casefold()
            if rest in ("number", "id"):
                shapes.columns[column] = "entry_number"
            elif rest == "status":
                shapes.columns[column] = "entry_status"
            elif rest == "datesubmitted":
                shapes.submitted = column
            else:
                shapes.known.add(column)
            continue
        if len(parts) == 2 and last == "id":
            shapes.columns[column] = "entry_number"
        elif last in _NAME_PARTS:
            shapes.columns.setdefault(column, _NAME_PARTS[last])
        elif last in _OTHER_NAME_PARTS:
            shapes.known.add(column)
        elif last in _TWIN_SUFFIXES:
            base = "_".join(parts[:-1]).casefold()
            if base in lowered:
                shapes.twins[lowered.index(base)] = column
                shapes.known.add(column)
            else:  # only the twin was exported: read it as the field itself
                shapes.alternatives[column] = ["_".join(parts[:-1]), *_tails(parts[:-1])]
        else:
            shapes.alternatives[column] = _tails(parts)
    # A name in one column and its parts elsewhere: the parts win, so one pair of columns
    # feeds first and last names.
    keys = list(shapes.columns.values())
    for key in ("first_name", "last_name"):
        if keys.count(key) > 1:
            for column in [c for c, k in shapes.columns.items() if k == key][1:]:
                del shapes.columns[column]
                shapes.known.add(column)
    return shapes


def _tails(parts: Sequence[str]) -> list[str]:
    """``Section_Sub_Field`` -> ``Sub_Field``, ``Field``: the field's own name last."""
    return ["_".join(parts[i:]) for i in range(1, len(parts))]
