"""The program's closed vocabularies, stored as short stable codes.

Labels shown to people live in ``services/labels.py`` so that they are translated at display
time; the codes here never change once files exist in the field.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


class ParticipationStatus(StrEnum):
    REGISTERED = "registered"
    WITHDRAWN = "withdrawn"


class Language(StrEnum):
    FR = "fr"
    EN = "en"


class CareerStage(StrEnum):
    STUDENT = "student"
    EARLY = "early"
    MID = "mid"
    SENIOR = "senior"
    EXECUTIVE = "executive"


class MeetingMode(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    PHONE = "phone"


class PairingStatus(StrEnum):
    """Draft: a proposal on the board. Confirmed: assigned, first contact pending.
    Active: the relationship is under way. Ended: closed, normally or early."""

    DRAFT = "draft"
    CONFIRMED = "confirmed"
    ACTIVE = "active"
    ENDED = "ended"


class EndKind(StrEnum):
    NORMAL = "normal"
    EARLY = "early"


class EarlyEndReason(StrEnum):
    GOALS_REACHED_EARLY = "goals_reached_early"
    EXPECTATIONS_NOT_MET = "expectations_not_met"
    AVAILABILITY = "availability"
    UNSUITABLE_AT_FIRST_CONTACT = "unsuitable_at_first_contact"
    OTHER = "other"


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    ABANDONED = "abandoned"


class QuestionnaireKind(StrEnum):
    SELF_REFLECTION = "self_reflection"
    EVALUATION = "evaluation"


class QuestionKind(StrEnum):
    SCALE = "scale"
    YES_NO = "yes_no"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    TEXT = "text"


class ResponseSource(StrEnum):
    ENTERED = "entered"
    IMPORTED = "imported"


class PageSize(StrEnum):
    LETTER = "letter"
    A4 = "a4"


class ActivityKind(StrEnum):
    WORKSHOP = "workshop"
    TALK = "talk"
    NETWORKING = "networking"
    OTHER = "other"


class ActivityLanguage(StrEnum):
    FR = "fr"
    EN = "en"
    BILINGUAL = "bilingual"


class ActivityAudience(StrEnum):
    """Who is invited: a whole group of the year, or people chosen one by one."""

    MENTEES = "mentees"
    MENTORS = "mentors"
    EVERYONE = "everyone"
    CHOSEN = "chosen"


class ActivityProposer(StrEnum):
    COMMITTEE = "committee"
    MENTEE_REQUESTS = "mentee_requests"
    MENTOR = "mentor"


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Attendance(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"
