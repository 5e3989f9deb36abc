"""At opening: the committee member's name is asked once; an altered trail is announced."""

from __future__ import annotations

import sqlite3
from datetime import date

from mentorat_desktop.preferences import Preferences
from mentorat_desktop.services import audit
from mentorat_desktop.services.cohorts import CohortForm, create_cohort
from mentorat_desktop.views.dialogs.trail_notice import (
    ask_committee_member,
    warn_if_trail_altered,
)


def test_name_is_asked_at_first_start_then_kept(qtbot):
    preferences = Preferences()
    asked: list[str] = []

    def ask(*args):
        asked.append(args[1])
        return "Line Roy", True

    ask_committee_member(None, preferences, ask)
    assert preferences.committee_member == "Line Roy"
    assert Preferences.load().committee_member == "Line Roy"
    assert audit.who() == "Line Roy"
    ask_committee_member(None, preferences, ask)
    assert len(asked) == 1
    audit.set_default_actor("")


def test_altered_trail_is_announced_in_words(qtbot, db):
    create_cohort(db, CohortForm("2026-2027", date(2026, 9, 1), date(2027, 6, 30)))
    shown: list[str] = []
    assert warn_if_trail_altered(None, db, lambda *a: shown.append(a[2])) == ""
    assert shown == []
    connection = sqlite3.connect(db.path)
    with connection:
        connection.execute("UPDATE audit_entries SET summary = 'autre' WHERE id = 1")
    connection.close()
    warning = warn_if_trail_altered(None, db, lambda *a: shown.append(a[2]))
    assert "no\u00a01" in warning or "no 1" in warning
    assert shown and "responsable" in shown[0]


def test_the_name_question_reads_in_a_few_lines_not_one_screen_wide(qtbot):
    """At first start the question wraps at a reading width instead of stretching the
    dialog across the screen."""
    from PySide6.QtWidgets import QLabel, QLineEdit

    from mentorat_desktop.views.dialogs.trail_notice import name_dialog

    question = "Votre nom, comme membre du comité : " + "il est consigné dans l'historique " * 4
    dialog = name_dialog(None, "Bienvenue", question, QLineEdit.EchoMode.Normal, "")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    [label] = [w for w in dialog.findChildren(QLabel) if w.text() == question]
    assert label.wordWrap()
    one_line = label.fontMetrics().horizontalAdvance(question)
    assert dialog.width() < one_line
    assert label.height() >= 2 * label.fontMetrics().height()
