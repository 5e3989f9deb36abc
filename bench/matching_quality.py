"""Benchmark: how many suggestions agree with a hand key, on a bilingual fixture.

Run with ``python bench/matching_quality.py``. The fixture (``tests/helpers/
bilingual_matching.py``) has 40 mentees and 20 mentors in French and English; the right mentor
of each mentee was decided by hand from their areas, a third of them across languages, and the
other mentors of the mentee's language share nothing but the language. Prints how many of the
"Suggest pairs" plan's pairs are the hand key's, overall, within one language and across
languages; then the score of each same-expertise pair with the language criterion left out.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers import bilingual_matching as fixture  # noqa: E402

from mentorat_desktop.services.areas.vocabulary import default_vocabulary  # noqa: E402
from mentorat_desktop.services.matching import scoring  # noqa: E402
from mentorat_desktop.services.matching.board_state import BoardState, MentorCard  # noqa: E402
from mentorat_desktop.services.matching.criteria import Criterion, MatchingCriteria  # noqa: E402
from mentorat_desktop.services.matching.profiles import MatchProfile, placed  # noqa: E402
from mentorat_desktop.services.matching.suggestions import plan_suggestions  # noqa: E402


def mentors() -> list[MatchProfile]:
    """The fixture's registrations as the board loads them: placed against the year's list."""
    return [placed(p, default_vocabulary()) for p in fixture.mentors()]


def mentees() -> list[MatchProfile]:
    return [placed(p, default_vocabulary()) for p in fixture.mentees()]


def board() -> BoardState:
    return BoardState(
        cohort_id=1,
        cohort_name="2026-2027",
        criteria=MatchingCriteria(),
        waiting=tuple(mentees()),
        mentors=tuple(MentorCard(p, 0) for p in mentors()),
        pairs=(),
        past={},
    )


def main() -> None:
    state = board()
    key = fixture.hand_key()
    plan = plan_suggestions(state)
    chosen = {s.mentee.participation_id: s.mentor.participation_id for s in plan.suggestions}
    agree = [m for m, right in key.items() if chosen.get(m) == right]
    cross = [m for m in key if fixture.cross_language(m)]
    same = [m for m in key if not fixture.cross_language(m)]
    print(f"Fixture: {len(key)} mentees, {len(state.mentors)} mentors, "
          f"{len(cross)} mentees whose right mentor prefers the other language")
    print(f"Agreement with the hand key: {len(agree)}/{len(key)} "
          f"({100 * len(agree) / len(key):.0f} %)")
    print(f"  same language:  {sum(m in agree for m in same)}/{len(same)}")
    print(f"  across languages: {sum(m in agree for m in cross)}/{len(cross)}")
    no_language = MatchingCriteria().with_weight(Criterion.LANGUAGE, 0)
    by_id = {p.participation_id: p for p in mentors()}
    scores = [
        (scoring.score(by_id[key[e.participation_id]], e, no_language),
         fixture.cross_language(e.participation_id))
        for e in mentees()
    ]
    for label, flag in (("same language", False), ("across languages", True)):
        values = [s for s, c in scores if c == flag]
        print(f"  right-mentor score without the language criterion, {label}: "
              f"min {min(values):.1f}, max {max(values):.1f}")
    spread = max(s for s, _c in scores) - min(s for s, _c in scores)
    print(f"  spread of same-expertise scores across languages: {spread:.1f} points")


if __name__ == "__main__":
    main()
