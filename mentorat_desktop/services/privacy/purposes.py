"""The purposes of collection and the privacy officer, as the committee states them.

Set once in the preferences; printed in the registration wizard and a person's file, and
copied into each registration at the moment it is recorded, so the file keeps what each
person consented to even after the committee rewords it.
"""

from __future__ import annotations

from dataclasses import dataclass

from mentorat_desktop.i18n import N_, _

# The committee's usual wording, used until the preferences say otherwise.
DEFAULT_PURPOSES = N_(
    "Purpose of collection: the mentoring committee uses this information only to "
    "pair mentors and mentees, follow the relationships during the program year and "
    "evaluate the program. It is kept on the committee's computer, shared with no "
    "one outside the committee, and destroyed or anonymised when no longer needed."
)


@dataclass(frozen=True)
class PrivacyStatement:
    officer: str
    purposes: str


def privacy_statement() -> PrivacyStatement:
    from mentorat_desktop.preferences import Preferences

    preferences = Preferences.load()
    return PrivacyStatement(
        preferences.privacy_officer.strip(), preferences.purposes.strip() or _(DEFAULT_PURPOSES)
    )


def statement_text(statement: PrivacyStatement) -> str:
    """The purposes, then who to ask about personal information, for a form or a file."""
    if not statement.officer:
        return statement.purposes
    return "\n\n".join(
        [
            statement.purposes,
            _("Person in charge of personal information: {officer}").format(
                officer=statement.officer
            ),
        ]
    )
