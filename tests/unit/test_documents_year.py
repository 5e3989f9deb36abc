"""Documents read from a real file: which pairs and people get one, and ``mentorat forms``."""

from __future__ import annotations

from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from helpers.forms import mentee_form, mentor_form
from pypdf import PdfReader

from mentorat_desktop.cli import main
from mentorat_desktop.documents import DocumentKind, write_credit_statement, write_pair_document
from mentorat_desktop.documents.data import load_pair, load_pairs, participants_with_sessions
from mentorat_desktop.documents.program_year import plan_documents
from mentorat_desktop.errors import NotFound
from mentorat_desktop.models import Goal, MentoringSession, Pairing
from mentorat_desktop.models.enums import (
    GoalStatus,
    Language,
    MeetingMode,
    PairingStatus,
    ParticipationStatus,
)
from mentorat_desktop.services.matching import board_actions
from mentorat_desktop.services.registration import register


def _pair(db, cohort, mentor, mentee) -> int:
    """Register both, draft and confirm them at the fixture clock (2026-10-05 09:30)."""
    mentor_id = register(db, cohort.id, mentor).participation_id
    mentee_id = register(db, cohort.id, mentee).participation_id
    board_actions.make_drafts(db, cohort.id, [board_actions.Draft(mentor_id, mentee_id)])
    board_actions.confirm(db, [mentee_id])
    with db.unit_of_work() as session:
        return session.query(Pairing).filter_by(mentee_id=mentee_id).one().id


@pytest.fixture
def pairing_id(db, cohort, clock) -> int:
    """Marc O'Brien (English, certified) mentors Élodie Bérubé (French): one goal, two sessions."""
    pid = _pair(db, cohort, mentor_form(), mentee_form())
    with db.unit_of_work() as session:
        pairing = session.get(Pairing, pid)
        pairing.status = PairingStatus.ACTIVE
        pairing.first_meeting_on = date(2026, 10, 20)
        pairing.goals.append(
            Goal(
                position=0,
                title="Prendre sa place au comité de direction",
                description="",
                leads_capabilities=["L1"],
                actions="Préparer chaque comité.",
                success_indicator="",
                target_on=date(2027, 3, 31),
                status=GoalStatus.IN_PROGRESS,
                created_at=clock.now(),
                updated_at=clock.now(),
            )
        )
        for day, minutes in ((20, 90), (27, 60)):
            pairing.sessions.append(
                MentoringSession(
                    held_on=date(2026, 10, day),
                    duration_minutes=minutes,
                    mode=MeetingMode.VIDEO,
                    topics="",
                    leads_capabilities=[],
                    note="",
                    created_at=clock.now(),
                )
            )
    return pid


def _text(source: Path | BytesIO) -> str:
    if isinstance(source, BytesIO):
        source.seek(0)
    reader = PdfReader(source)
    return " ".join(
        " ".join(page.extract_text().replace("\u00a0", " ").split()) for page in reader.pages
    )


def test_a_pair_is_read_with_its_goals_and_first_contact_deadline(db, pairing_id) -> None:
    pair = load_pair(db, pairing_id)
    assert (pair.mentor.full_name, pair.mentee.full_name) == ("Marc O'Brien", "Élodie Bérubé")
    assert pair.mentee.language == "fr" and pair.mentor.language == "en"
    assert pair.first_contact_deadline == datetime(2026, 10, 8, 9, 30)
    assert [g.title for g in pair.goals] == ["Prendre sa place au comité de direction"]
    with pytest.raises(NotFound):
        load_pair(db, 999)


def test_drafts_get_no_documents_but_confirmed_pairs_do(db, cohort, pairing_id) -> None:
    mentor = register(db, cohort.id, mentor_form(email="b@example.org", last_name="Boucher"))
    mentee = register(db, cohort.id, mentee_form(email="c@example.org", last_name="Cloutier"))
    draft = board_actions.Draft(mentor.participation_id, mentee.participation_id)
    board_actions.make_drafts(db, cohort.id, [draft])
    assert [p.pairing_id for p in load_pairs(db, cohort.id)] == [pairing_id]


def test_credit_statements_go_to_everyone_with_a_session(db, cohort, pairing_id) -> None:
    register(db, cohort.id, mentee_form(email="alone@example.org", last_name="Seule"))
    with db.unit_of_work() as session:  # hours logged before withdrawing were still earned
        session.get(Pairing, pairing_id).mentor.status = ParticipationStatus.WITHDRAWN
    names = [p.last_name for p in participants_with_sessions(db, cohort.id)]
    assert names == ["Bérubé", "O'Brien"]


def test_the_gui_entry_points_write_each_document(db, pairing_id) -> None:
    for kind in (DocumentKind.ENGAGEMENT, DocumentKind.GOALS, DocumentKind.INTRODUCTION):
        buffer = BytesIO()
        write_pair_document(db, pairing_id, kind, buffer, language="en")
        assert "Élodie Bérubé" in _text(buffer)
    introduction = BytesIO()
    write_pair_document(db, pairing_id, DocumentKind.INTRODUCTION, introduction)
    both = _text(introduction)  # two languages in the pair: both, by default
    assert "8 octobre 2026" in both and "October 8, 2026" in both
    with db.unit_of_work() as session:
        mentor_id = session.get(Pairing, pairing_id).mentor_id
    statement = BytesIO()
    write_credit_statement(db, mentor_id, statement, issued_on=date(2027, 7, 2))
    printed = _text(statement)  # Marc prefers English: his statement is in English
    assert "Oct 20, 2026" in printed and "2 h 30 min" in printed and "July 2, 2027" in printed


