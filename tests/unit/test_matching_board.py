"""Phase 4: the matching board as read from the file, and what the committee does on it."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, datetime

import pytest
from conftest import NOW
from helpers.forms import mentee_form, mentor_form
from sqlalchemy import select

from mentorat_desktop.errors import UserError, ValidationFailed
from mentorat_desktop.models import AuditEntry, Pairing
from mentorat_desktop.models.enums import EndKind, Language, PairingStatus
from mentorat_desktop.services import registration, withdrawal
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.matching import board_actions as actions
from mentorat_desktop.services.matching import rules, scoring
from mentorat_desktop.services.matching.board_actions import Draft
from mentorat_desktop.services.matching.board_state import BoardState, load_board
from mentorat_desktop.services.matching.criteria import Criterion, MatchingCriteria
from mentorat_desktop.services.matching.solver import Aim
from mentorat_desktop.services.matching.suggestions import plan_suggestions


def mentor(db, cohort, name: str = "marc", capacity: int = 2, **changes: object) -> int:
    form = mentor_form(first_name=name.title(), email=f"{name}@example.org", capacity=capacity)
    return registration.register(db, cohort.id, replace(form, **changes)).participation_id


def mentee(db, cohort, name: str, **changes: object) -> int:
    form = mentee_form(first_name=name.title(), email=f"{name}@example.org")
    return registration.register(db, cohort.id, replace(form, **changes)).participation_id


def ended_pair(db, cohort, mentor_id: int, mentee_id: int, kind: EndKind, wants: bool) -> None:
    with db.unit_of_work() as session:
        session.add(
            Pairing(
                cohort_id=cohort.id,
                mentor_id=mentor_id,
                mentee_id=mentee_id,
                status=PairingStatus.ENDED,
                created_at=datetime(2026, 9, 2),
                assigned_at=datetime(2026, 9, 3),
                ended_on=date(2026, 9, 30),
                end_kind=kind,
                mentee_wants_new_mentor=wants,
                agreements={},
            )
        )


def pairings(db) -> list[tuple[int, int, PairingStatus, bool, bool]]:
    with db.unit_of_work() as session:
        return [
            (p.mentor_id, p.mentee_id, p.status, p.suggested, p.locked)
            for p in session.scalars(select(Pairing).order_by(Pairing.id))
        ]


def audit_actions(db) -> list[str]:
    with db.unit_of_work() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def ids(profiles) -> set[int]:
    return {p.participation_id for p in profiles}


# The board as read from the file


def test_waiting_are_the_mentees_without_an_open_pair_or_who_asked_for_another(db, cohort) -> None:
    marc = mentor(db, cohort, capacity=5)
    never = mentee(db, cohort, "alice")
    drafted = mentee(db, cohort, "bruno")
    confirmed = mentee(db, cohort, "chloe")
    wants_another = mentee(db, cohort, "denis")
    ended_early = mentee(db, cohort, "emma")
    ended_normally = mentee(db, cohort, "felix")
    gone = mentee(db, cohort, "gaelle")
    actions.make_drafts(db, cohort.id, [Draft(marc, drafted), Draft(marc, confirmed)])
    actions.confirm(db, [confirmed])
    ended_pair(db, cohort, marc, wants_another, EndKind.EARLY, wants=True)
    ended_pair(db, cohort, marc, ended_early, EndKind.EARLY, wants=False)
    ended_pair(db, cohort, marc, ended_normally, EndKind.NORMAL, wants=False)
    withdrawal.withdraw(db, gone, date(2026, 10, 5), "Congé")

    state = load_board(db, cohort.id)
    assert ids(state.waiting) == {never, wants_another}
    assert {p.mentee.participation_id for p in state.pairs} == {drafted, confirmed}
    assert state.pair_of(confirmed).status == PairingStatus.CONFIRMED
    [card] = state.mentors
    assert card.taken == 2 and card.places_left == 3  # ended pairs free their place


def test_a_withdrawn_mentor_leaves_the_board_and_their_mentees_wait_again(db, cohort) -> None:
    marc = mentor(db, cohort)
    sophie = mentor(db, cohort, "sophie")
    alice, bruno = mentee(db, cohort, "alice"), mentee(db, cohort, "bruno")
    actions.make_drafts(db, cohort.id, [Draft(marc, alice), Draft(marc, bruno)])
    actions.confirm(db, [alice])
    withdrawal.withdraw(db, marc, date(2026, 10, 5), "Congé de maladie")
    state = load_board(db, cohort.id)
    assert [c.profile.participation_id for c in state.mentors] == [sophie]
    assert ids(state.waiting) == {alice, bruno}
    assert state.pairs == ()
    assert state.refusal(marc, alice) is not None


def test_a_draft_holds_its_place_with_the_mentor(db, cohort) -> None:
    marc = mentor(db, cohort, capacity=2)
    alice, bruno, chloe = (mentee(db, cohort, n) for n in ("alice", "bruno", "chloe"))
    assert load_board(db, cohort.id).mentor(marc).places_left == 2
    actions.make_drafts(db, cohort.id, [Draft(marc, alice)])
    assert load_board(db, cohort.id).mentor(marc).places_left == 1
    actions.make_drafts(db, cohort.id, [Draft(marc, bruno, suggested=True, locked=False)])
    state = load_board(db, cohort.id)
    assert state.mentor(marc).places_left == 0
    assert "Marc" in (state.refusal(marc, chloe) or "")
    assert "Marc" in (state.refusal(marc, alice) or "")  # already paired, with whom


# What the committee does on the board


def test_a_draft_is_written_with_its_score_and_an_audit_entry(db, cohort) -> None:
    marc, alice = mentor(db, cohort), mentee(db, cohort, "alice")
    [score] = actions.make_drafts(db, cohort.id, [Draft(marc, alice)], actor="Sophie")
    state = load_board(db, cohort.id)
    pair = state.pair_of(alice)
    assert pair is not None and pair.status == PairingStatus.DRAFT and pair.locked
    expected = scoring.score(state.mentor(marc).profile, pair.mentee, state.criteria)
    assert score == pair.score == round(expected, 1)
    with db.unit_of_work() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "pairing.draft")
        ).one()
        assert entry.actor == "Sophie" and entry.entity_id == pair.pairing_id
        assert "Marc" in entry.summary and "Alice" in entry.summary


def test_drafts_over_capacity_are_refused_and_nothing_is_written(db, cohort) -> None:
    marc = mentor(db, cohort, capacity=1)
    alice, bruno = mentee(db, cohort, "alice"), mentee(db, cohort, "bruno")
    before = audit_actions(db)
    with pytest.raises(UserError) as refused:
        actions.make_drafts(db, cohort.id, [Draft(marc, alice), Draft(marc, bruno)])
    assert "Marc" in refused.value.message
    assert pairings(db) == []
    assert audit_actions(db) == before


def test_a_mentee_cannot_be_drafted_twice(db, cohort) -> None:
    marc, sophie = mentor(db, cohort), mentor(db, cohort, "sophie")
    alice = mentee(db, cohort, "alice")
    with pytest.raises(UserError):
        actions.make_drafts(db, cohort.id, [Draft(marc, alice), Draft(sophie, alice)])
    assert pairings(db) == []
    actions.make_drafts(db, cohort.id, [Draft(marc, alice)])
    with pytest.raises(UserError):
        actions.make_drafts(db, cohort.id, [Draft(sophie, alice)])
    assert [(m, e) for m, e, *_rest in pairings(db)] == [(marc, alice)]


def test_removing_a_draft_sends_the_mentee_back_and_can_be_undone(db, cohort) -> None:
    marc, alice = mentor(db, cohort), mentee(db, cohort, "alice")
    actions.make_drafts(db, cohort.id, [Draft(marc, alice, suggested=True, locked=False)])
    removed = actions.remove_drafts(db, [alice])
    assert removed == [Draft(marc, alice, suggested=True, locked=False)]
    assert ids(load_board(db, cohort.id).waiting) == {alice}
    actions.make_drafts(db, cohort.id, removed)  # undo
    assert pairings(db) == [(marc, alice, PairingStatus.DRAFT, True, False)]


def test_a_confirmed_pair_is_not_removed_from_the_board(db, cohort) -> None:
    marc = mentor(db, cohort)
    alice, bruno = mentee(db, cohort, "alice"), mentee(db, cohort, "bruno")
    actions.make_drafts(db, cohort.id, [Draft(marc, alice), Draft(marc, bruno)])
    actions.confirm(db, [alice])
    with pytest.raises(UserError) as refused:
        actions.remove_drafts(db, [bruno, alice])
    assert "Alice" in refused.value.message
    # All or nothing: the draft listed before the confirmed pair is still there too.
    assert [s for _m, _e, s, *_rest in pairings(db)] == [
        PairingStatus.CONFIRMED,
        PairingStatus.DRAFT,
    ]


def test_confirming_starts_the_assignment_now_and_can_be_taken_back(db, cohort, clock) -> None:
    marc, alice = mentor(db, cohort), mentee(db, cohort, "alice")
    actions.make_drafts(db, cohort.id, [Draft(marc, alice, suggested=True, locked=False)])
    before = actions.confirm(db, [alice])
    pair = load_board(db, cohort.id).pair_of(alice)
    assert pair is not None and pair.status == PairingStatus.CONFIRMED
    assert pair.assigned_at == clock.now() == NOW
    assert pair.locked

    clock.advance(hours=2)
    actions.unconfirm(db, before)
    pair = load_board(db, cohort.id).pair_of(alice)
    assert pair is not None and pair.status == PairingStatus.DRAFT
    assert pair.assigned_at is None and (pair.suggested, pair.locked) == (True, False)
    assert audit_actions(db)[-2:] == ["pairing.confirm", "pairing.unconfirm"]


def test_a_pair_that_has_begun_cannot_be_unconfirmed(db, cohort) -> None:
    marc, alice = mentor(db, cohort), mentee(db, cohort, "alice")
    actions.make_drafts(db, cohort.id, [Draft(marc, alice)])
    before = actions.confirm(db, [alice])
    with db.unit_of_work() as session:
        session.scalars(select(Pairing)).one().first_contact_on = date(2026, 10, 6)
    with pytest.raises(UserError):
        actions.unconfirm(db, before)
    assert pairings(db)[0][2] == PairingStatus.CONFIRMED


def test_new_suggestions_replace_only_the_pending_ones(db, cohort) -> None:
    marc = mentor(db, cohort, capacity=4)
    kept, confirmed, pending, new = (mentee(db, cohort, n) for n in ("ana", "ben", "cleo", "dan"))
    actions.make_drafts(
        db,
        cohort.id,
        [
            Draft(marc, kept, suggested=True, locked=True),
            Draft(marc, confirmed),
            Draft(marc, pending, suggested=True, locked=False),
        ],
    )
    actions.confirm(db, [confirmed])
    removed = actions.replace_suggestions(
        db, cohort.id, [Draft(marc, new, suggested=True, locked=False)]
    )
    assert removed == [Draft(marc, pending, suggested=True, locked=False)]
    state = load_board(db, cohort.id)
    by_mentee = {p.mentee.participation_id: p for p in state.pairs}
    assert set(by_mentee) == {kept, confirmed, new}
    assert by_mentee[kept].locked and by_mentee[kept].is_draft
    assert by_mentee[confirmed].status == PairingStatus.CONFIRMED
    assert by_mentee[new].is_pending_suggestion
    assert ids(state.waiting) == {pending}


def test_weights_that_are_all_zero_are_refused_and_nothing_changes(db, cohort) -> None:
    zero = MatchingCriteria(dict.fromkeys(Criterion, 0))
    with pytest.raises(ValidationFailed):
        actions.save_criteria(db, cohort.id, zero)
    with pytest.raises(ValidationFailed):
        actions.save_criteria(db, cohort.id, MatchingCriteria().with_weight(Criterion.LEADS, 101))
    assert load_board(db, cohort.id).criteria == MatchingCriteria()
    assert "cohort.matching_criteria" not in audit_actions(db)


def test_new_weights_rescore_the_drafts_but_not_the_confirmed_pairs(db, cohort) -> None:
    marc = mentor(db, cohort, capacity=3, preferred_language=Language.FR)
    same, other = mentee(db, cohort, "alice"), mentee(db, cohort, "bruno")
    confirmed = mentee(db, cohort, "chloe", preferred_language=Language.EN)
    actions.make_drafts(
        db,
        cohort.id,
        [Draft(marc, same), Draft(marc, confirmed)],
    )
    actions.confirm(db, [confirmed])
    actions.make_drafts(db, cohort.id, [Draft(marc, other)])
    registration.update(
        db,
        other,
        mentee_form(first_name="Bruno", email="bruno@example.org", preferred_language=Language.EN),
    )
    confirmed_score = load_board(db, cohort.id).pair_of(confirmed).score

    language_only = MatchingCriteria({Criterion.LANGUAGE: 10}, forbid_same_organisation=True)
    previous = actions.save_criteria(db, cohort.id, language_only)
    assert previous == MatchingCriteria()
    state = load_board(db, cohort.id)
    assert state.criteria.weight(Criterion.LANGUAGE) == 10
    assert state.criteria.weight(Criterion.OBJECTIVES) == 0
    assert state.criteria.forbid_same_organisation
    assert state.pair_of(same).score == 100.0
    assert state.pair_of(other).score == 0.0
    assert state.pair_of(confirmed).score == confirmed_score
    assert audit_actions(db)[-1] == "cohort.matching_criteria"


# "Suggest pairs"


def check_plan(state: BoardState, aim: Aim, min_score: float = 0.0) -> None:
    """The plan's promises: capacity, the rules, the minimum, and kept pairs left alone."""
    plan = plan_suggestions(state, aim, min_score)
    pending = [p for p in state.pairs if p.is_pending_suggestion]
    staying = [p for p in state.pairs if not p.is_pending_suggestion]
    open_after = Counter(p.mentor.participation_id for p in staying)
    open_after.update(s.mentor.participation_id for s in plan.suggestions)
    for card in state.mentors:
        assert open_after[card.profile.participation_id] <= card.profile.capacity
    candidates = ids(state.waiting) | {p.mentee.participation_id for p in pending}
    suggested = [s.mentee.participation_id for s in plan.suggestions]
    assert len(suggested) == len(set(suggested))
    assert set(suggested) <= candidates
    assert set(suggested) | ids(plan.unplaced) == candidates
    assert not set(suggested) & ids(plan.unplaced)
    for s in plan.suggestions:
        assert s.score >= min_score
        assert rules.refusal(s.mentor, s.mentee, state.criteria, state.past, 1) is None
    assert [s.score for s in plan.suggestions] == sorted(
        (s.score for s in plan.suggestions), reverse=True
    )


