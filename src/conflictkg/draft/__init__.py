"""Drafting: from a new Arabic report to an encoding an analyst only has to review
(`conflictkg new-report`, `conflictkg draft`): gazetteer names, times and the words that
state facts, found by rules and dictionaries of this package (offline, deterministic)."""
