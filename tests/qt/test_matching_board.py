"""The matching board as the committee uses it: drops, keys, undo, rules, confirm, suggest."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

import pytest
from helpers.forms import mentee_form, mentor_form
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from mentorat_desktop.models import AuditEntry, Pairing, Participation, Person
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services.areas.store import load_vocabulary
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.services.matching import board_actions
from mentorat_desktop.services.matching.waiting import waiting_lines
from mentorat_desktop.services.registration import ParticipantRow, register
from mentorat_desktop.views.board import mime
from mentorat_desktop.views.board.areas_dialog import AreasDialog
from mentorat_desktop.views.board.criteria_dialog import CriteriaDialog
from mentorat_desktop.views.board.suggest_dialog import SuggestDialog
from mentorat_desktop.views.board.supply_dialog import SupplyDialog
from mentorat_desktop.views.item_models.board_cards import CARD_ROLE, ID_ROLE
from mentorat_desktop.views.main_window import EVALUATIONS, MATCHING, PAIRS, MainWindow


@dataclass
class People:
    marc: ParticipantRow  # mentor, capacity 1, English, Outaouais
    anne: ParticipantRow  # mentor, capacity 2, same organisation as Élodie
    elodie: ParticipantRow
    paul: ParticipantRow
    julie: ParticipantRow


@pytest.fixture
def people(db, cohort) -> People:
    def add(form):
        return register(db, cohort.id, form)

    return People(
        marc=add(mentor_form(capacity=1)),
        anne=add(
            mentor_form(
                first_name="Anne",
                last_name="Gagnon",
                email="anne.gagnon@example.org",
                organisation="CIUSSS de la Capitale-Nationale",
                region="03",
                preferred_language="fr",
                expertise_areas=("Gestion du changement", "Leadership"),
            )
        ),
        elodie=add(mentee_form()),
        paul=add(mentee_form(first_name="Paul", last_name="Roy", email="paul.roy@example.org")),
        julie=add(
            mentee_form(
                first_name="Julie",
                last_name="Tremblay",
                email="julie.tremblay@example.org",
                organisation="CISSS de Laval",
                region="13",
            )
        ),
    )


@pytest.fixture
def window(qtbot, context, people) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(MATCHING)
    return window


def _row(model, item_id: int) -> QModelIndex:
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ID_ROLE) == item_id:
            return index
    raise AssertionError(f"{item_id} is not on the board")


def _ids(model) -> list[int]:
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def _pairings(db) -> list[Pairing]:
    with db.unit_of_work() as session:
        found = session.query(Pairing).order_by(Pairing.id).all()
        session.expunge_all()
        return found


def _drop(window: MainWindow, mentee_id: int, mentor_id: int) -> bool:
    """What a mouse drop does: the waiting list's mime data dropped on the mentor's card."""
    page = window.matching
    source = page.waiting.proxy
    data = source.mimeData([_row(source, mentee_id)])
    target = page.mentors.proxy
    return target.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, _row(target, mentor_id))


def test_item_models_pass_the_model_tester(qtmodeltester, window, people) -> None:
    board = window.board
    _drop(window, people.paul.participation_id, people.marc.participation_id)
    for model in (board.waiting, board.mentors, board.pairs):
        qtmodeltester.check(model)
    for column in (window.matching.waiting, window.matching.mentors, window.matching.pairs):
        qtmodeltester.check(column.proxy)


def test_the_board_lists_who_waits_who_has_room_and_cards_have_accessible_names(
    window, people
) -> None:
    page = window.matching
    assert len(_ids(page.waiting.proxy)) == 3
    marc = _row(page.mentors.proxy, people.marc.participation_id)
    assert "1 place restante sur 1" in marc.data(CARD_ROLE).badge
    name = marc.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Marc O'Brien" in name and "CISSS de l'Outaouais" in name


def test_dropping_a_mentee_on_a_mentor_makes_a_draft_and_undo_takes_it_back(
    window, people, db
) -> None:
    page = window.matching
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    (pairing,) = _pairings(db)
    assert pairing.status == PairingStatus.DRAFT and pairing.locked and not pairing.suggested
    assert pairing.score is not None and 0 <= pairing.score <= 100
    assert people.paul.participation_id not in _ids(page.waiting.proxy)
    assert _ids(page.pairs.proxy) == [people.paul.participation_id]
    assert "Paul Roy" in window.undo_action.text()

    window.undo_action.trigger()
    assert _pairings(db) == []
    assert people.paul.participation_id in _ids(page.waiting.proxy)
    window.redo_action.trigger()
    assert [p.mentee_id for p in _pairings(db)] == [people.paul.participation_id]


def test_the_first_pair_clears_the_start_hint_without_moving_a_column(qtbot, window, people):
    page = window.matching
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    cards = page.pairs.cards
    assert "3 mentorés attendent un mentor" in cards.empty_text
    assert cards.accessibleDescription() == cards.empty_text
    drawn = cards.viewport().grab().toImage()
    hint = cards.empty_text
    cards.set_empty_text("")
    assert cards.viewport().grab().toImage() != drawn  # the hint is on screen, not only said
    cards.set_empty_text(hint)

    def geometry() -> list[object]:
        lists = [column.cards for column in (page.waiting, page.mentors, page.pairs)]
        return [(c.mapTo(window, c.rect().topLeft()), c.size()) for c in lists]

    before = geometry()
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    page.layout().activate()  # the layout pass a hidden or shown widget asks for, now
    assert cards.empty_text == ""
    assert geometry() == before
    window.undo_action.trigger()
    assert "3 mentorés attendent un mentor" in cards.empty_text


def _cards(model) -> list[tuple[int, object]]:
    return [
        (model.index(r, 0).data(ID_ROLE), model.index(r, 0).data(CARD_ROLE))
        for r in range(model.rowCount())
    ]


def test_a_drop_and_its_undo_change_only_the_touched_cards_yet_match_a_full_read(
    window, people
) -> None:
    controller = window.matching.controller
    models = (controller.waiting, controller.mentors, controller.pairs)
    resets: list[object] = []
    for model in models:
        model.modelReset.connect(lambda m=model: resets.append(m))
        model.dataChanged.connect(lambda *_a, m=model: resets.append(m))

    def matches_a_full_read() -> None:
        shown = [_cards(m) for m in models]
        controller.reload()  # every card built again from the file
        assert [_cards(m) for m in models] == shown
        resets.clear()

    assert _drop(window, people.paul.participation_id, people.anne.participation_id)
    assert resets == []  # rows taken out and put in, nothing else redone
    matches_a_full_read()
    window.undo_action.trigger()
    assert resets == []
    assert people.paul.participation_id in _ids(controller.waiting)
    matches_a_full_read()
    window.redo_action.trigger()
    assert resets == []
    matches_a_full_read()


def test_a_drop_leaves_hidden_pages_to_reload_when_shown(window, people) -> None:
    pairs_page = window.pairs  # built and loaded
    reloads: list[int] = []
    original = pairs_page.reload
    pairs_page.reload = lambda *a, **k: (reloads.append(1), original(*a, **k))
    window.navigation.setCurrentRow(MATCHING)
    rows = pairs_page.model.rowCount()
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    assert window.matching.controller.confirm([people.paul.participation_id])
    assert reloads == []
    window.navigation.setCurrentRow(PAIRS)
    assert reloads == [1]
    assert pairs_page.model.rowCount() == rows + 1


def test_a_drop_over_capacity_is_refused_with_the_reason_on_screen(window, people, db) -> None:
    page = window.matching
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    marc = _row(page.mentors.proxy, people.marc.participation_id)
    assert marc.data(CARD_ROLE).badge == "Complet (1 mentoré)"
    assert not _drop(window, people.julie.participation_id, people.marc.participation_id)
    assert len(_pairings(db)) == 1
    assert page.banner.isVisibleTo(page)
    assert "Marc O'Brien" in page.banner.text() and "capacité" in page.banner.text()


def test_the_same_organisation_rule_refuses_a_drop_only_when_switched_on(
    window, people, db
) -> None:
    page = window.matching
    dialog = CriteriaDialog(window.board, page)
    dialog.same_organisation.setChecked(True)
    dialog.accept()
    assert not _drop(window, people.elodie.participation_id, people.anne.participation_id)
    assert "même organisation" in page.banner.text()
    window.undo_action.trigger()  # the rule goes back off
    assert _drop(window, people.elodie.participation_id, people.anne.participation_id)


def test_dragging_a_pair_back_to_the_waiting_list_undoes_a_draft_but_not_a_confirmed_pair(
    window, people, db
) -> None:
    page = window.matching
    _drop(window, people.paul.participation_id, people.marc.participation_id)
    pairs, waiting = page.pairs.proxy, page.waiting.proxy
    data = pairs.mimeData([_row(pairs, people.paul.participation_id)])
    assert waiting.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _pairings(db) == []

    _drop(window, people.paul.participation_id, people.marc.participation_id)
    assert window.board.confirm([people.paul.participation_id])
    data = pairs.mimeData([_row(pairs, people.paul.participation_id)])
    assert not waiting.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _pairings(db)[0].status == PairingStatus.CONFIRMED
    assert "Duos" in page.banner.text()


def test_pairing_with_the_keyboard_select_a_mentee_then_a_mentor_then_pair(
    qtbot, window, people, db
) -> None:
    page = window.matching
    page.waiting.cards.select_id(people.julie.participation_id)
    page.mentors.cards.select_id(people.anne.participation_id)
    assert "Julie Tremblay" in page.panel.heading.text()
    assert "/ 100" in page.panel.total.text()
    page.pair_action.trigger()
    assert [(p.mentor_id, p.mentee_id) for p in _pairings(db)] == [
        (people.anne.participation_id, people.julie.participation_id)
    ]


def test_selecting_a_mentee_shows_every_mentors_score_and_the_best_stand_out(
    window, people
) -> None:
    page = window.matching
    page.waiting.cards.select_id(people.julie.participation_id)
    cards = [page.mentors.proxy.index(r, 0).data(CARD_ROLE) for r in range(2)]
    assert all(card.score is not None for card in cards)
    assert any(card.state == "best" for card in cards)
    page.waiting.cards.clearSelection()
    cards = [page.mentors.proxy.index(r, 0).data(CARD_ROLE) for r in range(2)]
    assert all(card.score is None for card in cards)


def test_confirm_records_the_assignment_time_and_the_audit_trail(window, people, db, clock) -> None:
    _drop(window, people.paul.participation_id, people.marc.participation_id)
    window.matching.pairs.cards.select_id(people.paul.participation_id)
    assert window.matching.confirm_selected()
    (pairing,) = _pairings(db)
    assert pairing.status == PairingStatus.CONFIRMED
    assert pairing.assigned_at == clock.now()
    with db.unit_of_work() as session:
        actions = [a.action for a in session.query(AuditEntry).order_by(AuditEntry.id)]
        actors = {a.actor for a in session.query(AuditEntry)}
    assert actions[-2:] == ["pairing.draft", "pairing.confirm"]
    assert "Sophie" in actors
    window.undo_action.trigger()
    assert _pairings(db)[0].status == PairingStatus.DRAFT
    assert _pairings(db)[0].assigned_at is None


def test_suggest_pairs_proposes_drafts_that_the_committee_accepts_or_rejects(
    window, people, db
) -> None:
    page = window.matching
    dialog = SuggestDialog(window.board, page)
    assert "3" in dialog.outcome.text()  # three places, three mentees
    dialog.accept()
    pairings = _pairings(db)
    assert len(pairings) == 3
    assert all(p.suggested and not p.locked for p in pairings)
    assert page.accept_all_action.isEnabled()

    page.pairs.cards.select_id(people.paul.participation_id)
    assert page.reject_selected()
    assert len(_pairings(db)) == 2
    questions = []
    page.ask = lambda question: questions.append(question) or True
    assert page.accept_all()
    assert questions == ["Accepter 2 duos suggérés? Ils deviennent des duos provisoires retenus."]
    assert all(p.locked for p in _pairings(db))
    # Kept pairs survive the next suggestion run, which only places who is waiting.
    SuggestDialog(window.board, page).accept()
    assert len(_pairings(db)) == 3

    for _step in range(3):
        window.undo_action.trigger()
    assert len(_pairings(db)) == 3 and not any(p.locked for p in _pairings(db))


def test_changing_a_weight_moves_the_scores_shown_before_saving(window, people) -> None:
    page = window.matching
    page.waiting.cards.select_id(people.julie.participation_id)
    before = [page.mentors.proxy.index(r, 0).data(CARD_ROLE).score for r in range(2)]
    dialog = CriteriaDialog(window.board, page)
    for criterion, spin in dialog.spins.items():
        spin.setValue(100 if criterion.value == "language" else 0)
    after = [page.mentors.proxy.index(r, 0).data(CARD_ROLE).score for r in range(2)]
    assert after != before and sorted(after) == [0.0, 100.0]
    dialog.reject()
    restored = [page.mentors.proxy.index(r, 0).data(CARD_ROLE).score for r in range(2)]
    assert restored == before


def test_zoom_with_keys_is_remembered(window, context) -> None:
    page = window.matching
    height = page.waiting.cards.sizeHintForRow(0)
    page.zoom_in_action.trigger()
    assert page.waiting.cards.sizeHintForRow(0) > height
    assert context.preferences.extra["board_zoom"] > 1
    page.zoom_reset_action.trigger()
    assert page.zoom == 1.0


def test_search_and_filter_each_list(window, people) -> None:
    page = window.matching
    page.waiting.search.setText("tremblay")
    assert _ids(page.waiting.proxy) == [people.julie.participation_id]
    page.mentors.filter.setCurrentIndex(2)  # full
    assert _ids(page.mentors.proxy) == []
    page.mentors.filter.setCurrentIndex(1)  # with places left
    assert len(_ids(page.mentors.proxy)) == 2


def test_mime_data_carries_only_the_mentee_id() -> None:
    data = mime.encode(mime.MENTEE_MIME, 42)
    assert mime.decode(data, mime.MENTEE_MIME) == 42
    assert mime.decode(data, mime.PAIR_MIME) is None


def test_dropping_a_draft_pairs_mentee_on_another_mentor_moves_it_in_one_undoable_step(
    window, people, db
) -> None:
    page = window.matching
    _drop(window, people.paul.participation_id, people.marc.participation_id)
    pairs, mentors = page.pairs.proxy, page.mentors.proxy
    data = pairs.mimeData([_row(pairs, people.paul.participation_id)])
    target = _row(mentors, people.anne.participation_id)
    assert mentors.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert [p.mentor_id for p in _pairings(db)] == [people.anne.participation_id]
    assert "Déplacer Paul Roy" in window.undo_action.text()
    window.undo_action.trigger()
    assert [p.mentor_id for p in _pairings(db)] == [people.marc.participation_id]


def test_confirm_all_asks_first_naming_the_count_and_no_changes_nothing(window, people, db) -> None:
    page = window.matching
    _drop(window, people.paul.participation_id, people.marc.participation_id)
    _drop(window, people.julie.participation_id, people.anne.participation_id)
    questions = []
    page.ask = lambda question: questions.append(question) or False
    assert not page.confirm_all()
    assert "Confirmer 2 duos retenus?" in questions[0]
    assert all(p.status == PairingStatus.DRAFT for p in _pairings(db))
    page.ask = lambda question: True
    assert page.confirm_all()
    assert all(p.status != PairingStatus.DRAFT for p in _pairings(db))


def test_each_page_undoes_only_its_own_steps(window, people, db) -> None:
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    assert "Paul Roy" in window.undo_action.text()
    window.navigation.setCurrentRow(PAIRS)
    assert not window.undo_action.isEnabled()
    assert "Paul Roy" not in window.undo_action.text()
    window.undo_action.trigger()
    assert len(_pairings(db)) == 1  # the board's step is not undone from another page
    window.navigation.setCurrentRow(MATCHING)
    assert window.undo_action.isEnabled() and "Paul Roy" in window.undo_action.text()


def test_a_step_that_can_no_longer_be_undone_says_why_and_stays(qtbot, window, people, db):
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    # Someone takes the draft back outside this window (the command line, say).
    board_actions.remove_drafts(db, [people.paul.participation_id])
    window.undo_action.trigger()
    stack = window.undo_stack
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert stack.count() == 1
    text = stack.command(0).text()
    assert "Paul Roy" in text and "ne peut pas être annulée" in text
    assert "ne peut pas être annulée" in window.undo_action.text()


def test_a_waiting_mentees_card_says_in_one_line_why_they_wait(qtbot, window, people) -> None:
    page = window.matching
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    # The lines need a plan for everyone: they follow the repainted board a moment later.
    qtbot.waitUntil(lambda: not page.controller.lines_pending)
    julie = _row(page.waiting.proxy, people.julie.participation_id).data(CARD_ROLE)
    assert julie.state == "waits"
    assert julie.note.startswith("Meilleur choix libre\u00a0: Anne Gagnon")  # Marc is full
    line = waiting_lines(page.controller.state, min_score=100)[people.julie.participation_id]
    assert line == (
        "Aucun mentor ne peut accueillir ce mentoré\u00a0: 1 complet, "
        "1 sous le score minimum de 100."
    )


def test_supply_dialog_charts_mentees_mentors_and_places_per_area(window, people, qtbot) -> None:
    shown: list[SupplyDialog] = []
    window.matching.run_dialog = lambda dialog: shown.append(dialog) or True
    assert window.matching.show_supply()
    dialog = shown[0]
    qtbot.addWidget(dialog)
    change = next(r for r in dialog.rows if r.key == "change_management")
    assert change.mentors >= 1
    assert "Gestion du changement" in dialog.chart.labels
    assert [s.name for s in dialog.chart.series] == [
        "Mentorés qui le demandent",
        "Mentors qui l'offrent",
        "Places libres",
    ]


def test_the_committee_adds_an_area_and_registrations_written_that_way_take_its_code(
    window, people, db, cohort, qtbot
) -> None:
    register(
        db,
        cohort.id,
        mentee_form(
            first_name="Léa",
            last_name="Roy",
            email="lea.roy@example.org",
            development_areas=("Télésanté",),
        ),
    )
    shown: list[AreasDialog] = []

    def fill(dialog: AreasDialog) -> bool:
        qtbot.addWidget(dialog)
        shown.append(dialog)
        dialog._append("", "Télésanté", "Telehealth", "Télémédecine")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    window.matching.run_dialog = fill
    assert window.matching.edit_areas()
    assert load_vocabulary(db, cohort.id).place("Telehealth") == "telehealth"
    with db.unit_of_work() as session:
        areas = session.scalars(
            select(Participation.development_areas)
            .join(Person)
            .where(Person.email == "lea.roy@example.org")
        ).one()
    assert areas == ["telehealth"]


def test_an_area_without_both_labels_is_refused_with_a_message(window, db, cohort, qtbot) -> None:
    dialog = AreasDialog(db, cohort.id)
    qtbot.addWidget(dialog)
    dialog._append("", "Télésanté", "", "")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "libellé français et un libellé anglais" in dialog.errors.text()


def test_the_columns_searches_line_up_when_one_heading_wraps(qtbot, window) -> None:
    """« Duos — 5 provisoires, 4 à revoir » wrapped and pushed its column's search lower."""
    from PySide6.QtWidgets import QApplication

    from mentorat_desktop.views.board.even_headings import natural_height

    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    page = window.matching
    page.pairs.set_heading("12 provisoires, 14 à revoir, et un texte assez long pour couper")
    page.headings.even()
    QApplication.processEvents()
    columns = (page.waiting, page.mentors, page.pairs)
    assert natural_height(page.pairs.heading) > natural_height(page.waiting.heading)
    tops = {column.search.mapTo(page, column.search.rect().topLeft()).y() for column in columns}
    assert len(tops) == 1