@pytest.mark.parametrize("aim", list(Aim))
@pytest.mark.parametrize("min_score", [0.0, 60.0])
def test_suggestions_on_the_demo_keep_every_promise(db, aim, min_score) -> None:
    write_demo(db)
    cohort = resolve_cohort(db, None)
    state = load_board(db, cohort.id)
    assert state.waiting and state.pairs
    check_plan(state, aim, min_score)
    # Saved and planned again: the same promises, with the plan's own drafts pending.
    plan = plan_suggestions(state, aim, min_score)
    drafts = [
        Draft(s.mentor.participation_id, s.mentee.participation_id, True, False)
        for s in plan.suggestions
    ]
    actions.replace_suggestions(db, cohort.id, drafts)
    again = load_board(db, cohort.id)
    check_plan(again, aim, min_score)
    assert plan_suggestions(again, aim, min_score).total_score == pytest.approx(plan.total_score)


def test_coverage_pairs_more_mentees_and_score_keeps_the_higher_total(db) -> None:
    write_demo(db)
    state = load_board(db, resolve_cohort(db, None).id)
    by_score = plan_suggestions(state, Aim.SCORE, 50.0)
    by_coverage = plan_suggestions(state, Aim.COVERAGE, 50.0)
    assert len(by_coverage.suggestions) >= len(by_score.suggestions)
    assert by_score.total_score >= by_coverage.total_score - 1e-9


