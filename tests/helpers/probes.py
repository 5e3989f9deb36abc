"""Running the app's code in a fresh interpreter, to see what it loads."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("scipy", "reportlab", "openpyxl")

PROBE = """
import json, sys
from mentorat_desktop import cli
code = cli.main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def probe(tmp_path: Path, code: str, *argv: str) -> dict:
    """Run ``code`` in a fresh interpreter; its last line of output is a JSON report."""
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "MENTORAT_DATA_DIR": str(tmp_path / "data"),
        "MENTORAT_CONFIG_DIR": str(tmp_path / "config"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, *argv],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def packages(report: dict) -> set[str]:
    return {name.split(".")[0] for name in report["modules"]}


def run_command(tmp_path: Path, *argv: str) -> tuple[int, set[str]]:
    report = probe(tmp_path, PROBE, *argv)
    return report["code"], packages(report)


def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    code, _modules = run_command(tmp_path, "demo", "--db", str(path))
    assert code == 0
    return path
