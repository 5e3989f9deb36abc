"""Invitations: the .ics parsed back with the icalendar library field by field, and the e-mail
drafts' language, blind copies and length limit."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta
from urllib.parse import parse_qs, urlsplit
from zoneinfo import ZoneInfo

from helpers.activities import activity_year, plan
from helpers.forms import mentee_form
from icalendar import Calendar

from mentorat_desktop.models.enums import ActivityLanguage, Language
from mentorat_desktop.services.activities.calendar_file import (
    calendar_files,
    write_calendar_files,
)
from mentorat_desktop.services.activities.mail_drafts import MAX_LINK_LENGTH, invitation_drafts
from mentorat_desktop.services.activities.planning import cancel_activity
from mentorat_desktop.services.registration import register


def _event(content: bytes):
    calendar = Calendar.from_ical(content)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return calendar, events[0]


def test_bilingual_activity_gives_one_file_per_language(db, cohort):
    activity_year(db, cohort.id)
    row = plan(db, cohort.id)
    files = calendar_files(db, row.id, organizer="mentorat@example.org")
    assert [f.language for f in files] == ["fr", "en"]
    for f, email, kind in (
        (files[0], "elodie.berube@example.org", "Type d'activité"),
        (files[1], "grace.hopper@example.org", "Kind of activity: Workshop"),
    ):
        calendar, event = _event(f.content)
        start = event.decoded("dtstart")
        assert start == datetime(2026, 11, 12, 12, 0, tzinfo=ZoneInfo("America/Toronto"))
        assert event["dtstart"].params["TZID"] == "America/Toronto"
        assert event.decoded("duration") == timedelta(minutes=90)
        assert [tz["tzid"] for tz in calendar.walk("VTIMEZONE")] == ["America/Toronto"]
        attendees = [
            str(a)
            for a in (
                event.get("attendee")
                if isinstance(event.get("attendee"), list)
                else [event.get("attendee")]
            )
        ]
        assert attendees == [f"mailto:{email}"]
        assert str(event["summary"]) == "Atelier : gérer le changement"
        assert kind in str(event["description"])
        assert str(event["location"]) == "CHU de Québec, salle 2"
        assert str(event["organizer"]) == "mailto:mentorat@example.org"
        assert str(calendar["method"]) == "REQUEST"


def test_one_language_activity_invites_everyone_in_one_file(db, cohort):
    activity_year(db, cohort.id)
    row = plan(db, cohort.id, language=ActivityLanguage.FR)
    (only,) = calendar_files(db, row.id)
    _, event = _event(only.content)
    names = sorted(str(a.params["CN"]) for a in event["attendee"])
    assert names == ["Grace Hopper", "Élodie Bérubé"]
    assert "organizer" not in event


def test_cancelled_activity_file_cancels_the_event(db, cohort):
    activity_year(db, cohort.id)
    row = plan(db, cohort.id, language=ActivityLanguage.EN)
    cancel_activity(db, row.id)
    calendar, event = _event(calendar_files(db, row.id)[0].content)
    assert str(calendar["method"]) == "CANCEL" and str(event["status"]) == "CANCELLED"


def test_written_files_are_private_and_named_per_language(db, cohort, tmp_path):
    activity_year(db, cohort.id)
    row = plan(db, cohort.id)
    paths = write_calendar_files(db, row.id, tmp_path / "atelier.ics")
    assert [p.name for p in paths] == ["atelier.fr.ics", "atelier.en.ics"]
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in paths)


def test_drafts_in_each_language_with_blind_copies(db, cohort):
    activity_year(db, cohort.id)
    row = plan(db, cohort.id)
    drafts = invitation_drafts(db, row.id, sender="Lucie Roy")
    assert [(d.language, d.bcc) for d in drafts] == [
        ("en", ("grace.hopper@example.org",)),
        ("fr", ("elodie.berube@example.org",)),
    ]
    english, french = drafts
    assert "invites you" in english.body and "12:00" in english.body
    assert "vous invite" in french.body and "de 12 h à 13 h 30" in french.body
    link = urlsplit(french.mailto)
    assert link.path == "" and parse_qs(link.query)["bcc"] == ["elodie.berube@example.org"]


def test_long_lists_are_split_under_the_link_limit(db, cohort):
    activity_year(db, cohort.id)
    for n in range(80):
        register(
            db,
            cohort.id,
            mentee_form(
                first_name=f"Personne{n}",
                last_name="Longuenomdefamille",
                email=f"personne.numero{n:03d}.longuenomdefamille@organisation-exemple.qc.ca",
                preferred_language=Language.FR,
            ),
        )
    row = plan(db, cohort.id)
    drafts = [d for d in invitation_drafts(db, row.id) if d.language == "fr"]
    assert len(drafts) > 1
    assert all(len(d.mailto) <= MAX_LINK_LENGTH for d in drafts)
    sent = [address for d in drafts for address in d.bcc]
    assert len(sent) == len(set(sent)) == 81
