"""The questions of the first-contact guide (phase 5), as a checklist to prepare and tick.

The pair and the committee member use them to prepare the call. The application records
only WHICH questions were talked about, never what was said: the answers belong to the pair.
"""

from __future__ import annotations

from dataclasses import dataclass

from mentorat_desktop.i18n import N_


@dataclass(frozen=True)
class GuideQuestion:
    code: str
    group: str  # message id of the question's purpose
    text: str  # message id


RAPPORT = N_("Getting to know each other")
EXPECTATIONS = N_("Setting first expectations")

GUIDE_QUESTIONS: tuple[GuideQuestion, ...] = (
    GuideQuestion(
        "background",
        RAPPORT,
        N_("Each one's current role, career path and formative experiences"),
    ),
    GuideQuestion("outside_work", RAPPORT, N_("What each enjoys doing outside work")),
    GuideQuestion(
        "highlights",
        RAPPORT,
        N_("The proudest achievements and the hardest disappointments of each career"),
    ),
    GuideQuestion("success", RAPPORT, N_("What success truly looks like to each of them")),
    GuideQuestion(
        "hopes",
        EXPECTATIONS,
        N_("What each hopes to gain from the relationship, as mentor and as mentee"),
    ),
    GuideQuestion(
        "boundaries",
        EXPECTATIONS,
        N_("Which subjects are open for discussion and which are off limits"),
    ),
    GuideQuestion(
        "good_relationship",
        EXPECTATIONS,
        N_("What would make their relationship a success"),
    ),
)
GUIDE_CODES: tuple[str, ...] = tuple(q.code for q in GUIDE_QUESTIONS)
GUIDE_GROUPS: tuple[str, ...] = (RAPPORT, EXPECTATIONS)


def questions_of(group: str) -> list[GuideQuestion]:
    return [q for q in GUIDE_QUESTIONS if q.group == group]
