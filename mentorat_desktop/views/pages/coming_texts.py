"""What each page not yet built will hold, in the words shown to the committee."""

from __future__ import annotations

from mentorat_desktop.i18n import _


def _items(intro: str, items: list[str]) -> str:
    return f"<p>{intro}</p><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def evaluations() -> str:
    return _items(
        _("This page will hold the questionnaires and the year-end evaluation:"),
        [
            _(
                "self-reflection (phase 1) and evaluation (phase 10) questionnaires that the "
                "committee can edit;"
            ),
            _("answers entered by hand or imported from the form service;"),
            _("the review of resources (phase 3) by each participant;"),
            _("the year-end evaluation summary for the chapter, with charts."),
        ],
    )
