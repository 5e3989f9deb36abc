"""Benchmark: the year-end evaluation summary of a year with 2,000 evaluations.

Run with ``python bench/evaluation_summary.py [--pairs N] [--repeats R]``. Builds, in a
temporary file and with SQLAlchemy bulk inserts, a program year of N pairs (default 1,000:
about 700 mentors, N mentees, six sessions a pair) whose mentor and mentee both returned
their evaluation (2N responses of 12 answers, comments from a third of them), and two
earlier, smaller years to compare with. Then prints, best of R runs:

- ``summarise`` (every figure, one unit of work), the PDF and the workbook, each written to
  a file as ``mentorat report`` writes it, and their sum;
- the floor, measured in the same run: a reportlab PDF of the same number of pages holding
  plain paragraphs, and an openpyxl workbook with the same number of cells;
- the files' sizes and the peak memory of each step (tracemalloc, in a separate pass).
"""

from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from random import Random
from typing import Any

import openpyxl
from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
from sqlalchemy import insert

from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import Database, open_database
from mentorat_desktop.documents.evaluation_summary import write_summary_pdf
from mentorat_desktop.documents.fonts import register_fonts
from mentorat_desktop.documents.styles import styles
from mentorat_desktop.models import (
    Answer,
    Cohort,
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
from mentorat_desktop.services.evaluation_summary import YearSummary, summarise
from mentorat_desktop.services.exporting.evaluation_workbook import write_summary_workbook

PAIRS = 1000
REPEATS = 3
SEED = 2026
NOW = datetime(2027, 7, 15, 9, 0)
FIRST = ("Élodie", "Marc", "Nathalie", "Jean-François", "Amélie", "Thi Hoa", "Sébastien")
LAST = ("Bérubé", "O'Brien", "Nguyễn", "Tremblay", "Gagnon-Côté", "Lévesque", "Saint-Pierre")
REGIONS = ("03", "06", "16", "05", "07", "12", "13", "02", "99")
SCALES = ("satisfaction", "pairing_fit", "first_contact", "committee_support", "resources")
CHOICES = {
    "meeting_frequency": ("too_rare", "about_right", "too_frequent"),
    "would_take_part_again": ("yes_same_role", "yes_other_role", "not_now"),
}
TOPICS = ("career", "network", "leadership", "change", "finances", "wellbeing")
PHRASES = (
    "Une relation très enrichissante",
    "Nos rencontres mensuelles m'ont aidé à prendre du recul",
    "I would have liked more structure at the start",
    "Le guide de la première rencontre était utile",
    "Il faudrait prévoir une activité de clôture",
    "Merci à {name} pour sa disponibilité",
    "The goals worksheet kept us on track",
    "Plus de rencontres en personne auraient été bénéfiques",
)


def questions() -> list[tuple[str, QuestionKind, tuple[str, ...]]]:
    spec: list[tuple[str, QuestionKind, tuple[str, ...]]] = [
        (code, QuestionKind.SCALE, ()) for code in SCALES
    ]
    spec += [
        ("goals_reached", QuestionKind.YES_NO, ()),
        ("would_recommend", QuestionKind.YES_NO, ()),
    ]
    spec += [(code, QuestionKind.SINGLE_CHOICE, options) for code, options in CHOICES.items()]
    spec += [("topics", QuestionKind.MULTIPLE_CHOICE, TOPICS)]
    spec += [("learned", QuestionKind.TEXT, ()), ("comments", QuestionKind.TEXT, ())]
    return spec


class Ids:
    """Explicit primary keys, so that bulk inserts never read ids back."""

    def __init__(self) -> None:
        self.next: dict[str, int] = {}

    def __call__(self, table: str) -> int:
        self.next[table] = self.next.get(table, 0) + 1
        return self.next[table]


def build(db: Database, pairs: int) -> int:
    """Two earlier years (a fifth of the size) and this year; returns this year's id."""
    rng, ids = Random(SEED), Ids()
    rows: dict[type, list[dict[str, Any]]] = {}

    def add(model: type, **values: Any) -> int:
        values.setdefault("id", ids(model.__tablename__))
        rows.setdefault(model, []).append(values)
        return values["id"]

    versions = {}
    for audience in (Role.MENTOR, Role.MENTEE):
        q = add(
            Questionnaire,
            kind=QuestionnaireKind.EVALUATION,
            audience=audience,
            title_fr="Évaluation",
            title_en="Evaluation",
        )
        v = add(QuestionnaireVersion, questionnaire_id=q, number=1, created_at=NOW, note="")
        versions[audience] = (v, {})
        for position, (code, kind, options) in enumerate(questions()):
            versions[audience][1][code] = add(
                Question,
                version_id=v,
                code=code,
                position=position,
                kind=kind,
                text_fr=f"Question « {code} » ({audience.value})",
                text_en=f"Question '{code}' ({audience.value})",
                options=[{"code": o, "fr": o.replace("_", " "), "en": o} for o in options],
                required=kind != QuestionKind.TEXT,
            )
    this_year = 0
    for number, (start, size) in enumerate(((2024, pairs // 5), (2025, pairs // 5), (2026, pairs))):
        cohort = add(
            Cohort,
            name=f"{start}-{start + 1}",
            start_date=date(start, 9, 1),
            end_date=date(start + 1, 6, 30),
            first_contact_reminder_hours=48,
            first_contact_hours=72,
            session_cadence_days=42,
            matching_weights={},
            forbid_same_organisation=False,
            forbid_previous_pairs=True,
            notes="",
            created_at=NOW,
        )
        this_year = cohort
        _year(add, rng, cohort, start, size, versions, number)
    with db.unit_of_work() as session:
        for model in (
            Questionnaire, QuestionnaireVersion, Question, Cohort, Person, Participation,
            Pairing, MentoringSession, Response, Answer,
        ):  # fmt: skip
            if rows.get(model):
                session.execute(insert(model), rows[model])
    return this_year


def _person(add: Callable[..., int], rng: Random, cohort: int, role: Role, n: str) -> int:
    person = add(
        Person,
        first_name=rng.choice(FIRST),
        last_name=rng.choice(LAST),
        email=f"{n}@example.org",
        phone="",
        created_at=NOW,
    )
    return add(
        Participation,
        cohort_id=cohort,
        person_id=person,
        role=role,
        status=ParticipationStatus.WITHDRAWN
        if rng.random() < 0.03
        else ParticipationStatus.REGISTERED,
        preferred_language=Language.FR,
        organisation="CIUSSS",
        workplace="",
        region=rng.choice(REGIONS),
        job_title="Gestionnaire",
        career_stage=rng.choice(list(CareerStage)),
        is_member=True,
        is_certified=rng.random() < 0.4,
        meeting_modes=[],
        motivation="",
        expertise_areas=[],
        capacity=2,
        development_areas=[],
        development_objectives="",
        mentor_expectations="",
        leads_capabilities=[],
        consent_date=date(2026, 5, 1),
        registered_on=date(2026, 5, 1),
        committee_notes="",
        withdrawal_reason="",
        created_at=NOW,
        updated_at=NOW,
    )


def _year(add, rng: Random, cohort: int, start: int, pairs: int, versions, number: int) -> None:
    mentors = [
        _person(add, rng, cohort, Role.MENTOR, f"y{number}m{n}") for n in range(pairs * 7 // 10)
    ]
    for n in range(pairs):
        mentee = _person(add, rng, cohort, Role.MENTEE, f"y{number}e{n}")
        mentor = mentors[n % len(mentors)]
        assigned = datetime(start, 9, 10, 9, 0) + timedelta(hours=rng.randrange(0, 24 * 30))
        early = rng.random() < 0.1
        pairing = add(
            Pairing,
            cohort_id=cohort,
            mentor_id=mentor,
            mentee_id=mentee,
            status=PairingStatus.ENDED,
            score=None,
            suggested=False,
            locked=False,
            created_at=NOW,
            assigned_at=assigned,
            first_contact_on=assigned.date() + timedelta(days=rng.choice((0, 1, 1, 2, 2, 3, 4, 6))),
            agreements={},
            roles_reviewed=False,
            expectations_agreed=False,
            ended_on=date(start + 1, 6, 1),
            end_kind=EndKind.EARLY if early else EndKind.NORMAL,
            end_reason=rng.choice(list(EarlyEndReason)) if early else None,
            end_reason_detail="",
            mentee_wants_new_mentor=False,
            reflection="",
        )
        for s in range(6):
            add(
                MentoringSession,
                pairing_id=pairing,
                held_on=date(start, 10, 1) + timedelta(days=30 * s),
                duration_minutes=rng.choice((45, 60, 60, 90, 120)),
                mode=MeetingMode.VIDEO,
                topics="",
                leads_capabilities=[],
                note="",
                created_at=NOW,
            )
        for who, audience in ((mentor, Role.MENTOR), (mentee, Role.MENTEE)):
            _response(add, rng, versions[audience], who, pairing)


def _response(add, rng: Random, version, who: int, pairing: int) -> None:
    version_id, question_ids = version
    response = add(
        Response,
        version_id=version_id,
        participation_id=who,
        pairing_id=pairing,
        submitted_on=date(2027, 6, 10),
        source="entered",
        created_at=NOW,
    )
    for code, kind, options in questions():
        number, text, choices = None, "", []
        if kind == QuestionKind.SCALE:
            number = float(rng.choices((1, 2, 3, 4, 5), weights=(1, 2, 5, 9, 8))[0])
        elif kind == QuestionKind.YES_NO:
            number = 1.0 if rng.random() < 0.85 else 0.0
        elif kind == QuestionKind.SINGLE_CHOICE:
            choices = [rng.choice(options)]
        elif kind == QuestionKind.MULTIPLE_CHOICE:
            choices = rng.sample(options, rng.randint(1, 3))
        elif rng.random() < (0.3 if code == "learned" else 0.2):
            text = ". ".join(rng.sample(PHRASES, 2)).format(name=rng.choice(FIRST)) + "."
        else:
            continue
        add(
            Answer,
            response_id=response,
            question_id=question_ids[code],
            number=number,
            text=text,
            choices=choices,
        )


# Timing ------------------------------------------------------------------------------------


def best_ms(run: Callable[[], object], repeats: int) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return min(timings) * 1000


def peak_kib(run: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1] / 1024
    finally:
        tracemalloc.stop()


def floor_pdf(path: Path, pages: int) -> None:
    """Plain paragraphs, about as many lines a page as the summary, on the same font."""
    body = styles().body
    text = "Les rencontres mensuelles ont aidé à prendre du recul sur les objectifs fixés. " * 2
    story: list[Any] = []
    for page in range(pages):
        story += [Paragraph(text, body) for _ in range(22)]
        if page < pages - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=LETTER).build(story)


def floor_workbook(path: Path, cells: int) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    columns = 9
    for row in range(1, cells // columns + 2):
        for column in range(1, columns + 1):
            sheet.cell(row=row, column=column, value=row * column if column % 2 else f"v{row}")
    book.save(path)


def cell_count(path: Path) -> int:
    book = openpyxl.load_workbook(path)
    return sum(
        1
        for sheet in book
        for row in sheet.iter_rows(values_only=True)
        for v in row
        if v is not None
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=PAIRS)
    parser.add_argument("--repeats", type=int, default=REPEATS)
    args = parser.parse_args()
    register_fonts()  # parsing the font files once per process is not part of a report
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        db = open_database(out / "bench.sqlite3", FixedClock(NOW))
        started = time.perf_counter()
        cohort_id = build(db, args.pairs)
        built = (time.perf_counter() - started) * 1000
        summary: YearSummary = summarise(db, cohort_id, "fr")
        pdf, xlsx = out / "summary.pdf", out / "summary.xlsx"
        write_summary_pdf(summary, pdf)
        write_summary_workbook(summary, xlsx)
        pages, cells = len(PdfReader(pdf).pages), cell_count(xlsx)
        returns = summary.evaluations
        print(
            f"{args.pairs} pairs, {returns.received} evaluations, two earlier years; "
            f"built in {built:.0f} ms; best of {args.repeats} runs"
        )
        steps = {
            "summarise": lambda: summarise(db, cohort_id, "fr"),
            "PDF": lambda: write_summary_pdf(summary, pdf),
            "workbook": lambda: write_summary_workbook(summary, xlsx),
        }
        timings = {name: best_ms(run, args.repeats) for name, run in steps.items()}
        floors = {
            "PDF": best_ms(lambda: floor_pdf(out / "floor.pdf", pages), args.repeats),
            "workbook": best_ms(lambda: floor_workbook(out / "floor.xlsx", cells), args.repeats),
        }
        peaks = {name: peak_kib(run) for name, run in steps.items()}
        sizes = {"PDF": pdf.stat().st_size, "workbook": xlsx.stat().st_size}
        db.close()
    print(f"  summarise:  {timings['summarise']:8.1f} ms   peak {peaks['summarise']:8.0f} KiB")
    for name, detail in (("PDF", f"{pages} pages"), ("workbook", f"{cells} cells")):
        print(
            f"  {name + ':':<10}  {timings[name]:8.1f} ms   peak {peaks[name]:8.0f} KiB   "
            f"{sizes[name] / 1024:7.0f} KiB, {detail}; floor {floors[name]:.1f} ms "
            f"({timings[name] / floors[name]:.1f}x)"
        )
    total = sum(timings.values())
    print(
        f"  summarise + PDF + workbook: {total:.1f} ms "
        f"(floor of the two files: {sum(floors.values()):.1f} ms)"
    )


if __name__ == "__main__":
    main()
