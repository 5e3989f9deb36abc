"""The resource library's texts: the Markdown subset they are written in, and the shipped
files themselves (every one parses, and each translation has the shape of its original)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorat_desktop.services.resources.library import (
    CHAPTER_CONTACT,
    SLUGS,
    BulletList,
    Heading,
    Paragraph,
    Run,
    library,
    library_dir,
    load_document,
    parse_document,
    with_committee_contact,
)

ROLES = """# Roles and responsibilities

A mentoring relationship works best when **both partners** know
what to expect of each other.

## The mentee

- **Confidentiality**: what is said stays between you.
- **Preparation**: you prepare each meeting so that your mentor's
  time is well used.

### When things go wrong

Talk to each other first.
"""


def _write(folder: Path, language: str, slug: str, text: str) -> None:
    (folder / language).mkdir(parents=True, exist_ok=True)
    (folder / language / f"{slug}.md").write_text(text, encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small library: every document in both languages."""
    for language in ("fr", "en"):
        for slug in SLUGS:
            _write(tmp_path, language, slug, f"# {slug} ({language})\n\nSome text.\n")
    _write(tmp_path, "en", "roles", ROLES)
    return tmp_path


def test_a_document_reads_as_title_headings_paragraphs_and_lists(folder: Path) -> None:
    document = load_document("roles", "en", folder)
    assert document.title == "Roles and responsibilities"
    assert document.blocks == (
        Heading(1, "Roles and responsibilities"),
        Paragraph(
            (
                Run("A mentoring relationship works best when "),
                Run("both partners", bold=True),
                Run(" know what to expect of each other."),  # lines of a paragraph joined
            )
        ),
        Heading(2, "The mentee"),
        BulletList(
            (
                (Run("Confidentiality", bold=True), Run(": what is said stays between you.")),
                (
                    Run("Preparation", bold=True),
                    Run(": you prepare each meeting so that your mentor's time is well used."),
                ),
            )
        ),
        Heading(3, "When things go wrong"),
        Paragraph((Run("Talk to each other first."),)),
    )


def test_the_library_lists_the_four_documents_in_reading_order(folder: Path) -> None:
    documents = library("fr", folder)
    assert [d.slug for d in documents] == ["roles", "tips", "phases", "mentoring_vs_coaching"]
    assert {d.language for d in documents} == {"fr"}
    assert documents[1].title == "tips (fr)"


def test_windows_line_endings_and_a_byte_order_mark_are_accepted(tmp_path: Path) -> None:
    (tmp_path / "fr").mkdir()
    (tmp_path / "fr" / "tips.md").write_bytes("\ufeff# Conseils\r\n\r\n- Un\r\n".encode())
    document = load_document("tips", "fr", tmp_path)
    assert document.title == "Conseils"
    assert document.blocks[1] == BulletList(((Run("Un"),),))


def test_an_unknown_document_or_language_is_a_programming_error(folder: Path) -> None:
    with pytest.raises(ValueError, match="unknown resource document"):
        load_document("faq", "fr", folder)
    with pytest.raises(ValueError, match="unknown language"):
        load_document("roles", "de", folder)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("Roles\n\nText.\n", "first line must be the title"),
        ("\n# Roles\n\nText.\n", "the first line"),
        ("# Roles\n", "nothing else"),
        ("# Roles\n\n# Again\n", "only the first line"),
        ("# Roles\n\n#### Deep\n", "down to ###"),
        ("# Roles\n\n##Tight\n", "a heading is"),
        ("# Roles\n\n## **Bold** heading\n", "already bold"),
        ("# Roles\n\n- One\n  - Nested\n", "nested"),
        ("# Roles\n\n* Star bullet\n", 'only "- " bullets'),
        ("# Roles\n\n1. Numbered\n", 'only "- " bullets'),
        ("# Roles\n\nSome **bold text.\n", "unbalanced"),
        ("# Roles\n\nSome *italic* text.\n", "not *italics*"),
        ("# Roles\n\nEmpty **** bold.\n", "empty bold"),
        ("# Roles\n\n- \n", "empty bullet"),
    ],
)
def test_anything_outside_the_subset_is_refused_with_its_line(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match="line") as failure:
        parse_document("roles", "fr", text, source="fr/roles.md")
    assert problem in str(failure.value)
    assert "fr/roles.md" in str(failure.value)


def test_the_outline_ignores_words_but_not_structure() -> None:
    french = parse_document("tips", "fr", "# Conseils\n\nTexte.\n\n## Pour vous\n\n- Un\n- Deux\n")
    english = parse_document("tips", "en", "# Tips\n\nText.\n\n## For you\n\n- One\n- Two\n")
    shorter = parse_document("tips", "en", "# Tips\n\nText.\n\n## For you\n\n- One\n")
    assert french.outline() == english.outline()
    assert french.outline() != shorter.outline()


# The shipped files ---------------------------------------------------------------------


def _shipped() -> Path:
    folder = library_dir()
    if not folder.is_dir():
        pytest.skip(f"the library texts are not in {folder} yet")
    return folder


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_shipped_document_parses(language: str) -> None:
    documents = library(language, _shipped())
    assert [d.slug for d in documents] == list(SLUGS)
    for document in documents:
        assert document.title.strip(), document.slug
        assert len(document.blocks) > 1, document.slug


@pytest.mark.parametrize("slug", SLUGS)
def test_each_translation_has_the_same_structure_as_the_original(slug: str) -> None:
    folder = _shipped()
    french = load_document(slug, "fr", folder)
    english = load_document(slug, "en", folder)
    assert french.outline() == english.outline()
    assert french.title != english.title


# What the program's overview attaches to the library ----------------------------------------


def _text(slug: str, language: str) -> str:
    return (library_dir() / language / f"{slug}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("language", "label", "benefits", "objectives"),
    [
        ("en", "**Reference documents**", "### For mentees", "**Objectives**"),
        ("fr", "**Documents de référence**", "### Pour les mentorés", "**Objectifs**"),
    ],
)
def test_each_phase_names_its_reference_documents_and_both_sides_benefits(
    language: str, label: str, benefits: str, objectives: str
) -> None:
    phases = _text("phases", language)
    sections = phases.split("\n## ")
    numbered = [s for s in sections if s.startswith("Phase ")]
    assert len(numbered) == 10
    assert all(label in section for section in numbered)
    assert benefits in phases and phases.count("\n### ") >= 6  # mentees, mentors, good to know
    assert objectives in _text("mentoring_vs_coaching", language)


def test_the_committee_contact_ends_the_documents_the_program_ends_with_it() -> None:
    roles = with_committee_contact(load_document("roles", "fr"), "comite@example.org")
    last = roles.blocks[-1]
    assert isinstance(last, Paragraph) and "comite@example.org" in last.runs[0].text
    assert isinstance(roles.blocks[-2], Heading) and roles.blocks[-2].text == "Joindre le comité"
    tips = load_document("tips", "en")
    assert with_committee_contact(tips, "comite@example.org") == tips
    assert CHAPTER_CONTACT in repr(
        with_committee_contact(load_document("phases", "en"), CHAPTER_CONTACT)
    )
