"""The year-end summary's training-activity figures against a year counted by hand.

Two active mentees (one French, one English), one mentor, one withdrawn mentee.
- Workshop for mentees, held: Élodie present, Grace excused -> 2 invited, 1 present.
- Networking for everyone, held: mentor present, Élodie present, Grace absent -> 3, 2.
- A talk still planned, a workshop cancelled.
- Three requests, two answered (by the workshop and by the talk).
Held 2 (1 workshop, 1 networking); invited 5; attended 3; rate 3/5 = 60 %; answered 2 of 3.
"""

from __future__ import annotations

from datetime import date, datetime

from helpers.activities import activity_year, plan
from openpyxl import load_workbook
from pypdf import PdfReader

from mentorat_desktop.models.enums import ActivityAudience, ActivityKind, Attendance
from mentorat_desktop.services.activities.attendance import record_attendance
from mentorat_desktop.services.activities.planning import cancel_activity
from mentorat_desktop.services.activities.requests import record_request
from mentorat_desktop.services.evaluation_summary import summarise, training_rows
from mentorat_desktop.services.exporting.evaluation_workbook import write_summary_workbook


def _year(db, cohort, clock):
    y = activity_year(db, cohort.id)
    first = record_request(db, y.mentee_fr, "Négocier")
    second = record_request(db, y.mentee_en, "Public speaking")
    record_request(db, y.mentee_en, "Budgets")
    workshop = plan(db, cohort.id, held_on=date(2026, 10, 1), request_ids=[first.id])
    networking = plan(
        db,
        cohort.id,
        kind=ActivityKind.NETWORKING,
        held_on=date(2026, 10, 2),
        audience=ActivityAudience.EVERYONE,
    )
    plan(db, cohort.id, kind=ActivityKind.TALK, held_on=date(2027, 1, 5), request_ids=[second.id])
    cancelled = plan(db, cohort.id, held_on=date(2026, 12, 1))
    cancel_activity(db, cancelled.id)
    clock.current = datetime(2026, 10, 5, 9, 30)
    record_attendance(
        db, workshop.id, {y.mentee_fr: Attendance.PRESENT, y.mentee_en: Attendance.EXCUSED}
    )
    record_attendance(
        db,
        networking.id,
        {
            y.mentor: Attendance.PRESENT,
            y.mentee_fr: Attendance.PRESENT,
            y.mentee_en: Attendance.ABSENT,
        },
    )


def test_figures_match_the_hand_count(db, cohort, clock):
    _year(db, cohort, clock)
    f = summarise(db, cohort.id, "fr").training
    assert f.held_by_kind == ((ActivityKind.WORKSHOP, 1), (ActivityKind.NETWORKING, 1))
    assert (f.held, f.planned, f.cancelled) == (2, 1, 1)
    assert (f.invited, f.attended, f.excused) == (5, 3, 1)
    assert f.attendance_rate == 0.6
    assert (f.requests, f.requests_answered) == (3, 2)


def test_rows_pdf_and_workbook_show_them(db, cohort, clock, tmp_path):
    from mentorat_desktop.documents.evaluation_summary import write_summary_pdf

    _year(db, cohort, clock)
    summary = summarise(db, cohort.id, "fr")
    rows = {r.label: r.value for r in training_rows(summary)}
    assert rows["Activités tenues"] == 2
    assert rows["Tenues\u00a0: atelier"] == 1
    assert rows["Taux de présence"] == 0.6
    pdf = write_summary_pdf(summary, tmp_path / "bilan.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Activités de formation" in text and "60" in text
    book = load_workbook(write_summary_workbook(summary, tmp_path / "bilan.xlsx"))
    cells = [c.value for ws in book.worksheets for r in ws.iter_rows() for c in r]
    assert "Activités de formation" in cells and "Demandes satisfaites par une activité" in cells
