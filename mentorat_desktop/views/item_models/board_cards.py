"""The three lists of the matching board as item models: waiting mentees, mentors, pairs.

Each row is a card built from the board's plain data. Drags carry the mentee's id
(``board.mime``); a drop does not change anything itself but hands the request to the
board controller, which turns it into an undoable command, or refuses it with the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mentorat_desktop.i18n import _, format_number, ngettext
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.matching.board_state import BoardPair, MentorCard
from mentorat_desktop.services.matching.profiles import MatchProfile
from mentorat_desktop.services.regions import region_label
from mentorat_desktop.views.board import mime

Index = QModelIndex | QPersistentModelIndex
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4
AREAS_SHOWN = 3


@dataclass(frozen=True)
class Card:
    """What one card shows; ``kind`` picks the colour, ``state`` the emphasis."""

    kind: str  # "mentee", "mentor" or "pair"
    title: str
    subtitle: str
    tags: tuple[str, ...] = ()
    badge: str = ""
    state: str = ""  # "", "full", "best", "refused", "pending", "kept", "confirmed", "active"
    score: float | None = None
    note: str = ""
    search: str = ""
    accessible: str = field(default="", compare=False)


def _where(profile: MatchProfile) -> str:
    return f"{profile.organisation} · {region_label(profile.region)} · {profile.language.upper()}"


def _search(*profiles: MatchProfile) -> str:
    return " ".join(
        " ".join((p.full_name, p.organisation, region_label(p.region), *p.areas, p.objectives))
        for p in profiles
    )


def mentee_card(profile: MatchProfile, why: str = "") -> Card:
    """A waiting mentee; ``why`` is the one line saying why no suggestion reached them."""
    tags = profile.areas[:AREAS_SHOWN] or ((profile.objectives[:60],) if profile.objectives else ())
    return Card(
        "mentee",
        profile.full_name,
        _where(profile),
        tuple(tags),
        label(profile.career_stage),
        state="waits" if why else "",
        note=why,
        search=_search(profile),
        accessible=_("Mentee {name}, {organisation}, {region}, waiting for a mentor").format(
            name=profile.full_name,
            organisation=profile.organisation,
            region=region_label(profile.region),
        ),
    )


def score_text(score: float) -> str:
    return format_number(round(score))


def mentor_card(
    card: MentorCard, score: float | None = None, state: str = "", note: str = ""
) -> Card:
    profile, left = card.profile, card.places_left
    if left:
        places = ngettext("{n} place left of {total}", "{n} places left of {total}", left).format(
            n=left, total=profile.capacity
        )
    else:
        places = ngettext("Full ({n} mentee)", "Full ({n} mentees)", profile.capacity).format(
            n=profile.capacity
        )
    accessible = _("Mentor {name}, {organisation}, {region}, {places}").format(
        name=profile.full_name,
        organisation=profile.organisation,
        region=region_label(profile.region),
        places=places,
    )
    if score is not None:
        accessible += ", " + _("score {score}").format(score=score_text(score))
    return Card(
        "mentor",
        profile.full_name,
        _where(profile),
        profile.areas[:AREAS_SHOWN],
        places,
        state or ("full" if left == 0 else ""),
        score,
        note,
        _search(profile),
        accessible,
    )


def pair_state(pair: BoardPair) -> str:
    if pair.status == PairingStatus.DRAFT:
        return "pending" if pair.is_pending_suggestion else "kept"
    return pair.status.value


def pair_badge(pair: BoardPair) -> str:
    if pair.is_pending_suggestion:
        return _("Suggested")
    if pair.is_draft:
        return _("Kept, to confirm")
    return label(pair.status)


def pair_card(pair: BoardPair) -> Card:
    score = pair.score
    accessible = _("Pair {mentee} with {mentor}, {status}").format(
        mentee=pair.mentee.full_name, mentor=pair.mentor.full_name, status=pair_badge(pair)
    )
    if score is not None:
        accessible += ", " + _("score {score}").format(score=score_text(score))
    return Card(
        "pair",
        pair.mentee.full_name,
        _("with {mentor} · {organisation}").format(
            mentor=pair.mentor.full_name, organisation=pair.mentor.organisation
        ),
        pair.mentee.areas[:AREAS_SHOWN],
        pair_badge(pair),
        pair_state(pair),
        score,
        search=_search(pair.mentee, pair.mentor),
        accessible=accessible,
    )


class CardListModel(QAbstractListModel):
    """Cards with an id and a filter key each; subclasses say what is dragged or dropped."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cards: list[Card] = []
        self._ids: list[int] = []
        self._keys: list[str] = []

    def set_cards(self, cards: Sequence[tuple[int, Card, str]]) -> None:
        self.beginResetModel()
        self._ids = [c[0] for c in cards]
        self._cards = [c[1] for c in cards]
        self._keys = [c[2] for c in cards]
        self.endResetModel()

    def patch_cards(self, order: Sequence[int], fresh: Mapping[int, tuple[Card, str]]) -> None:
        """The list after a step that changed only some cards: their rows are taken out and
        the fresh ones put in where ``order`` places them; the other rows stay untouched,
        so the views and filters redo only those rows."""
        present = set(order)
        for row in range(len(self._ids) - 1, -1, -1):
            if self._ids[row] in fresh or self._ids[row] not in present:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row], self._cards[row], self._keys[row]
                self.endRemoveRows()
        if self._ids != [i for i in order if i not in fresh]:
            raise ValueError("patch_cards changes only the fresh cards; use set_cards")
        for row, item_id in enumerate(order):
            if item_id in fresh:
                card, key = fresh[item_id]
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.insert(row, item_id)
                self._cards.insert(row, card)
                self._keys.insert(row, key)
                self.endInsertRows()

    def replace_cards(self, cards: Sequence[Card]) -> None:
        """New looks for the same rows (scores while dragging): no reset, selection kept."""
        if len(cards) != len(self._cards):
            raise ValueError("replace_cards keeps the rows; use set_cards to change them")
        self._cards = list(cards)
        if self._cards:
            self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return "\n".join(filter(None, (card.accessible, card.note)))
        if role == CARD_ROLE:
            return card
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == FILTER_ROLE:
            return self._keys[index.row()]
        if role == SEARCH_ROLE:
            return card.search
        return None


