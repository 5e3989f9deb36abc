"""The demo's training activities: two held with their attendance, one planned, one cancelled,
and participants' requests, some answered by an activity and one still waiting."""

from __future__ import annotations

from datetime import time, timedelta

from sqlalchemy.orm import Session

from mentorat_desktop.clock import Clock
from mentorat_desktop.models import (
    ActivityInvitation,
    ActivityRequest,
    Cohort,
    Participation,
    TrainingActivity,
)
from mentorat_desktop.models.enums import (
    ActivityAudience,
    ActivityKind,
    ActivityLanguage,
    ActivityProposer,
    ActivityStatus,
    Attendance,
    ParticipationStatus,
    Role,
)

_ROLES = {
    ActivityAudience.MENTEES: {Role.MENTEE},
    ActivityAudience.MENTORS: {Role.MENTOR},
    ActivityAudience.EVERYONE: {Role.MENTOR, Role.MENTEE},
}


class ActivityWriter:
    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.now = clock.now()
        self.today = clock.today()

    def write(self, cohort: Cohort) -> None:
        active = [p for p in cohort.participations if p.status == ParticipationStatus.REGISTERED]
        mentees = [p for p in active if p.role == Role.MENTEE]
        mentors = [p for p in active if p.role == Role.MENTOR]
        requests = [
            self._request(cohort, mentees[0], "Négocier les ressources de son équipe", 60),
            self._request(cohort, mentees[3], "Leading change in a unionised setting", 50),
            self._request(cohort, mentees[5], "Prendre la parole en public", 35),
            self._request(cohort, mentees[8], "Gérer son temps entre clinique et gestion", 12),
        ]
        workshop = self._activity(
            cohort,
            "Atelier : négocier les ressources de son équipe",
            ActivityKind.WORKSHOP,
            -40,
            time(12, 0),
            90,
            ActivityLanguage.BILINGUAL,
            ActivityAudience.MENTEES,
            ActivityProposer.MENTEE_REQUESTS,
            place="",
            link="https://visio.example.org/atelier-negociation",
        )
        requests[0].activity = workshop
        requests[1].activity = workshop
        networking = self._activity(
            cohort,
            "5 à 7 de réseautage du chapitre",
            ActivityKind.NETWORKING,
            -15,
            time(17, 0),
            120,
            ActivityLanguage.FR,
            ActivityAudience.EVERYONE,
            ActivityProposer.COMMITTEE,
            place="Musée national des beaux-arts du Québec, Québec",
        )
        self._held(workshop, mentees)
        self._held(networking, mentees + mentors)
        talk = self._activity(
            cohort,
            "Conférence : prendre la parole devant un conseil d'administration",
            ActivityKind.TALK,
            20,
            time(12, 0),
            60,
            ActivityLanguage.BILINGUAL,
            ActivityAudience.MENTEES,
            ActivityProposer.MENTOR,
            link="https://visio.example.org/conference-ca",
            mentor=mentors[0],
        )
        requests[2].activity = talk
        cancelled = self._activity(
            cohort,
            "Mentoring the mentors: giving useful feedback",
            ActivityKind.WORKSHOP,
            8,
            time(8, 30),
            90,
            ActivityLanguage.EN,
            ActivityAudience.MENTORS,
            ActivityProposer.COMMITTEE,
            place="CHU de Québec, pavillon Enfant-Jésus",
        )
        cancelled.status = ActivityStatus.CANCELLED
        cancelled.cancellation_reason = "Personne-ressource indisponible; reportée au printemps."

    def _request(
        self, cohort: Cohort, who: Participation, topic: str, days_ago: int
    ) -> ActivityRequest:
        request = ActivityRequest(
            cohort_id=cohort.id,
            participation_id=who.id,
            topic=topic,
            details="",
            requested_on=self.today - timedelta(days=days_ago),
        )
        self.session.add(request)
        return request

    def _activity(
        self,
        cohort: Cohort,
        title: str,
        kind: ActivityKind,
        in_days: int,
        start: time,
        minutes: int,
        language: ActivityLanguage,
        audience: ActivityAudience,
        proposed_by: ActivityProposer,
        place: str = "",
        link: str = "",
        mentor: Participation | None = None,
    ) -> TrainingActivity:
        activity = TrainingActivity(
            cohort_id=cohort.id,
            title=title,
            description="",
            kind=kind,
            held_on=self.today + timedelta(days=in_days),
            starts_at=start,
            duration_minutes=minutes,
            place=place,
            video_link=link,
            language=language,
            audience=audience,
            proposed_by=proposed_by,
            proposing_mentor_id=mentor.id if mentor else None,
            status=ActivityStatus.PLANNED,
            cancellation_reason="",
            created_at=self.now,
        )
        self.session.add(activity)
        self.session.flush()
        return activity

    def _held(self, activity: TrainingActivity, people: list[Participation]) -> None:
        """Most came; every fifth was absent and every seventh excused."""
        for index, person in enumerate(people, start=1):
            if person.role not in _ROLES[activity.audience]:
                continue
            attendance = (
                Attendance.EXCUSED
                if index % 7 == 0
                else Attendance.ABSENT
                if index % 5 == 0
                else Attendance.PRESENT
            )
            activity.invitations.append(
                ActivityInvitation(participation_id=person.id, attendance=attendance)
            )
        activity.status = ActivityStatus.HELD
        activity.attendance_recorded_at = self.now