def test_a_year_plan_follows_each_pair_language_unless_told(db, cohort, pairing_id) -> None:
    (planned,) = plan_documents(db, cohort.id, cohort.name, DocumentKind.ENGAGEMENT)
    assert planned.stem == "engagement-2026-2027-berube-obrien"
    assert planned.part.language == "both"
    (french,) = plan_documents(db, cohort.id, cohort.name, DocumentKind.GOALS, "fr")
    assert french.part.language == "fr"
    statements = plan_documents(db, cohort.id, cohort.name, DocumentKind.CREDITS)
    assert [(p.stem, p.part.language) for p in statements] == [
        ("credits-2026-2027-berube-elodie", Language.FR),
        ("credits-2026-2027-obrien-marc", Language.EN),
    ]


# mentorat forms -----------------------------------------------------------------------


def test_forms_writes_one_file_per_pair_and_prints_each_path(
    db, db_path, pairing_id, tmp_path, capsys
) -> None:
    out = tmp_path / "out"
    args = ["forms", "--db", str(db_path), "--kind", "engagement", "--out", str(out)]
    assert main(args) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == [str(out / "engagement-2026-2027-berube-obrien.pdf")]
    reader = PdfReader(printed[0])
    assert reader.trailer["/Root"]["/Lang"] == "fr-CA"  # bilingual, French first
    assert float(reader.pages[0].mediabox.width) == 612
    text = _text(Path(printed[0]))
    assert "1er septembre 2026" in text and "September 1, 2026" in text


def test_forms_merge_writes_a_single_file_for_the_year(
    db, db_path, cohort, pairing_id, tmp_path, capsys
) -> None:
    _pair(db, cohort, mentor_form(email="d@example.org"), mentee_form(email="e@example.org"))
    out = tmp_path / "out"
    base = ["forms", "--db", str(db_path), "--kind", "introduction", "--out", str(out)]
    assert main(base) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
    assert main([*base, "--merge", "--lang", "en", "--page-size", "a4"]) == 0
    (merged,) = capsys.readouterr().out.splitlines()
    assert merged == str(out / "introduction-2026-2027.pdf")
    reader = PdfReader(merged)
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595.28, abs=0.01)
    assert reader.metadata.title.endswith("2026-2027")
    first_pages = [p for p in reader.pages if "Page 1 of" in p.extract_text()]
    assert len(first_pages) == 2


def test_forms_prints_credit_statements_per_person(db, db_path, pairing_id, tmp_path, capsys):
    out = tmp_path / "credits"
    assert main(["forms", "--db", str(db_path), "--kind", "credits", "--out", str(out)]) == 0
    paths = capsys.readouterr().out.splitlines()
    assert [Path(p).name for p in paths] == [
        "credits-2026-2027-berube-elodie.pdf",
        "credits-2026-2027-obrien-marc.pdf",
    ]
    assert all(Path(p).is_file() for p in paths)


def test_forms_with_a_bad_kind_is_a_usage_error(db_path, tmp_path, capsys) -> None:
    args = ["forms", "--db", str(db_path), "--kind", "letters", "--out", str(tmp_path)]
    assert main(args) == 2
    assert "letters" in capsys.readouterr().err
    assert main(["forms", "--db", str(db_path), "--kind", "goals"]) == 2  # --out is required


def test_forms_with_nothing_to_print_fails_with_a_message(db, db_path, cohort, tmp_path, capsys):
    args = ["forms", "--db", str(db_path), "--kind", "goals", "--out", str(tmp_path / "x")]
    assert main(args) == 1
    assert "2026-2027" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    assert main([*args[:-2], "--out", str(tmp_path), "--cohort", "1999"]) == 1


def test_forms_prints_only_the_pairs_named_case_and_accents_ignored(
    db, db_path, cohort, pairing_id, tmp_path, capsys
) -> None:
    _pair(
        db,
        cohort,
        mentor_form(first_name="Anne", last_name="Gagnon", email="d@example.org"),
        mentee_form(first_name="Paul", last_name="Roy", email="e@example.org"),
    )
    out = tmp_path / "out"
    base = ["forms", "--db", str(db_path), "--kind", "engagement", "--out", str(out)]
    assert main([*base, "--name", "berube"]) == 0
    assert [Path(p).name for p in capsys.readouterr().out.splitlines()] == [
        "engagement-2026-2027-berube-obrien.pdf"
    ]
    assert main([*base, "--name", "GAGNON", "--name", "élodie"]) == 0  # a mentor's name too
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_forms_with_a_name_that_matches_no_one_prints_nothing_and_says_so(
    db, db_path, pairing_id, tmp_path, capsys
) -> None:
    out = tmp_path / "out"
    args = ["forms", "--db", str(db_path), "--kind", "credits", "--out", str(out)]
    assert main([*args, "--name", "Bérubé", "--name", "Tremblay"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "«\u00a0Tremblay\u00a0»" in captured.err and "2026-2027" in captured.err
    assert not out.exists()
