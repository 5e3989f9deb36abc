"""The Resources page: reading the library in either language, saving and printing it, and
recording who has reviewed it, with every dialog replaced so nothing blocks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from helpers.forms import mentee_form, mentor_form
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from mentorat_desktop import i18n
from mentorat_desktop.errors import ValidationFailed
from mentorat_desktop.i18n import format_date
from mentorat_desktop.services.registration import register
from mentorat_desktop.services.resources.library import SLUGS
from mentorat_desktop.services.resources.reviewed import (
    record_resources_reviewed,
    resources_status,
)
from mentorat_desktop.views.dialogs.resources_reviewed_dialog import ResourcesReviewedDialog
from mentorat_desktop.views.item_models.resources_table import (
    ResourcesSortProxy,
    ResourcesTableModel,
)
from mentorat_desktop.views.pages.resources_page import ResourcesPage, program_year_of
from mentorat_desktop.views.resources.library_reader import WHOLE_LIBRARY

TITLES = {
    "fr": ["Rôles", "Conseils", "Les phases", "Mentorat ou coaching"],
    "en": ["Roles", "Tips", "The phases", "Mentoring or coaching"],
}
OCT_1 = date(2026, 10, 1)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A small library whose titles differ by language."""
    for language, titles in TITLES.items():
        (tmp_path / "library" / language).mkdir(parents=True)
        for slug, title in zip(SLUGS, titles, strict=True):
            text = (
                f"# {title}\n\nAbout {slug}.\n\n## Key points\n\n- Point of {slug} ({language})\n"
            )
            (tmp_path / "library" / language / f"{slug}.md").write_text(text, encoding="utf-8")
    return tmp_path / "library"


@pytest.fixture
def people(db, cohort) -> list[int]:
    """Marc, Élodie and Zoé, registered on September 15."""
    on = date(2026, 9, 15)
    forms = [
        mentor_form(registered_on=on),
        mentee_form(registered_on=on),
        mentee_form(
            first_name="Zoé", last_name="Tremblay", email="zoe@example.org", registered_on=on
        ),
    ]
    return [register(db, cohort.id, form).participation_id for form in forms]


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def page(qtbot, context, cohort, folder, opened, monkeypatch) -> ResourcesPage:
    page = ResourcesPage(context, folder=folder)
    qtbot.addWidget(page)
    page.actions.open_url = lambda url: opened.append(url) or True
    monkeypatch.setattr(page.actions, "report", _unexpected_report)
    monkeypatch.setattr(page.reviews, "report", _unexpected_report)
    page.set_cohort(cohort)
    return page


def _unexpected_report(message: str) -> None:
    raise AssertionError(f"unexpected message: {message}")


def _shown(page: ResourcesPage) -> str:
    return page.reader.browser.toPlainText()


def _list_titles(page: ResourcesPage) -> list[str]:
    return [page.reader.list.item(n).text() for n in range(page.reader.list.count())]


def _pdf_text(path: Path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(path).pages)


# Reading -----------------------------------------------------------------------------------


def test_selecting_a_document_shows_it_in_the_interface_language(page) -> None:
    assert _list_titles(page) == TITLES["fr"]
    assert page.reader.language() == "fr"
    page.reader.list.setCurrentRow(2)
    assert _shown(page).startswith("Les phases")
    assert "Point of phases (fr)" in _shown(page)


def test_the_language_switch_shows_the_translation(qtbot, page) -> None:
    page.reader.select("tips")
    qtbot.mouseClick(page.reader.language_buttons["en"], Qt.MouseButton.LeftButton)
    assert page.reader.language() == "en"
    assert _shown(page).startswith("Tips")
    assert _list_titles(page) == TITLES["fr"]  # the list stays in the interface language
    qtbot.mouseClick(page.reader.language_buttons["fr"], Qt.MouseButton.LeftButton)
    assert _shown(page).startswith("Conseils")


def test_an_english_interface_opens_the_documents_in_english(qtbot, context, folder) -> None:
    i18n.set_language("en")
    page = ResourcesPage(context, folder=folder)
    qtbot.addWidget(page)
    assert _list_titles(page) == TITLES["en"]
    assert page.reader.language() == "en"
    assert _shown(page).startswith("Roles")


