"""Phase 4, matching: scores that explain themselves, the rules, the solver and the board."""
