"""Phase 3: the resource library (texts to read and print) and who has reviewed it."""
