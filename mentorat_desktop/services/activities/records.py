"""Plain data the two faces (window and command line) receive about activities."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from mentorat_desktop.models.enums import (
    ActivityAudience,
    ActivityKind,
    ActivityLanguage,
    ActivityProposer,
    ActivityStatus,
    Attendance,
    Role,
)


@dataclass
class ActivityForm:
    """What the committee fills in to plan an activity (the wizard's fields)."""

    title: str = ""
    description: str = ""
    kind: ActivityKind = ActivityKind.WORKSHOP
    held_on: date | None = None
    starts_at: time = time(12, 0)
    duration_minutes: int = 60
    place: str = ""
    video_link: str = ""
    language: ActivityLanguage = ActivityLanguage.BILINGUAL
    audience: ActivityAudience = ActivityAudience.MENTEES
    proposed_by: ActivityProposer = ActivityProposer.COMMITTEE
    proposing_mentor_id: int | None = None
    # Participation ids, when the audience is chosen people.
    chosen: list[int] = field(default_factory=list)
    # Requests this activity answers.
    request_ids: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class Invitee:
    participation_id: int | None
    name: str
    email: str
    role: Role | None
    language: str
    attendance: Attendance | None = None


@dataclass(frozen=True)
class RequestRow:
    id: int
    topic: str
    details: str
    requested_on: date
    requester_name: str
    requester_id: int | None
    activity_id: int | None
    activity_title: str


@dataclass(frozen=True)
class ActivityRow:
    id: int
    cohort_id: int
    cohort_name: str
    title: str
    description: str
    kind: ActivityKind
    held_on: date
    starts_at: time
    duration_minutes: int
    place: str
    video_link: str
    language: ActivityLanguage
    audience: ActivityAudience
    proposed_by: ActivityProposer
    proposing_mentor_id: int | None
    status: ActivityStatus
    cancellation_reason: str
    attendance_recorded_at: datetime | None
    invited: int
    present: int
    absent: int
    excused: int
    requests: tuple[RequestRow, ...]

    @property
    def starts(self) -> datetime:
        return datetime.combine(self.held_on, self.starts_at)

    @property
    def ends(self) -> datetime:
        return self.starts + timedelta(minutes=self.duration_minutes)

    def attendance_due(self, now: datetime) -> bool:
        """Planned, finished, and nobody has said yet who came."""
        return self.status == ActivityStatus.PLANNED and self.ends <= now

    def is_upcoming(self, now: datetime) -> bool:
        return self.status == ActivityStatus.PLANNED and self.ends > now

    def as_form(self) -> ActivityForm:
        return ActivityForm(
            title=self.title,
            description=self.description,
            kind=self.kind,
            held_on=self.held_on,
            starts_at=self.starts_at,
            duration_minutes=self.duration_minutes,
            place=self.place,
            video_link=self.video_link,
            language=self.language,
            audience=self.audience,
            proposed_by=self.proposed_by,
            proposing_mentor_id=self.proposing_mentor_id,
            request_ids=[r.id for r in self.requests],
        )
