"""Texts every document shares: who publishes it, the running header and footer.

Written in English and marked with ``N_``; each document translates them into its own
language at print time.
"""

from __future__ import annotations

from mentorat_desktop.i18n import N_

PROGRAM_NAME = N_("Mentoring Program – CCHL Quebec Chapter")
CHAPTER = N_("CCHL Quebec Chapter")
PROGRAM_YEAR = N_("Program year {year}")
PAGE_OF = N_("Page {page} of {pages}")
MENTOR = N_("Mentor")
MENTEE = N_("Mentee")
NAME = N_("Name")
DATE = N_("Date")
SIGNATURE = N_("Signature")
NOT_PROVIDED = N_("Not provided")
INITIALS = N_("Initials")
# A label beside one named person: the French prints the program's parenthesis form
# (« Mentoré(e) ») rather than a masculine that may not fit them. The English catalog
# holds the plain word ("Mentor") for these two messages.
MENTOR_PERSON = N_("Mentor (one person)")
MENTEE_PERSON = N_("Mentee (one person)")
