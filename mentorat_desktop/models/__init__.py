"""The ORM classes of the whole program; importing this package registers every table."""

from mentorat_desktop.models.activity import (
    ActivityInvitation,
    ActivityRequest,
    TrainingActivity,
)
from mentorat_desktop.models.area import AreaOfExpertise
from mentorat_desktop.models.audit import AuditEntry
from mentorat_desktop.models.base import Base
from mentorat_desktop.models.checklist import ChecklistItem
from mentorat_desktop.models.cohort import Cohort
from mentorat_desktop.models.goal import Goal
from mentorat_desktop.models.mentoring_session import MentoringSession
from mentorat_desktop.models.pairing import Pairing
from mentorat_desktop.models.participation import Participation
from mentorat_desktop.models.person import Person
from mentorat_desktop.models.privacy import ConfidentialityIncident
from mentorat_desktop.models.questionnaire import (
    Answer,
    Question,
    Questionnaire,
    QuestionnaireVersion,
    Response,
)

__all__ = [
    "ActivityInvitation",
    "ActivityRequest",
    "Answer",
    "AreaOfExpertise",
    "AuditEntry",
    "Base",
    "ChecklistItem",
    "Cohort",
    "ConfidentialityIncident",
    "Goal",
    "MentoringSession",
    "Pairing",
    "Participation",
    "Person",
    "Question",
    "Questionnaire",
    "QuestionnaireVersion",
    "Response",
    "TrainingActivity",
]
