"""Messages the committee sends to a pair, drafted in each recipient's preferred language and
opened in the user's own mail client (the application sends nothing by itself)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from urllib.parse import quote

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import N_, _, format_date, ngettext_in, translate_in
from mentorat_desktop.models import Pairing, Participation
from mentorat_desktop.models.enums import Role
from mentorat_desktop.services.followup.steps_common import load_pairing


class EmailKind(StrEnum):
    INTRODUCTION = "introduction"
    FIRST_CONTACT_REMINDER = "first_contact_reminder"
    SESSION_LOG_REMINDER = "session_log_reminder"


_ACTIONS = {
    EmailKind.INTRODUCTION: N_("Introduce the new pair"),
    EmailKind.FIRST_CONTACT_REMINDER: N_("Remind the mentor of the first contact"),
    EmailKind.SESSION_LOG_REMINDER: N_("Ask the pair for their sessions"),
}

_SUBJECTS = {
    EmailKind.INTRODUCTION: N_("Mentoring program {cohort}: meet your mentoring partner"),
    EmailKind.FIRST_CONTACT_REMINDER: N_("Mentoring program {cohort}: first contact with {mentee}"),
    EmailKind.SESSION_LOG_REMINDER: N_("Mentoring program {cohort}: your sessions"),
}

_INTRODUCTION = N_(
    "Hello {mentor_first} and {mentee_first},\n\n"
    "The mentoring committee is pleased to introduce you to each other for the {cohort} "
    "program year: {mentor} will be the mentor of {mentee}.\n\n"
    "{mentor_first}, please contact {mentee_first} by {deadline}. This first conversation is "
    "for getting to know each other and agreeing on how you will work together: meeting "
    "calendar and frequency, meeting modes, what to do when a meeting must be cancelled or "
    "when something goes wrong, and confidentiality.\n\n"
    "How to reach each other:\n{contacts}\n\n"
    "Please let the committee know once you have spoken. We remain available for any "
    "question.\n\n"
    "Best regards,\n{signature}"
)
_FIRST_CONTACT = N_(
    "Hello {mentor_first},\n\n"
    "You were paired with {mentee} on {assigned}. The program asks the mentor to make the "
    "first contact within {hours} hours, that is by {deadline}.\n\n"
    "If it is not done yet, could you call or write to {mentee_first} ({mentee_email}), and "
    "let the committee know once you have spoken? If the pairing does not suit either of "
    "you, tell us too: we will look for another pairing.\n\n"
    "Thank you,\n{signature}"
)
_SESSIONS_NONE = N_(
    "Hello {names},\n\n"
    "The committee keeps a record of every pair's sessions, so that hours and "
    "certification-maintenance credits are right at the end of the year. We have no session "
    "on file for you yet.\n\n"
    "Could you send us, for each meeting so far, its date, its length, how you met and the "
    "topics you worked on?\n\n"
    "Thank you,\n{signature}"
)
_SESSIONS_SOME = N_(
    "Hello {names},\n\n"
    "The committee keeps a record of every pair's sessions, so that hours and "
    "certification-maintenance credits are right at the end of the year. {on_file}\n\n"
    "Could you send us, for each meeting since then, its date, its length, how you met and "
    "the topics you worked on?\n\n"
    "Thank you,\n{signature}"
)
_COMMITTEE = N_("Mentoring committee, CCHL Quebec Chapter")
_AND = N_("{first} and {second}")
_ROLES = {Role.MENTOR: N_("Mentor"), Role.MENTEE: N_("Mentee")}


def email_action(kind: EmailKind) -> str:
    """The menu text of each message, in the interface language."""
    return _(_ACTIONS[kind])


@dataclass(frozen=True)
class EmailDraft:
    kind: EmailKind
    language: str
    to: tuple[str, ...]
    subject: str
    body: str

    @property
    def mailto(self) -> str:
        """A mailto: address that opens this draft in the user's mail client."""
        recipients = ",".join(quote(a, safe="@+") for a in self.to)
        subject = quote(self.subject, safe="")
        body = quote(self.body.replace("\n", "\r\n"), safe="")
        return f"mailto:{recipients}?subject={subject}&body={body}"


def _first(p: Participation) -> str:
    return p.person.first_name


def _recipients(pairing: Pairing, kind: EmailKind) -> list[Participation]:
    if kind == EmailKind.FIRST_CONTACT_REMINDER:
        return [pairing.mentor]
    return [pairing.mentor, pairing.mentee]


def _contact(p: Participation, language: str) -> str:
    role = translate_in(language, _ROLES[p.role])
    parts = [p.person.full_name, p.person.email, p.person.phone]
    # Through the catalog: French puts a non-breaking space before the colon.
    return translate_in(language, N_("{role}: {details}")).format(
        role=role, details=", ".join(part for part in parts if part)
    )


def _body(
    pairing: Pairing, kind: EmailKind, language: str, names: str, signature: str
) -> tuple[str, str]:
    cohort = pairing.cohort
    assert pairing.assigned_at is not None
    deadline = pairing.assigned_at + timedelta(hours=cohort.first_contact_hours)
    values = {
        "cohort": cohort.name,
        "mentor": pairing.mentor.person.full_name,
        "mentee": pairing.mentee.person.full_name,
        "mentor_first": _first(pairing.mentor),
        "mentee_first": _first(pairing.mentee),
        "mentee_email": pairing.mentee.person.email,
        "assigned": format_date(pairing.assigned_at.date(), "long", language=language),
        "deadline": format_date(deadline.date(), "long", language=language),
        "hours": cohort.first_contact_hours,
        "names": names,
        "signature": signature,
        "contacts": "\n".join(_contact(p, language) for p in (pairing.mentor, pairing.mentee)),
    }
    subject = translate_in(language, _SUBJECTS[kind]).format(**values)
    if kind == EmailKind.INTRODUCTION:
        template = _INTRODUCTION
    elif kind == EmailKind.FIRST_CONTACT_REMINDER:
        template = _FIRST_CONTACT
    elif not pairing.sessions:
        template = _SESSIONS_NONE
    else:
        template = _SESSIONS_SOME
        values["on_file"] = ngettext_in(
            language,
            "We have {n} session on file for you, the last one on {last}.",
            "We have {n} sessions on file for you, the last one on {last}.",
            len(pairing.sessions),
        ).format(
            n=len(pairing.sessions),
            last=format_date(pairing.sessions[-1].held_on, "long", language=language),
        )
    return subject, translate_in(language, template).format(**values)


def email_drafts(
    db: Database, pairing_id: int, kind: EmailKind, sender: str = ""
) -> list[EmailDraft]:
    """One draft per language among the recipients, each in that language."""
    with db.unit_of_work() as session:
        pairing = load_pairing(session, pairing_id)
        by_language: dict[str, list[Participation]] = {}
        for person in _recipients(pairing, kind):
            by_language.setdefault(person.preferred_language.value, []).append(person)
        drafts = []
        for language, people in by_language.items():
            committee = translate_in(language, _COMMITTEE)
            signature = f"{sender}\n{committee}" if sender.strip() else committee
            firsts = [_first(p) for p in people]
            names = (
                translate_in(language, _AND).format(first=firsts[0], second=firsts[1])
                if len(firsts) == 2
                else firsts[0]
            )
            subject, body = _body(pairing, kind, language, names, signature)
            drafts.append(
                EmailDraft(kind, language, tuple(p.person.email for p in people), subject, body)
            )
        return drafts
