"""What the committee does on the board, each one transaction with its audit entry.

Pairs are named by their mentee: a mentee has at most one open pair, so the name survives
undo and redo, which delete and re-create draft rows under new ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, joinedload

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound, UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Pairing, Participation
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services import audit
from mentorat_desktop.services.matching import criteria as criteria_module
from mentorat_desktop.services.matching import rules, scoring
from mentorat_desktop.services.matching.board_state import (
    OPEN,
    BoardState,
    criteria_of,
    load_cohort,
    read_board,
)
from mentorat_desktop.services.matching.criteria import MatchingCriteria


@dataclass(frozen=True)
class Draft:
    """A proposed pair: made by hand (kept, ``locked``) or suggested and not yet accepted."""

    mentor_id: int
    mentee_id: int
    suggested: bool = False
    locked: bool = True

    @classmethod
    def of(cls, pairing: Pairing) -> Draft:
        return cls(pairing.mentor_id, pairing.mentee_id, pairing.suggested, pairing.locked)


def draft_pairing(cohort_id: int, draft: Draft, score: float, created_at: datetime) -> Pairing:
    """The row of a draft pair, not yet added to a session."""
    return Pairing(
        cohort_id=cohort_id,
        mentor_id=draft.mentor_id,
        mentee_id=draft.mentee_id,
        status=PairingStatus.DRAFT,
        score=score,
        suggested=draft.suggested,
        locked=draft.locked,
        agreements={},
        created_at=created_at,
    )


# Both people's names come with the pair in the same query: every step records them.
_WITH_NAMES = (
    joinedload(Pairing.mentor).joinedload(Participation.person),
    joinedload(Pairing.mentee).joinedload(Participation.person),
)


# Built once, the mentee as a parameter: an undo reads its pair here.
_OPEN_PAIR = (
    select(Pairing)
    .where(Pairing.mentee_id == bindparam("mentee_id"), Pairing.status.in_(OPEN))
    .options(*_WITH_NAMES)
)


def _open_pairing(session: Session, mentee_id: int) -> Pairing:
    pairing = session.scalar(_OPEN_PAIR, {"mentee_id": mentee_id})
    if pairing is None:
        raise NotFound(_("This pair no longer exists; the board was refreshed."))
    return pairing


def _names(pairing: Pairing) -> str:
    return f"{pairing.mentor.person.full_name} — {pairing.mentee.person.full_name}"


def _record(
    session: Session,
    db: Database,
    actor: str,
    action: str,
    pairing: Pairing,
    names: str | None = None,
) -> None:
    """The step's audit entry; ``names`` when the caller already has them, as
    ``_names`` words them."""
    audit.record(
        session,
        db.clock,
        actor=actor,
        action=action,
        entity="pairing",
        entity_id=pairing.id,
        cohort_id=pairing.cohort_id,
        summary=names if names is not None else _names(pairing),
        details={
            "mentor_id": pairing.mentor_id,
            "mentee_id": pairing.mentee_id,
            "score": pairing.score,
            "suggested": pairing.suggested,
            "locked": pairing.locked,
        },
    )


def _add(
    session: Session,
    db: Database,
    state: BoardState,
    drafts: Iterable[Draft],
    actor: str,
) -> list[float]:
    """Insert drafts after checking each against the board and the ones added before it."""
    used: Counter[int] = Counter()
    placed: set[int] = set()
    scores = []
    for draft in drafts:
        card = state.mentor(draft.mentor_id)
        mentee = None if draft.mentee_id in placed else state.waiting_mentee(draft.mentee_id)
        if card is None or mentee is None:
            raise UserError(
                state.refusal(draft.mentor_id, draft.mentee_id)
                or _("This mentee is no longer waiting for a mentor.")
            )
        left = card.places_left - used[draft.mentor_id]
        reason = rules.refusal(card.profile, mentee, state.criteria, state.past, left)
        if reason is not None:
            raise UserError(reason)
        used[draft.mentor_id] += 1
        placed.add(draft.mentee_id)
        score = round(scoring.score(card.profile, mentee, state.criteria), 1)
        pairing = draft_pairing(state.cohort_id, draft, score, db.clock.now())
        session.add(pairing)
        session.flush()
        names = f"{card.profile.full_name} — {mentee.full_name}"
        _record(session, db, actor, "pairing.draft", pairing, names)
        scores.append(score)
    return scores


# Called at the end of a step, inside its transaction, with the step's changes flushed: the
# board reads there the people the step touched, as the file will hold them once committed
# (this transaction holds the write lock until then), rather than in a transaction of its own.
AfterStep = Callable[[Session], object]


def _then(session: Session, then: AfterStep | None) -> None:
    if then is not None:
        session.flush()
        session.expire_all()  # read from the file, not from this session's objects
        then(session)


def _people(drafts: Iterable[Draft]) -> set[int]:
    return {i for d in drafts for i in (d.mentor_id, d.mentee_id)}


def make_drafts(
    db: Database,
    cohort_id: int,
    drafts: list[Draft],
    actor: str = "",
    *,
    then: AfterStep | None = None,
) -> list[float]:
    """Put drafts on the board (a drop, a redo, or undoing a removal); all or none."""
    with db.unit_of_work() as session:
        state = read_board(session, cohort_id, _people(drafts))
        scores = _add(session, db, state, drafts, actor)
        _then(session, then)
        return scores


def _drafts_of(session: Session, mentee_ids: Iterable[int]) -> list[Pairing]:
    pairings = [_open_pairing(session, mentee_id) for mentee_id in mentee_ids]
    for pairing in pairings:
        if pairing.status != PairingStatus.DRAFT:
            raise UserError(
                _(
                    "{names} is a confirmed pair: it is not undone on the board but ended "
                    "from the Pairs page."
                ).format(names=_names(pairing))
            )
    return pairings


def remove_drafts(
    db: Database, mentee_ids: list[int], actor: str = "", *, then: AfterStep | None = None
) -> list[Draft]:
    """Send the mentees of draft pairs back to the waiting list; confirmed pairs stay."""
    with db.unit_of_work() as session, audit.chained(session, db.clock):
        removed = []
        for pairing in _drafts_of(session, mentee_ids):
            _record(session, db, actor, "pairing.draft_removed", pairing)
            removed.append(Draft.of(pairing))
            session.delete(pairing)
        _then(session, then)
        return removed


def keep_drafts(
    db: Database,
    mentee_ids: list[int],
    keep: bool = True,
    actor: str = "",
    *,
    then: AfterStep | None = None,
) -> None:
    """Accept suggestions (kept drafts survive the next "Suggest pairs"), or take that back."""
    with db.unit_of_work() as session, audit.chained(session, db.clock):
        for pairing in _drafts_of(session, mentee_ids):
            pairing.locked = keep
            _record(session, db, actor, "pairing.kept" if keep else "pairing.unkept", pairing)
        _then(session, then)


def confirm(
    db: Database, mentee_ids: list[int], actor: str = "", *, then: AfterStep | None = None
) -> list[Draft]:
    """Make draft pairs real: the assignment date starts the first-contact deadline.

    Returns the drafts as they were, so that the confirmation can be taken back.
    """
    with db.unit_of_work() as session, audit.chained(session, db.clock):
        pairings = _drafts_of(session, mentee_ids)
        if not pairings:
            return []
        involved = {i for p in pairings for i in (p.mentor_id, p.mentee_id)}
        state = read_board(session, pairings[0].cohort_id, involved)
        before = []
        for pairing in pairings:
            pair = state.pair_of(pairing.mentee_id)
            card = state.mentor(pairing.mentor_id)
            if pair is None or card is None:
                raise UserError(_("This pair can no longer be made."))
            # Its own place is already counted, so the capacity check gets one place.
            reason = rules.refusal(card.profile, pair.mentee, state.criteria, state.past, 1)
            if reason is not None:
                raise UserError(reason)
            before.append(Draft.of(pairing))
            pairing.status = PairingStatus.CONFIRMED
            pairing.assigned_at = db.clock.now()
            pairing.locked = True
            _record(session, db, actor, "pairing.confirm", pairing)
        _then(session, then)
        return before


def unconfirm(
    db: Database, drafts: list[Draft], actor: str = "", *, then: AfterStep | None = None
) -> None:
    """Take back a confirmation made by mistake, as long as the pair has not started."""
    with db.unit_of_work() as session, audit.chained(session, db.clock):
        for draft in drafts:
            pairing = _open_pairing(session, draft.mentee_id)
            if pairing.status != PairingStatus.CONFIRMED or pairing.first_contact_on is not None:
                raise UserError(
                    _(
                        "{names} has already begun; the confirmation can no longer be undone."
                    ).format(names=_names(pairing))
                )
            pairing.status = PairingStatus.DRAFT
            pairing.assigned_at = None
            pairing.suggested, pairing.locked = draft.suggested, draft.locked
            _record(session, db, actor, "pairing.unconfirm", pairing)
        _then(session, then)


def replace_suggestions(
    db: Database, cohort_id: int, drafts: list[Draft], actor: str = ""
) -> list[Draft]:
    """Swap the pending suggestions for new ones; kept and confirmed pairs stay as they are.

    Returns the suggestions removed, so that undo can put them back.
    """
    if drafts:
        db.backup_before("suggestions")
    with db.unit_of_work() as session, audit.chained(session, db.clock):
        pending = session.scalars(
            select(Pairing).where(
                Pairing.cohort_id == cohort_id,
                Pairing.status == PairingStatus.DRAFT,
                Pairing.suggested.is_(True),
                Pairing.locked.is_(False),
            )
            .options(*_WITH_NAMES)
        ).all()
        removed = []
        for pairing in pending:
            _record(session, db, actor, "pairing.draft_removed", pairing)
            removed.append(Draft.of(pairing))
            session.delete(pairing)
        session.flush()
        _add(session, db, read_board(session, cohort_id), drafts, actor)
        return removed


def save_criteria(
    db: Database, cohort_id: int, criteria: MatchingCriteria, actor: str = ""
) -> MatchingCriteria:
    """Save the year's weights and rules; drafts take their new score. Returns the old ones."""
    criteria_module.validate(criteria)
    with db.unit_of_work() as session:
        cohort = load_cohort(session, cohort_id)
        before = criteria_of(cohort)
        cohort.matching_weights = criteria.weights_json()
        cohort.forbid_same_organisation = criteria.forbid_same_organisation
        cohort.forbid_previous_pairs = criteria.forbid_previous_pairs
        session.flush()
        state = read_board(session, cohort_id)
        for pair in state.pairs:
            if pair.is_draft:
                pairing = session.get(Pairing, pair.pairing_id)
                if pairing is not None:
                    pairing.score = round(state.breakdown(pair.mentor, pair.mentee).total, 1)
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="cohort.matching_criteria",
            entity="cohort",
            entity_id=cohort_id,
            cohort_id=cohort_id,
            summary=cohort.name,
            details={
                "weights": criteria.weights_json(),
                "forbid_same_organisation": criteria.forbid_same_organisation,
                "forbid_previous_pairs": criteria.forbid_previous_pairs,
            },
        )
        return before


def move_draft(
    db: Database, draft: Draft, actor: str = "", *, then: AfterStep | None = None
) -> Draft:
    """Give a draft pair's mentee another mentor, in one step; returns the draft as it was."""
    with db.unit_of_work() as session:
        (pairing,) = _drafts_of(session, [draft.mentee_id])
        before = Draft.of(pairing)
        cohort_id = pairing.cohort_id
        _record(session, db, actor, "pairing.draft_removed", pairing)
        session.delete(pairing)
        session.flush()
        _add(session, db, read_board(session, cohort_id, _people([draft])), [draft], actor)
        _then(session, then)
        return before
