"""The line on a waiting mentee's card says what `match --explain` says for that mentee.

The board writes every line from one plan and one score matrix; `--explain` reasons mentor by
mentor. Whatever the board (full mentors, rules required or preferred, a minimum score,
suggestions still pending), both must tell the committee the same thing.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorat_desktop.models.enums import CareerStage, Language, PairingStatus, Role
from mentorat_desktop.services.matching.board_state import BoardPair, BoardState, MentorCard
from mentorat_desktop.services.matching.criteria import MatchingCriteria
from mentorat_desktop.services.matching.profiles import MatchProfile
from mentorat_desktop.services.matching.solver import Aim
from mentorat_desktop.services.matching.waiting import explain, waiting_lines

AREAS = ("Gestion du changement", "Finances", "Leadership clinique", "Santé publique")
ORGANISATIONS = ("CISSS de Laval", "cisss de laval", "CHU de Québec", "")


def person(number: int, role: Role, draw: st.DrawFn) -> MatchProfile:
    return MatchProfile(
        participation_id=number,
        person_id=number,
        role=role,
        first_name=draw(st.sampled_from(["Anne", "Marc"])),  # ties between namesakes too
        last_name=draw(st.sampled_from(["Roy", "Bérubé", "O'Brien"])),
        email=f"p{number}@example.org",
        organisation=draw(st.sampled_from(ORGANISATIONS)),
        workplace="",
        region=draw(st.sampled_from(["03", "05"])),
        language=draw(st.sampled_from(list(Language))),
        career_stage=draw(st.sampled_from(list(CareerStage))),
        years_of_experience=draw(st.none() | st.integers(0, 30)),
        meeting_modes=(),
        areas=tuple(draw(st.lists(st.sampled_from(AREAS), unique=True, max_size=3))),
        objectives="",
        leads=(),
        capacity=draw(st.integers(0, 2)) if role == Role.MENTOR else 0,
    )


@st.composite
def boards(draw: st.DrawFn) -> BoardState:
    mentors = [person(n, Role.MENTOR, draw) for n in range(1, draw(st.integers(0, 5)) + 1)]
    if mentors and draw(st.booleans()):  # a namesake in all but name: scores tie
        twin = replace(mentors[-1], participation_id=9, person_id=9, last_name="Zed")
        mentors.insert(0, twin)
    mentees = [person(n, Role.MENTEE, draw) for n in range(10, draw(st.integers(11, 19)))]
    # Some mentees are in pairs the plan keeps (confirmed) or plans again (pending).
    pairs = []
    for mentee in mentees[: draw(st.integers(0, 3))] if mentors else []:
        pending = draw(st.booleans())
        mentor = draw(st.sampled_from(mentors))
        status = PairingStatus.DRAFT if pending else PairingStatus.CONFIRMED
        pairs.append(BoardPair(len(pairs) + 1, status, mentor, mentee, None, pending, False, None))
    taken = {m.participation_id: 0 for m in mentors}
    for pair in pairs:
        taken[pair.mentor.participation_id] += 1
    past = {
        frozenset((draw(st.sampled_from(mentors)).person_id, e.person_id)): "2024-2025"
        for e in mentees
        if mentors and draw(st.booleans())
    }
    forbid_organisation, forbid_previous = draw(st.booleans()), draw(st.booleans())
    criteria = MatchingCriteria(
        forbid_same_organisation=forbid_organisation,
        forbid_previous_pairs=forbid_previous,
        same_organisation_penalty=0 if forbid_organisation else draw(st.sampled_from([0, 20])),
        previous_pair_penalty=0 if forbid_previous else draw(st.sampled_from([0, 30])),
    )
    paired = {p.mentee.participation_id for p in pairs}
    return BoardState(
        1,
        "2026-2027",
        criteria,
        tuple(e for e in mentees if e.participation_id not in paired),
        tuple(MentorCard(m, taken[m.participation_id]) for m in mentors),
        tuple(pairs),
        past,
    )


@settings(max_examples=200, deadline=None)
@given(
    board=boards(),
    aim=st.sampled_from(list(Aim)),
    min_score=st.sampled_from([0.0, 45.0, 70.0, 101.0]),
)
def test_each_card_line_is_the_line_explain_gives(board, aim, min_score) -> None:
    lines = waiting_lines(board, aim, min_score)
    assert set(lines) == {m.participation_id for m in board.waiting}
    for mentee in board.waiting:
        assert lines[mentee.participation_id] == explain(board, mentee, aim, min_score).line


def test_the_lines_name_each_reason_a_mentee_waits() -> None:
    """One place for two mentees, a third in the mentor's organisation, then no place."""

    def one(number: int, role: Role, organisation: str, region: str = "05") -> MatchProfile:
        return MatchProfile(
            number, number, role, "Anne", f"Nom{number}", f"p{number}@example.org",
            organisation, "", region, Language.FR, CareerStage.SENIOR, None, (), (), "", (),
            1 if role == Role.MENTOR else 0,
        )  # fmt: skip

    mentor = one(1, Role.MENTOR, "CHUM")
    near, far = one(10, Role.MENTEE, "CISSS de Laval"), one(11, Role.MENTEE, "CHU", "03")
    insider = one(12, Role.MENTEE, "CHUM")
    board = BoardState(
        1,
        "2026-2027",
        MatchingCriteria(forbid_same_organisation=True),
        (near, far, insider),
        (MentorCard(mentor, 0),),
        (),
    )
    lines = waiting_lines(board)
    assert lines[10] == "Meilleur choix libre\u00a0: Anne Nom1 (31)."
    assert lines[11] == (
        "Les places qui conviennent le mieux sont allées à des mentorés mieux assortis "
        "(meilleur choix restant\u00a0: Anne Nom1, 26)."
    )
    assert lines[12] == "Aucun mentor ne peut accueillir ce mentoré\u00a0: 1 exclu par une règle."
    full = replace(board, mentors=(MentorCard(mentor, 1),))
    assert set(waiting_lines(full).values()) == {"Tous les mentors sont complets."}
