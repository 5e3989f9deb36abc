"""The pages' code, loaded while the window waits for the user's first click.

Each page loads its modules the first time it is shown (start-up is a feature: nothing a page
needs comes before the window is ready). Loading them — executing the modules, making their
dataclasses and the Qt classes' Python enums — was a third to a half of a first show at ten
years of data. Once the window is ready, ``PagePreload`` imports them one module per turn of
the event loop, so a click or a key waits at most one module (a few to a few tens of
milliseconds) and a page shown afterwards costs only its data. numpy, which the matching board's
scores need, takes up to 150 ms to import: it loads on a thread of its own meanwhile (no Qt
there, only the import), and the board's modules follow once it is in.

The app's translation catalogs follow, one per turn: the Evaluations page reads the other
language's to recognise comments anonymised in it, and bilingual documents and e-mails need
both.

Only code and the app's own catalogs are loaded: nothing is read from the file and nothing is
kept that the file could contradict later. A module that fails to load is left to its page,
which reports it to the user the usual way when shown.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections import deque
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer

from mentorat_desktop.i18n import LANGUAGES, translations

log = logging.getLogger(__name__)

# In the navigation's order (the first pages are the likeliest first clicks); within a page,
# its heaviest parts first, so that no step is long.
PAGE_MODULES = (
    # Participants
    "mentorat_desktop.views.documents.document_actions",
    "mentorat_desktop.views.documents.documents_menu",
    "mentorat_desktop.services.registration",
    "mentorat_desktop.views.item_models.participant_table",
    "mentorat_desktop.views.pages.participants_page",
    # Resources
    "mentorat_desktop.services.resources.library",
    "mentorat_desktop.views.resources.library_reader",
    "mentorat_desktop.views.widgets.registration_fields",
    "mentorat_desktop.views.resources.review_panel",
    "mentorat_desktop.views.pages.resources_page",
    # Pairs
    "mentorat_desktop.services.followup.pair_list",
    "mentorat_desktop.views.pairs.pair_view",
    "mentorat_desktop.views.pages.pairs_page",
    # Evaluations
    "mentorat_desktop.services.questionnaires.answers",
    "mentorat_desktop.views.evaluations.answers_view",
    "mentorat_desktop.views.evaluations.questionnaires_view",
    "mentorat_desktop.services.evaluation_summary",
    "mentorat_desktop.views.evaluations.summary_view",
    "mentorat_desktop.views.pages.evaluations_page",
    # Documents, Activities, Privacy
    "mentorat_desktop.views.pages.documents_page",
    "mentorat_desktop.views.pages.activities_page",
    "mentorat_desktop.services.privacy.operations",
    "mentorat_desktop.views.privacy.privacy_page",
)
# Libraries imported on a thread (long imports that would hold the window), and the modules
# that need them, loaded on the window's thread once they are in.
LIBRARIES = ("numpy",)  # the board's scores (scipy, for suggestions, waits for the board)
BOARD_MODULES = (
    "mentorat_desktop.views.board.board_controller",
    "mentorat_desktop.views.board.card_list",
    "mentorat_desktop.views.pages.matching_page",
)
LIBRARY_WAIT_MS = 20  # how often the window looks whether the thread is done
# After the window is ready, a pause first: its first paints and questions go before, and a
# window opened only to be closed at once loads nothing more.
START_DELAY_MS = 250


class PagePreload(QObject):
    """Imports ``modules`` one per event-loop turn once started, ``libraries`` on a thread
    meanwhile, then ``after_libraries``; stops with its parent."""

    def __init__(
        self,
        parent: QObject,
        modules: Iterable[str] = PAGE_MODULES,
        libraries: Iterable[str] = LIBRARIES,
        after_libraries: Iterable[str] = BOARD_MODULES,
        catalogs: Iterable[str] = LANGUAGES,
    ) -> None:
        super().__init__(parent)
        self._waiting = deque(modules)
        self._catalogs = deque(catalogs)
        self._libraries = [name for name in libraries if name not in sys.modules]
        self._after_libraries = list(after_libraries)
        self._thread: threading.Thread | None = None
        self._begun = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._load_next)

    @property
    def done(self) -> bool:
        return not (
            self._waiting or self._catalogs or self._after_libraries or self._libraries_loading()
        )

    def start(self, delay_ms: int = START_DELAY_MS) -> None:
        if not self.done and not self._timer.isActive():
            self._timer.start(delay_ms)

    def _start_libraries(self) -> None:
        if self._libraries:
            # Not a daemon: quitting meanwhile waits for the import rather than cut it short.
            self._thread = threading.Thread(target=self._load_libraries, name="page-preload")
            self._thread.start()

    def _libraries_loading(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _load_libraries(self) -> None:
        """On the thread: imports only, nothing of Qt."""
        for name in self._libraries:
            try:
                importlib.import_module(name)
            except Exception:  # the page that needs it reports it when shown
                log.warning("library %s could not be loaded ahead", name, exc_info=True)
                return

    def _next(self) -> str | None:
        """The next module to import, or None (all done, or waiting for the thread)."""
        while True:
            while self._waiting and self._waiting[0] in sys.modules:  # a page got there first
                self._waiting.popleft()
            if self._waiting:
                return self._waiting.popleft()
            if not self._after_libraries or self._libraries_loading():
                return None
            self._waiting.extend(self._after_libraries)
            self._after_libraries = []

    def _load_next(self) -> None:
        if not self._begun:
            self._begun = True
            self._start_libraries()
            self._timer.setInterval(0)  # input and paints queued meanwhile go first
        name = self._next()
        if name is not None:
            try:
                importlib.import_module(name)
            except Exception:  # the page reports it when shown; code only, no personal data
                log.warning("page code %s could not be loaded ahead", name, exc_info=True)
                self._waiting.clear()
                self._after_libraries = []
        elif self._catalogs:
            language = self._catalogs.popleft()
            try:
                translations(language)  # kept for the process, as when first used
            except Exception:  # the text that needs it reports it the usual way
                log.warning("catalog %s could not be loaded ahead", language, exc_info=True)
        if self.done:
            self._timer.stop()
        elif not self._waiting:  # only the thread's libraries left: look again now and then
            self._timer.setInterval(LIBRARY_WAIT_MS)
