"""What every window and dialog needs: the open file, the clock and the user's preferences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mentorat_desktop.clock import Clock
    from mentorat_desktop.db import Database
    from mentorat_desktop.preferences import Preferences


@dataclass
class ViewContext:
    db: Database
    preferences: Preferences
    clock: Clock

    @property
    def actor(self) -> str:
        """The committee member named in the audit trail."""
        return self.preferences.committee_member
