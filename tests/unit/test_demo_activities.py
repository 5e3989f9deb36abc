"""The demo shows training activities: two held with attendance, one planned, one cancelled,
and requests both answered and pending."""

from __future__ import annotations

from collections import Counter

from mentorat_desktop.models.enums import ActivityStatus
from mentorat_desktop.services.activities.planning import list_activities, next_activity
from mentorat_desktop.services.activities.requests import list_requests
from mentorat_desktop.services.cohorts import resolve_cohort
from mentorat_desktop.services.demo import write_demo


def test_demo_activities(db):
    write_demo(db)
    cohort = resolve_cohort(db, None)
    rows = list_activities(db, cohort.id)
    assert Counter(r.status for r in rows) == {
        ActivityStatus.HELD: 2,
        ActivityStatus.PLANNED: 1,
        ActivityStatus.CANCELLED: 1,
    }
    held = [r for r in rows if r.status == ActivityStatus.HELD]
    assert all(0 < r.present < r.invited for r in held)
    assert next_activity(db, cohort.id) is not None
    requests = list_requests(db, cohort.id)
    assert any(r.activity_id for r in requests) and any(r.activity_id is None for r in requests)
