"""What people read for each stored code, translated at display time."""

from __future__ import annotations

from enum import StrEnum

from mentorat_desktop.i18n import N_, _, translate_in
from mentorat_desktop.models.enums import (
    ActivityAudience,
    ActivityKind,
    ActivityLanguage,
    ActivityProposer,
    ActivityStatus,
    Attendance,
    CareerStage,
    EarlyEndReason,
    EndKind,
    GoalStatus,
    Language,
    MeetingMode,
    PairingStatus,
    ParticipationStatus,
    QuestionKind,
    Role,
)

_LABELS: list[tuple[StrEnum, str]] = [
    (Role.MENTOR, N_("Mentor")),
    (Role.MENTEE, N_("Mentee")),
    (ParticipationStatus.REGISTERED, N_("Registered")),
    (ParticipationStatus.WITHDRAWN, N_("Withdrawn")),
    (Language.FR, N_("French")),
    (Language.EN, N_("English")),
    (CareerStage.STUDENT, N_("Student or intern")),
    (CareerStage.EARLY, N_("Early career (under 5 years)")),
    (CareerStage.MID, N_("Mid-career manager")),
    (CareerStage.SENIOR, N_("Senior manager")),
    (CareerStage.EXECUTIVE, N_("Executive")),
    (MeetingMode.IN_PERSON, N_("In person")),
    (MeetingMode.VIDEO, N_("Video call")),
    (MeetingMode.PHONE, N_("Phone")),
    (PairingStatus.DRAFT, N_("Draft")),
    (PairingStatus.CONFIRMED, N_("Confirmed")),
    (PairingStatus.ACTIVE, N_("Active")),
    (PairingStatus.ENDED, N_("Ended")),
    (EndKind.NORMAL, N_("Normal end")),
    (EndKind.EARLY, N_("Early end")),
    (EarlyEndReason.GOALS_REACHED_EARLY, N_("Goals reached early")),
    (EarlyEndReason.EXPECTATIONS_NOT_MET, N_("Does not meet expectations")),
    (EarlyEndReason.AVAILABILITY, N_("Availability")),
    (EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT, N_("Pairing did not suit at first contact")),
    (EarlyEndReason.OTHER, N_("Other")),
    (GoalStatus.NOT_STARTED, N_("Not started")),
    (GoalStatus.IN_PROGRESS, N_("In progress")),
    (GoalStatus.ACHIEVED, N_("Achieved")),
    (GoalStatus.ABANDONED, N_("Abandoned")),
    (QuestionKind.SCALE, N_("Scale from 1 to 5")),
    (QuestionKind.YES_NO, N_("Yes or no")),
    (QuestionKind.SINGLE_CHOICE, N_("Single choice")),
    (QuestionKind.MULTIPLE_CHOICE, N_("Multiple choice")),
    (QuestionKind.TEXT, N_("Free text")),
    (ActivityKind.WORKSHOP, N_("Workshop")),
    (ActivityKind.TALK, N_("Talk")),
    (ActivityKind.NETWORKING, N_("Networking")),
    (ActivityKind.OTHER, N_("Other activity")),
    (ActivityLanguage.FR, N_("French")),
    (ActivityLanguage.EN, N_("English")),
    (ActivityLanguage.BILINGUAL, N_("Bilingual")),
    (ActivityAudience.MENTEES, N_("All mentees")),
    (ActivityAudience.MENTORS, N_("All mentors")),
    (ActivityAudience.EVERYONE, N_("Everyone")),
    (ActivityAudience.CHOSEN, N_("Chosen people")),
    (ActivityProposer.COMMITTEE, N_("The committee")),
    (ActivityProposer.MENTEE_REQUESTS, N_("Mentees' requests")),
    (ActivityProposer.MENTOR, N_("A mentor")),
    (ActivityStatus.PLANNED, N_("Planned")),
    (ActivityStatus.HELD, N_("Held")),
    (ActivityStatus.CANCELLED, N_("Cancelled")),
    (Attendance.PRESENT, N_("Present")),
    (Attendance.ABSENT, N_("Absent")),
    (Attendance.EXCUSED, N_("Excused")),
]


# StrEnum members compare equal to their value, so CareerStage.EARLY == EndKind.EARLY;
# the lookup key includes the enum class to keep such codes apart.
_BY_CLASS: dict[tuple[type, str], str] = {
    (type(member), member.value): text for member, text in _LABELS
}


def label(code: StrEnum) -> str:
    """The translated label of an enum member."""
    return _(_BY_CLASS[(type(code), code.value)])


def label_in(language: str, code: StrEnum) -> str:
    """The label in a given language, for documents that follow their reader's language."""
    return translate_in(language, _BY_CLASS[(type(code), code.value)])


def labelled(enum_class: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, label) pairs in declaration order, for combo boxes and option lists."""
    return [(member.value, label(member)) for member in enum_class]
