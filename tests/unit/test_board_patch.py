"""After a step on the board, reading only the people it touched gives the board a full read
gives: same cards, same places left, same order, same earlier pairs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

import pytest

from mentorat_desktop.errors import UserError
from mentorat_desktop.services import withdrawal
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.demo import write_demo
from mentorat_desktop.services.matching import board_actions as actions
from mentorat_desktop.services.matching.board_actions import Draft
from mentorat_desktop.services.matching.board_patch import (
    TouchedReader,
    patch_board,
    read_touched,
)
from mentorat_desktop.services.matching.board_state import BoardState, load_board
from mentorat_desktop.services.matching.suggestions import plan_suggestions


def _with_mentors(state: BoardState, mentee_ids: Iterable[int]) -> set[int]:
    """What the board passes for a step on these mentees: them and their pairs' mentors."""
    found = set(mentee_ids)
    for mentee_id in list(found):
        pair = state.pair_of(mentee_id)
        if pair is not None:
            found.add(pair.mentor.participation_id)
    return found


def _step_matches_a_full_read(
    db, cohort_id: int, step: Callable[[], object], people: set[int]
) -> BoardState:
    before = load_board(db, cohort_id)
    step()
    after = load_board(db, cohort_id)
    patched = patch_board(before, read_touched(db, cohort_id, people))
    assert patched == after
    assert [p.participation_id for p in patched.waiting] == [
        p.participation_id for p in after.waiting
    ]
    return after


def test_each_board_step_and_its_undo_patched_equals_the_board_read_again(db) -> None:
    write_demo(db)
    cohort_id = resolve_cohort(db, None).id
    state = load_board(db, cohort_id)
    assert state.waiting and state.pairs and state.past
    first, second = [
        s
        for s in plan_suggestions(state).suggestions
        if state.waiting_mentee(s.mentee.participation_id) is not None
    ][:2]
    mentee = first.mentee.participation_id
    mentor, other = first.mentor.participation_id, second.mentor.participation_id
    assert mentor != other or state.mentor(mentor).places_left > 1

    check = _step_matches_a_full_read
    draft = Draft(mentor, mentee)
    check(db, cohort_id, lambda: actions.make_drafts(db, cohort_id, [draft]), {mentee, mentor})
    moved = Draft(other, mentee)
    state = check(db, cohort_id, lambda: actions.move_draft(db, moved), {mentee, mentor, other})
    people = _with_mentors(state, [mentee])
    state = check(db, cohort_id, lambda: actions.keep_drafts(db, [mentee], False), people)
    state = check(db, cohort_id, lambda: actions.keep_drafts(db, [mentee], True), people)
    before: list[Draft] = []
    state = check(db, cohort_id, lambda: before.extend(actions.confirm(db, [mentee])), people)
    state = check(db, cohort_id, lambda: actions.unconfirm(db, before), people)
    removed: list[Draft] = []
    state = check(
        db, cohort_id, lambda: removed.extend(actions.remove_drafts(db, [mentee])), people
    )
    check(db, cohort_id, lambda: actions.make_drafts(db, cohort_id, removed), people)


def test_a_pending_suggestion_accepted_or_rejected_patched_equals_a_full_read(db) -> None:
    write_demo(db)
    cohort_id = resolve_cohort(db, None).id
    plan = plan_suggestions(load_board(db, cohort_id))
    drafts = [
        Draft(s.mentor.participation_id, s.mentee.participation_id, True, False)
        for s in plan.suggestions
    ]
    actions.replace_suggestions(db, cohort_id, drafts)
    state = load_board(db, cohort_id)
    pending = [p.mentee.participation_id for p in state.pairs if p.is_pending_suggestion][:3]
    assert pending
    people = _with_mentors(state, pending)
    check = _step_matches_a_full_read
    check(db, cohort_id, lambda: actions.keep_drafts(db, pending, True), people)
    check(db, cohort_id, lambda: actions.keep_drafts(db, pending, False), people)
    check(db, cohort_id, lambda: actions.remove_drafts(db, pending), people)


def test_a_person_no_longer_on_the_board_leaves_it(db) -> None:
    """Read again, a participation that is gone (withdrawn elsewhere) is dropped."""
    write_demo(db)
    cohort_id = resolve_cohort(db, None).id
    state = load_board(db, cohort_id)
    gone = state.waiting[0].participation_id
    patched = patch_board(state, read_touched(db, cohort_id, [gone]))
    assert patched == state  # nothing changed: the same board

    withdrawal.withdraw(db, gone, date(2026, 10, 5), "Congé")
    patched = patch_board(state, read_touched(db, cohort_id, [gone]))
    assert gone not in {p.participation_id for p in patched.waiting}
    assert patched == load_board(db, cohort_id)


def test_the_people_read_inside_each_step_are_those_the_file_holds_after_it(db) -> None:
    """A step hands the board the touched people as its own transaction read them, just
    before committing: the same as reading them after the commit, and patched, the board a
    full read gives."""
    write_demo(db)
    cohort_id = resolve_cohort(db, None).id
    state = load_board(db, cohort_id)
    first = next(
        s
        for s in plan_suggestions(state).suggestions
        if state.waiting_mentee(s.mentee.participation_id) is not None
    )
    mentee, mentor = first.mentee.participation_id, first.mentor.participation_id

    def check(step: Callable[[TouchedReader], object], people: set[int]) -> None:
        before = load_board(db, cohort_id)
        reader = TouchedReader(cohort_id, people)
        step(reader)
        inside = reader.take()
        assert inside is not None and reader.take() is None  # taken once
        assert inside == read_touched(db, cohort_id, people)
        assert patch_board(before, inside) == load_board(db, cohort_id)

    check(
        lambda r: actions.make_drafts(db, cohort_id, [Draft(mentor, mentee)], then=r),
        {
            mentee,
            mentor,
        },
    )
    people = _with_mentors(load_board(db, cohort_id), [mentee])
    check(lambda r: actions.keep_drafts(db, [mentee], False, then=r), people)
    before: list[Draft] = []
    check(lambda r: before.extend(actions.confirm(db, [mentee], then=r)), people)
    check(lambda r: actions.unconfirm(db, before, then=r), people)
    check(lambda r: actions.remove_drafts(db, [mentee], then=r), people)


def test_nothing_read_inside_a_refused_step_reaches_the_board(db) -> None:
    write_demo(db)
    cohort_id = resolve_cohort(db, None).id
    state = load_board(db, cohort_id)
    full = next(c for c in state.mentors if c.places_left == 0)
    mentee = state.waiting[0].participation_id
    reader = TouchedReader(cohort_id, {mentee, full.profile.participation_id})
    with pytest.raises(UserError):  # a full mentor takes no one more
        actions.make_drafts(
            db, cohort_id, [Draft(full.profile.participation_id, mentee)], then=reader
        )
    assert reader.take() is None
    assert load_board(db, cohort_id) == state
