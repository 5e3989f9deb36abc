"""Crash safety: ``kill -9`` at random moments during imports, suggestions and backups.

Each run copies a demo file, starts one ``mentorat`` command on it (an import of the sample
registrations, ``match --apply``, or ``backup``), kills it with SIGKILL after a random delay
drawn over the command's own measured duration, then checks the file: ``integrity_check``,
``foreign_key_check``, and all-or-nothing (the import's 12 registrations all there or none,
the suggestions all replaced or none, the file unchanged by a backup; a backup that exists
is complete and verifies). A command that finished before the kill must have its change on
file, else it counts as a lost commit.

    python bench/crash_safety.py [--runs 300] [--seed 7]

Prints the kills, lost commits, partial states and damaged files; 0 is the only good figure
for the last three.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "inscriptions-exemple.csv"
OPERATIONS = ("import", "suggestions", "backup")


def command(operation: str, db: Path) -> list[str]:
    base = [sys.executable, "-m", "mentorat_desktop.cli"]
    if operation == "import":
        return [*base, "import", str(SAMPLE), "--role", "mentee", "--consent-given",
                "--db", str(db)]
    if operation == "suggestions":
        return [*base, "match", "--apply", "--db", str(db)]
    return [*base, "backup", "--db", str(db)]


def state(db: Path) -> tuple[int, int, str]:
    """(registrations, suggested drafts, a digest of every row) of the file."""
    connection = sqlite3.connect(db)
    try:
        people = connection.execute("SELECT count(*) FROM participations").fetchone()[0]
        drafts = connection.execute(
            "SELECT count(*) FROM pairings WHERE status = 'draft' AND suggested = 1"
        ).fetchone()[0]
        digest = str(hash(tuple(connection.iterdump())))
        return people, drafts, digest
    finally:
        connection.close()


def damaged(db: Path) -> bool:
    connection = sqlite3.connect(db)
    try:
        ok = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return not ok or bool(connection.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        connection.close()


def bad_backups(folder: Path) -> int:
    """Backups that exist under their final name but do not verify."""
    count = 0
    for path in folder.glob("*.sqlite3") if folder.is_dir() else []:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            count += connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok"
        except sqlite3.DatabaseError:
            count += 1
        finally:
            connection.close()
    return count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    work = Path(tempfile.mkdtemp(prefix="mentorat-crash-"))
    env["MENTORAT_DATA_DIR"] = env["MENTORAT_CONFIG_DIR"] = str(work / "home")
    base = work / "base.sqlite3"
    subprocess.run([sys.executable, "-m", "mentorat_desktop.cli", "demo", "--db", str(base)],
                   env=env, check=True, capture_output=True)
    before = state(base)
    # What each finished command leaves, and how long it takes (the kills are drawn over it).
    after: dict[str, tuple[int, int, str]] = {}
    duration: dict[str, float] = {}
    for operation in OPERATIONS:
        db = work / f"calibrate-{operation}.sqlite3"
        shutil.copy(base, db)
        started = time.perf_counter()
        subprocess.run(command(operation, db), env=env, check=True, capture_output=True)
        duration[operation] = time.perf_counter() - started
        after[operation] = state(db)
    kills = finished = lost = partial = broken = 0
    for run in range(args.runs):
        operation = OPERATIONS[run % len(OPERATIONS)]
        folder = work / f"run-{run}"
        folder.mkdir()
        db = folder / "program.sqlite3"
        shutil.copy(base, db)
        process = subprocess.Popen(command(operation, db), env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.0, duration[operation] * 1.1))
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        code = process.wait()
        if code == 0:
            finished += 1
        if damaged(db):
            broken += 1
        else:
            now = state(db)
            allowed = {before[:2], after[operation][:2]}
            if operation == "backup":
                allowed = {before[:2]}
                if now[2] != before[2]:
                    partial += 1
            if now[:2] not in allowed:
                partial += 1
            elif code == 0 and operation != "backup" and now[:2] != after[operation][:2]:
                lost += 1
        broken += bad_backups(folder / "backups")
        shutil.rmtree(folder, ignore_errors=True)
        if (run + 1) % 25 == 0:  # a long run cut short still says what it found so far
            print(f"after {run + 1} runs: kills {kills}, finished {finished}, lost {lost}, "
                  f"partial {partial}, damaged {broken}", file=sys.stderr, flush=True)
    shutil.rmtree(work, ignore_errors=True)
    print(f"runs: {args.runs} (import, match --apply, backup in turn; seed {args.seed})")
    print("command durations measured: " + ", ".join(
        f"{op} {duration[op]:.2f} s" for op in OPERATIONS))
    print(f"killed mid-command: {kills}; finished before the kill: {finished}")
    print(f"lost commits: {lost}")
    print(f"partial states: {partial}")
    print(f"damaged files or backups: {broken}")
    return 0 if lost == partial == broken == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
