"""Printed documents from the window: one document saved or printed, and a whole year written
from the Documents page, with every dialog replaced so nothing blocks."""

from __future__ import annotations

import errno
from io import BytesIO
from pathlib import Path

import pytest
from helpers.forms import mentee_form
from helpers.pairs import ConfirmedPair, confirmed_pair
from pypdf import PdfReader
from PySide6.QtCore import Qt, QUrl
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog

from mentorat_desktop.documents import (
    DocumentKind,
    plan_documents,
    program_year,
    write_pair_document,
)
from mentorat_desktop.models.enums import MeetingMode, PageSize
from mentorat_desktop.services.followup.first_contact import (
    FirstContactForm,
    record_first_contact,
)
from mentorat_desktop.services.followup.first_meeting import FirstMeetingForm, record_first_meeting
from mentorat_desktop.services.followup.goals import GoalForm
from mentorat_desktop.services.followup.sessions import SessionForm, add_session
from mentorat_desktop.services.followup.shared_understanding import (
    SharedUnderstandingForm,
    record_shared_understanding,
)
from mentorat_desktop.views.documents.document_actions import DocumentActions
from mentorat_desktop.views.documents.document_options_dialog import DocumentOptionsDialog
from mentorat_desktop.views.documents.documents_menu import (
    credit_statement_menu,
    documents_menu,
    menu_button,
)
from mentorat_desktop.views.documents.safe_files import write_in_folder
from mentorat_desktop.views.pages.documents_page import DocumentsPage


def _text(source: Path | BytesIO) -> str:
    reader = PdfReader(source)
    return " ".join(" ".join(p.extract_text().replace("\u00a0", " ").split()) for p in reader.pages)


def _pages(source: Path | BytesIO) -> int:
    return len(PdfReader(source).pages)


def _all_entries(folder: Path) -> list[str]:
    """Every name in the folder, hidden ones included (a staging folder, a .part file)."""
    return sorted(path.name for path in folder.iterdir())


@pytest.fixture
def pair(db, cohort) -> ConfirmedPair:
    """Marc O'Brien (English) mentors Élodie Bérubé (French)."""
    return confirmed_pair(db, cohort.id)


@pytest.fixture
def second_pair(db, cohort, pair) -> ConfirmedPair:
    """Marc also mentors Zoé Tremblay; no session logged in this pair."""
    mentee = mentee_form(first_name="Zoé", last_name="Tremblay", email="zoe@example.org")
    return confirmed_pair(db, cohort.id, mentee=mentee, mentor_id=pair.mentor_id)


