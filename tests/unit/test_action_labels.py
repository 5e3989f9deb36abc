"""Every action the audit trail records reads as words on the History page, in both languages."""

from __future__ import annotations

import re
from pathlib import Path

from mentorat_desktop.i18n import set_language
from mentorat_desktop.services.privacy.action_labels import (
    LABELS,
    action_label,
    readable_summary,
)

SOURCE = Path(__file__).resolve().parents[2] / "mentorat_desktop"
# Codes as the services write them: "pairing.confirm", "session.add", "activity_planned"...
CODE = re.compile(
    r"\"((?:pairing|session|participation|cohort|privacy|incident|demo)\.[a-z_]+|areas\.save"
    r"|activity_(?:attendance|attendance_cleared|cancelled|changed|deleted|planned|"
    r"request_deleted|requested|restored)|answers_import|questionnaire_edit|"
    r"questionnaires_installed|response_deleted|response_recorded|import)\""
)


def test_every_recorded_action_has_a_label() -> None:
    written = {
        code
        for path in (SOURCE / "services").rglob("*.py")
        for code in CODE.findall(path.read_text(encoding="utf-8"))
    }
    assert "pairing.confirm" in written and "participation.register" in written
    assert written - set(LABELS) == set()


def test_labels_and_roles_read_in_the_reader_s_language() -> None:
    assert action_label("pairing.confirm") == "Duo confirmé"
    assert readable_summary("Claire Roy (mentee)") == "Claire Roy (mentoré)"
    assert action_label("later.version") == "later.version"
    try:
        set_language("en")
        assert action_label("pairing.confirm") == "Pair confirmed"
        assert readable_summary("Claire Roy (mentee)") == "Claire Roy (mentee)"
    finally:
        set_language("fr")
