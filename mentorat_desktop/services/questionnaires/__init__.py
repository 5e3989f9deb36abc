"""Questionnaires of phases 1 and 10: the shipped defaults, the committee's versioned edits,
and the answers the committee enters or imports for each participant.

Modules: ``shapes`` (plain data the views receive), ``defaults`` (shipped questionnaires),
``catalog`` (reading), ``editing`` (versioned changes), ``answers`` (one person's response),
``respondents`` (who is expected to answer, and who did).
"""
