"""Writing documents so that a full disk, a locked file or a cancel never leaves half a PDF
where the committee would find it and send it."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from mentorat_desktop.models.enums import PageSize

if TYPE_CHECKING:
    from mentorat_desktop.documents.program_year import PlannedDocument

# Called before each document with how many are done; returning False cancels the run.
Progress = Callable[[int], bool]


def write_file(path: Path, data: bytes) -> None:
    """Write beside the target, then rename: the old file stays whole until the new one is."""
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise


def targets(
    planned: Sequence[PlannedDocument], folder: Path, merged: tuple[str, str] | None
) -> list[Path]:
    """The files a run would write, to warn before replacing any."""
    stems = [merged[0]] if merged is not None else [p.stem for p in planned]
    return [folder / f"{stem}.pdf" for stem in stems]


def write_in_folder(
    planned: Sequence[PlannedDocument],
    folder: Path,
    page_size: PageSize,
    merged: tuple[str, str] | None = None,
    progress: Progress | None = None,
) -> list[Path] | None:
    """Write into a temporary folder inside ``folder``, then move each finished file in place.

    Returns the files written, or None when ``progress`` cancelled (nothing is left behind).
    """
    from mentorat_desktop.documents.program_year import write_documents  # reportlab

    staging = Path(tempfile.mkdtemp(prefix=".mentorat-", dir=folder))
    try:
        if merged is not None:
            written = write_documents(planned, staging, page_size, merged)
        else:
            written = []
            for done, document in enumerate(planned):
                if progress is not None and not progress(done):
                    return None
                written += write_documents([document], staging, page_size)
        final = []
        for path in written:
            os.replace(path, folder / path.name)
            final.append(folder / path.name)
        return final
    finally:
        shutil.rmtree(staging, ignore_errors=True)
