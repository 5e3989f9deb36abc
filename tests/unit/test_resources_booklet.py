"""The resource library printed: one document or the whole library, in French or English."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import ListFlowable, Paragraph

from mentorat_desktop.documents.file_names import file_stem
from mentorat_desktop.documents.resources_booklet import (
    LIBRARY_TITLE,
    booklet_parts,
    booklet_stem,
    runs_markup,
    write_booklet,
)
from mentorat_desktop.i18n import translate_in
from mentorat_desktop.models.enums import PageSize
from mentorat_desktop.services.resources.library import (
    SLUGS,
    Run,
    library,
    library_dir,
    load_document,
)

TEXTS = {
    "fr": (
        "# Rôles et responsabilités\n\n"
        "Chaque partenaire a un rôle <clair> & **précis**.\n\n"
        "## Le mentoré\n\n"
        "- **Confidentialité** : ce qui se dit reste entre vous.\n"
        "- Préparation des rencontres\n\n"
        "### En cas de difficulté\n\n"
        "Parlez-vous d'abord.\n"
    ),
    "en": (
        "# Roles and responsibilities\n\n"
        "Each partner has a <clear> & **precise** role.\n\n"
        "## The mentee\n\n"
        "- **Confidentiality**: what is said stays between you.\n"
        "- Preparing the meetings\n\n"
        "### When things go wrong\n\n"
        "Talk to each other first.\n"
    ),
}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    for language, text in TEXTS.items():
        (tmp_path / language).mkdir()
        for slug in SLUGS:
            body = text if slug == "roles" else f"# {slug} {language}\n\n- Item of {slug}\n"
            (tmp_path / language / f"{slug}.md").write_text(body, encoding="utf-8")
    return tmp_path


def _text(data: bytes) -> str:
    reader = PdfReader(BytesIO(data))
    return " ".join(" ".join(p.extract_text().replace("\u00a0", " ").split()) for p in reader.pages)


def _pdf(folder: Path, language: str, slugs: list[str] | None = None) -> bytes:
    buffer = BytesIO()
    write_booklet(buffer, language, "2026-2027", slugs, PageSize.LETTER, folder)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", ["Rôles et responsabilités", "Confidentialité : ce qui se dit reste entre vous."]),
        ("en", ["Roles and responsibilities", "Confidentiality: what is said stays between you."]),
    ],
)
def test_one_document_prints_its_title_and_bullets(folder, language, expected) -> None:
    data = _pdf(folder, language, ["roles"])
    text = _text(data)
    for line in expected:
        assert line in text
    assert ("<clair>" if language == "fr" else "<clear>") in text  # escaped, not markup
    assert "2026-2027" in text  # the program year in the header
    assert "tips" not in text
    assert PdfReader(BytesIO(data)).metadata.title == expected[0]


def test_the_whole_library_has_each_document_on_its_own_pages(folder) -> None:
    data = _pdf(folder, "en")
    reader = PdfReader(BytesIO(data))
    assert len(reader.pages) == 4
    assert "Item of phases" in reader.pages[2].extract_text()
    assert reader.metadata.title == translate_in("en", LIBRARY_TITLE)


def test_bold_runs_become_bold_markup_and_text_is_escaped() -> None:
    markup = runs_markup((Run("a < b "), Run("& bold", bold=True), Run(" end")))
    assert markup == "a &lt; b <b>&amp; bold</b> end"


def test_bullets_are_a_real_list_and_headings_keep_with_what_follows(folder) -> None:
    story = booklet_parts("en", "2026-2027", ["roles"], folder)[0].story
    lists = [f for f in story if isinstance(f, ListFlowable)]
    assert len(lists) == 1
    headings = [
        f
        for f in story
        if isinstance(f, Paragraph) and f.getPlainText() in ("The mentee", "When things go wrong")
    ]
    assert len(headings) == 2 and all(h.style.keepWithNext for h in headings)


def test_file_names_come_from_the_title(folder) -> None:
    document = load_document("roles", "fr", folder)
    assert booklet_stem("fr", document) == "roles-et-responsabilites"
    assert booklet_stem("en") == file_stem(translate_in("en", LIBRARY_TITLE))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_shipped_library_prints_whole(language: str) -> None:
    if not library_dir().is_dir():
        pytest.skip(f"the library texts are not in {library_dir()} yet")
    buffer = BytesIO()
    write_booklet(buffer, language, "2026-2027")
    text = _text(buffer.getvalue())
    for document in library(language):
        assert " ".join(document.title.split()) in text
