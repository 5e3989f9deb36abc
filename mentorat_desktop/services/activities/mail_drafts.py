"""E-mail invitations to an activity, in each invitee's language, opened in the user's mail
program through mailto: links (the application sends nothing itself).

Invitees go in blind copy so that nobody's address is shown to the others. Mail programs and
browsers cut mailto: links beyond about 2,000 characters, so a long list is split into
several drafts with the same text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from urllib.parse import quote

from babel.dates import format_time

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import N_, format_date, locale_for, translate_in
from mentorat_desktop.models.enums import ActivityStatus
from mentorat_desktop.services.activities.planning import activity_invitees, get_activity
from mentorat_desktop.services.activities.records import ActivityRow, Invitee
from mentorat_desktop.services.labels import label_in

MAX_LINK_LENGTH = 2000

_SUBJECT = N_("Mentoring program {cohort}: {title}, {date}")
_SUBJECT_CANCELLED = N_("Cancelled: {title}, {date}")
_BODY = N_(
    "Hello,\n\n"
    "The mentoring committee invites you to an activity of the {cohort} program year.\n\n"
    "{title} ({kind})\n"
    "When: {date}, {start} to {end}\n"
    "{where}\n\n"
    "{description}"
    "The calendar invitation is attached: open it to add the activity to your calendar.\n\n"
    "Best regards,\n{signature}"
)
_BODY_CANCELLED = N_(
    "Hello,\n\n"
    "The activity {title} planned for {date} is cancelled. We are sorry for the "
    "inconvenience.\n\n"
    "Best regards,\n{signature}"
)
_PLACE = N_("Where: {place}")
_LINK = N_("Video link: {link}")
_COMMITTEE = N_("Mentoring committee, CCHL Quebec Chapter")


@dataclass(frozen=True)
class InvitationDraft:
    language: str
    bcc: tuple[str, ...]
    subject: str
    body: str

    @property
    def mailto(self) -> str:
        return mailto(self.bcc, self.subject, self.body)


def mailto(bcc: tuple[str, ...], subject: str, body: str) -> str:
    recipients = ",".join(quote(a, safe="@+") for a in bcc)
    return (
        f"mailto:?bcc={recipients}&subject={quote(subject, safe='')}"
        f"&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"
    )


def clock_time(value: time, language: str) -> str:
    """9 h 30 and 12 h in French (OQLF), 9:30 AM in English."""
    if language == "fr":
        return f"{value.hour} h" if value.minute == 0 else f"{value.hour} h {value.minute:02d}"
    return format_time(value, "short", locale=locale_for(language))


def _text(row: ActivityRow, language: str, signature: str) -> tuple[str, str]:
    day = format_date(row.held_on, "full", language=language)
    if row.status == ActivityStatus.CANCELLED:
        subject = translate_in(language, _SUBJECT_CANCELLED).format(title=row.title, date=day)
        body = translate_in(language, _BODY_CANCELLED).format(
            title=row.title, date=day, signature=signature
        )
        return subject, body
    where = []
    if row.place:
        where.append(translate_in(language, _PLACE).format(place=row.place))
    if row.video_link:
        where.append(translate_in(language, _LINK).format(link=row.video_link))
    subject = translate_in(language, _SUBJECT).format(
        cohort=row.cohort_name, title=row.title, date=day
    )
    body = translate_in(language, _BODY).format(
        cohort=row.cohort_name,
        title=row.title,
        kind=label_in(language, row.kind).lower(),
        date=day,
        start=clock_time(row.starts_at, language),
        end=clock_time(row.ends.time(), language),
        where="\n".join(where),
        description=f"{row.description}\n\n" if row.description else "",
        signature=signature,
    )
    return subject, body


def _split(addresses: list[str], subject: str, body: str) -> list[tuple[str, ...]]:
    """Pack addresses into as few drafts as the link length allows, in order."""
    batches: list[list[str]] = []
    for address in addresses:
        if batches and len(mailto((*batches[-1], address), subject, body)) <= MAX_LINK_LENGTH:
            batches[-1].append(address)
        else:
            batches.append([address])
    return [tuple(batch) for batch in batches]


def invitation_drafts(db: Database, activity_id: int, sender: str = "") -> list[InvitationDraft]:
    """Drafts per language of the invitees, each within the link length mail programs take.

    A text so long that even one address does not fit still gets its draft, one per person:
    the mail program then shows what it could keep, rather than the invitation being lost.
    """
    row = get_activity(db, activity_id)
    by_language: dict[str, list[Invitee]] = {}
    for person in activity_invitees(db, activity_id):
        by_language.setdefault(person.language, []).append(person)
    drafts = []
    for language in sorted(by_language):
        committee = translate_in(language, _COMMITTEE)
        signature = f"{sender}\n{committee}" if sender.strip() else committee
        subject, body = _text(row, language, signature)
        addresses = [p.email for p in by_language[language]]
        for batch in _split(addresses, subject, body):
            drafts.append(InvitationDraft(language, batch, subject, body))
    return drafts
