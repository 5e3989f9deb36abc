"""One person of a pair on the pair page: how to reach them, and their hours and credits."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _, format_number
from mentorat_desktop.services.followup.credits import PersonHours
from mentorat_desktop.services.followup.pair_detail import PairPerson
from mentorat_desktop.services.labels import label
from mentorat_desktop.views.widgets.wrapped_label import WrappedLabel


def hours_text(hours: PersonHours | None) -> str:
    """ "12.5 hours this year; 12.5 credits" – credits only for certified members."""
    if hours is None:
        return ""
    text = _("{hours} hours logged this program year").format(hours=format_number(hours.hours))
    if hours.credits is not None:
        text += " · " + _("{credits} certification credits").format(
            credits=format_number(hours.credits)
        )
    return text


class PersonBox(QGroupBox):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.body = WrappedLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        self.body.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)

    def set_person(self, person: PairPerson, hours: PersonHours | None) -> None:
        lines = [
            f"<b>{escape(person.full_name)}</b>",
            escape(", ".join(p for p in (person.job_title, person.organisation) if p)),
            # E-mail and phone on lines of their own: side by side, the number broke in two.
            escape(person.email),
            escape(person.phone or ""),
            _("Preferred language: {language}").format(language=label(person.language))
            + (" · " + _("certified member") if person.is_certified else ""),
            escape(hours_text(hours)),
        ]
        self.body.setText("<br>".join(line for line in lines if line))
        self.setAccessibleDescription(self.body.text())
