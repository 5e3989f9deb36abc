"""Phase 2 in bulk: registrations from the form service's CSV or Excel exports.

Reading (``reader``), matching columns to fields (``columns``, ``mapping_memory``), turning
cells into answers (``cells``), checking every row before anything is written (``preview``)
and writing all accepted rows in one transaction (``apply``).
"""
