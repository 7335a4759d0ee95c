"""One document on its own: reading it, its normalised view, its lines, blocks and clauses, its
metadata.

The lowest part of the engine: it imports nothing of ``corpus`` but the shared value types, errors
and defaults at ``corpus``'s root. Formulas, comparison and the library build on it.
"""
