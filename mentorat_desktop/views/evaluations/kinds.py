"""How the two kinds of questionnaire are named on screen, with the phase they belong to."""

from __future__ import annotations

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.followup.phases import Phase, phase_title

_PHASES = {
    QuestionnaireKind.SELF_REFLECTION: Phase.SELF_REFLECTION,
    QuestionnaireKind.EVALUATION: Phase.EVALUATION,
}


def kind_label(kind: QuestionnaireKind) -> str:
    """ "Self-reflection (phase 1)", "Evaluation (phase 10)"."""
    phase = _PHASES[kind]
    return _("{title} (phase {n})").format(title=phase_title(phase), n=int(phase))


def kind_choices() -> list[tuple[str, str]]:
    """(code, label) for a combo box, self-reflection first, as the program runs."""
    return [(kind.value, kind_label(kind)) for kind in QuestionnaireKind]
