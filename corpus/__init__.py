"""Vis-à-vis's engine, free of Qt: ``text`` (one document) ← ``formulas`` ← ``compare`` (two
documents) ← ``library`` (stored documents and their search); at this root, what they all share:
the value types (``model``), errors, defaults and the atomic file writer."""
