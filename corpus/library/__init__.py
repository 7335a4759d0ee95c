"""The stored library: its files and repair, the search index, queries, hits, where else and
precedents.

The top part of the engine: it may import ``text``, ``formulas`` and ``compare``; nothing imports
it but the application.
"""
