"""A reproducible file holding ten program years, for the benchmarks that need a full file.

Run with ``python bench/ten_years.py [--out FILE] [--seed N]``. Ten program years of about
500 participations each (nine ended with their evaluations, the current one in progress with
drafts, waiting mentees and pairs in every phase), written by the demo's own code, so the data
has the demo's shape at ten times its size. Other benchmarks call ``ten_year_file()``: the file
is written once per seed and version of this script into the system's temporary folder and
reused after that (``--out`` writes a fresh copy where you say).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from mentorat_desktop.clock import Clock  # noqa: E402
from mentorat_desktop.db import open_database  # noqa: E402
from mentorat_desktop.models import (  # noqa: E402
    Cohort,
    Goal,
    MentoringSession,
    Pairing,
    Participation,
)
from mentorat_desktop.models.enums import PairingStatus  # noqa: E402
from mentorat_desktop.services import demo  # noqa: E402
from mentorat_desktop.services import demo_people as people  # noqa: E402
from mentorat_desktop.services.demo_answers import AnswerWriter  # noqa: E402

YEARS = 10
MENTORS_A_YEAR = 250
# Each ended year: 250 mentees, nearly all of whom go to the end of their pair.
EARLIER_PLAN = (
    *("normal",) * 220,
    *("goals_early",) * 10,
    *("not_met",) * 10,
    *("availability",) * 10,
)
# The current year: the demo's plan, each part six times, and more mentees waiting.
CURRENT_PLAN = (*(kind for kind in demo.CURRENT_PLAN for _ in range(6)), *("waiting",) * 26)
RETURNING_MENTORS, RETURNING_MENTEES = 0.45, 0.08
# Denser than the demo, for the ten years: ~10 meetings and 3.5 goals a pair.
MEETING_GAP = (19, 28)
GOALS_A_PAIR = (3, 4)
DEFAULT_SEED = 20260901


class FixedClock(Clock):
    """Like the demo, the file hangs on the day it is written (so the current year is under
    way and late items are late); a seed and a day always give the same file."""

    def __init__(self, day: date | None = None) -> None:
        self.day = day or date.today()

    def now(self) -> datetime:
        return datetime.combine(self.day, datetime.min.time()) + timedelta(hours=14)

    def today(self) -> date:
        return self.day


class _TenYears(demo._Demo):
    earlier_plan = EARLIER_PLAN
    current_plan = CURRENT_PLAN
    mentee_areas = GOALS_A_PAIR

    def __init__(self, session: Session, clock: Clock) -> None:
        super().__init__(session, clock)
        self.pairs.meeting_gap = MEETING_GAP
        self.pairs.goals_a_pair = GOALS_A_PAIR

    def _identities(self, count: int) -> list[people.Identity]:
        return _draw_some(self.people_rng, count, self.taken)

    def build_years(self) -> None:
        start = demo.program_year_start(self.today)
        cohorts = [self._cohort(year) for year in range(start.year - YEARS + 1, start.year + 1)]
        mentors: list[demo.Member] = []
        mentees: list[demo.Member] = []
        for cohort in cohorts[:-1]:
            back = self._returning(mentors, mentees)
            mentors, mentees = self._registrations(
                cohort, (MENTORS_A_YEAR, len(EARLIER_PLAN)), *back
            )
            self._earlier_year(cohort, mentors, mentees)
        current = cohorts[-1]
        elapsed = (self.today - start).days
        matched = self.today - timedelta(days=min(max(elapsed + 30, 90), 300))
        back = self._returning(mentors, mentees)
        size = (MENTORS_A_YEAR, len(CURRENT_PLAN) + 2)
        mentors, mentees = self._registrations(current, size, *back, matched)
        self._withdraw(mentors[-1], 0)
        self._withdraw(mentees[-2], 1)
        self._make_room(mentors[:-1], len(CURRENT_PLAN) - CURRENT_PLAN.count("waiting") + 30)
        self._current_year(current, mentors[:-1], mentees[:-2], mentees[-1], matched)
        self.session.flush()
        AnswerWriter(self.session, self.clock, Random(demo.SEED + 3)).write_years(
            cohorts[:-1], current
        )
        self.session.flush()

    def _returning(
        self, mentors: list[demo.Member], mentees: list[demo.Member]
    ) -> tuple[list[demo.Member], list[demo.Member]]:
        rng = self.pairs.match_rng
        return (
            rng.sample(mentors, int(len(mentors) * RETURNING_MENTORS)),
            rng.sample(mentees, int(len(mentees) * RETURNING_MENTEES)),
        )


def _draw_some(rng: Random, count: int, taken: set[str]) -> list[people.Identity]:
    """Up to ``count`` new identities; a middle initial once plain names are all taken."""
    found: list[people.Identity] = []
    while len(found) < count:
        (identity,) = people.draw_identities(rng, 1, set())
        first, email = identity.first_name, identity.email
        initial = 0
        while f"{first} {identity.last_name}" in taken or email in taken:
            initial += 1
            letter = "ABCDEFGHJKLMNPRSTVW"[(initial - 1) % 19]
            first = f"{identity.first_name} {letter}."
            local, domain = identity.email.split("@")
            email = f"{local}.{letter.lower()}{initial}@{domain}"
        taken.update({f"{first} {identity.last_name}", email})
        found.append(
            people.Identity(first, identity.last_name, identity.feminine, identity.language, email)
        )
    return found


def _script_version() -> str:
    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]


def write_ten_years(path: Path, seed: int = DEFAULT_SEED) -> dict[str, int]:
    """Write the ten years into the new file ``path``; returns what it holds."""
    path.unlink(missing_ok=True)
    db = open_database(path, FixedClock())
    original = demo.SEED
    demo.SEED = seed  # the demo's generators all derive from it
    try:
        with db.unit_of_work() as session:
            _TenYears(session, db.clock).build_years()
        with db.unit_of_work() as session:
            counts = {
                "program years": session.scalar(select(func.count(Cohort.id))),
                "participations": session.scalar(select(func.count(Participation.id))),
                "pairs": session.scalar(select(func.count(Pairing.id))),
                "draft pairs": session.scalar(
                    select(func.count(Pairing.id)).where(Pairing.status == PairingStatus.DRAFT)
                ),
                "sessions": session.scalar(select(func.count(MentoringSession.id))),
                "goals": session.scalar(select(func.count(Goal.id))),
            }
    finally:
        demo.SEED = original
        db.close()
    path.chmod(0o600)  # personal information, even fictional: owner-only like the app's files
    return {name: int(count or 0) for name, count in counts.items()}


def ten_year_file(seed: int = DEFAULT_SEED) -> Path:
    """The cached ten-year file for ``seed``, written the first time it is asked for."""
    cache = (
        Path(tempfile.gettempdir())
        / f"mentorat-ten-years-{seed}-{date.today()}-{_script_version()}.sqlite3"
    )
    if not cache.exists():
        partial = cache.with_suffix(".partial")
        write_ten_years(partial, seed)
        for side in ("-wal", "-shm"):
            Path(f"{partial}{side}").unlink(missing_ok=True)
        partial.rename(cache)
        cache.chmod(0o600)
    return cache


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="where to write the file (default: the cache)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    start = time.perf_counter()
    if args.out:
        counts = write_ten_years(args.out, args.seed)
        where = args.out
    else:
        where = ten_year_file(args.seed)
        db = open_database(where, FixedClock())
        db.close()
        counts = {}
    print(f"{where} ({time.perf_counter() - start:.1f} s)")
    for name, count in counts.items():
        print(f"  {name:>15}: {count:6d}")


if __name__ == "__main__":
    main()
