"""The waiting mentees' lines, worked out away from the window's thread.

Each line needs a plan for the whole board (a score matrix and an assignment): at a thousand
cards that is tens of milliseconds, and more on a busy machine, during which the window would
not answer. The board hands this worker the board as it was read (plain, frozen data: no
database, no widget); the worker thread only computes, and its result comes back to the
window's thread as a queued signal, tagged with the step it was asked for. The board applies
it only if no newer step came since; while one is computed, a newer request waits its turn
and any older one still waiting is dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal

from mentorat_desktop.services.matching.board_state import BoardState

log = logging.getLogger(__name__)

Lines = Mapping[int, str]


class LinesWorker(QObject):
    # (the step asked for, mentee id -> line); emitted from the worker's thread, delivered
    # in the window's. None when the lines could not be worked out.
    computed = Signal(int, object)

    def __init__(
        self, compute: Callable[[BoardState], Lines], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._compute = compute
        # Guards ``_next``, ``_busy`` and ``_alive`` between the two threads.
        self._lock = threading.Lock()
        self._next: tuple[int, BoardState] | None = None
        self._busy = False
        # False once this object is being destroyed: the thread then no longer emits.
        self._alive = [True]
        alive, lock = self._alive, self._lock
        self.destroyed.connect(lambda *_args: _mark_gone(alive, lock))

    @property
    def busy(self) -> bool:
        """A request is being worked out or waits its turn."""
        with self._lock:
            return self._busy

    def request(self, step: int, state: BoardState) -> None:
        """Work out the lines of ``state``; an earlier request not yet started is dropped."""
        with self._lock:
            self._next = (step, state)
            if self._busy:
                return
            self._busy = True
        thread = threading.Thread(target=self._run, name="board-lines", daemon=True)
        thread.start()

    def _run(self) -> None:
        while True:
            with self._lock:
                job, self._next = self._next, None
                if job is None or not self._alive[0]:
                    self._busy = False
                    return
            step, state = job
            try:
                lines: Lines | None = self._compute(state)
            except Exception:  # a line is never worth a broken window
                log.exception("the waiting mentees' lines could not be worked out")
                lines = None
            with self._lock:
                if not self._alive[0]:
                    self._busy = False
                    return
                # Emitted under the lock: the object cannot be destroyed meanwhile.
                self.computed.emit(step, lines)


def _mark_gone(alive: list[bool], lock: threading.Lock) -> None:
    with lock:
        alive[0] = False
