"""Privacy operations cover training activities: in a person's file, gone after erasure."""

from __future__ import annotations

import json

from sqlalchemy import select

from mentorat_desktop.cli import main
from mentorat_desktop.db import open_database
from mentorat_desktop.models import ActivityInvitation, Person
from mentorat_desktop.services.activities.privacy import activities_for_person
from mentorat_desktop.services.privacy.erasure import erase_person
from mentorat_desktop.services.privacy.person_file import collect


def test_a_persons_file_lists_their_activities_and_erasure_unlinks_them(tmp_path) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    db = open_database(path)
    try:
        with db.unit_of_work() as session:
            invited = next(
                person
                for person in session.scalars(select(Person).order_by(Person.id))
                if any(a.what == "invitation" for a in activities_for_person(session, person.id))
            )
            email, person_id = invited.email, invited.id
            expected = len(activities_for_person(session, person_id))
            before = session.scalar(select(ActivityInvitation.id).limit(1)) is not None
            invitations = len(session.scalars(select(ActivityInvitation)).all())
        data = collect(db, email)
        assert len(data["activities"]) == expected > 0
        assert {a["what"] for a in data["activities"]} <= {"invitation", "request"}
        json.dumps(data)  # JSON-ready
        erase_person(db, email, "Demande de la personne")
        with db.unit_of_work() as session:
            assert activities_for_person(session, person_id) == []
            # The year's counts stay: attendance rows are kept without the person.
            assert before and len(session.scalars(select(ActivityInvitation)).all()) >= (
                invitations - expected
            )
    finally:
        db.close()
