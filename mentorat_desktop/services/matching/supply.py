"""Supply and demand per area: mentees wanting it, mentors offering it, places left.

So the committee sees before the matching meeting which areas lack mentors and whom to
recruit. Areas of the year's list count by code; areas written outside the list count by
their terms, so "Télésanté" written by two people is one line.
"""

from __future__ import annotations

from dataclasses import dataclass

from mentorat_desktop.i18n import current_language
from mentorat_desktop.services.areas.vocabulary import AreaVocabulary
from mentorat_desktop.services.matching.board_state import BoardState
from mentorat_desktop.services.matching.features import area_key_list
from mentorat_desktop.services.matching.profiles import MatchProfile


@dataclass(frozen=True)
class AreaSupply:
    key: str  # the area's code, or "text:" and the terms of a wording outside the list
    label: str
    mentees: int  # registered mentees wanting it, paired or not
    waiting: int  # of them, still waiting for a mentor
    mentors: int  # mentors offering it
    places_left: int  # free places of those mentors

    @property
    def in_list(self) -> bool:
        return not self.key.startswith("text:")

    @property
    def shortfall(self) -> int:
        """Waiting mentees beyond the free places of the mentors offering the area."""
        return max(self.waiting - self.places_left, 0)


def _keys(profile: MatchProfile) -> dict[str, str]:
    return {
        key: area for key, area in zip(area_key_list(profile), profile.areas, strict=True) if key
    }


def supply(
    state: BoardState, vocabulary: AreaVocabulary | None = None
) -> tuple[AreaSupply, ...]:
    """Every area someone wants or offers; the largest shortfall first, then most wanted.
    Areas of ``vocabulary`` are named in the user's language."""
    labels: dict[str, str] = {}
    if vocabulary is not None:
        labels.update({a.code: a.label(current_language()) for a in vocabulary.areas})
    mentees: dict[str, int] = {}
    waiting: dict[str, int] = {}
    mentors: dict[str, int] = {}
    places: dict[str, int] = {}
    waiting_ids = {m.participation_id for m in state.waiting}
    everyone = {m.participation_id: m for m in state.waiting}
    everyone.update({p.mentee.participation_id: p.mentee for p in state.pairs})
    for mentee in everyone.values():
        for key, label in _keys(mentee).items():
            labels.setdefault(key, label)
            mentees[key] = mentees.get(key, 0) + 1
            if mentee.participation_id in waiting_ids:
                waiting[key] = waiting.get(key, 0) + 1
    for card in state.mentors:
        for key, label in _keys(card.profile).items():
            labels.setdefault(key, label)
            mentors[key] = mentors.get(key, 0) + 1
            places[key] = places.get(key, 0) + card.places_left
    rows = [
        AreaSupply(
            key,
            labels[key],
            mentees.get(key, 0),
            waiting.get(key, 0),
            mentors.get(key, 0),
            places.get(key, 0),
        )
        for key in labels
        if mentees.get(key) or mentors.get(key)
    ]
    rows.sort(key=lambda r: (-r.shortfall, -r.mentees, -r.waiting, r.label.casefold()))
    return tuple(rows)
