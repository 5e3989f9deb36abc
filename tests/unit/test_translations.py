"""Every message a user can see exists in French and in English, with the same placeholders."""

from __future__ import annotations

import gettext
import importlib.util
import io
import re
import string
from datetime import date
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from mentorat_desktop import i18n
from mentorat_desktop.paths import i18n_dir

ROOT = Path(__file__).resolve().parents[2]


def _load_extractor():
    spec = importlib.util.spec_from_file_location(
        "update_catalogs", ROOT / "scripts" / "update_catalogs.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _catalog(language: str) -> Catalog:
    with (i18n_dir() / language / "LC_MESSAGES" / "mentorat.po").open("rb") as handle:
        return read_po(handle, locale=language)


def _strings(value: object) -> list[str]:
    return list(value) if isinstance(value, tuple | list) else [str(value or "")]


def _placeholders(text: str) -> set[str]:
    braces = {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}
    printf = set(re.findall(r"%(?:\([a-z_]+\))?[sdr]", text))
    return braces | printf


@pytest.fixture(scope="module")
def source_messages() -> list[str]:
    template = _load_extractor().extract()
    return [m.id if isinstance(m.id, str) else m.id[0] for m in template if m.id]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_message_of_the_code_is_translated(language: str, source_messages: list[str]) -> None:
    catalog = _catalog(language)
    missing = []
    for msgid in source_messages:
        message = catalog.get(msgid)
        if message is None or message.fuzzy or not all(_strings(message.string)):
            missing.append(msgid)
    assert missing == [], f"{len(missing)} messages lack a {language} translation: {missing[:10]}"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for message in _catalog(language):
        if not message.id:
            continue
        ids = _strings(message.id)
        for translated in _strings(message.string):
            if translated and _placeholders(translated) - _placeholders(ids[-1]) - _placeholders(
                ids[0]
            ):
                wrong.append((message.id, translated))
            if (
                translated
                and _placeholders(ids[0]) - {"{n}"} - _placeholders(translated)
                and len(ids) == 1
            ):
                wrong.append((message.id, translated))
    assert wrong == []


def test_french_is_the_default_and_english_is_selectable() -> None:
    assert i18n.DEFAULT_LANGUAGE == "fr"
    assert i18n._("Participants") == "Participants"
    assert i18n._("Dashboard") == "Tableau de bord"
    i18n.set_language("en")
    assert i18n._("Dashboard") == "Dashboard"


def test_unknown_language_falls_back_to_french() -> None:
    assert i18n.set_language("de") == "fr"


def test_dates_and_numbers_follow_the_language() -> None:
    day = date(2026, 9, 3)
    assert i18n.format_date(day, "long") == "3 septembre 2026"
    assert i18n.format_number(1234.5) == "1\u00a0234,5"
    i18n.set_language("en")
    assert i18n.format_date(day, "long") == "September 3, 2026"
    assert i18n.format_number(1234.5) == "1,234.5"


def test_a_compiled_catalog_is_kept_and_an_edited_catalog_compiled_again(tmp_path, monkeypatch):
    monkeypatch.setenv("MENTORAT_DATA_DIR", str(tmp_path))
    source = (i18n_dir() / "fr" / "LC_MESSAGES" / "mentorat.po").read_bytes()
    compiled = i18n.compiled_catalog("fr", source)
    (kept,) = (tmp_path / "catalogs").iterdir()
    assert kept.read_bytes() == compiled and kept.stat().st_mode & 0o077 == 0
    edited = source.replace(b'msgstr "Quitter"', b'msgstr "Fermer Mentorat"')
    assert edited != source
    again = gettext.GNUTranslations(io.BytesIO(i18n.compiled_catalog("fr", edited)))
    assert again.gettext("Quit") == "Fermer Mentorat"
    assert [p.name for p in (tmp_path / "catalogs").iterdir()] != [kept.name]  # the old one went
    kept_now = next((tmp_path / "catalogs").iterdir())
    kept_now.write_bytes(b"damaged")
    assert i18n.compiled_catalog("fr", edited) == b"damaged"  # read as kept ...
    i18n.translations.cache_clear()
    monkeypatch.setattr(i18n, "compiled_catalog", lambda _language, _source: b"damaged")
    try:
        assert i18n.translations("fr").gettext("Quit") == "Quitter"  # ... and compiled anew
    finally:
        i18n.translations.cache_clear()


def test_english_texts_use_the_programs_words_not_the_codes() -> None:
    """« flow » is the code's name for a phase's step; a volunteer reads « step »."""
    jargon = re.compile(r"\bflows?\b")
    offenders = [
        message.id
        for message in _catalog("en")
        if message.id and any(jargon.search(text) for text in _strings(message.id))
    ]
    assert offenders == []
