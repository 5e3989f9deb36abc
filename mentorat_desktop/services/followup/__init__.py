"""Phases 5 to 9: following every pair from the assignment to the end of the relationship."""
