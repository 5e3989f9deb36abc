"""Errors that carry a message meant for the user, already in the user's language."""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """Something the user can understand and act on; never shown with a traceback."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldError:
    """One problem with one field of a form; ``field`` names the form attribute."""

    field: str
    message: str


class ValidationFailed(UserError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("\n".join(e.message for e in errors))
        self.errors = errors


class DatabaseRefused(UserError):
    """The file cannot be opened as a Mentorat database; it was left untouched."""


class NotFound(UserError):
    pass