def test_text_is_shown_as_text_not_markup(qtbot, context, tmp_path) -> None:
    for language in ("fr", "en"):
        (tmp_path / language).mkdir()
        for slug in SLUGS:
            text = "# A <b>tag</b> & more\n\n- **bold** <i>x</i>\n"
            (tmp_path / language / f"{slug}.md").write_text(text, encoding="utf-8")
    page = ResourcesPage(context, folder=tmp_path)
    qtbot.addWidget(page)
    assert _shown(page).startswith("A <b>tag</b> & more")
    assert "<i>x</i>" in _shown(page)
    assert "font-weight:700" in page.reader.browser.toHtml()  # the bold run


def test_a_missing_document_is_explained_and_cannot_be_printed(qtbot, context, folder) -> None:
    (folder / "fr" / "tips.md").unlink()
    page = ResourcesPage(context, folder=folder)
    qtbot.addWidget(page)
    page.reader.select("tips")
    assert "tips.md" in _shown(page)
    assert not page.reader.save_button.isEnabled()
    assert not page.reader.print_button.isEnabled()


# Saving and printing -----------------------------------------------------------------------


def test_save_as_pdf_writes_the_document_shown_and_opens_it(
    qtbot, page, tmp_path, opened, monkeypatch
) -> None:
    suggested: list[str] = []
    target = tmp_path / "out" / "roles"
    target.parent.mkdir()
    monkeypatch.setattr(
        page.actions, "choose_save_path", lambda name: suggested.append(name) or target
    )
    page.reader.select("phases")
    page.reader.set_language("en")
    with qtbot.waitSignal(page.message) as signal:
        qtbot.mouseClick(page.reader.save_button, Qt.MouseButton.LeftButton)
    written = target.with_name("roles.pdf")
    assert suggested == ["the-phases.pdf"]
    text = _pdf_text(written)
    assert "The phases" in text and "Point of phases (en)" in text
    assert "Roles" not in text
    assert "2026-2027" in text
    assert opened == [QUrl.fromLocalFile(str(written))]
    assert str(written) in signal.args[0]


def test_the_whole_library_is_saved_in_one_file(page, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(page.actions, "choose_save_path", lambda name: tmp_path / name)
    page.reader.scope.setCurrentIndex(WHOLE_LIBRARY)
    path = page.save_pdf(page.reader.scope_slug())
    assert path is not None
    reader = PdfReader(path)
    assert len(reader.pages) == 4
    assert all(title in _pdf_text(path) for title in TITLES["fr"])


def test_cancelling_the_save_dialog_writes_nothing(page, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(page.actions, "choose_save_path", lambda name: None)
    assert page.save_pdf("roles") is None
    assert not list(tmp_path.glob("**/*.pdf"))


def test_printing_sends_every_page_to_the_printer(page, tmp_path, monkeypatch) -> None:
    def printer(page_size, count, name) -> QPrinter:
        assert count == 4
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        chosen.setOutputFileName(str(tmp_path / "printed.pdf"))
        return chosen

    monkeypatch.setattr(page.actions, "choose_printer", printer)
    assert page.print_pdf("") == 4
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 4


def test_the_header_names_a_program_year_even_before_one_exists() -> None:
    assert program_year_of(date(2026, 9, 1)) == "2026-2027"
    assert program_year_of(date(2027, 8, 31)) == "2026-2027"


# Who has reviewed ------------------------------------------------------------------------


def _accept_on(day: date):
    """A run_dialog that sets the date and presses OK, as the user would."""
    seen: list[ResourcesReviewedDialog] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, ResourcesReviewedDialog)
        seen.append(dialog)
        dialog.date.setDate(QDate(day.year, day.month, day.day))
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    run.seen = seen  # type: ignore[attr-defined]
    return run


def _shown_dates(page: ResourcesPage) -> dict[str, str]:
    proxy = page.reviews.proxy
    return {
        proxy.index(row, ResourcesTableModel.NAME).data(): proxy.index(
            row, ResourcesTableModel.REVIEWED
        ).data()
        for row in range(proxy.rowCount())
    }


def test_marking_two_participants_shows_the_date_in_the_table(
    qtbot, page, people, monkeypatch
) -> None:
    page.reviews.reload()
    page.reviews.select(people[:2])
    run = _accept_on(OCT_1)
    monkeypatch.setattr(page.reviews, "run_dialog", run)
    assert run.seen == []
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.reviews.mark_button, Qt.MouseButton.LeftButton)
    assert run.seen[0].date.date() == QDate(2026, 10, 1)
    shown = _shown_dates(page)
    assert shown["Marc O'Brien"] == format_date(OCT_1)
    assert shown["Élodie Bérubé"] == format_date(OCT_1)
    assert shown["Zoé Tremblay"] != format_date(OCT_1)
    assert sorted(r.participation_id for r in page.reviews.selected()) == sorted(people[:2])
    assert "2" in page.reviews.summary.text() and "3" in page.reviews.summary.text()


