"""What an erasure destroys and what it keeps: one list, read by the confirmation text and
applied by the code, so the two can never say different things."""

from __future__ import annotations

from dataclasses import dataclass

from mentorat_desktop.i18n import N_, _
from mentorat_desktop.models.person import FORMER_PARTICIPANT


@dataclass(frozen=True)
class Cleared:
    """Columns of one table emptied for the rows that belong to the person or the year."""

    label: str
    table: str
    columns: tuple[str, ...]


# Identity and contact are replaced in ``persons`` (see erasure.forget_identity).
IDENTITY = N_("name, e-mail address and telephone number (the name becomes « {former} »)")

CLEARED: tuple[Cleared, ...] = (
    Cleared(
        N_(
            "registration texts: organisation, workplace, job title, motivation, objectives, "
            "expectations, withdrawal reason, committee notes"
        ),
        "participations",
        (
            "organisation",
            "workplace",
            "job_title",
            "motivation",
            "development_objectives",
            "mentor_expectations",
            "withdrawal_reason",
            "committee_notes",
        ),
    ),
    Cleared(
        N_("goals of the person's pairs: titles, descriptions, actions, success indicators"),
        "goals",
        ("title", "description", "actions", "success_indicator"),
    ),
    Cleared(
        N_("session topics and notes of the person's pairs"),
        "mentoring_sessions",
        ("topics", "note"),
    ),
    Cleared(
        N_("the pairs' working agreements, end details and reflections"),
        "pairings",
        ("agreements", "end_reason_detail", "reflection"),
    ),
    Cleared(N_("checklist notes"), "checklist_items", ("note",)),
)

SCRUBBED = N_(
    "the person's name and e-mail address wherever other texts mention them (comments, "
    "notes, the audit trail), replaced by « {mark} »"
)

KEPT: tuple[str, ...] = (
    N_(
        "each registration's program year, role, status, region, career stage, language "
        "and dates, without the person's identity"
    ),
    N_(
        "pairs with their dates, sessions with their dates and durations: the year's pair "
        "counts, hours and credits still add up"
    ),
    N_("evaluation answers given as numbers or choices, anonymous"),
    N_(
        "the audit trail, with an entry saying that the erasure happened, by whom, when and "
        "why, without naming the person"
    ),
)

OWN_ANSWERS = N_("the person's written answers to questionnaires")
YEAR_ANSWERS = N_("written answers, kept with every name removed (« {mark} »)")


def goes(*, whole_year: bool, mark: str) -> list[str]:
    """What goes, worded for a confirmation."""
    items = [_(IDENTITY).format(former=_(FORMER_PARTICIPANT))]
    items += [_(item.label) for item in CLEARED]
    items.append(_(YEAR_ANSWERS).format(mark=mark) if whole_year else _(OWN_ANSWERS))
    items.append(_(SCRUBBED).format(mark=mark))
    return items


def stays() -> list[str]:
    return [_(item) for item in KEPT]
