"""The pages' code, loaded while the window waits for the user's first click.

Each page loads its modules the first time it is shown (start-up is a feature: nothing a page
needs comes before the window is ready). Loading them — executing the modules, making their
dataclasses and the Qt classes' Python enums — was a third to a half of a first show at ten
years of data. Once the window is ready, ``PagePreload`` imports them one module per turn of
the event loop, so a click or a key waits at most one module (a few milliseconds; numpy, which
the board's scores need, 40 to 70) and a page shown afterwards costs only its data.

Only code is loaded: nothing is read from the file and nothing is kept that the file could
contradict later. A module that fails to load is left to its page, which reports it to the
user the usual way when shown.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections import deque
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer

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
    # Matching: the board's scores need numpy (the suggestions' scipy waits for them)
    "numpy",
    "mentorat_desktop.views.board.board_controller",
    "mentorat_desktop.views.board.card_list",
    "mentorat_desktop.views.pages.matching_page",
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


class PagePreload(QObject):
    """Imports ``modules`` one per event-loop turn once started; stops with its parent."""

    def __init__(self, parent: QObject, modules: Iterable[str] = PAGE_MODULES) -> None:
        super().__init__(parent)
        self._waiting = deque(modules)
        self._timer = QTimer(self)
        self._timer.setInterval(0)  # input and paints queued meanwhile go first
        self._timer.timeout.connect(self._load_next)

    @property
    def done(self) -> bool:
        return not self._waiting

    def start(self) -> None:
        if self._waiting:
            self._timer.start()

    def _load_next(self) -> None:
        while self._waiting and self._waiting[0] in sys.modules:  # a page got there first
            self._waiting.popleft()
        if not self._waiting:
            self._timer.stop()
            return
        name = self._waiting.popleft()
        try:
            importlib.import_module(name)
        except Exception:  # the page reports it when shown; code only, no personal data
            log.warning("page code %s could not be loaded ahead", name, exc_info=True)
            self._waiting.clear()
        if not self._waiting:
            self._timer.stop()
