"""Where the cached ten-year file is, asked of another process.

``ten_years.py`` imports the app's code of its own checkout to write the file: a benchmark
that measures another checkout (``--source``), or must stay small (a child's peak memory
counts its parent's size at the fork), asks a child process for the path instead of
importing it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def ten_years_path() -> Path:
    """The cached ten-year file (written by the child the first time of the day)."""
    found = subprocess.run(
        [sys.executable, str(BENCH / "ten_years.py")],
        env={**os.environ, "PYTHONPATH": str(BENCH.parent)},
        check=True,
        capture_output=True,
        text=True,
    )
    return Path(found.stdout.split(" (", 1)[0].strip())
