"""Benchmark: "Suggest pairs" for 500 waiting mentees and 250 mentors, beside the bare solver.

Run with ``python bench/matching_suggestions.py [--aim score|coverage]`` (both aims by
default). Builds random but realistic profiles in memory, placed against the year's areas as
the board loads them (no database: loading is not what is measured). The floor is scipy's
``linear_sum_assignment`` alone on the very matrix the plan hands it (500 mentees x 500
places + 500 "unpaired" columns): what any plan has to pay. Floor and plan are timed turn
about, so both see the same load on a shared computer; the figure is plan / floor, from the
medians of the runs. "Suggest pairs" on a board on screen (the persons' keys already worked
out by the waiting lines) and the first plan on a freshly loaded board are both shown, with
``score_matrix`` alone and the peak memory of one plan (tracemalloc).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import statistics
import time
import tracemalloc
from collections.abc import Callable
from random import Random

from mentorat_desktop.models.enums import CareerStage, Language, MeetingMode, Role
from mentorat_desktop.services.areas.vocabulary import default_vocabulary
from mentorat_desktop.services.leads import CAPABILITIES
from mentorat_desktop.services.matching import rules, scoring, solver
from mentorat_desktop.services.matching.board_state import BoardState, MentorCard
from mentorat_desktop.services.matching.criteria import MatchingCriteria
from mentorat_desktop.services.matching.profiles import MatchProfile, placed
from mentorat_desktop.services.matching.solver import Aim
from mentorat_desktop.services.matching.suggestions import plan_suggestions
from mentorat_desktop.services.matching.waiting import waiting_lines
from mentorat_desktop.services.regions import REGIONS

MENTEES = 500
MENTORS = 250
CAPACITY = 2
REPEATS = 15
SEED = 2026

AREAS = (
    "Gestion du changement",
    "Finances et budget",
    "Leadership clinique",
    "Qualité et sécurité des soins",
    "Santé publique",
    "Gestion des ressources humaines",
    "Communication",
    "Transformation numérique",
    "Gestion de projets",
    "Relations avec les médecins",
    "Négociation",
    "Planification stratégique",
    "Partenariat patient",
    "Santé mentale",
    "Soins à domicile",
    "Gouvernance",
    "Innovation",
    "Équité, diversité et inclusion",
    "Performance et indicateurs",
    "Gestion de crise",
)
ORGANISATIONS = (
    "CIUSSS de la Capitale-Nationale",
    "CIUSSS de l'Estrie – CHUS",
    "CISSS de l'Outaouais",
    "CISSS de Laval",
    "CHU de Québec – Université Laval",
    "CHUM",
    "Centre universitaire de santé McGill",
    "CISSS de la Montérégie-Centre",
    "CIUSSS du Centre-Sud-de-l'Île-de-Montréal",
    "CISSS des Laurentides",
    "Santé Québec",
    "Ministère de la Santé et des Services sociaux",
    "CISSS de Chaudière-Appalaches",
    "CIUSSS du Saguenay–Lac-Saint-Jean",
    "Institut de cardiologie de Montréal",
)
WORKPLACES = ("Siège social", "Hôpital régional", "CLSC", "CHSLD", "Centre de réadaptation", "")
OBJECTIVE_OPENINGS = (
    "Mieux comprendre",
    "Prendre ma place en",
    "Gagner en assurance dans",
    "Develop my skills in",
    "Build confidence with",
)
LEADS_CODES = tuple(c.code for c in CAPABILITIES)
REGION_CODES = tuple(REGIONS)
MODES = tuple(m.value for m in MeetingMode)
STAGES = tuple(CareerStage)


def make_profile(rng: Random, number: int, role: Role) -> MatchProfile:
    is_mentor = role == Role.MENTOR
    areas = tuple(rng.sample(AREAS, rng.randint(2, 5) if is_mentor else rng.randint(1, 3)))
    stage = rng.choice(STAGES[2:] if is_mentor else STAGES[:3])
    years: int | None = rng.randint(12, 35) if is_mentor else rng.randint(0, 12)
    if rng.random() < 0.15:  # some leave the question blank
        years = None
    objectives = (
        ""
        if is_mentor
        else " ".join(f"{rng.choice(OBJECTIVE_OPENINGS)} {a.lower()}." for a in areas)
    )
    return MatchProfile(
        participation_id=number,
        person_id=number,
        role=role,
        first_name=f"Prénom{number}",
        last_name=f"Nom{number}",
        email=f"personne{number}@example.org",
        organisation=rng.choice(ORGANISATIONS),
        workplace=rng.choice(WORKPLACES),
        region=rng.choice(REGION_CODES),
        language=Language.FR if rng.random() < 0.8 else Language.EN,
        career_stage=stage,
        years_of_experience=years,
        meeting_modes=tuple(sorted(rng.sample(MODES, rng.randint(0, 3)))),
        areas=areas,
        objectives=objectives,
        leads=tuple(rng.sample(LEADS_CODES, rng.randint(0, 5))),
        capacity=CAPACITY if is_mentor else 0,
    )


def make_board(seed: int = SEED) -> BoardState:
    """A program year at the start of matching: everyone waits, a few met in earlier years."""
    rng = Random(seed)
    areas = default_vocabulary()  # placed as the board loads registrations
    mentors = [placed(make_profile(rng, n, Role.MENTOR), areas) for n in range(1, MENTORS + 1)]
    mentees = [
        placed(make_profile(rng, n, Role.MENTEE), areas)
        for n in range(MENTORS + 1, MENTORS + MENTEES + 1)
    ]
    past = {
        frozenset((rng.choice(mentors).person_id, rng.choice(mentees).person_id)): "2025-2026"
        for _ in range(60)
    }
    return BoardState(
        cohort_id=1,
        cohort_name="2026-2027",
        criteria=MatchingCriteria(forbid_same_organisation=True),
        waiting=tuple(mentees),
        mentors=tuple(MentorCard(p, 0) for p in mentors),
        pairs=(),
        past=past,
    )


def median_ms(run: Callable[[], object], repeats: int = REPEATS) -> float:
    """The median of ``repeats`` runs, in milliseconds: steady against one disturbed run."""
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        timings.append(time.perf_counter() - start)
    return statistics.median(timings) * 1000


def turn_about(
    runs: dict[str, Callable[[BoardState], object]],
    board: Callable[[], BoardState],
    repeats: int = REPEATS,
) -> dict[str, float]:
    """Median milliseconds of each run, the runs taking turns ``repeats`` times; each run is
    given the board ``board`` returns, made before its timer starts."""
    timings: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeats):
        for name, run in runs.items():
            state = board()
            gc.collect()  # one board alive at a time, and nothing left to collect from the last
            start = time.perf_counter()
            run(state)
            timings[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) * 1000 for name, t in timings.items()}


def freshly_loaded(state: BoardState) -> BoardState:
    """The same board as new profile objects: nothing worked out yet, as after a reload."""
    return dataclasses.replace(
        state,
        waiting=tuple(dataclasses.replace(p) for p in state.waiting),
        mentors=tuple(MentorCard(dataclasses.replace(c.profile), c.taken) for c in state.mentors),
    )


def bench(state: BoardState, aim: Aim) -> None:
    from scipy.optimize import linear_sum_assignment

    mentors = [c.profile for c in state.mentors]
    mentees = list(state.waiting)
    places = [c.places_left for c in state.mentors]
    plan_suggestions(state, aim)  # the board on screen: its waiting lines made one plan
    scores = scoring.scores_with_penalties(mentors, mentees, state.criteria, state.past)
    allowed = rules.allowed_matrix(mentors, mentees, state.criteria, state.past)
    problem = solver.problem(scores, allowed, places, aim)
    assert problem is not None
    timings = turn_about(
        {
            "floor": lambda _board: linear_sum_assignment(problem.weights, maximize=True),
            "plan": lambda _board: plan_suggestions(state, aim),
            "first": lambda board: plan_suggestions(board, aim),
        },
        lambda: freshly_loaded(state),
    )
    matrix = median_ms(lambda: scoring.score_matrix(mentors, mentees, state.criteria))
    floor, whole, first = timings["floor"], timings["plan"], timings["first"]

    tracemalloc.start()
    plan = plan_suggestions(state, aim)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    rows, columns = problem.weights.shape
    print(f"aim {aim.value}:")
    print(f"  linear_sum_assignment alone, {rows} x {columns}:  {floor:8.1f} ms  (the floor)")
    print(f"  plan_suggestions, board on screen:          {whole:8.1f} ms")
    print(f"  plan_suggestions, board just loaded:        {first:8.1f} ms")
    print(f"  score_matrix alone:                         {matrix:8.1f} ms")
    print(f"  peak memory of one plan_suggestions:        {peak / 2**20:8.1f} MiB")
    print(
        f"  {len(plan.suggestions)} pairs suggested, {len(plan.unplaced)} mentees waiting, "
        f"mean score {plan.total_score / max(len(plan.suggestions), 1):.1f}"
    )
    print(f"  plan_suggestions / floor: {whole / floor:.2f}x (just loaded: {first / floor:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--aim", choices=[a.value for a in Aim], help="one aim (default: both)")
    args = parser.parse_args()
    state = make_board()
    slots = sum(c.places_left for c in state.mentors)
    print(
        f"Board: {len(state.waiting)} mentees waiting, {len(state.mentors)} mentors "
        f"({slots} places), {len(state.past)} earlier pairs, same-organisation rule on; "
        f"median of {REPEATS} runs"
    )
    for aim in [Aim(args.aim)] if args.aim else list(Aim):
        bench(state, aim)
    if not args.aim or args.aim == Aim.SCORE.value:
        lines(state)


def lines(state: BoardState) -> None:
    """What every reload of the board pays for the waiting cards' lines (one plan for all)."""
    from scipy.optimize import linear_sum_assignment

    mentors = [c.profile for c in state.mentors]
    scores = scoring.scores_with_penalties(mentors, list(state.waiting), state.criteria, state.past)
    allowed = rules.allowed_matrix(mentors, list(state.waiting), state.criteria, state.past)
    places = [c.places_left for c in state.mentors]
    problem = solver.problem(scores, allowed, places, Aim.SCORE)
    assert problem is not None
    timings = turn_about(
        {
            "floor": lambda _board: linear_sum_assignment(problem.weights, maximize=True),
            "lines": lambda board: waiting_lines(board),
        },
        lambda: freshly_loaded(state),
    )
    floor, written = timings["floor"], timings["lines"]
    print("waiting cards' lines, board just loaded (what each reload pays):")
    print(f"  linear_sum_assignment alone:                {floor:8.1f} ms  (the floor)")
    print(f"  waiting_lines for {len(state.waiting)} mentees:              {written:8.1f} ms")
    print(f"  waiting_lines / floor: {written / floor:.2f}x")


if __name__ == "__main__":
    main()
