"""The stored library: its files and repair, the search index, queries, hits, where else and
precedents; one interface (``api``) and two back-ends, chosen by ``connect``: the embedded one
(``store``, ``index``: SQLite) and a team server (``server``: PostgreSQL); ``moving`` exports
and imports a library.

The top part of the engine: it may import ``text``, ``formulas`` and ``compare``; nothing imports
it but the application.
"""
