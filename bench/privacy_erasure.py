"""Benchmark: erasing one person from the demo program, and proof that nothing is left.

Run with ``python bench/privacy_erasure.py``. The demo program is written to a temporary
file, a canary string is put in one person's name, e-mail and a goal of their pair, two
backups are made (a pre-upgrade copy and one in ``backups/``), then the person is erased.
Printed: the time of the erasure (one unit of work), of the destruction (VACUUM, WAL
checkpoint, backups rewritten), and, as the floor measured in the same run, a plain VACUUM of
the same file; then the canary's count in the raw bytes of the file, its side files, the
backups and the log, which must be 0.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mentorat_desktop.clock import SystemClock  # noqa: E402
from mentorat_desktop.db import backup_file, open_database  # noqa: E402
from mentorat_desktop.models import Pairing  # noqa: E402
from mentorat_desktop.services.demo import write_demo  # noqa: E402
from mentorat_desktop.services.privacy.destruction import compact, destroy_remnants  # noqa: E402
from mentorat_desktop.services.privacy.erasure import erase_person  # noqa: E402
from tests.helpers.privacy import CANARY_EMAIL, canary_count, plant_canary  # noqa: E402


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="mentorat-bench-"))
    os.environ["MENTORAT_DATA_DIR"] = str(folder / "data")
    os.environ["MENTORAT_CONFIG_DIR"] = str(folder / "config")
    try:
        db = open_database(folder / "program.sqlite3", SystemClock())
        write_demo(db)
        with db.unit_of_work() as session:
            pairing_id = session.query(Pairing.id).order_by(Pairing.id).first()[0]
        plant_canary(db, pairing_id)
        compact(db)
        backup_file(db.path, "0002", db.clock)
        (folder / "backups").mkdir()
        shutil.copy(db.path, folder / "backups" / "program-copy.sqlite3")
        before = canary_count(db.path)

        start = time.perf_counter()
        compact(db)
        floor = time.perf_counter() - start

        start = time.perf_counter()
        outcome = erase_person(db, CANARY_EMAIL, "bench")
        erased = time.perf_counter() - start
        start = time.perf_counter()
        backups = destroy_remnants(
            db, outcome.identifiers, lambda copy: erase_person(copy, CANARY_EMAIL, "bench")
        )
        destroyed = time.perf_counter() - start
        after = canary_count(db.path)
        size = db.path.stat().st_size
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"file: {size / 1024:.0f} KiB (demo program)")
    print(f"floor, plain VACUUM + checkpoint:        {floor * 1000:7.1f} ms")
    print(f"erasure (one unit of work):              {erased * 1000:7.1f} ms")
    print(f"destruction (file + {len(backups)} backups rewritten): {destroyed * 1000:7.1f} ms")
    print(f"canary occurrences: before {before}, after {after} (must be 0)")
    if after:
        sys.exit(1)


if __name__ == "__main__":
    main()
