"""Benchmarks measure the app as it is installed: its modules already compiled to bytecode.

The installer bundles compiled modules; a checkout run with ``PYTHONDONTWRITEBYTECODE`` (as
this machine and CI set it) compiles every module of the app again in each process, which
no user pays. ``compile_app`` writes the ``__pycache__`` files of a checkout beforehand
(Python reads them whatever that variable says); ``--source-only`` on a bench skips it.
"""

from __future__ import annotations

import compileall
from pathlib import Path

SOURCE_ONLY = "--source-only"


def compile_app(source: Path) -> None:
    """Compile the app's modules in ``source`` (a checkout), quietly; up to date ones stay."""
    compileall.compile_dir(str(source / "mentorat_desktop"), quiet=1, force=False)
