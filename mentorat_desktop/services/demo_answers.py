"""The demo's questionnaires: self-reflections before registration, and evaluations after each
pair ends, so the Evaluations page and the year-end summary have something true to show.

Last year's evaluations answered version 1 of the questionnaires; this year the committee
added a question to the mentees' evaluation, so this year's mentees answered version 2.
Answers lean on how each relationship went: a pair that ended early is less satisfied.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from random import Random

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.clock import Clock
from mentorat_desktop.models import (
    Answer,
    Cohort,
    Pairing,
    Participation,
    Question,
    Questionnaire,
    QuestionnaireVersion,
    Response,
)
from mentorat_desktop.models.enums import (
    EarlyEndReason,
    PairingStatus,
    ParticipationStatus,
    QuestionKind,
    QuestionnaireKind,
    ResponseSource,
    Role,
)
from mentorat_desktop.services.demo_answer_texts import (
    FREE_TEXT,
    WORKSHEET_NOTE,
    WORKSHEET_QUESTION,
)
from mentorat_desktop.services.demo_texts import say
from mentorat_desktop.services.questionnaires.defaults import install_defaults

# How well a relationship went, by how it ended (None: a normal end), from 0 to 1.
MOOD: dict[EarlyEndReason | None, float] = {
    None: 0.85,
    EarlyEndReason.GOALS_REACHED_EARLY: 0.95,
    EarlyEndReason.EXPECTATIONS_NOT_MET: 0.3,
    EarlyEndReason.AVAILABILITY: 0.55,
    EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT: 0.25,
    EarlyEndReason.OTHER: 0.5,
}
GOALS_REACHED: dict[EarlyEndReason | None, tuple[str, ...]] = {
    None: ("most", "most", "all", "some"),
    EarlyEndReason.GOALS_REACHED_EARLY: ("all",),
    EarlyEndReason.EXPECTATIONS_NOT_MET: ("none", "some"),
    EarlyEndReason.AVAILABILITY: ("some", "too_early"),
    EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT: ("too_early",),
    EarlyEndReason.OTHER: ("some",),
}
# This year, who has sent their evaluation back, by how the pair ended: the mentee of the
# pair that reached its goals early has not yet, and shows as late on the dashboard.
CURRENT_SIDES: dict[EarlyEndReason | None, tuple[Role, ...]] = {
    None: (Role.MENTOR, Role.MENTEE),
    EarlyEndReason.GOALS_REACHED_EARLY: (Role.MENTOR,),
    EarlyEndReason.EXPECTATIONS_NOT_MET: (Role.MENTOR, Role.MENTEE),
    EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT: (Role.MENTOR, Role.MENTEE),
    EarlyEndReason.AVAILABILITY: (Role.MENTOR,),
}


class AnswerWriter:
    """Writes questionnaires and responses into the demo's open session."""

    def __init__(self, session: Session, clock: Clock, rng: Random) -> None:
        self.session = session
        self.clock = clock
        self.today = clock.today()
        self.rng = rng

    def write(self, earlier: Cohort, current: Cohort) -> None:
        self.write_years([earlier], current)

    def write_years(self, ended: list[Cohort], current: Cohort) -> None:
        """The ended years, oldest first, then the current one (a larger program's too)."""
        install_defaults(self.session, self.clock)
        self.session.flush()
        for version in self.session.scalars(select(QuestionnaireVersion)):
            version.created_at = ended[0].created_at
        for earlier in ended:
            self._self_reflections(earlier)
            self._evaluations(earlier, sides=None)
        self._add_worksheet_question(current)
        self._self_reflections(current)
        self._evaluations(current, sides=CURRENT_SIDES)

    # The questionnaires ------------------------------------------------------------------

    def _current(self, kind: QuestionnaireKind, audience: Role) -> QuestionnaireVersion:
        questionnaire = self.session.scalars(
            select(Questionnaire).where(
                Questionnaire.kind == kind, Questionnaire.audience == audience
            )
        ).one()
        return questionnaire.versions[-1]

    def _add_worksheet_question(self, current: Cohort) -> None:
        """Version 2 of the mentees' evaluation: the old questions plus one, after goals."""
        old = self._current(QuestionnaireKind.EVALUATION, Role.MENTEE)
        version = QuestionnaireVersion(
            number=old.number + 1,
            created_at=datetime.combine(
                current.start_date - timedelta(days=20), datetime.min.time()
            )
            + timedelta(hours=14),
            note=WORKSHEET_NOTE,
        )
        code, (text_fr, text_en) = WORKSHEET_QUESTION
        questions: list[Question] = []
        for q in old.questions:
            questions.append(self._copy(q, len(questions) + 1))
            if q.code == "goals_reached":
                questions.append(
                    Question(
                        code=code,
                        position=len(questions) + 1,
                        kind=QuestionKind.SCALE,
                        text_fr=text_fr,
                        text_en=text_en,
                        options=[],
                        required=False,
                    )
                )
        version.questions = questions
        old.questionnaire.versions.append(version)
        self.session.flush()

    @staticmethod
    def _copy(question: Question, position: int) -> Question:
        return Question(
            code=question.code,
            position=position,
            kind=question.kind,
            text_fr=question.text_fr,
            text_en=question.text_en,
            options=list(question.options),
            required=question.required,
        )

    # The responses -----------------------------------------------------------------------

    def _self_reflections(self, cohort: Cohort) -> None:
        """Phase 1 comes before registration: most people send it in the days before."""
        for p in cohort.participations:
            if p.status != ParticipationStatus.REGISTERED or self.rng.random() > 0.75:
                continue
            version = self._current(QuestionnaireKind.SELF_REFLECTION, p.role)
            submitted = p.registered_on - timedelta(days=self.rng.randint(0, 10))
            self._respond(version, p, None, submitted, mood=0.8)

    def _evaluations(
        self, cohort: Cohort, sides: dict[EarlyEndReason | None, tuple[Role, ...]] | None
    ) -> None:
        """Both sides of most ended pairs last year; this year, the sides ``sides`` says."""
        ended = [p for p in cohort.pairings if p.status == PairingStatus.ENDED and p.ended_on]
        for pairing in sorted(ended, key=lambda p: p.id):
            assert pairing.ended_on is not None
            for role, person in ((Role.MENTOR, pairing.mentor), (Role.MENTEE, pairing.mentee)):
                if sides is None:
                    answers = person.status == ParticipationStatus.REGISTERED
                    if not answers or self.rng.random() > 0.85:
                        continue
                elif role not in sides.get(pairing.end_reason, ()):
                    continue
                submitted = min(
                    pairing.ended_on + timedelta(days=self.rng.randint(2, 20)), self.today
                )
                version = self._current(QuestionnaireKind.EVALUATION, role)
                self._respond(version, person, pairing, submitted, MOOD[pairing.end_reason])

    def _respond(
        self,
        version: QuestionnaireVersion,
        person: Participation,
        pairing: Pairing | None,
        submitted: date,
        mood: float,
    ) -> None:
        response = Response(
            version_id=version.id,
            participation_id=person.id,
            pairing_id=pairing.id if pairing else None,
            submitted_on=submitted,
            source=ResponseSource.IMPORTED if self.rng.random() < 0.6 else ResponseSource.ENTERED,
            created_at=datetime.combine(submitted, datetime.min.time()) + timedelta(hours=19),
        )
        reason = pairing.end_reason if pairing else None
        for question in version.questions:
            answer = self._answer(question, person, mood, reason)
            if answer is not None:
                response.answers.append(answer)
        self.session.add(response)

    def _answer(
        self,
        question: Question,
        person: Participation,
        mood: float,
        reason: EarlyEndReason | None,
    ) -> Answer | None:
        r = self.rng
        if question.kind == QuestionKind.SCALE:
            value = round(1 + 4 * mood + r.gauss(0, 0.8))
            return Answer(question_id=question.id, number=float(min(5, max(1, value))))
        if question.kind == QuestionKind.YES_NO:
            yes = r.random() < 0.3 + 0.7 * mood
            return Answer(question_id=question.id, number=1.0 if yes else 0.0)
        codes = [o["code"] for o in question.options]
        if question.kind == QuestionKind.SINGLE_CHOICE:
            return Answer(
                question_id=question.id, choices=[self._single(question.code, codes, mood, reason)]
            )
        if question.kind == QuestionKind.MULTIPLE_CHOICE:
            chosen = set(r.sample(codes, r.randint(1, min(3, len(codes)))))
            return Answer(question_id=question.id, choices=[c for c in codes if c in chosen])
        pool = FREE_TEXT.get(question.code)
        if not pool or (not question.required and r.random() < 0.35):
            return None
        return Answer(question_id=question.id, text=say(r.choice(pool), person.preferred_language))

    def _single(
        self, code: str, codes: list[str], mood: float, reason: EarlyEndReason | None
    ) -> str:
        r = self.rng
        if code == "goals_reached":
            return r.choice([c for c in GOALS_REACHED[reason] if c in codes] or codes)
        if code == "meeting_frequency" and "about_right" in codes:
            return "about_right" if r.random() < 0.4 + 0.5 * mood else r.choice(codes)
        if code == "would_take_part_again" and mood < 0.5 and "not_now" in codes:
            return r.choice(["not_now", "unsure"] if "unsure" in codes else ["not_now"])
        return r.choice(codes[:2] if mood >= 0.5 else codes)
