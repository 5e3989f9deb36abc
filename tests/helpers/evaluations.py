"""A small program year with evaluations, written straight through the ORM.

The figures of ``small_year`` are chosen to be checked by hand (see each comment); the
questionnaires are built here too, so these tests do not depend on the questionnaire
services or on the shipped default questions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.models import (
    Answer,
    MentoringSession,
    Pairing,
    Participation,
    Person,
    Question,
    Questionnaire,
    QuestionnaireVersion,
    Response,
)
from mentorat_desktop.models.enums import (
    CareerStage,
    EarlyEndReason,
    EndKind,
    Language,
    MeetingMode,
    PairingStatus,
    ParticipationStatus,
    QuestionKind,
    QuestionnaireKind,
    Role,
)
from mentorat_desktop.services.cohorts import CohortForm, create_cohort

CREATED = datetime(2026, 5, 1, 12, 0)
Value = int | bool | str | Sequence[str]


@dataclass(frozen=True)
class Q:
    """A question to write: code, kind, texts, option codes (labels derived from them)."""

    code: str
    kind: QuestionKind
    en: str
    fr: str = ""
    options: tuple[str, ...] = ()


def option_label(code: str, language: str) -> str:
    return f"{code.replace('_', ' ').capitalize()} ({language})"


# Building blocks --------------------------------------------------------------------------


def participant(
    session: Session,
    cohort_id: int,
    role: Role,
    first: str,
    last: str,
    *,
    region: str = "03",
    stage: CareerStage = CareerStage.MID,
    certified: bool = False,
    withdrawn: bool = False,
    person: Person | None = None,
) -> Participation:
    """A registration; ``person`` reuses someone registered in another year."""
    if person is None:
        email = f"{first}.{last}@example.org".lower().replace(" ", "")
        person = Person(first_name=first, last_name=last, email=email, created_at=CREATED)
        session.add(person)
    p = Participation(
        cohort_id=cohort_id,
        person=person,
        role=role,
        status=ParticipationStatus.WITHDRAWN if withdrawn else ParticipationStatus.REGISTERED,
        preferred_language=Language.FR,
        organisation="CIUSSS de la Capitale-Nationale",
        region=region,
        job_title="Gestionnaire",
        career_stage=stage,
        is_certified=certified,
        consent_date=date(2026, 5, 1),
        registered_on=date(2026, 5, 1),
        withdrawn_on=date(2026, 10, 1) if withdrawn else None,
        created_at=CREATED,
        updated_at=CREATED,
    )
    session.add(p)
    session.flush()
    return p


def pairing(
    session: Session,
    cohort_id: int,
    mentor: Participation,
    mentee: Participation,
    *,
    assigned_at: datetime | None,
    status: PairingStatus = PairingStatus.ACTIVE,
    first_contact_on: date | None = None,
    ended_on: date | None = None,
    end_kind: EndKind | None = None,
    end_reason: EarlyEndReason | None = None,
    replaces: Pairing | None = None,
    sessions: Sequence[int] = (),
) -> Pairing:
    """A pair in the state given; ``sessions`` are the minutes of each logged session."""
    p = Pairing(
        cohort_id=cohort_id,
        mentor_id=mentor.id,
        mentee_id=mentee.id,
        status=status,
        created_at=CREATED,
        assigned_at=assigned_at,
        first_contact_on=first_contact_on,
        agreements={},
        ended_on=ended_on,
        end_kind=end_kind,
        end_reason=end_reason,
        replaces_id=replaces.id if replaces else None,
    )
    for n, minutes in enumerate(sessions):
        p.sessions.append(
            MentoringSession(
                held_on=date(2026, 10, 1 + n),
                duration_minutes=minutes,
                mode=MeetingMode.VIDEO,
                topics="",
                leads_capabilities=[],
                note="",
                created_at=CREATED,
            )
        )
    session.add(p)
    session.flush()
    return p


def questionnaire(session: Session, audience: Role) -> Questionnaire:
    q = Questionnaire(
        kind=QuestionnaireKind.EVALUATION,
        audience=audience,
        title_fr=f"Évaluation {audience.value}",
        title_en=f"Evaluation {audience.value}",
    )
    session.add(q)
    session.flush()
    return q


def version(session: Session, questionnaire: Questionnaire, questions: Sequence[Q]) -> int:
    """A new version of ``questionnaire`` holding ``questions`` in that order; its id."""
    v = QuestionnaireVersion(
        questionnaire_id=questionnaire.id,
        number=len(questionnaire.versions) + 1,
        created_at=CREATED,
        note="",
    )
    for position, spec in enumerate(questions):
        v.questions.append(
            Question(
                code=spec.code,
                position=position,
                kind=spec.kind,
                text_fr=spec.fr or f"{spec.en} (fr)",
                text_en=spec.en,
                options=[
                    {"code": o, "fr": option_label(o, "fr"), "en": option_label(o, "en")}
                    for o in spec.options
                ],
                required=False,
            )
        )
    questionnaire.versions.append(v)
    session.flush()
    return v.id


def respond(
    session: Session,
    version_id: int,
    who: Participation,
    pair: Pairing | None,
    answers: dict[str, Value],
) -> Response:
    """One response; blank values (None, "", []) store no answer, as the form does."""
    v = session.get(QuestionnaireVersion, version_id)
    assert v is not None
    by_code = {q.code: q for q in v.questions}
    response = Response(
        version_id=version_id,
        participation_id=who.id,
        pairing_id=pair.id if pair else None,
        submitted_on=date(2027, 6, 10),
        created_at=CREATED,
    )
    for code, value in answers.items():
        question = by_code[code]
        if value is None or value == "" or value == [] or value == ():
            continue
        answer = Answer(question_id=question.id, text="", choices=[])
        if question.kind == QuestionKind.YES_NO:
            answer.number = 1.0 if value else 0.0
        elif question.kind == QuestionKind.SCALE:
            answer.number = float(value)  # type: ignore[arg-type]
        elif question.kind == QuestionKind.TEXT:
            answer.text = str(value)
        else:
            answer.choices = [value] if isinstance(value, str) else list(value)
        response.answers.append(answer)
    session.add(response)
    session.flush()
    return response


# The small year ---------------------------------------------------------------------------

FREQUENCY = ("too_rare", "about_right", "too_frequent")
MENTOR_QUESTIONS = (
    Q("satisfaction", QuestionKind.SCALE, "How satisfied are you with the relationship?"),
    Q("pairing_fit", QuestionKind.SCALE, "Did the pairing suit you?"),
    Q("recommend", QuestionKind.YES_NO, "Would you recommend the program?"),
    Q("frequency", QuestionKind.SINGLE_CHOICE, "How often did you meet?", options=FREQUENCY),
    Q("comments", QuestionKind.TEXT, "Comments and suggestions"),
)
MENTEE_V1 = (
    Q("satisfaction", QuestionKind.SCALE, "How satisfied are you with your mentor?"),
    Q("pairing_fit", QuestionKind.SCALE, "Did the pairing suit you?"),
    Q("recommend", QuestionKind.YES_NO, "Would you recommend the program?"),
    Q("frequency", QuestionKind.SINGLE_CHOICE, "How often did you meet?", options=FREQUENCY),
    Q(
        "topics",
        QuestionKind.MULTIPLE_CHOICE,
        "What did you work on?",
        options=("career", "network", "leadership"),
    ),
    Q("comments", QuestionKind.TEXT, "Comments and suggestions"),
)
# Version 2: reworded satisfaction, a new frequency option, another order.
MENTEE_V2 = (
    MENTEE_V1[1],
    Q(
        "satisfaction",
        QuestionKind.SCALE,
        "Overall, how satisfied are you with the mentoring?",
        "Dans l'ensemble, êtes-vous satisfait du mentorat?",
    ),
    Q(
        "frequency",
        QuestionKind.SINGLE_CHOICE,
        "How often did you meet?",
        options=(*FREQUENCY, "variable"),
    ),
    MENTEE_V1[2],
    MENTEE_V1[4],
    MENTEE_V1[5],
)

# Everyone's names: none of them may appear in a summary, a PDF or a workbook.
NAMES = (
    "Gisèle",
    "Tremblay",
    "Bertrand",
    "Lapointe",
    "Yolande",
    "Fortier",
    "Hervé",
    "Dufresne",
    "Anouk",
    "Bellefleur",
    "Ludovic",
    "Marchand",
    "Clémence",
    "Ouimet",
    "Rosalie",
    "Gendron",
    "Maxime",
    "Pouliot",
    "Xavier",
    "Drolet",
)
COMMENT_WITH_NAMES = "Merci à Gisèle Tremblay pour sa grande écoute."
COMMENT_WITH_EMAIL = "Bertrand m'a aidé à voir clair; écrire à bertrand.lapointe@example.org"
COMMENT_PLAIN = "Des rencontres plus fréquentes auraient aidé."


@dataclass
class SmallYear:
    cohort_id: int
    earlier_id: int
    later_id: int
    versions: dict[str, int] = field(default_factory=dict)
    pairs: dict[str, int] = field(default_factory=dict)


def small_year(db: Database, cohort_id: int) -> SmallYear:
    """The ``cohort`` fixture's year (2026-2027), an earlier and a later one.

    This year:
    - mentors: Gisèle (03, senior, certified), Bertrand (06, executive), Yolande (03, senior,
      certified), Hervé withdrawn; mentees: Anouk (03, early, certified), Ludovic (06, mid),
      Clémence (16, early), Rosalie (03, mid, certified), Maxime (05, student), Xavier
      withdrawn.
    - pairs: P1 Gisèle-Anouk, P2 Bertrand-Ludovic, P4 Gisèle-Rosalie ended normally;
      P3 Yolande-Clémence ended early (expectations not met), replaced by P5 (active);
      P6 Bertrand-Maxime confirmed, no first contact; a draft Yolande-Xavier.
      First-contact delays in days: 1 (assigned at 23:30 the day before), 2, 5, 3, 2:
      median 2, 4 of 5 within 72 hours, 1 waiting.
    - sessions: P1 60+90+60, P2 45, P4 60+60 = 6 sessions, 375 minutes, 6.25 hours, 3
      pairs; credits: Gisèle 5.5 + Anouk 3.5 + Rosalie 2 = 11 (Yolande has no hours).
    - evaluations: mentors Gisèle (P1), Bertrand (P2) and Yolande (P3: three people, as
      the summary's threshold counts people); mentees Anouk, Ludovic (v1),
      Clémence, Rosalie (v2): 7 of the 8 expected.
    """
    earlier = create_cohort(db, CohortForm("2025-2026", date(2025, 9, 1), date(2026, 6, 30))).id
    later = create_cohort(db, CohortForm("2027-2028", date(2027, 9, 1), date(2028, 6, 30))).id
    year = SmallYear(cohort_id, earlier, later)
    with db.unit_of_work() as s:
        mentor_q = questionnaire(s, Role.MENTOR)
        mentee_q = questionnaire(s, Role.MENTEE)
        mentor_v1 = version(s, mentor_q, MENTOR_QUESTIONS)
        mentee_v1 = version(s, mentee_q, MENTEE_V1)
        mentee_v2 = version(s, mentee_q, MENTEE_V2)
        year.versions = {"mentor": mentor_v1, "mentee_v1": mentee_v1, "mentee_v2": mentee_v2}

        def mentor(first: str, last: str, **kw: Any) -> Participation:
            return participant(s, cohort_id, Role.MENTOR, first, last, **kw)

        def mentee(first: str, last: str, **kw: Any) -> Participation:
            return participant(s, cohort_id, Role.MENTEE, first, last, **kw)

        gisele = mentor("Gisèle", "Tremblay", stage=CareerStage.SENIOR, certified=True)
        bertrand = mentor("Bertrand", "Lapointe", region="06", stage=CareerStage.EXECUTIVE)
        yolande = mentor("Yolande", "Fortier", stage=CareerStage.SENIOR, certified=True)
        mentor("Hervé", "Dufresne", region="07", withdrawn=True)
        anouk = mentee("Anouk", "Bellefleur", stage=CareerStage.EARLY, certified=True)
        ludovic = mentee("Ludovic", "Marchand", region="06")
        clemence = mentee("Clémence", "Ouimet", region="16", stage=CareerStage.EARLY)
        rosalie = mentee("Rosalie", "Gendron", certified=True)
        maxime = mentee("Maxime", "Pouliot", region="05", stage=CareerStage.STUDENT)
        xavier = mentee("Xavier", "Drolet", withdrawn=True)

        ended = {"status": PairingStatus.ENDED, "ended_on": date(2027, 6, 1)}
        p1 = pairing(
            s, cohort_id, gisele, anouk,
            assigned_at=datetime(2026, 9, 10, 23, 30), first_contact_on=date(2026, 9, 11),
            end_kind=EndKind.NORMAL, sessions=(60, 90, 60), **ended,
        )  # fmt: skip
        p2 = pairing(
            s, cohort_id, bertrand, ludovic,
            assigned_at=datetime(2026, 9, 10, 9, 0), first_contact_on=date(2026, 9, 12),
            end_kind=EndKind.NORMAL, sessions=(45,), **ended,
        )  # fmt: skip
        p3 = pairing(
            s, cohort_id, yolande, clemence,
            assigned_at=datetime(2026, 9, 12, 9, 0), first_contact_on=date(2026, 9, 17),
            status=PairingStatus.ENDED, ended_on=date(2027, 1, 15), end_kind=EndKind.EARLY,
            end_reason=EarlyEndReason.EXPECTATIONS_NOT_MET,
        )  # fmt: skip
        p4 = pairing(
            s, cohort_id, gisele, rosalie,
            assigned_at=datetime(2026, 9, 15, 10, 0), first_contact_on=date(2026, 9, 18),
            end_kind=EndKind.NORMAL, sessions=(60, 60), **ended,
        )  # fmt: skip
        p5 = pairing(
            s, cohort_id, yolande, clemence,
            assigned_at=datetime(2027, 1, 20, 9, 0), first_contact_on=date(2027, 1, 22),
            replaces=p3,
        )  # fmt: skip
        p6 = pairing(
            s, cohort_id, bertrand, maxime,
            assigned_at=datetime(2027, 2, 1, 9, 0), status=PairingStatus.CONFIRMED,
        )  # fmt: skip
        pairing(s, cohort_id, yolande, xavier, assigned_at=None, status=PairingStatus.DRAFT)
        year.pairs = {"p1": p1.id, "p2": p2.id, "p3": p3.id, "p4": p4.id, "p5": p5.id}
        year.pairs["p6"] = p6.id

        # Mentors: satisfaction 4, 5, 2 (average 3.67); pairing fit from two only.
        respond(s, mentor_v1, gisele, p1, {
            "satisfaction": 4, "pairing_fit": 5, "recommend": True,
            "frequency": "about_right", "comments": "Une belle expérience.",
        })  # fmt: skip
        respond(s, mentor_v1, bertrand, p2, {
            "satisfaction": 5, "pairing_fit": 4, "recommend": True,
            "frequency": "about_right", "comments": "Rosalie progresse bien.",
        })  # fmt: skip
        respond(s, mentor_v1, yolande, p3, {
            "satisfaction": 2, "recommend": False, "frequency": "too_rare",
        })  # fmt: skip
        # Mentees: satisfaction 5, 4 (v1) and 3, 5 (v2): average 4.25.
        respond(s, mentee_v1, anouk, p1, {
            "satisfaction": 5, "pairing_fit": 4, "recommend": True,
            "frequency": "about_right", "topics": ["career", "network"],
            "comments": COMMENT_WITH_NAMES,
        })  # fmt: skip
        respond(s, mentee_v1, ludovic, p2, {
            "satisfaction": 4, "pairing_fit": 4, "recommend": True,
            "frequency": "too_frequent", "topics": ["career"], "comments": COMMENT_WITH_EMAIL,
        })  # fmt: skip
        respond(s, mentee_v2, clemence, p3, {
            "satisfaction": 3, "pairing_fit": 3, "recommend": True,
            "frequency": "variable", "topics": ["leadership", "career"],
            "comments": COMMENT_PLAIN,
        })  # fmt: skip
        respond(s, mentee_v2, rosalie, p4, {
            "satisfaction": 5, "pairing_fit": 5, "recommend": True,
            "frequency": "about_right", "topics": [], "comments": "  ",
        })  # fmt: skip

        _earlier_year(s, earlier, mentor_v1, mentee_v1, gisele.person, anouk.person)
        _later_year(s, later, mentee_v2)
    return year


def _earlier_year(
    s: Session, cohort_id: int, mentor_v1: int, mentee_v1: int, gisele: Person, anouk: Person
) -> None:
    """2025-2026: 3 pairs ended normally, delays 1, 4 and 2 days (median 2, 2 of 3 within
    72 hours), one 60-minute session; mentee satisfaction 3, 4, 4 (3.67); one mentor answer."""
    mentors = [
        participant(s, cohort_id, Role.MENTOR, "Gisèle", "Tremblay", person=gisele),
        participant(s, cohort_id, Role.MENTOR, "Octave", "Lemire"),
        participant(s, cohort_id, Role.MENTOR, "Judith", "Paquin"),
    ]
    mentees = [
        participant(s, cohort_id, Role.MENTEE, "Anouk", "Bellefleur", person=anouk),
        participant(s, cohort_id, Role.MENTEE, "Firmin", "Savard"),
        participant(s, cohort_id, Role.MENTEE, "Odile", "Caron"),
    ]
    ended = {"status": PairingStatus.ENDED, "end_kind": EndKind.NORMAL}
    pairs = [
        pairing(
            s, cohort_id, mentor, mentee, assigned_at=datetime(2025, 9, 10, 9, 0),
            first_contact_on=date(2025, 9, 10 + delay), sessions=sessions, **ended,
        )
        for mentor, mentee, delay, sessions in zip(
            mentors, mentees, (1, 4, 2), ((60,), (), ()), strict=True
        )
    ]  # fmt: skip
    respond(s, mentor_v1, mentors[0], pairs[0], {"satisfaction": 5})
    for mentee, pair, value in zip(mentees, pairs, (3, 4, 4), strict=True):
        respond(s, mentee_v1, mentee, pair, {"satisfaction": value})


def _later_year(s: Session, cohort_id: int, mentee_v2: int) -> None:
    """2027-2028 started after this year: it must never show in this year's comparison."""
    mentor = participant(s, cohort_id, Role.MENTOR, "Aurèle", "Boivin")
    mentees = [
        participant(s, cohort_id, Role.MENTEE, first, "Vachon") for first in ("Ian", "Lou", "Zia")
    ]
    for n, mentee in enumerate(mentees):
        pair = pairing(
            s, cohort_id, mentor, mentee, assigned_at=datetime(2027, 9, 10, 9, 0),
            status=PairingStatus.ENDED, end_kind=EndKind.NORMAL,
            first_contact_on=date(2027, 9, 11),
        )  # fmt: skip
        respond(s, mentee_v2, mentee, pair, {"satisfaction": 1 + n})