@pytest.fixture
def out(tmp_path) -> Path:
    """An empty folder of its own (the test database lives in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def opened() -> list[QUrl]:
    return []


@pytest.fixture
def actions(qtbot, context, opened, monkeypatch) -> DocumentActions:
    actions = DocumentActions(context)
    actions.open_url = lambda url: opened.append(url) or True
    monkeypatch.setattr(actions, "report", _unexpected_report)
    return actions


@pytest.fixture
def page(qtbot, context, cohort, opened, monkeypatch) -> DocumentsPage:
    page = DocumentsPage(context)
    qtbot.addWidget(page)
    page.open_url = lambda url: opened.append(url) or True
    monkeypatch.setattr(page, "report", _unexpected_report)
    page.set_cohort(cohort)
    return page


def _unexpected_report(message: str) -> None:
    raise AssertionError(f"unexpected message: {message}")


def _accept_defaults(dialog: QDialog) -> bool:
    assert isinstance(dialog, DocumentOptionsDialog)
    return True


def _log_session(db, clock, pairing_id: int) -> None:
    clock.advance(days=3)
    add_session(db, pairing_id, SessionForm(clock.today(), 90, MeetingMode.VIDEO))


def _set_a_goal(db, clock, pairing_id: int) -> None:
    """Phases 5 to 7, so the pair has a goal on its worksheet."""
    clock.advance(days=1)
    record_first_contact(db, pairing_id, FirstContactForm(clock.today(), {}, True))
    clock.advance(days=6)
    record_shared_understanding(db, pairing_id, SharedUnderstandingForm(clock.today(), True, True))
    clock.advance(days=7)
    goal = GoalForm(title="Join a steering committee")
    record_first_meeting(db, pairing_id, FirstMeetingForm(clock.today(), [goal]))


# One document ------------------------------------------------------------------------------


def test_saving_an_engagement_form_writes_the_pdf_and_opens_it(
    actions, pair, out, opened, monkeypatch
) -> None:
    suggested: list[str] = []
    monkeypatch.setattr(actions, "run_dialog", _accept_defaults)
    monkeypatch.setattr(
        actions, "choose_save_path", lambda name: suggested.append(name) or out / "form"
    )
    path = actions.save_pair_document(pair.pairing_id, DocumentKind.ENGAGEMENT)
    assert suggested == ["engagement-2026-2027-berube-obrien.pdf"]
    assert path == out / "form.pdf"  # the extension is added when the user leaves it out
    text = _text(path)
    assert "Élodie Bérubé" in text and "Marc O'Brien" in text
    assert "September 1, 2026" in text and "1er septembre 2026" in text  # their languages differ
    assert opened == [QUrl.fromLocalFile(str(path))]
    assert _all_entries(out) == ["form.pdf"]


def test_the_options_chosen_shape_the_saved_document(
    actions, context, clock, pair, out, monkeypatch
) -> None:
    _set_a_goal(context.db, clock, pair.pairing_id)
    context.preferences.page_size = "a4"
    seen: list[DocumentOptionsDialog] = []

    def english_and_blank(dialog: QDialog) -> bool:
        assert isinstance(dialog, DocumentOptionsDialog)
        assert dialog.page_size.code() == "a4"  # the user's paper by default
        assert dialog.language.code() == ""  # follow the pair by default
        assert not dialog.blank.isHidden()  # offered for the goals worksheet only
        dialog.language.set_code("en")
        dialog.blank.setChecked(True)
        seen.append(dialog)
        return True

    monkeypatch.setattr(actions, "run_dialog", english_and_blank)
    monkeypatch.setattr(actions, "choose_save_path", lambda name: out / name)
    path = actions.save_pair_document(pair.pairing_id, DocumentKind.GOALS)
    assert len(seen) == 1
    reader = PdfReader(path)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.28, abs=0.01)
    text = _text(path)
    assert "Élodie Bérubé" in text and "1er septembre" not in text
    assert "Join a steering committee" not in text  # blank, to fill in by hand
    filled = BytesIO()
    write_pair_document(context.db, pair.pairing_id, DocumentKind.GOALS, filled, "en")
    assert "Join a steering committee" in _text(filled)


def test_cancelling_the_options_writes_nothing(actions, pair, out, monkeypatch) -> None:
    monkeypatch.setattr(actions, "run_dialog", lambda dialog: False)
    monkeypatch.setattr(actions, "choose_save_path", pytest.fail)
    assert actions.save_pair_document(pair.pairing_id, DocumentKind.INTRODUCTION) is None
    assert _all_entries(out) == []


def test_a_credit_statement_is_named_after_the_person(
    actions, db, clock, pair, out, monkeypatch
) -> None:
    _log_session(db, clock, pair.pairing_id)
    monkeypatch.setattr(actions, "run_dialog", _accept_defaults)
    monkeypatch.setattr(actions, "choose_save_path", lambda name: out / name)
    path = actions.save_credit_statement(pair.mentor_id)
    assert path is not None and path.name == "credits-2026-2027-obrien-marc.pdf"
    assert "1 h 30 min" in _text(path)


def test_an_unwritable_place_gives_a_message_and_leaves_no_file(
    actions, pair, out, opened, monkeypatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(actions, "report", messages.append)
    monkeypatch.setattr(actions, "run_dialog", _accept_defaults)
    target = out / "missing" / "form.pdf"
    monkeypatch.setattr(actions, "choose_save_path", lambda name: target)
    assert actions.save_pair_document(pair.pairing_id, DocumentKind.ENGAGEMENT) is None
    assert len(messages) == 1 and str(target) in messages[0]
    assert _all_entries(out) == [] and opened == []


def test_a_pair_that_no_longer_exists_gives_a_message(actions, monkeypatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr(actions, "report", messages.append)
    monkeypatch.setattr(actions, "run_dialog", pytest.fail)
    assert actions.save_pair_document(999, DocumentKind.ENGAGEMENT) is None
    assert len(messages) == 1


# Printing ----------------------------------------------------------------------------------


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_printing_renders_every_page_on_the_printer(
    actions, context, pair, out, monkeypatch
) -> None:
    expected = BytesIO()
    write_pair_document(context.db, pair.pairing_id, DocumentKind.ENGAGEMENT, expected)
    pages = _pages(expected)
    assert pages >= 2  # so that "one page per sheet" is really tested
    asked: list[int] = []

    def printer(page_size, count, name) -> QPrinter:
        asked.append(count)
        return _pdf_printer(out / "printed.pdf")

    monkeypatch.setattr(actions, "run_dialog", _accept_defaults)
    monkeypatch.setattr(actions, "choose_printer", printer)
    messages: list[str] = []
    actions.message.connect(messages.append)
    assert actions.print_pair_document(pair.pairing_id, DocumentKind.ENGAGEMENT) == pages
    assert asked == [pages]
    assert _pages(out / "printed.pdf") == pages
    assert messages and str(pages) in messages[0]


def test_printing_a_page_range_prints_only_those_pages(actions, pair, out, monkeypatch) -> None:
    def first_page_only(page_size, count, name) -> QPrinter:
        printer = _pdf_printer(out / "first.pdf")
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(1, 1)
        return printer

    monkeypatch.setattr(actions, "run_dialog", _accept_defaults)
    monkeypatch.setattr(actions, "choose_printer", first_page_only)
    assert actions.print_pair_document(pair.pairing_id, DocumentKind.ENGAGEMENT) == 1
    assert _pages(out / "first.pdf") == 1


def test_cancelling_the_print_dialog_prints_nothing(actions, pair, monkeypatch) -> None:
    monkeypatch.setattr(actions, "run_dialog", _accept_defaults)
    monkeypatch.setattr(actions, "choose_printer", lambda *args: None)
    assert actions.print_credit_statement(pair.mentee_id) == 0


# Menus -------------------------------------------------------------------------------------


def test_the_print_menu_acts_on_the_selected_pair(qtbot, actions, monkeypatch) -> None:
    calls: list[tuple[str, int, DocumentKind]] = []
    monkeypatch.setattr(
        actions, "save_pair_document", lambda pid, kind: calls.append(("save", pid, kind))
    )
    monkeypatch.setattr(
        actions, "print_pair_document", lambda pid, kind: calls.append(("print", pid, kind))
    )
    selected: list[int | None] = [None]
    menu = documents_menu(actions, lambda: selected[0], None)
    entries = menu.actions()
    assert len([a for a in entries if not a.isSeparator()]) == 6
    menu.aboutToShow.emit()
    assert not any(a.isEnabled() for a in entries if not a.isSeparator())
    selected[0] = 7
    menu.aboutToShow.emit()
    assert all(a.isEnabled() for a in entries)
    commands = [a for a in entries if not a.isSeparator()]
    commands[2].trigger()
    commands[5].trigger()
    assert calls == [
        ("save", 7, DocumentKind.GOALS),
        ("print", 7, DocumentKind.INTRODUCTION),
    ]


def test_the_credit_menu_saves_the_selected_participant(actions, monkeypatch) -> None:
    saved: list[int] = []
    monkeypatch.setattr(actions, "save_credit_statement", saved.append)
    menu = credit_statement_menu(actions, lambda: 12, None)
    button = menu_button("Credit statement", menu)
    assert button.menu() is menu
    menu.actions()[0].trigger()
    assert saved == [12]


# The Documents page ------------------------------------------------------------------------


def test_the_page_counts_pairs_or_people_for_the_chosen_document(
    page, db, clock, pair, second_pair
) -> None:
    page.reload()
    assert page.document_count() == 2 and "2" in page.summary.text()
    assert page.write_button.isEnabled()
    page.options.set_kind(DocumentKind.CREDITS)
    assert page.document_count() == 0 and page.summary.text().startswith("Rien à imprimer")
    assert not page.write_button.isEnabled()
    _log_session(db, clock, pair.pairing_id)
    page.reload()
    assert page.document_count() == 2  # Marc and Élodie; Zoé has no session yet
    assert not page.options.blank.isEnabled()
    page.options.set_kind(DocumentKind.GOALS)
    assert page.options.blank.isEnabled()


def test_without_a_program_year_nothing_can_be_written(qtbot, context) -> None:
    page = DocumentsPage(context)
    qtbot.addWidget(page)
    assert not page.write_button.isEnabled()
    assert page.write() is None


def test_the_page_writes_one_file_per_pair(
    qtbot, page, pair, second_pair, out, opened, monkeypatch
) -> None:
    monkeypatch.setattr(page, "choose_folder", lambda: out)
    page.reload()
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    assert _all_entries(out) == [
        "engagement-2026-2027-berube-obrien.pdf",
        "engagement-2026-2027-tremblay-obrien.pdf",
    ]
    assert "Zoé Tremblay" in _text(out / "engagement-2026-2027-tremblay-obrien.pdf")
    assert "2" in page.result.text() and str(out) in page.result.text()
    assert opened == []  # one file each: nothing opens by itself
    assert not page.open_folder_button.isHidden()
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(out))]


def test_the_merged_file_holds_every_pair_and_opens(
    page, pair, second_pair, out, opened, monkeypatch
) -> None:
    single, merged = out / "single", out / "merged"
    single.mkdir()
    merged.mkdir()
    page.options.set_kind(DocumentKind.INTRODUCTION)
    monkeypatch.setattr(page, "choose_folder", lambda: single)
    assert page.write() is not None
    page.options.merged_button.setChecked(True)
    assert page.summary.text().startswith("Un seul fichier")
    monkeypatch.setattr(page, "choose_folder", lambda: merged)
    written = page.write()
    assert written == [merged / "introduction-2026-2027.pdf"]
    assert _all_entries(merged) == ["introduction-2026-2027.pdf"]
    assert _pages(written[0]) == sum(_pages(path) for path in single.iterdir())
    assert opened == [QUrl.fromLocalFile(str(written[0]))]


def test_credit_statements_cover_exactly_the_people_with_sessions(
    page, db, clock, pair, second_pair, out, monkeypatch
) -> None:
    _log_session(db, clock, pair.pairing_id)
    page.options.set_kind(DocumentKind.CREDITS)
    page.reload()
    monkeypatch.setattr(page, "choose_folder", lambda: out)
    page.write()
    assert _all_entries(out) == [
        "credits-2026-2027-berube-elodie.pdf",
        "credits-2026-2027-obrien-marc.pdf",
    ]


def test_replacing_files_is_asked_first(page, pair, out, monkeypatch) -> None:
    existing = out / "engagement-2026-2027-berube-obrien.pdf"
    existing.write_bytes(b"kept")
    questions: list[str] = []
    monkeypatch.setattr(page, "choose_folder", lambda: out)
    monkeypatch.setattr(page, "confirm", lambda text: questions.append(text) or False)
    assert page.write() is None
    assert len(questions) == 1 and existing.read_bytes() == b"kept"
    monkeypatch.setattr(page, "confirm", lambda text: True)
    assert page.write() == [existing]
    assert existing.read_bytes().startswith(b"%PDF")


def test_an_unwritable_folder_gives_a_message_and_no_file(page, pair, out, monkeypatch) -> None:
    blocker = out / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    messages: list[str] = []
    monkeypatch.setattr(page, "report", messages.append)
    monkeypatch.setattr(page, "choose_folder", lambda: blocker)
    assert page.write() is None
    assert len(messages) == 1 and str(blocker) in messages[0]
    assert _all_entries(out) == ["not-a-folder"]
    assert page.result.text() == ""


def test_a_disk_full_midway_leaves_no_partial_file(
    page, pair, second_pair, out, monkeypatch
) -> None:
    real_write = program_year.write_pdf
    calls: list[int] = []

    def fills_the_disk(target, *args, **kwargs) -> None:
        calls.append(1)
        if len(calls) == 2:
            Path(target).write_bytes(b"%PDF-1.4 half a document")
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(target, *args, **kwargs)

    monkeypatch.setattr(program_year, "write_pdf", fills_the_disk)
    messages: list[str] = []
    monkeypatch.setattr(page, "report", messages.append)
    monkeypatch.setattr(page, "choose_folder", lambda: out)
    assert page.write() is None
    assert len(calls) == 2
    assert len(messages) == 1 and "No space left on device" in messages[0]
    assert _all_entries(out) == []
    assert page.write_button.isEnabled()


def test_cancelling_midway_leaves_the_folder_as_it_was(db, cohort, pair, second_pair, out):
    planned = plan_documents(db, cohort.id, cohort.name, DocumentKind.ENGAGEMENT)
    steps: list[int] = []

    def cancel_after_the_first(done: int) -> bool:
        steps.append(done)
        return done < 1

    assert write_in_folder(planned, out, PageSize.LETTER, None, cancel_after_the_first) is None
    assert steps == [0, 1]
    assert _all_entries(out) == []


# A chosen set --------------------------------------------------------------------------------


def _check(page: DocumentsPage, text: str, state: Qt.CheckState) -> None:
    """Click the check box of the shown line holding ``text``."""
    proxy = page.choice.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if text in index.data():
            assert proxy.setData(index, state, Qt.ItemDataRole.CheckStateRole)
            return
    raise AssertionError(f"{text} is not shown")


def test_only_the_checked_pairs_are_written(
    qtbot, page, pair, second_pair, out, monkeypatch
) -> None:
    monkeypatch.setattr(page, "choose_folder", lambda: out)
    page.reload()
    assert page.choice.isVisibleTo(page) and page.choice.total() == 2
    _check(page, "Élodie Bérubé", Qt.CheckState.Unchecked)
    assert page.document_count() == 1
    assert "1 sur 2" in page.choice.count.text()
    assert "choisi" in page.summary.text()
    qtbot.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    assert _all_entries(out) == ["engagement-2026-2027-tremblay-obrien.pdf"]


def test_the_filter_then_select_all_or_none_acts_on_the_lines_shown(
    qtbot, page, pair, second_pair, out, monkeypatch
) -> None:
    page.reload()
    qtbot.mouseClick(page.choice.none_button, Qt.MouseButton.LeftButton)
    assert page.document_count() == 0 and not page.write_button.isEnabled()
    assert page.summary.text().startswith("Cochez au moins un duo")
    page.choice.filter.setText("zoe TREMBLAY")  # accents and case ignored
    assert page.choice.proxy.rowCount() == 1
    qtbot.mouseClick(page.choice.all_button, Qt.MouseButton.LeftButton)
    assert page.choice.chosen() == [second_pair.pairing_id]
    page.choice.filter.clear()
    assert page.choice.proxy.rowCount() == 2 and page.document_count() == 1
    monkeypatch.setattr(page, "choose_folder", lambda: out)
    page.options.merged_button.setChecked(True)
    written = page.write()
    assert written is not None and len(written) == 1
    text = _text(written[0])
    assert "Zoé Tremblay" in text and "Bérubé" not in text


def test_people_have_their_own_list_and_checks_survive_a_reload(
    page, db, clock, pair, second_pair, out, monkeypatch
) -> None:
    _log_session(db, clock, pair.pairing_id)
    page.reload()
    _check(page, "Élodie Bérubé", Qt.CheckState.Unchecked)
    page.options.set_kind(DocumentKind.CREDITS)
    assert page.choice.total() == 2 and page.document_count() == 2  # people: all checked
    _check(page, "Marc O'Brien", Qt.CheckState.Unchecked)
    page.reload()  # a session logged elsewhere, say: the choice stays
    assert page.document_count() == 1
    monkeypatch.setattr(page, "choose_folder", lambda: out)
    page.write()
    assert _all_entries(out) == ["credits-2026-2027-berube-elodie.pdf"]
    page.options.set_kind(DocumentKind.ENGAGEMENT)
    assert page.choice.chosen() == [second_pair.pairing_id]


def test_choice_list_models_are_sound(qtmodeltester, page, pair, second_pair) -> None:
    page.reload()
    qtmodeltester.check(page.choice.model)
    page.choice.filter.setText("zoe")
    qtmodeltester.check(page.choice.proxy)


def test_writing_with_nobody_checked_says_to_check_someone(page, pair, out, monkeypatch) -> None:
    page.reload()
    page.choice.check_shown(False)
    messages: list[str] = []
    monkeypatch.setattr(page, "report", messages.append)
    monkeypatch.setattr(page, "choose_folder", lambda: out)
    assert page.write() is None
    assert messages == ["Cochez au moins un duo dans la liste."] and _all_entries(out) == []


def test_documents_and_options_stack_when_the_page_is_narrow(qtbot, page) -> None:
    """Large text or a small window: one above the other rather than a sideways scroll."""
    from PySide6.QtWidgets import QBoxLayout

    layout = page.options.layout()
    page.resize(1400, 700)
    page.show()
    qtbot.waitUntil(lambda: layout.direction() == QBoxLayout.Direction.LeftToRight)
    page.resize(600, 700)
    qtbot.waitUntil(lambda: layout.direction() == QBoxLayout.Direction.TopToBottom)
    assert page.scroll.horizontalScrollBar().maximum() == 0


def test_the_write_button_stays_in_view_when_the_choices_scroll(qtbot, page, pair) -> None:
    """Inside the scrolled part, the button sat below the bottom of a 720-pixel screen."""
    page.resize(1000, 560)  # the room the page gets in a 1280×720 window
    page.show()
    qtbot.waitExposed(page)
    page.reload()
    button = page.write_button
    bottom = button.mapTo(page, button.rect().bottomLeft()).y()
    assert button.isVisible() and bottom <= page.height()
    assert not page.scroll.widget().isAncestorOf(button)
