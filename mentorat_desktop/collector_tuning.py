"""Python's cyclic garbage collector, tuned for a window kept open over a large file.

With ten program years open the app holds a few hundred thousand objects for as long as it
runs. At Python's default thresholds (700, 10, 10) the collector walks them again every few
thousand allocations, and a walk of the whole heap (about 100 ms at ten years) lands in the
middle of a page's first show or a drop on the board. Looking at the youngest objects every
10,000 allocations, and at the whole heap a hundred times less often than that, keeps those
pauses away; reference counting still frees nearly everything at once, and cycles are still
collected.
"""

from __future__ import annotations

import gc

THRESHOLDS = (10_000, 50, 100)


def tune_collector() -> None:
    """Called once by the app at start-up (and by the benchmarks that build its window)."""
    gc.set_threshold(*THRESHOLDS)
