"""reportlab's C helpers (the rl-accel dependency) are in use, and change nothing printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Writes a bilingual form with accented names and prints each page's drawing instructions.
FORM = """
import sys
from datetime import date, datetime
from io import BytesIO
from pypdf import PdfReader
from mentorat_desktop.documents.data import PairSheet, PersonSheet, ProgramYear
from mentorat_desktop.documents.engagement import engagement_part
from mentorat_desktop.documents.render import write_pdf
from mentorat_desktop.models.enums import PairingStatus

def person(pid, first, last):
    return PersonSheet(pid, first, last, "p@example.org", "418 555-0101", "fr", "Chef",
                       "CIUSSS", "", "03", (), (), "", "", ())

pair = PairSheet(1, ProgramYear("2026-2027", date(2026, 9, 1), date(2027, 6, 30), 72),
                 person(1, "Thi Hoa", "Nguyễn"), person(2, "Élodie", "Bérubé"),
                 PairingStatus.ACTIVE, datetime(2026, 10, 5, 9, 30), None, ())
buffer = BytesIO()
write_pdf(buffer, [engagement_part(pair, "both")])
for page in PdfReader(buffer).pages:
    print(page.get_contents().get_data().hex())
from reportlab.lib import rl_accel
print(type(rl_accel.fp_str).__name__)
"""


def drawn(without_accelerator: bool) -> list[str]:
    block = "import sys; sys.modules['_rl_accel'] = None\n" if without_accelerator else ""
    result = subprocess.run(
        [sys.executable, "-c", block + FORM],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.split()


def test_the_accelerator_is_used_and_draws_every_page_the_same() -> None:
    *accelerated, kind = drawn(without_accelerator=False)
    *plain, plain_kind = drawn(without_accelerator=True)
    assert kind == "builtin_function_or_method"  # rl-accel is installed and loaded
    assert plain_kind == "function"  # reportlab's own Python fallback
    assert len(accelerated) >= 4
    assert accelerated == plain
