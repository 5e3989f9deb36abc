"""``mentorat match``: suggested pairs as a table or JSON, saved with --apply, exit codes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from helpers.forms import mentee_form, mentor_form

from mentorat_desktop.cli import main
from mentorat_desktop.db import open_database
from mentorat_desktop.services import registration
from mentorat_desktop.services.cohorts import CohortForm, create_cohort, resolve_cohort
from mentorat_desktop.services.matching.board_state import BoardState, load_board
from mentorat_desktop.services.matching.solver import Aim
from mentorat_desktop.services.matching.suggestions import plan_suggestions

MENTORS = {"marc@example.org": 2, "sophie@example.org": 1}
# Each mentee wants other areas and has other years, so that one plan is clearly the best.
MENTEES = {
    "alice@example.org": (("Gestion du changement",), 8),
    "bruno@example.org": (("Finances",), 10),
    "chloe@example.org": (("Gestion du changement", "Finances"), 12),
    "denis@example.org": (("Santé publique",), 14),
}


@pytest.fixture
def program(db, db_path: Path, cohort) -> Path:
    """Two mentors with three places between them, and four mentees: one has to wait."""
    registration.register(db, cohort.id, mentor_form(email="marc@example.org", capacity=2))
    registration.register(
        db,
        cohort.id,
        mentor_form(
            first_name="Sophie",
            last_name="Tremblay",
            email="sophie@example.org",
            capacity=1,
            expertise_areas=("Finances",),
        ),
    )
    for email, (areas, years) in MENTEES.items():
        form = mentee_form(
            first_name=email.split("@")[0].title(),
            email=email,
            development_areas=areas,
            years_of_experience=years,
        )
        registration.register(db, cohort.id, form)
    return db_path


def board(path: Path) -> BoardState:
    db = open_database(path)
    try:
        return load_board(db, resolve_cohort(db, None).id)
    finally:
        db.close()


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["match", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_lists_the_planned_pairs_by_email_with_their_score(program, capsys) -> None:
    code, out, err = run(capsys, "--db", str(program), "--json")
    assert code == 0 and err == ""
    pairs = json.loads(out)  # nothing but JSON on stdout
    plan = plan_suggestions(board(program))
    assert pairs == [
        {"mentor": s.mentor.email, "mentee": s.mentee.email, "score": round(s.score, 1)}
        for s in plan.suggestions
    ]
    assert len(pairs) == 3
    assert {p["mentee"] for p in pairs} < set(MENTEES)
    for pair in pairs:
        assert pair["mentor"] in MENTORS
        assert isinstance(pair["score"], float) and 0 <= pair["score"] <= 100
        assert round(pair["score"], 1) == pair["score"]
    per_mentor = {m: sum(p["mentor"] == m for p in pairs) for m in MENTORS}
    assert per_mentor == MENTORS


def test_the_table_shows_names_rounded_scores_and_a_summary(program, capsys) -> None:
    code, out, _err = run(capsys, "--db", str(program), "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert "2026-2027" in lines[0]
    header, *rows, summary = lines[1:]
    assert header.split() == ["Mentor", "Mentee", "Score"]
    plan = plan_suggestions(board(program))
    assert len(rows) == len(plan.suggestions) == 3
    for row, suggestion in zip(rows, plan.suggestions, strict=True):
        assert row.startswith(suggestion.mentor.full_name)
        assert suggestion.mentee.full_name in row
        assert row.endswith(f" {round(suggestion.score)}")
    # Aligned: every score ends in the same column as the header's.
    assert {len(row) for row in rows} == {len(header)}
    assert summary == "3 pairs suggested; 1 mentee stays waiting."
    assert board(program).pairs == ()  # nothing written without --apply


def test_apply_saves_the_plan_as_pending_suggestions(program, capsys) -> None:
    planned = plan_suggestions(board(program))
    code, out, _err = run(capsys, "--db", str(program), "--apply", "--lang", "en")
    assert code == 0
    assert "3 suggestions saved on the board as drafts" in out
    state = board(program)
    assert all(p.is_pending_suggestion for p in state.pairs)
    saved = {(p.mentor.email, p.mentee.email, p.score) for p in state.pairs}
    assert saved == {
        (s.mentor.email, s.mentee.email, round(s.score, 1)) for s in planned.suggestions
    }
    assert [p.email for p in state.waiting] == [p.email for p in planned.unplaced]
    # Applying again plans the pending suggestions again: the same pairs, no duplicates.
    assert run(capsys, "--db", str(program), "--apply")[0] == 0
    assert {(p.mentor.email, p.mentee.email) for p in board(program).pairs} == {
        (m, e) for m, e, _s in saved
    }


def test_apply_with_json_prints_only_the_json(program, capsys) -> None:
    code, out, _err = run(capsys, "--db", str(program), "--apply", "--json")
    assert code == 0
    pairs = json.loads(out)
    assert {(p["mentor"], p["mentee"]) for p in pairs} == {
        (p.mentor.email, p.mentee.email) for p in board(program).pairs
    }


def test_min_score_leaves_low_pairs_out(program, capsys) -> None:
    scores = [s.score for s in plan_suggestions(board(program)).suggestions]
    threshold = sorted(scores)[1]
    code, out, _err = run(capsys, "--db", str(program), "--json", "--min-score", str(threshold))
    assert code == 0
    pairs = json.loads(out)
    assert pairs and all(p["score"] >= round(threshold, 1) for p in pairs)
    code, out, _err = run(capsys, "--db", str(program), "--min-score", "100", "--lang", "en")
    assert code == 0
    assert out.splitlines()[-1] == "0 pairs suggested; 4 mentees stay waiting."


@pytest.mark.parametrize("value", ["150", "-1", "abc", "nan"])
def test_a_min_score_outside_0_to_100_is_a_usage_error(program, capsys, value) -> None:
    code, out, err = run(capsys, "--db", str(program), "--min-score", value, "--apply")
    assert code == 2
    assert "--min-score" in err and out == ""
    assert board(program).pairs == ()


def test_an_unknown_aim_is_a_usage_error(program, capsys) -> None:
    assert run(capsys, "--db", str(program), "--aim", "fastest")[0] == 2


def test_an_unknown_program_year_fails_with_the_known_ones(program, capsys) -> None:
    code, out, err = run(capsys, "--db", str(program), "--cohort", "1999-2000", "--lang", "en")
    assert code == 1 and out == ""
    assert "1999-2000" in err and "2026-2027" in err and "Traceback" not in err


def test_a_file_without_a_program_year_fails(tmp_path, capsys) -> None:
    code, _out, err = run(capsys, "--db", str(tmp_path / "new.sqlite3"), "--lang", "en")
    assert code == 1 and "program year" in err


def test_cohort_chooses_an_earlier_program_year(program, db, capsys) -> None:
    earlier = create_cohort(db, CohortForm("2025-2026", date(2025, 9, 1), date(2026, 6, 30)))
    registration.register(db, earlier.id, mentor_form(email="old@example.org"))
    registration.register(db, earlier.id, mentee_form(email="young@example.org"))
    code, out, _err = run(capsys, "--db", str(program), "--json", "--cohort", "2025-2026")
    assert code == 0
    assert [(p["mentor"], p["mentee"]) for p in json.loads(out)] == [
        ("old@example.org", "young@example.org")
    ]


def test_on_the_demo_coverage_pairs_at_least_as_many_and_apply_respects_capacity(
    tmp_path, capsys
) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    code, out, _err = run(capsys, "--db", str(path), "--json", "--min-score", "55")
    assert code == 0
    by_score = json.loads(out)
    code, out, _err = run(
        capsys, "--db", str(path), "--json", "--min-score", "55", "--aim", "coverage"
    )
    assert code == 0
    by_coverage = json.loads(out)
    assert by_coverage and len(by_coverage) >= len(by_score)
    assert by_coverage == [
        {"mentor": s.mentor.email, "mentee": s.mentee.email, "score": round(s.score, 1)}
        for s in plan_suggestions(board(path), Aim.COVERAGE, 55).suggestions
    ]
    code, out, _err = run(
        capsys, "--db", str(path), "--aim", "coverage", "--min-score", "55", "--apply"
    )
    assert code == 0 and "Traceback" not in out
    state = board(path)
    for card in state.mentors:
        open_pairs = sum(
            p.mentor.participation_id == card.profile.participation_id for p in state.pairs
        )
        assert open_pairs <= card.profile.capacity
    pending = {(p.mentor.email, p.mentee.email) for p in state.pairs if p.is_pending_suggestion}
    assert pending == {(p["mentor"], p["mentee"]) for p in by_coverage}
