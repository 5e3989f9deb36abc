"""Plain aligned tables for the terminal, shared by the commands that list things."""

from __future__ import annotations

from collections.abc import Collection, Sequence


def print_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], right: Collection[int] = ()
) -> None:
    """Columns padded to their widest cell; the columns in ``right`` (numbers) align right."""
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, *rows]:
        cells = [
            cell.rjust(width) if i in right else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