def test_kept_and_confirmed_pairs_stay_out_of_the_plan(db, cohort) -> None:
    marc = mentor(db, cohort, capacity=3)
    sophie = mentor(db, cohort, "sophie", capacity=1)
    kept, confirmed, pending, waiting = (
        mentee(db, cohort, n) for n in ("ana", "ben", "cleo", "dan")
    )
    actions.make_drafts(
        db,
        cohort.id,
        [
            Draft(marc, kept),
            Draft(marc, confirmed),
            Draft(sophie, pending, suggested=True, locked=False),
        ],
    )
    actions.confirm(db, [confirmed])
    state = load_board(db, cohort.id)
    plan = plan_suggestions(state)
    assert {s.mentee.participation_id for s in plan.suggestions} == {pending, waiting}
    check_plan(state, Aim.SCORE)


def test_a_mentor_whose_capacity_was_lowered_gets_no_new_suggestion(db, cohort) -> None:
    """Capacity corrected down after pairs were drafted: the plan must not go over it."""
    marc = mentor(db, cohort, capacity=2)
    confirmed, pending, waiting = (mentee(db, cohort, n) for n in ("ana", "ben", "cleo"))
    actions.make_drafts(
        db,
        cohort.id,
        [Draft(marc, confirmed), Draft(marc, pending, suggested=True, locked=False)],
    )
    actions.confirm(db, [confirmed])
    registration.update(
        db, marc, mentor_form(first_name="Marc", email="marc@example.org", capacity=1)
    )
    state = load_board(db, cohort.id)
    plan = plan_suggestions(state)
    assert plan.suggestions == ()
    assert ids(plan.unplaced) == {pending, waiting}
    check_plan(state, Aim.COVERAGE)
    actions.replace_suggestions(db, cohort.id, [])  # what applying that plan does
    assert load_board(db, cohort.id).mentor(marc).taken == 1


def test_a_board_of_a_year_deleted_elsewhere_says_the_year_is_gone(db, cohort) -> None:
    from mentorat_desktop.errors import NotFound
    from mentorat_desktop.i18n import _

    with pytest.raises(NotFound) as gone:
        load_board(db, cohort.id + 1000)
    assert str(gone.value) == _("This program year no longer exists.")
    board = load_board(db, cohort.id)
    assert board.cohort_name == cohort.name
