"""Refresh the message catalogs from the code: ``python scripts/update_catalogs.py``.

Extracts every marked message into ``i18n/mentorat.pot``, merges it into the French and
English catalogs (keeping existing translations, dropping obsolete ones), and fills the
English catalog with the source text where it is still empty, since the code is written in
English. Prints the French messages still to translate; the tests fail while any remain.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "mentorat_desktop"
I18N = ROOT / "i18n"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "ngettext_in": (2, 3)}
METHODS = [("**.py", "python")]


def extract() -> Catalog:
    template = Catalog(project="Mentorat", domain="mentorat", fuzzy=False)
    for filename, lineno, message, comments, context in extract_from_dir(
        str(SOURCE), METHODS, keywords=KEYWORDS, strip_comment_tags=True
    ):
        template.add(message, locations=[(f"mentorat_desktop/{filename}", lineno)],
                     auto_comments=comments, context=context)
    return template


def merge(template: Catalog, language: str) -> Catalog:
    path = I18N / language / "LC_MESSAGES" / "mentorat.po"
    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
    else:
        catalog = Catalog(locale=language, domain="mentorat", project="Mentorat")
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()
    catalog.fuzzy = False
    catalog.project = "Mentorat"
    catalog.copyright_holder = "CCLS, chapitre du Québec"
    catalog.last_translator = "Comité de mentorat <mentorat@example.org>"
    catalog.language_team = "Comité de mentorat"
    if language == "en":
        for message in catalog:
            if message.id and not _translated(message.string):
                message.string = message.id
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, catalog, width=100, omit_header=False, sort_output=False,
                 include_previous=False)
    return catalog


def _translated(value: object) -> bool:
    if isinstance(value, tuple | list):
        return all(value)
    return bool(value)


def main() -> int:
    template = extract()
    with (I18N / "mentorat.pot").open("wb") as handle:
        write_po(handle, template, width=100)
    missing = 0
    for language in ("fr", "en"):
        catalog = merge(template, language)
        for message in catalog:
            if message.id and not _translated(message.string):
                missing += 1
                print(f"[{language}] {message.id!r}")
    print(f"{len(template)} messages; {missing} to translate.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
