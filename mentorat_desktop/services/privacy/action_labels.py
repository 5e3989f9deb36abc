"""The audit trail's actions in words, for the History page and `mentorat audit`.

The trail stores a stable code per action ("pairing.confirm") so that filters and the chain
never depend on a language; people read the label in their own. A code without a label (one
written by a later version) is shown as it is.
"""

from __future__ import annotations

import re

from mentorat_desktop.i18n import N_, _

LABELS: dict[str, str] = {
    "activity_attendance": N_("Activity attendance recorded"),
    "activity_attendance_cleared": N_("Activity attendance cleared"),
    "activity_cancelled": N_("Activity cancelled"),
    "activity_changed": N_("Activity changed"),
    "activity_deleted": N_("Activity deleted"),
    "activity_planned": N_("Activity planned"),
    "activity_request_deleted": N_("Activity request deleted"),
    "activity_requested": N_("Activity requested"),
    "activity_restored": N_("Activity restored"),
    "answers_import": N_("Answers imported"),
    "areas.save": N_("Areas of expertise saved"),
    "cohort.create": N_("Program year created"),
    "cohort.matching_criteria": N_("Matching criteria changed"),
    "cohort.retention": N_("Retention date changed"),
    "cohort.update": N_("Program year settings changed"),
    "demo.write": N_("Demonstration written"),
    "import": N_("Registrations imported"),
    "incident.correct": N_("Incident corrected"),
    "incident.record": N_("Incident recorded"),
    "pairing.confirm": N_("Pair confirmed"),
    "pairing.discard": N_("Suggestion discarded"),
    "pairing.draft": N_("Pair drafted"),
    "pairing.draft_removed": N_("Draft pair removed"),
    "pairing.end": N_("Relationship ended"),
    "pairing.first_contact": N_("First contact recorded"),
    "pairing.first_meeting": N_("First formal meeting recorded"),
    "pairing.kept": N_("Suggestion kept"),
    "pairing.redo": N_("Pair step redone"),
    "pairing.reopen": N_("Relationship reopened"),
    "pairing.shared_understanding": N_("Shared understanding recorded"),
    "pairing.unconfirm": N_("Pair confirmation undone"),
    "pairing.undo": N_("Pair step undone"),
    "pairing.unkept": N_("Suggestion no longer kept"),
    "participation.cancel": N_("Registration cancelled"),
    "participation.register": N_("Registration"),
    "participation.reinstate": N_("Participant reinstated"),
    "participation.update": N_("Registration corrected"),
    "participation.withdraw": N_("Participant withdrawn"),
    "privacy.anonymise_year": N_("Program year anonymised"),
    "privacy.erase_person": N_("Person erased"),
    "questionnaire_edit": N_("Questionnaire changed"),
    "questionnaires_installed": N_("Questionnaires installed"),
    "response_deleted": N_("Answers deleted"),
    "response_recorded": N_("Answers recorded"),
    "session.add": N_("Session logged"),
    "session.delete": N_("Session deleted"),
    "session.update": N_("Session corrected"),
}

_ROLES = {"mentor": N_("mentor"), "mentee": N_("mentee")}
# A registration's summary ends with its role's code: "Claire Roy (mentee)".
_ROLE_AT_END = re.compile(r" \((mentor|mentee)\)$")


def action_label(code: str) -> str:
    label = LABELS.get(code)
    return _(label) if label else code


def readable_summary(summary: str) -> str:
    """The summary with a role's code said in the reader's language."""
    return _ROLE_AT_END.sub(lambda m: f" ({_(_ROLES[m.group(1)])})", summary)
