"""The team library on a PostgreSQL server (psycopg 3): the same interface as the embedded one.

* ``schema``: the tables, a schema version and the migrations applied at connection;
* ``tsearch``: the ``tsvector`` columns and ``tsquery`` expressions that narrow a search;
* ``connection``: one connection, its transactions, and what a lost connection becomes;
* ``index``: searching, listing and the analyst's decisions (``corpus.library.api.LibraryIndex``);
* ``library``: imports, metadata, removal, export (``corpus.library.api.Library``).
"""
