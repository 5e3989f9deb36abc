"""Calendar invitations (.ics, RFC 5545) that calendar programs open, one per language.

Times are local to the chapter (America/Toronto, which Quebec City and Montreal follow) and
the file carries that zone's VTIMEZONE, so Outlook and older programs place the event right.
A bilingual activity gets two files, each read by the invitees of that language.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from mentorat_desktop.db import Database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import N_, _, translate_in
from mentorat_desktop.models.enums import ActivityLanguage, ActivityStatus
from mentorat_desktop.services.activities.planning import activity_invitees, get_activity
from mentorat_desktop.services.activities.records import ActivityRow, Invitee
from mentorat_desktop.services.labels import label_in

TIME_ZONE = "America/Toronto"
PRODUCT_ID = "-//CCLS chapitre du Quebec//Mentorat//FR"

_VIDEO = N_("Video link: {link}")
_KIND = N_("Kind of activity: {kind}")
_COMMITTEE = N_("Mentoring committee, CCHL Quebec Chapter")


@dataclass(frozen=True)
class CalendarFile:
    language: str
    invitees: tuple[Invitee, ...]
    content: bytes


def _languages(row: ActivityRow) -> list[str]:
    if row.language == ActivityLanguage.BILINGUAL:
        return ["fr", "en"]
    return [row.language.value]


def _group(row: ActivityRow, people: list[Invitee]) -> dict[str, list[Invitee]]:
    """Who reads which file: everyone reads the activity's language unless it is bilingual."""
    languages = _languages(row)
    groups: dict[str, list[Invitee]] = {language: [] for language in languages}
    for person in people:
        groups[person.language if person.language in groups else languages[0]].append(person)
    return groups


def _calendar(
    row: ActivityRow, language: str, people: list[Invitee], stamp: datetime, organizer: str
) -> bytes:
    from icalendar import Calendar, Event, vCalAddress, vText

    zone = ZoneInfo(TIME_ZONE)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "CANCEL" if row.status == ActivityStatus.CANCELLED else "REQUEST")
    event = Event()
    event.add("uid", f"activity-{row.id}-{row.cohort_id}@mentorat.ccls-quebec")
    event.add("dtstamp", stamp.replace(tzinfo=ZoneInfo("UTC")))
    event.add("dtstart", row.starts.replace(tzinfo=zone))
    event.add("duration", timedelta(minutes=row.duration_minutes))
    event.add("summary", row.title)
    lines = [row.description] if row.description else []
    lines.append(translate_in(language, _KIND).format(kind=label_in(language, row.kind)))
    if row.video_link:
        lines.append(translate_in(language, _VIDEO).format(link=row.video_link))
    event.add("description", "\n\n".join(lines))
    location = row.place or row.video_link
    if location:
        event.add("location", location)
    if row.video_link:
        event.add("url", row.video_link)
    event.add("status", "CANCELLED" if row.status == ActivityStatus.CANCELLED else "CONFIRMED")
    event.add("sequence", 1 if row.status == ActivityStatus.CANCELLED else 0)
    if organizer.strip():
        address = vCalAddress(f"mailto:{organizer.strip()}")
        address.params["cn"] = vText(translate_in(language, _COMMITTEE))
        event.add("organizer", address)
    for person in people:
        attendee = vCalAddress(f"mailto:{person.email}")
        attendee.params["cn"] = vText(person.name)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["partstat"] = vText("NEEDS-ACTION")
        attendee.params["rsvp"] = vText("FALSE")
        attendee.params["language"] = vText(person.language)
        event.add("attendee", attendee, encode=0)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def calendar_files(db: Database, activity_id: int, organizer: str = "") -> list[CalendarFile]:
    """One file per language of the activity, each listing the invitees who read it.

    ``organizer`` is the committee's e-mail address, when known; replies go there.
    """
    row = get_activity(db, activity_id)
    groups = _group(row, activity_invitees(db, activity_id))
    stamp = db.clock.now()
    return [
        CalendarFile(language, tuple(people), _calendar(row, language, people, stamp, organizer))
        for language, people in groups.items()
        if people or len(groups) == 1
    ]


def file_names(out: Path, files: list[CalendarFile]) -> list[Path]:
    """``out`` itself for one file; ``name.fr.ics`` and ``name.en.ics`` beside it for two."""
    out = Path(out)
    if len(files) == 1:
        return [out]
    return [out.with_name(f"{out.stem}.{f.language}{out.suffix or '.ics'}") for f in files]


def write_private(path: Path, content: bytes) -> Path:
    """Write whole or not at all, readable by the owner only: the file lists people's e-mails."""
    path = Path(path).expanduser().absolute()
    if not path.parent.is_dir():
        raise UserError(
            _("The folder {folder} does not exist; choose another place for the file.").format(
                folder=path.parent
            )
        )
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(name, path)
    except OSError as error:
        raise UserError(
            _("{path} could not be written: {reason}").format(path=path, reason=error.strerror)
        ) from error
    return path


def write_calendar_files(
    db: Database, activity_id: int, out: Path, organizer: str = ""
) -> list[Path]:
    files = calendar_files(db, activity_id, organizer)
    return [write_private(p, f.content) for p, f in zip(file_names(out, files), files, strict=True)]