class WaitingModel(CardListModel):
    """Mentees waiting for a mentor; drag one out, or drop a draft pair's mentee back here."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.on_pair_dropped: Callable[[int], bool] = lambda _mentee_id: False
        self.mentees: dict[int, MatchProfile] = {}
        self.why: dict[int, str] = {}

    def set_mentees(
        self, mentees: Sequence[MatchProfile], why: Mapping[int, str] | None = None
    ) -> None:
        self.mentees = {m.participation_id: m for m in mentees}
        self.why = dict(why or {})
        self.set_cards([self._card(m) for m in mentees])

    def _card(self, mentee: MatchProfile) -> tuple[int, Card, str]:
        why = self.why.get(mentee.participation_id, "")
        return (mentee.participation_id, mentee_card(mentee, why), mentee.language.value)

    def patch_mentees(self, mentees: Sequence[MatchProfile], touched: Collection[int]) -> None:
        """After a step: only the touched mentees' cards change (their line as last known)."""
        self.mentees = {m.participation_id: m for m in mentees}
        fresh = {
            m.participation_id: self._card(m)[1:] for m in mentees if m.participation_id in touched
        }
        self.patch_cards(list(self.mentees), fresh)

    def set_why(self, why: Mapping[int, str]) -> None:
        """Each card's line saying why the mentee waits; only the cards whose line changed."""
        self.why = dict(why)
        for row, mentee_id in enumerate(self._ids):
            card = self._cards[row]
            line = self.why.get(mentee_id, "")
            if card.note != line:
                self._cards[row] = mentee_card(self.mentees[mentee_id], line)
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemIsDragEnabled)
        )

    def mimeTypes(self) -> list[str]:
        return [mime.MENTEE_MIME, mime.PAIR_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        rows = [i.row() for i in indexes if i.isValid()]
        return mime.encode(mime.MENTEE_MIME, self._ids[rows[0]]) if rows else None

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return mime.decode(data, mime.PAIR_MIME) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        mentee_id = mime.decode(data, mime.PAIR_MIME)
        return mentee_id is not None and self.on_pair_dropped(mentee_id)


class MentorModel(CardListModel):
    """Mentors and their places; a mentee (waiting, or from a draft pair) dropped on one."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.on_mentee_dropped: Callable[[int, int], bool] = lambda *_args: False
        self.mentors: list[MentorCard] = []
        # Whether the cards show scores with a mentee (else they are as ``set_mentors`` made them).
        self.scored = False

    def set_mentors(self, mentors: Sequence[MentorCard]) -> None:
        self.mentors = list(mentors)
        self.scored = False
        self.set_cards([self._card(m) for m in mentors])

    @staticmethod
    def _card(m: MentorCard) -> tuple[int, Card, str]:
        return (m.profile.participation_id, mentor_card(m), "room" if m.places_left else "full")

    def patch_mentors(self, mentors: Sequence[MentorCard], touched: Collection[int]) -> None:
        """After a step: only the touched mentors' cards change; scores shown with a mentee
        are shown again by the board, which knows the mentee."""
        self.mentors = list(mentors)
        fresh = {
            m.profile.participation_id: self._card(m)[1:]
            for m in mentors
            if m.profile.participation_id in touched
        }
        self.patch_cards([m.profile.participation_id for m in mentors], fresh)

    def show_scores(
        self,
        scores: Sequence[float] | None,
        refusals: Sequence[str | None] = (),
        best: float | None = None,
    ) -> None:
        """Each mentor's score with one mentee, the best ones stand out; None clears."""
        if scores is None:
            if self.scored:
                self.replace_cards([mentor_card(m) for m in self.mentors])
                self.scored = False
            return
        self.scored = True
        cards = []
        for m, score, refusal in zip(self.mentors, scores, refusals, strict=True):
            state = "refused" if refusal else ("best" if best is not None and score >= best else "")
            cards.append(mentor_card(m, float(score), state, refusal or ""))
        self.replace_cards(cards)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [mime.MENTEE_MIME, mime.PAIR_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def _dropped(self, data: QMimeData) -> int | None:
        """The mentee dragged here, from the waiting list or from a draft pair."""
        waiting = mime.decode(data, mime.MENTEE_MIME)
        return waiting if waiting is not None else mime.decode(data, mime.PAIR_MIME)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return parent.isValid() and self._dropped(data) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        dropped = self._dropped(data)
        if not parent.isValid() or dropped is None:
            return False
        return self.on_mentee_dropped(self._ids[parent.row()], dropped)


class PairModel(CardListModel):
    """Open pairs: drafts (kept or suggested), confirmed and active; drag a draft's mentee."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.pairs: list[BoardPair] = []

    def set_pairs(self, pairs: Sequence[BoardPair]) -> None:
        self.pairs = list(pairs)
        self.set_cards([(p.mentee.participation_id, pair_card(p), pair_state(p)) for p in pairs])

    def patch_pairs(self, pairs: Sequence[BoardPair], touched: Collection[int]) -> None:
        """After a step: only the pairs of the touched mentees change."""
        self.pairs = list(pairs)
        fresh = {
            p.mentee.participation_id: (pair_card(p), pair_state(p))
            for p in pairs
            if p.mentee.participation_id in touched
        }
        self.patch_cards([p.mentee.participation_id for p in pairs], fresh)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.pairs[index.row()].is_draft:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [mime.PAIR_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData | None:
        rows = [i.row() for i in indexes if i.isValid()]
        return mime.encode(mime.PAIR_MIME, self._ids[rows[0]]) if rows else None

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction
