"""Decides what a drop, a click or a key on the board does, and keeps the three lists true.

Views lay out, the controller decides: every change becomes a ``ServiceCommand`` on the main
window's undo stack, calling a matching service. Afterwards, and after its undo, only the
people the step touched are read again and only their cards change, so a drop on a board of
a thousand cards repaints at once; the line on each waiting mentee's card (which needs a
plan for everyone) follows a moment later, worked out on another thread (``lines_worker``)
and shown only if the board has not changed since.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from mentorat_desktop.db import Database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _, ngettext
from mentorat_desktop.services.matching import board_actions as actions
from mentorat_desktop.services.matching.board_actions import AfterStep, Draft
from mentorat_desktop.services.matching.board_patch import (
    TouchedCards,
    TouchedReader,
    patch_board,
    read_touched,
)
from mentorat_desktop.services.matching.board_state import BoardPair, BoardState, load_board
from mentorat_desktop.services.matching.criteria import MatchingCriteria, validate
from mentorat_desktop.services.matching.solver import Aim
from mentorat_desktop.services.matching.suggestions import SuggestionPlan, plan_suggestions
from mentorat_desktop.services.matching.waiting import waiting_lines
from mentorat_desktop.services.safekeeping.access import read_only_message
from mentorat_desktop.services.safekeeping.versions import stamp_of_board_pair
from mentorat_desktop.views.board.lines_worker import LinesWorker
from mentorat_desktop.views.item_models.board_cards import MentorModel, PairModel, WaitingModel
from mentorat_desktop.views.undo_command import ServiceCommand

BEST_SHOWN = 3
# The waiting mentees' lines are worked out this long after the last change: the repainted
# board comes first, and a run of quick steps costs one plan.
LINES_DELAY_MS = 120
# Past this many touched people (a bulk confirm), the lists are built again in one go.
PATCH_LIMIT = 60


class BoardController(QObject):
    # The board was read again (after a change, an undo, or another program year).
    changed = Signal()
    # The file changed: a step was done, undone or redone.
    edited = Signal()
    # A request was refused, or a step could not be applied: the reason, translated.
    refused = Signal(str)
    # Something was done: a short line for the status bar.
    done = Signal(str)
    # Each waiting mentee's card shows why they wait, as the board now stands.
    lines_shown = Signal()

    def __init__(
        self,
        db: Database,
        undo_stack: QUndoStack,
        actor: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = undo_stack
        self.actor = actor
        self.cohort_id: int | None = None
        self.saved_state: BoardState | None = None
        self.preview: MatchingCriteria | None = None
        self.highlighted: int | None = None
        self.waiting = WaitingModel(self)
        self.mentors = MentorModel(self)
        self.pairs = PairModel(self)
        self.waiting.on_pair_dropped = lambda mentee_id: self.request_unpair([mentee_id])
        self.mentors.on_mentee_dropped = self.request_pair
        # Each change of what the board shows is a new step; lines worked out for an older
        # one are dropped.
        self._step = 0
        # The step whose lines the worker was last asked for, until they come (-1: none).
        self._lines_asked = -1
        self._lines_worker = LinesWorker(waiting_lines, self)
        self._lines_worker.computed.connect(self._lines_computed)
        self._lines_timer = QTimer(self)
        self._lines_timer.setSingleShot(True)
        self._lines_timer.setInterval(LINES_DELAY_MS)
        self._lines_timer.timeout.connect(self._ask_for_lines)

    # Reading -------------------------------------------------------------------------------

    @property
    def state(self) -> BoardState | None:
        """The board as saved, or under the criteria being previewed."""
        if self.saved_state is not None and self.preview is not None:
            return self.saved_state.with_criteria(self.preview)
        return self.saved_state

    def set_cohort(self, cohort_id: int | None) -> None:
        self.cohort_id = cohort_id
        self.reload()

    def reload(self) -> None:
        self.saved_state = None if self.cohort_id is None else load_board(self.db, self.cohort_id)
        self._show()

    def _show(self) -> None:
        state = self.state
        self.waiting.set_mentees(state.waiting if state else (), self.waiting.why)
        self.mentors.set_mentors(state.mentors if state else ())
        self.pairs.set_pairs(state.pairs if state else ())
        self.highlight(self.highlighted)
        self.changed.emit()
        self._lines_follow()

    def _show_touched(self, people: Iterable[int], read: TouchedCards | None = None) -> None:
        """After a step: the people it touched, as the step's own transaction read them just
        before committing (else read again now), and only their cards change."""
        saved, cohort_id = self.saved_state, self.cohort_id
        if saved is None or cohort_id is None:
            self.reload()
            return
        touched = read if read is not None else read_touched(self.db, cohort_id, people)
        self.saved_state = patch_board(saved, touched)
        state = self.state
        assert state is not None
        if len(touched.people) > PATCH_LIMIT:  # a bulk step: one reset beats many rows
            self._show()
            return
        try:
            self.waiting.patch_mentees(state.waiting, touched.people)
            self.mentors.patch_mentors(state.mentors, touched.people)
            self.pairs.patch_pairs(state.pairs, touched.people)
        except ValueError:  # the lists no longer match the file: show it all again
            self._show()
            return
        self.highlight(self.highlighted)
        self.changed.emit()
        self._lines_follow()

    def _lines_follow(self) -> None:
        """The board shows something new: lines on the way are outdated, new ones follow."""
        self._step += 1
        self._lines_timer.start()

    @property
    def lines_pending(self) -> bool:
        """The waiting mentees' lines are still to be worked out for the board as it is."""
        return self._lines_timer.isActive() or self._lines_asked == self._step

    def _ask_for_lines(self) -> None:
        state = self.state
        if state is None or not state.waiting:
            self._apply_lines({})
            return
        self._lines_asked = self._step
        self._lines_worker.request(self._step, state)

    def _lines_computed(self, step: int, lines: Mapping[int, str] | None) -> None:
        if step != self._step:  # the board changed since it was asked: a newer one follows
            return
        # Lines that could not be worked out are none rather than those of an earlier
        # board, which could name a mentor who is no longer free.
        self._apply_lines(lines if lines is not None else {})

    def _apply_lines(self, lines: Mapping[int, str]) -> None:
        self._lines_asked = -1
        self.waiting.set_why(lines)
        self.lines_shown.emit()

    def show_waiting_lines(self) -> None:
        """Each waiting mentee's line, worked out now on this thread (for measuring)."""
        self._lines_timer.stop()
        state = self.state
        self._step += 1  # any line still on its way is for the board before this one
        self._apply_lines(waiting_lines(state) if state else {})

    def set_preview(self, criteria: MatchingCriteria | None) -> None:
        """Show the scores under criteria not saved yet (the criteria dialog is open)."""
        self.preview = criteria
        self._show()

    def highlight(self, mentee_id: int | None) -> None:
        """Every mentor card shows its score with this mentee; the best ones stand out."""
        state = self.state
        mentee = state.mentee(mentee_id) if state and mentee_id is not None else None
        self.highlighted = mentee_id if mentee is not None else None
        if state is None or mentee is None:
            self.mentors.show_scores(None)
            return
        scores = state.scores_for(mentee)
        refusals = [state.move_refusal(card, mentee) for card in state.mentors]
        open_scores = sorted(
            (s for s, r in zip(scores, refusals, strict=True) if r is None), reverse=True
        )
        best = open_scores[min(BEST_SHOWN, len(open_scores)) - 1] if open_scores else None
        self.mentors.show_scores(np.round(scores, 1), refusals, best)

    # Changing ------------------------------------------------------------------------------

    def _settle(self, failure: str | None, reader: TouchedReader | None) -> None:
        read = reader.take() if reader is not None else None  # never kept for a later step
        if reader is not None and reader.cohort_id != self.cohort_id:
            read = None  # a step of another year, undone after a switch: this year's cards
        if failure or reader is None:
            self.reload()
        else:
            self._show_touched(reader.people, read)
        self.edited.emit()
        if failure:
            self.refused.emit(failure)

    def _push(
        self,
        text: str,
        forward: Callable[[AfterStep | None], Any],
        backward: Callable[[Any, AfterStep | None], None],
        people: Iterable[int] | None = None,
        seen: Sequence[BoardPair] = (),
    ) -> bool:
        """Do a step on the undo stack.

        ``people``: every participation the step and its undo change (the mentees and their
        mentors before and after), the only cards read again, by the service's ``then`` in
        the step's own transaction; None when the step may change any card. ``seen``: the
        pairs it acts on, as the board read them; the first time, it is refused if one
        changed elsewhere (redo after an undo acts on what the undo left).
        """
        if self.db.read_only:  # the board takes no drop then; a request is told why
            return self._refuse(read_only_message(self.db.path))
        stamps = [stamp_of_board_pair(p.pairing_id, p.version) for p in seen]
        first_time = [True]

        cohort_id = self.cohort_id
        reader = None if people is None or cohort_id is None else TouchedReader(cohort_id, people)

        def step() -> Any:
            if not first_time[0]:
                return forward(reader)
            first_time[0] = False
            with self.db.based_on(*stamps):
                return forward(reader)

        command = ServiceCommand(
            text,
            step,
            lambda result: backward(result, reader),
            lambda failure: self._settle(failure, reader),
        )
        command.attach(self.undo_stack)
        self.undo_stack.push(command)
        if command.failure is None:
            self.done.emit(text)
        return command.failure is None

    def _refuse(self, reason: str) -> bool:
        self.refused.emit(reason)
        return False

    def _refuse_confirmed(self, pair: BoardPair) -> bool:
        return self._refuse(
            _("{mentee} is in a confirmed pair; it is ended from the Pairs page.").format(
                mentee=pair.mentee.full_name
            )
        )

    def request_pair(self, mentor_id: int, mentee_id: int) -> bool:
        """A mentee dropped on a mentor (or "Pair" pressed): a new draft, or a move."""
        state = self.state
        if state is None or self.cohort_id is None:
            return False
        card = state.mentor(mentor_id)
        pair = state.pair_of(mentee_id)
        actor, cohort_id = self.actor(), self.cohort_id
        if pair is not None and card is not None:
            if not pair.is_draft:
                return self._refuse_confirmed(pair)
            if pair.mentor.participation_id == mentor_id:
                return False
            reason = state.move_refusal(card, pair.mentee)
            if reason:
                return self._refuse(reason)
            text = _("Move {mentee} to {mentor}").format(
                mentee=pair.mentee.full_name, mentor=card.profile.full_name
            )
            new = Draft(mentor_id, mentee_id, suggested=False, locked=True)
            return self._push(
                text,
                lambda then: actions.move_draft(self.db, new, actor, then=then),
                lambda old, then: actions.move_draft(self.db, old, actor, then=then),
                (mentee_id, mentor_id, pair.mentor.participation_id),
                seen=[pair],
            )
        reason = state.refusal(mentor_id, mentee_id)
        if reason or card is None:
            return self._refuse(reason or _("This pair can no longer be made."))
        mentee = state.waiting_mentee(mentee_id)
        assert mentee is not None
        text = _("Pair {mentee} with {mentor}").format(
            mentee=mentee.full_name, mentor=card.profile.full_name
        )
        draft = Draft(mentor_id, mentee_id)
        return self._push(
            text,
            lambda then: actions.make_drafts(self.db, cohort_id, [draft], actor, then=then),
            lambda _scores, then: actions.remove_drafts(self.db, [mentee_id], actor, then=then),
            (mentee_id, mentor_id),
        )

    def _drafts(self, mentee_ids: list[int], pending_only: bool = False) -> list[int]:
        state = self.state
        if state is None:
            return []
        found = [state.pair_of(m) for m in mentee_ids]
        return [
            p.mentee.participation_id
            for p in found
            if p is not None and p.is_draft and (p.is_pending_suggestion or not pending_only)
        ]

    def _with_mentors(self, mentee_ids: list[int]) -> list[int]:
        """These mentees and the mentors of their pairs: who a step on their pairs changes."""
        state = self.state
        pairs = [state.pair_of(m) for m in mentee_ids] if state else []
        return [*mentee_ids, *(p.mentor.participation_id for p in pairs if p is not None)]

    def request_unpair(self, mentee_ids: list[int]) -> bool:
        """Draft pairs back to the waiting list; a confirmed pair is never undone here."""
        state = self.state
        if state is None or not mentee_ids:
            return False
        for mentee_id in mentee_ids:
            pair = state.pair_of(mentee_id)
            if pair is not None and not pair.is_draft:
                return self._refuse_confirmed(pair)
        drafts = self._drafts(mentee_ids)
        if not drafts:
            return False
        actor, cohort_id = self.actor(), self.cohort_id
        assert cohort_id is not None
        text = ngettext(
            "Send {n} mentee back to the waiting list",
            "Send {n} mentees back to the waiting list",
            len(drafts),
        ).format(n=len(drafts))
        return self._push(
            text,
            lambda then: actions.remove_drafts(self.db, drafts, actor, then=then),
            lambda removed, then: actions.make_drafts(
                self.db, cohort_id, removed, actor, then=then
            ),
            self._with_mentors(drafts),
            seen=self._pairs_of(drafts),
        )

    def _pairs_of(self, mentee_ids: list[int]) -> list[BoardPair]:
        state = self.state
        found = [state.pair_of(m) for m in mentee_ids] if state else []
        return [p for p in found if p is not None]

    def confirm(self, mentee_ids: list[int]) -> bool:
        drafts = self._drafts(mentee_ids)
        if not drafts:
            return self._refuse(_("Select one or more draft pairs to confirm."))
        actor = self.actor()
        text = ngettext("Confirm {n} pair", "Confirm {n} pairs", len(drafts)).format(n=len(drafts))
        return self._push(
            text,
            lambda then: actions.confirm(self.db, drafts, actor, then=then),
            lambda before, then: actions.unconfirm(self.db, before, actor, then=then),
            self._with_mentors(drafts),
            seen=self._pairs_of(drafts),
        )

    def kept_drafts(self) -> list[int]:
        """Drafts the committee made or accepted: what "Confirm all" confirms."""
        state = self.state
        return [
            p.mentee.participation_id
            for p in (state.pairs if state else ())
            if p.is_draft and not p.is_pending_suggestion
        ]

    def pending_suggestions(self) -> list[int]:
        state = self.state
        return [
            p.mentee.participation_id
            for p in (state.pairs if state else ())
            if p.is_pending_suggestion
        ]

    def accept(self, mentee_ids: list[int]) -> bool:
        drafts = self._drafts(mentee_ids, pending_only=True)
        if not drafts:
            return self._refuse(_("Select one or more suggestions."))
        actor = self.actor()
        text = ngettext("Accept {n} suggestion", "Accept {n} suggestions", len(drafts)).format(
            n=len(drafts)
        )
        return self._push(
            text,
            lambda then: actions.keep_drafts(self.db, drafts, True, actor, then=then),
            lambda _none, then: actions.keep_drafts(self.db, drafts, False, actor, then=then),
            self._with_mentors(drafts),
            seen=self._pairs_of(drafts),
        )

    def reject(self, mentee_ids: list[int]) -> bool:
        drafts = self._drafts(mentee_ids, pending_only=True)
        if not drafts:
            return self._refuse(_("Select one or more suggestions."))
        actor, cohort_id = self.actor(), self.cohort_id
        assert cohort_id is not None
        text = ngettext("Reject {n} suggestion", "Reject {n} suggestions", len(drafts)).format(
            n=len(drafts)
        )
        return self._push(
            text,
            lambda then: actions.remove_drafts(self.db, drafts, actor, then=then),
            lambda removed, then: actions.make_drafts(
                self.db, cohort_id, removed, actor, then=then
            ),
            self._with_mentors(drafts),
            seen=self._pairs_of(drafts),
        )

    def plan(self, aim: Aim, min_score: float) -> SuggestionPlan | None:
        state = self.state
        return None if state is None else plan_suggestions(state, aim, min_score)

    def apply_plan(self, plan: SuggestionPlan) -> bool:
        if self.cohort_id is None:
            return False
        actor, cohort_id = self.actor(), self.cohort_id
        drafts = [
            Draft(s.mentor.participation_id, s.mentee.participation_id, True, False)
            for s in plan.suggestions
        ]
        text = ngettext("Suggest {n} pair", "Suggest {n} pairs", len(drafts)).format(n=len(drafts))
        return self._push(
            text,
            lambda _then: actions.replace_suggestions(self.db, cohort_id, drafts, actor),
            lambda removed, _then: actions.replace_suggestions(self.db, cohort_id, removed, actor),
        )

    def save_criteria(self, criteria: MatchingCriteria) -> bool:
        if self.cohort_id is None:
            return False
        try:
            validate(criteria)
        except UserError as error:
            return self._refuse(error.message)
        actor, cohort_id = self.actor(), self.cohort_id
        self.preview = None
        return self._push(
            _("Change the matching criteria"),
            lambda _then: actions.save_criteria(self.db, cohort_id, criteria, actor),
            lambda before, _then: actions.save_criteria(self.db, cohort_id, before, actor),
        )