def test_the_dialog_proposes_today(qtbot, context, cohort, people) -> None:
    rows = resources_status(context.db, cohort.id)
    dialog = ResourcesReviewedDialog(context, rows)
    qtbot.addWidget(dialog)
    assert dialog.date.date() == QDate(2026, 10, 5)


def test_a_future_date_is_refused_with_a_message(qtbot, page, people, monkeypatch) -> None:
    page.reviews.reload()
    page.reviews.select(people[:1])
    tomorrow = date(2026, 10, 6)
    run = _accept_on(tomorrow)
    monkeypatch.setattr(page.reviews, "run_dialog", run)
    assert page.reviews.mark_selected() is None
    dialog = run.seen[0]
    with pytest.raises(ValidationFailed) as expected:
        record_resources_reviewed(page.context.db, people[:1], tomorrow)
    assert not dialog.errors.isHidden()
    assert expected.value.message in dialog.errors.text()
    assert format_date(tomorrow) not in _shown_dates(page).values()


def test_clear_removes_the_date_after_confirming(qtbot, page, people, monkeypatch) -> None:
    record_resources_reviewed(page.context.db, people, OCT_1)
    page.reviews.reload()
    page.reviews.select([people[2]])
    questions: list[str] = []
    monkeypatch.setattr(page.reviews, "confirm", lambda q: questions.append(q) or True)
    assert page.reviews.clear_button.isEnabled()
    # « Effacer » alone, beside a list of people, read as erasing the person.
    assert page.reviews.clear_button.text() == "Effacer la date"
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.reviews.clear_button, Qt.MouseButton.LeftButton)
    assert "Zoé Tremblay" in questions[0]
    shown = _shown_dates(page)
    assert shown["Zoé Tremblay"] != format_date(OCT_1)
    assert shown["Marc O'Brien"] == format_date(OCT_1)


def test_buttons_follow_the_selection(page, people) -> None:
    page.reviews.reload()
    assert not page.reviews.mark_button.isEnabled()
    page.reviews.select(people[:1])
    assert page.reviews.mark_button.isEnabled()
    assert not page.reviews.clear_button.isEnabled()  # nothing to clear yet


def test_without_a_program_year_the_table_is_empty(qtbot, page) -> None:
    page.set_cohort(None)
    assert page.reviews.model.rowCount() == 0
    assert not page.reviews.mark_button.isEnabled()


def test_the_table_sorts_by_date_with_people_to_chase_first(page, people) -> None:
    record_resources_reviewed(page.context.db, [people[0]], OCT_1)
    record_resources_reviewed(page.context.db, [people[1]], date(2026, 9, 20))
    page.reviews.reload()
    page.reviews.table.sortByColumn(ResourcesTableModel.REVIEWED, Qt.SortOrder.AscendingOrder)
    names = [page.reviews.proxy.index(row, ResourcesTableModel.NAME).data() for row in range(3)]
    assert names == ["Zoé Tremblay", "Élodie Bérubé", "Marc O'Brien"]


def test_the_table_model_passes_the_model_tester(qtmodeltester, db, cohort, people) -> None:
    record_resources_reviewed(db, [people[0]], OCT_1)
    model = ResourcesTableModel()
    model.set_rows(resources_status(db, cohort.id))
    qtmodeltester.check(model)
    proxy = ResourcesSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(ResourcesTableModel.NAME)
    qtmodeltester.check(proxy)
