"""conflict-kg: a provenance-rich knowledge graph of armed conflict, built from news reports."""

__version__ = "0.1.0"
