"""Pages of the main window built on first show and loaded only when seen.

The window keeps a list of ``PageSpec`` (title, how to build the page, how to bring it up to
date); a page is built the first time it is shown or asked for, and loads its program year
then. An edit elsewhere marks the pages it affects as stale: the page on screen reloads at
once, a hidden one when it is next shown. So a start-up or a year switch costs one page, and
no page ever shows what the file no longer holds: each page remembers only which year it
loaded and whether something changed since, never data of its own.

To add a page: append a ``PageSpec`` to ``MainWindow.page_specs()`` (its index is its place
in that list) and, if the rest of the window uses it, a ``PageAttribute`` on the class.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from mentorat_desktop.i18n import _

if TYPE_CHECKING:
    from mentorat_desktop.services.cohorts import CohortSummary

Page = TypeVar("Page", bound=QWidget)


def load_year(page: Any, cohort: CohortSummary | None) -> None:
    page.set_cohort(cohort)


def reload_page(page: Any, cohort: CohortSummary | None) -> None:
    page.reload()


@dataclass(frozen=True)
class PageSpec:
    """One page of the navigation.

    ``name`` is the title's message id; ``build`` makes the page (wiring its signals to the
    window); ``load`` shows a program year on it (``None``: no year yet); ``reload`` brings
    it up to date after an edit made elsewhere, keeping its selection where the page can.
    """

    name: str  # the title's message id (N_): shown translated, found in either language
    build: Callable[[], QWidget]
    load: Callable[[Any, CohortSummary | None], None] = load_year
    reload: Callable[[Any, CohortSummary | None], None] = reload_page

    @property
    def title(self) -> str:
        return _(self.name)


_NOT_LOADED = object()


@dataclass
class PageSlots:
    """Which pages exist, which year each one loaded, and which are stale."""

    count: int
    pages: list[QWidget | None] = field(init=False)
    loaded_for: list[object] = field(init=False)
    stale: list[bool] = field(init=False)

    def __post_init__(self) -> None:
        self.pages = [None] * self.count
        self.loaded_for = [_NOT_LOADED] * self.count
        self.stale = [False] * self.count

    def needs(self, index: int, year: object) -> str | None:
        """ "load", "reload" or None: what page ``index`` needs to show ``year`` as it is."""
        if self.loaded_for[index] != year:
            return "load"
        return "reload" if self.stale[index] else None

    def loaded(self, index: int, year: object) -> None:
        self.loaded_for[index] = year
        self.stale[index] = False


class PageAttribute(Generic[Page]):
    """``window.pairs`` and the like: the page, built and up to date when asked for."""

    def __init__(self, index: int) -> None:
        self.index = index

    def __get__(self, window: Any, _owner: type | None = None) -> Page:
        return window.page(self.index)
