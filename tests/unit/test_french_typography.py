"""OQLF typography over the whole French catalog, and every marked text reaches the catalog."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0\u202f"
RULES = {
    "space before « : » must not break (U+00A0)": re.compile(
        r"(?:^|[^\s" + NBSP + r"{%/\d]):(?=\s|$)| :"
    ),
    "inside « » the space must not break (U+00A0)": re.compile(
        r"«(?![" + NBSP + r"])|(?<![" + NBSP + r"])»"
    ),
    "no space before ; ? ! (Quebec usage; a line could start with it)": re.compile(
        r"[ \u00a0\u202f][;?!]"
    ),
    "times are written « 9 h 30 »": re.compile(r"\b\d{1,2}:\d{2}\b|\b0\d h"),
    "the first of the month is « 1er »": re.compile(
        r"\b1 (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
        r"décembre)"
    ),
    "no elision is possible before a name (« de {name} »)": re.compile(
        r"\b(?:de|que|le|la) \{(?:name|mentor|mentee|person|people|mentor_first|mentee_first|"
        r"first_name|partner)\}"
    ),
}


def _french_strings() -> list[tuple[str, str]]:
    with (ROOT / "i18n/fr/LC_MESSAGES/mentorat.po").open("rb") as handle:
        catalog = read_po(handle, locale="fr")
    pairs = []
    for message in catalog:
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple | list) else [message.string]
        pairs += [(msgid, text) for text in strings if text]
    return pairs


@pytest.mark.parametrize("rule", list(RULES))
def test_the_french_catalog_follows_the_rule(rule: str) -> None:
    pattern = RULES[rule]
    offenders = [text for _msgid, text in _french_strings() if pattern.search(text)]
    assert offenders == [], f"{rule}: {offenders[:5]}"


def test_the_rules_catch_what_they_are_for() -> None:
    samples = {
        "Mentor : Jean": RULES["space before « : » must not break (U+00A0)"],
        "Mentor: Jean": RULES["space before « : » must not break (U+00A0)"],
        "le champ « nom »": RULES["inside « » the space must not break (U+00A0)"],
        "le 1 septembre": RULES["the first of the month is « 1er »"],
        "à 09 h 30": RULES["times are written « 9 h 30 »"],
        "mentor de {mentee}": RULES["no elision is possible before a name (« de {name} »)"],
    }
    for text, pattern in samples.items():
        assert pattern.search(text), text
    assert not RULES["space before « : » must not break (U+00A0)"].search("Mentor\u00a0: Jean")


def _marked_texts() -> set[str]:
    """Every literal passed to _() or N_() in the package, f-strings included."""
    texts = set()
    for path in (ROOT / "mentorat_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"_", "N_"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                texts.add(node.args[0].value)
    return texts


def test_every_marked_text_has_a_french_translation() -> None:
    """A text marked inside an f-string escapes extraction and showed in English."""
    translated = {msgid for msgid, _text in _french_strings()}
    missing = sorted(_marked_texts() - translated)
    assert missing == []


def test_dates_and_times_follow_french_usage() -> None:
    from datetime import date, datetime

    from mentorat_desktop.documents.dates import date_and_time
    from mentorat_desktop.i18n import format_date

    assert format_date(date(2026, 9, 1), "long", language="fr") == "1er septembre 2026"
    assert format_date(date(2026, 9, 11), "long", language="fr") == "11 septembre 2026"
    assert format_date(date(2026, 9, 1), "long", language="en") == "September 1, 2026"
    assert date_and_time("fr", datetime(2026, 10, 8, 9, 30)).endswith("9\u00a0h\u00a030")


# Calques the glossary (/work/shared/GLOSSARY.md) replaces: one French term per concept.
CALQUES = {
    "« menés à terme », not « complété »": re.compile(r"\b[Cc]omplétée?s?\b"),
    "a draft pair is « provisoire », not « brouillon »": re.compile(
        r"duos? brouillons?|étape du brouillon|comme brouillons?"
    ),
    "a file is « créé », not « écrit »": re.compile(r"\bfichiers? (?:sera|seront) écrits?"),
    "« langue de préférence », not « langue préférée »": re.compile(r"[Ll]angue préférée"),
    "a pair is « jumelé le », not « attribué le »": re.compile(r"\battribuée? le\b"),
    "a program year is « pour l'année {cohort} », not « dans {cohort} »": re.compile(
        r"dans \{cohort\}"
    ),
    "« à faire », not « dû » (owed)": re.compile(r"\bdûs?\b"),
    "the two partners are « le duo », not « ils »": re.compile(
        r"\bs'ils n'en ont\b|\bils (?:ont convenu|se sont rencontrés|travailleront)\b"
        r"|\bmentoré réfléchit à l'endroit où il\b"
    ),
}


@pytest.mark.parametrize("term", list(CALQUES))
def test_the_french_catalog_uses_the_glossary_term(term: str) -> None:
    offenders = [text for _msgid, text in _french_strings() if CALQUES[term].search(text)]
    assert offenders == [], f"{term}: {offenders[:5]}"


def test_the_calque_checks_catch_what_they_are_for() -> None:
    assert CALQUES["« menés à terme », not « complété »"].search("Complétés")
    assert CALQUES["a draft pair is « provisoire », not « brouillon »"].search("5 duos brouillons")
    assert CALQUES["a file is « créé », not « écrit »"].search("3 fichiers seront écrits")
    assert not CALQUES["a draft pair is « provisoire », not « brouillon »"].search(
        "2 brouillons de courriel ouverts"
    )
