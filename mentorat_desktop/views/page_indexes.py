"""Where each page sits in the main window's navigation (and the window's attribute for it)."""

from __future__ import annotations

(
    DASHBOARD,
    PARTICIPANTS,
    RESOURCES,
    MATCHING,
    PAIRS,
    EVALUATIONS,
    DOCUMENTS,
    ACTIVITIES,
    PRIVACY,
) = range(9)
# The window's attribute for each page, in navigation order.
PAGE_NAMES = (
    "dashboard",
    "participants",
    "resources",
    "matching",
    "pairs",
    "evaluations",
    "documents",
    "activities",
    "privacy",
)
