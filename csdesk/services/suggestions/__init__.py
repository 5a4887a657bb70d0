"""Suggestions (合理化建议): kept, decided, rewarded on the appraisal."""
