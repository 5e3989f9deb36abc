"""Small checks shared by every form, each returning a message in the user's language."""

from __future__ import annotations

import re

from mentorat_desktop.i18n import _

# Deliberately simple: one @, no spaces, a dot in the domain. The form service already
# checked deliverability; this catches typing mistakes.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


def normalise_email(value: str) -> str:
    return value.strip().lower()


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.match(value.strip()))


def required_message(label: str) -> str:
    return _("{field} is required.").format(field=label)


def too_long_message(label: str, limit: int) -> str:
    return _("{field} is too long (at most {limit} characters).").format(field=label, limit=limit)
