"""The library kept on this computer: SQLite (with its FTS5 index) in a data folder, with the
originals beside it; ``corpus/library/server/`` is the team's, on PostgreSQL. Both answer
``corpus.library.api.Library``."""