class GatedLines:
    """The waiting lines, worked out by the real service but held back at the gate until
    the test lets them through; records which thread did the work."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.asked: list[frozenset[int]] = []
        self.on_main_thread: list[bool] = []

    def __call__(self, state):
        self.asked.append(frozenset(m.participation_id for m in state.waiting))
        self.on_main_thread.append(threading.current_thread() is threading.main_thread())
        assert self.gate.wait(timeout=30)
        return {k: f"{len(self.asked)}: {v}" for k, v in waiting_lines(state).items()}


def _notes(page) -> dict[int, str]:
    model = page.waiting.proxy
    return {
        model.index(r, 0).data(ID_ROLE): model.index(r, 0).data(CARD_ROLE).note
        for r in range(model.rowCount())
    }


def test_the_waiting_lines_are_worked_out_off_the_window_thread(qtbot, window, people):
    page = window.matching
    lines = GatedLines()
    page.controller._lines_worker._compute = lines
    qtbot.waitUntil(lambda: len(lines.asked) == 1)
    # The window answers while the lines are worked out: a drop goes through at once.
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    assert people.paul.participation_id not in _notes(page)
    lines.gate.set()
    qtbot.waitUntil(lambda: not page.controller.lines_pending)
    assert lines.on_main_thread == [False, False]
    notes = _notes(page)
    # Only the lines of the board after the drop are shown; the first ones came too late.
    assert lines.asked[1] == frozenset(notes)
    assert all(note.startswith("2: ") for note in notes.values())
    assert notes[people.julie.participation_id].startswith("2: Meilleur choix libre")


def test_lines_worked_out_before_an_undo_are_never_shown(qtbot, window, people) -> None:
    page = window.matching
    qtbot.waitUntil(lambda: not page.controller.lines_pending)
    lines = GatedLines()
    page.controller._lines_worker._compute = lines
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    qtbot.waitUntil(lambda: len(lines.asked) == 1)  # the board with Paul paired
    applied: list[dict[int, str]] = []
    page.controller.lines_shown.connect(lambda: applied.append(_notes(page)))
    window.undo_action.trigger()  # Paul waits again while those lines are worked out
    lines.gate.set()
    qtbot.waitUntil(lambda: not page.controller.lines_pending)
    assert people.paul.participation_id not in lines.asked[0]
    assert people.paul.participation_id in lines.asked[1]
    assert len(applied) == 1
    assert applied[0][people.paul.participation_id].startswith("2: ")
    assert all(note.startswith("2: ") for note in applied[0].values())


def test_lines_that_cannot_be_worked_out_leave_no_outdated_line(qtbot, window, people, caplog):
    page = window.matching
    qtbot.waitUntil(lambda: not page.controller.lines_pending)
    assert _notes(page)[people.julie.participation_id].startswith("Meilleur choix libre")

    def fails(state) -> dict[int, str]:
        raise RuntimeError("the plan could not be made")

    page.controller._lines_worker._compute = fails
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    qtbot.waitUntil(lambda: not page.controller.lines_pending)
    assert set(_notes(page).values()) == {""}
    assert "could not be worked out" in caplog.text


def test_a_board_closed_while_its_lines_are_worked_out_drops_them(qtbot, context, people):
    window = MainWindow(context)  # not the fixture's: this one is deleted by the test
    window.navigation.setCurrentRow(MATCHING)
    page = window.matching
    lines = GatedLines()
    worker = page.controller._lines_worker
    worker._compute = lines
    qtbot.waitUntil(lambda: len(lines.asked) == 1)
    with qtbot.waitSignal(worker.destroyed):
        window.close()
        window.deleteLater()
    lines.gate.set()
    qtbot.waitUntil(lambda: not worker.busy)


def test_a_drop_undone_after_a_year_switch_leaves_the_other_year_as_it_is(
    qtbot, window, people, db
) -> None:
    page = window.matching
    other = create_cohort(db, CohortForm("2027-2028", date(2027, 9, 1), date(2028, 6, 30)))
    mentor = register(db, other.id, mentor_form())
    assert _drop(window, people.paul.participation_id, people.marc.participation_id)
    window.reload_cohorts(select_name="2027-2028")
    assert window.current_cohort_name() == "2027-2028"
    window.undo_action.trigger()  # the draft of 2026-2027 goes; this year's board stays
    assert _pairings(db) == []
    assert page.waiting.proxy.rowCount() == 0 and page.pairs.proxy.rowCount() == 0
    mentors = page.mentors.proxy
    assert [mentors.index(r, 0).data(ID_ROLE) for r in range(mentors.rowCount())] == [
        mentor.participation_id
    ]


def test_the_year_end_summary_counts_a_pair_confirmed_on_the_board(window, people) -> None:
    """The summary read before a confirmation counts the new pair once shown again."""
    window.navigation.setCurrentRow(EVALUATIONS)
    assert window.evaluations.tabs.currentIndex() == 0  # the year-end summary in front
    assert window.evaluations.summary.summary.pairs.formed == 0
    window.navigation.setCurrentRow(MATCHING)
    _drop(window, people.paul.participation_id, people.marc.participation_id)
    window.matching.pairs.cards.select_id(people.paul.participation_id)
    assert window.matching.confirm_selected()
    window.navigation.setCurrentRow(EVALUATIONS)
    assert window.evaluations.summary.summary.pairs.formed == 1
    window.navigation.setCurrentRow(MATCHING)
    window.undo_action.trigger()
    window.navigation.setCurrentRow(EVALUATIONS)
    assert window.evaluations.summary.summary.pairs.formed == 0
