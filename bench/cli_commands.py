"""Benchmark: ``mentorat cohorts`` and ``mentorat due`` beside ``python -c "import sqlalchemy"``.

Run with ``python bench/cli_commands.py [--runs 5] [--source DIR]``: wall-clock medians of
separate processes and their peak memory, on the demo file. Target: within 3x the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bytecode import SOURCE_ONLY, compile_app  # noqa: E402


def run(argv: list[str], source: Path) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(source)}
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, cwd=source, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv} failed")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, default=ROOT)
    parser.add_argument(
        SOURCE_ONLY, action="store_true", help="do not compile the app's modules beforehand"
    )
    args = parser.parse_args()
    if not args.source_only:  # measured as installed: see bench/bytecode.py
        compile_app(args.source)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["MENTORAT_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["MENTORAT_CONFIG_DIR"] = str(Path(tmp) / "config")
        demo = str(Path(tmp) / "demo.sqlite3")
        cli = [sys.executable, "-m", "mentorat_desktop.cli"]
        run([*cli, "demo", "--db", demo], args.source)
        cases = {
            'floor: python -c "import sqlalchemy"': [sys.executable, "-c", "import sqlalchemy"],
            "mentorat cohorts": [*cli, "cohorts", "--db", demo],
            "mentorat due": [*cli, "due", "--db", demo],
        }
        floor = None
        print(f"Median of {args.runs} processes ({args.source}):")
        for label, argv in cases.items():
            results = [run(argv, args.source) for _ in range(args.runs)]
            seconds = statistics.median(r[0] for r in results)
            mib = statistics.median(r[1] for r in results)
            floor = floor or seconds
            print(f"  {label:<38} {seconds * 1000:7.0f} ms {mib:6.0f} MiB {seconds / floor:5.1f} x")


if __name__ == "__main__":
    main()
