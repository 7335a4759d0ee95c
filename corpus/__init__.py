"""Vis-à-vis text engine: documents, normalisation, clauses, formulas (no Qt)."""
