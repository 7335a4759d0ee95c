"""The search index: SQLite FTS5 narrows the documents, each document's view gives exact offsets.

One SQLite file (or memory) holds, per document, its metadata, its raw text, its search view
(``corpus.library.searchview``) with the compact map back to raw offsets, and its formula hits; a
contentless FTS5 table (``unicode61 remove_diacritics 2``, standard library ``sqlite3``) indexes
three columns: the view (``folded``), the stems of its words (``stems``, for the stemmed mode),
and the words cut by a line-end hyphen written whole (``joins``). A search asks FTS5 for the
candidate documents, then runs the query over each candidate's view
(``corpus.library.query.locate``) and maps every occurrence back, so ``raw[hit.start:hit.end]`` is
the occurrence as printed.

The index is used from one thread at a time (a lock serialises its public methods), so a
controller may query it from a worker thread while the window lists documents.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import Stemmer

from corpus.errors import LibraryError, QueryError, Reason
from corpus.formulas.catalogue import Catalogue
from corpus.library import searching
from corpus.library.fts_row import fts_row, positions_agree
from corpus.library.hits import (
    ROWIDS_PER_DATE,
    DocumentHits,
    Filters,
    Hit,
    SearchResult,
    date_key,
    rowid_for,
)
from corpus.library.metacolumns import join_parties, meta_columns, meta_of, split_parties
from corpus.library.prepared import PreparedDocument, fts_columns, paragraph_breaks, prepare
from corpus.library.query import Query, QueryKind, fts_expression
from corpus.library.searching import CandidateRow, CountRow, GroupCount
from corpus.library.searchview import pack_view, unpack_view
from corpus.model import Document, DocumentMeta

if TYPE_CHECKING:  # numpy is loaded by a timeline only: a plain search starts without it
    import numpy as np
    import numpy.typing as npt

    from corpus.library.position_counts import PositionCounts

__all__ = [
    "DocumentHits",
    "Filters",
    "Hit",
    "PreparedDocument",
    "SearchIndex",
    "SearchResult",
    "prepare",
]

SCHEMA_VERSION = "1"
#: The FTS rows depend on the stemmer: another version means re-indexing the stems.
INDEX_VERSION = f"{SCHEMA_VERSION}/pystemmer-{Stemmer.version()}"
#: How the FTS rows are written (``corpus.library.fts_row``): "2" since paragraph breaks are
#: tokens, so that positions count occurrences exactly. A library written before is re-indexed
#: when opened for writing; read-only, its positions are not used for counting.
FTS_ROWS = "2"
#: The documents whose occurrences positions cannot count (``view_counted``) depend on the
#: SQLite that tokenizes: they are listed again under another version.
VIEW_COUNTED = f"sqlite-{sqlite3.sqlite_version}"
#: How a document's paragraph breaks are kept (``paragraph_breaks``: where the ``folded``
#: column's paragraph tokens stand, ``corpus.library.prepared.paragraph_breaks``): a library
#: written before has them found from its views when opened for writing.
PARAGRAPH_BREAKS = "1"
#: How FTS5 cuts the rows into words (the index's table, and the temporary table of the
#: documents counted from their views, alike).
TOKENIZER = "unicode61 remove_diacritics 2"
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY, key TEXT UNIQUE NOT NULL, path TEXT NOT NULL,
    stamp TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', date TEXT NOT NULL DEFAULT '',
    parties TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', place TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '', source TEXT NOT NULL DEFAULT '',
    origins TEXT NOT NULL DEFAULT '',
    raw TEXT NOT NULL, view TEXT NOT NULL, offsets BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_date ON documents(date, id);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE INDEX IF NOT EXISTS documents_listing ON documents(language, parties, date, key);
CREATE TABLE IF NOT EXISTS formulas (
    doc INTEGER NOT NULL, family TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS formulas_family ON formulas(family, doc);
CREATE INDEX IF NOT EXISTS formulas_doc ON formulas(doc);
CREATE TABLE IF NOT EXISTS view_counted (doc INTEGER PRIMARY KEY);
CREATE TABLE IF NOT EXISTS paragraph_breaks (doc INTEGER PRIMARY KEY, positions BLOB NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS texts USING fts5(
    folded, stems, joins, content = '', tokenize = '{TOKENIZER}'
);
"""
_T = TypeVar("_T")
#: A row of the FTS table: the row id, then the columns (the view, its stems, its joined words).
_FtsRow = tuple[int, str, str, str]
#: What a timeline groups a document by: its key, date, parties and language.
_Listed = tuple[str, str, tuple[str, ...], str]
#: A timeline's group: year (empty: undated), parties, language.
_Group = tuple[str, tuple[str, ...], str]


def _fts_row_of(view: str, language: str) -> tuple[str, str, str]:
    """The FTS5 columns of a stored view (``corpus.library.fts_row``), its stems made for
    ``language``: a row is deleted, or copied, with the values it was written with."""
    return fts_row(*fts_columns(view, language))


@dataclass(frozen=True, slots=True, eq=False)
class _Grouping:
    """Every document's timeline group, as arrays: ``ids`` ascending, ``codes[i]`` the index
    in ``groups`` (ascending too) of the group of ``ids[i]``."""

    ids: npt.NDArray[np.int64]
    codes: npt.NDArray[np.intp]
    groups: tuple[_Group, ...]


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """``path`` opened for reading only; where SQLite cannot make its shared-memory file (a
    read-only disk), as an immutable file (its WAL, if a crash left one, then unread)."""
    uri = path.resolve().as_uri()
    try:
        connection = sqlite3.connect(
            f"{uri}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
        )
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError:
        return sqlite3.connect(
            f"{uri}?mode=ro&immutable=1", uri=True, check_same_thread=False, isolation_level=None
        )


class SearchIndex:
    """An FTS5 index of documents in a SQLite file (WAL) or in memory.

    Raises:
        LibraryError: the file is not a usable database (see ``corpus.library.embedded.store`` for
        recovery).
    """

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        """Open (or make) the index in ``path`` (in memory when ``None``); ``read_only``: an
        existing file, read as it is (a data folder on a read-only disk), never written."""
        self.path = path
        self.read_only = read_only and path is not None
        self._lock = threading.RLock()
        #: Commits made through this connection (SQLite's data_version counts the others').
        self._commits = 0
        self._listing: tuple[tuple[int, int], dict[int, _Listed]] | None = None
        self._grouping: tuple[tuple[int, int], _Grouping] | None = None
        self._listed_state: tuple[int, int] | None = None
        # A second connection, for reading a phrase's positions on the second core
        # (:meth:`position_counts`); opened when first wanted.
        self._spare: sqlite3.Connection | None = None
        try:
            if self.read_only and path is not None:
                self._db = _read_only_connection(path)
                self._check_version()
                self._positions_count = self._fts_rows_current()
                return
            # Used from one thread at a time (self._lock), not always the one that opened it.
            self._db = sqlite3.connect(
                str(path) if path else ":memory:", check_same_thread=False, isolation_level=None
            )
            # A new file gives back the pages it frees (see :meth:`compact`); an older one keeps
            # its setting (it can only change on an empty file).
            self._db.execute("PRAGMA auto_vacuum=INCREMENTAL")
            if path is not None:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
            self._add_origins_column()
            self._check_version()
            self._check_fts_rows()
            self._positions_count = True
        except sqlite3.DatabaseError as exc:
            raise LibraryError(Reason.INDEX_NOT_OPENED, path, cause=exc) from exc

    def close(self) -> None:
        with self._lock:
            self._db.close()
            if self._spare is not None:
                self._spare.close()
                self._spare = None

    def _spare_reader(self) -> sqlite3.Connection | None:
        """The second connection (:attr:`_spare`), read-only; ``None`` for an index in memory,
        or where it cannot be opened (positions are then read on one connection)."""
        if self._spare is None and self.path is not None:
            with contextlib.suppress(sqlite3.Error):
                self._spare = _read_only_connection(Path(self.path))
        return self._spare

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (nested calls join the outer one)."""
        with self._lock:
            if self._db.in_transaction:
                yield self._db
                return
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")
                self._commits += 1
            except BaseException:
                # SQLite may have rolled back already (a full disk): a second ROLLBACK would
                # hide the reason under "no transaction is active".
                if self._db.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        self._db.execute("ROLLBACK")
                raise

    def compact(self) -> None:
        """Give the file's free pages back to the disk (after a large update: FTS5 merges its
        segments as documents come in, and the pages the merged ones held stay free, about a
        tenth of a new index). Nothing for a file made before auto-vacuum was set."""
        with self._lock:
            # executescript steps the pragma to its end (execute frees one page per call).
            self._db.executescript("PRAGMA incremental_vacuum;")

    def _read(self, work: Callable[[sqlite3.Connection], _T]) -> _T:
        with self._lock:
            try:
                return work(self._db)
            except sqlite3.DatabaseError as exc:
                raise LibraryError(Reason.INDEX_NOT_READ, cause=exc) from exc

    def check(self, thorough: bool = True) -> str | None:
        """Look for damage.

        Args:
            thorough: SQLite's ``quick_check`` and FTS5's integrity check, which read the whole
                file (about 2.5 s per 10,000 documents of 10 KB); else only the schema, the
                document table's index and one FTS5 query.

        Returns:
            ``None`` when sound, else what is wrong.
        """
        with self._lock:
            try:
                if not thorough:
                    self._db.execute("SELECT count(*) FROM documents").fetchone()
                    self._db.execute("SELECT rowid FROM texts WHERE texts MATCH 'a' LIMIT 1")
                    return None
                problems = [r[0] for r in self._db.execute("PRAGMA quick_check").fetchall()]
                if problems != ["ok"]:
                    return "; ".join(problems[:3])
                if not self.read_only:  # FTS5's check is an INSERT: SQLite asks to write
                    self._db.execute("INSERT INTO texts(texts, rank) VALUES ('integrity-check', 0)")
            except sqlite3.DatabaseError as exc:
                return str(exc)
        return None

    def _add_origins_column(self) -> None:
        """Give an index made before the metadata's origins were kept their column (empty:
        where its metadata came from was not recorded)."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(documents)")}
        if "origins" not in columns:
            self._db.execute("ALTER TABLE documents ADD COLUMN origins TEXT NOT NULL DEFAULT ''")

    def _check_version(self) -> None:
        row = self._db.execute("SELECT value FROM info WHERE key = 'index_version'").fetchone()
        if row is not None and row[0] == INDEX_VERSION:
            return
        if row is not None and not row[0].startswith(f"{SCHEMA_VERSION}/"):
            raise LibraryError(Reason.INDEX_OF_ANOTHER_VERSION, self.path, version=row[0])
        if self.read_only:
            raise LibraryError(Reason.INDEX_TO_REBUILD_READ_ONLY, self.path)
        self._rewrite_fts()

    def _check_fts_rows(self) -> None:
        """Re-index the FTS rows of a library written before :data:`FTS_ROWS`, and list again
        the documents to count from their views under another SQLite (read-only: count every
        document from its view instead)."""
        if self.read_only:
            return
        if self._info(self._db, "fts_rows") != FTS_ROWS:
            self._rewrite_fts()
        elif self._info(self._db, "view_counted") != VIEW_COUNTED:
            with self.transaction() as db:
                self._list_view_counted(db)
        if self._info(self._db, "paragraph_breaks") != PARAGRAPH_BREAKS:
            with self.transaction() as db:
                self._write_paragraph_breaks(db)

    @staticmethod
    def _write_paragraph_breaks(db: sqlite3.Connection) -> None:
        """Find every document's paragraph breaks again (views read one at a time)."""
        db.execute("DELETE FROM paragraph_breaks")
        rows = db.execute("SELECT id, view FROM documents")
        db.executemany(
            "INSERT INTO paragraph_breaks (doc, positions) VALUES (?, ?)",
            ((doc, paragraph_breaks(unpack_view(view))) for doc, view in rows),
        )
        db.execute(
            "INSERT OR REPLACE INTO info VALUES ('paragraph_breaks', ?)", (PARAGRAPH_BREAKS,)
        )

    def _fts_rows_current(self) -> bool:
        return (self._info(self._db, "fts_rows"), self._info(self._db, "view_counted")) == (
            FTS_ROWS,
            VIEW_COUNTED,
        )

    @staticmethod
    def _list_view_counted(db: sqlite3.Connection) -> None:
        """List again the documents to count from their views (views read one at a time)."""
        db.execute("DELETE FROM view_counted")
        rows = db.execute("SELECT id, view FROM documents")
        SearchIndex._write_view_counted(
            db, [doc for doc, view in rows if not positions_agree(unpack_view(view))]
        )

    @staticmethod
    def _write_view_counted(db: sqlite3.Connection, listed: list[int]) -> None:
        """List ``listed`` as the documents to count from their views, under this SQLite."""
        db.executemany("INSERT INTO view_counted (doc) VALUES (?)", ((doc,) for doc in listed))
        db.execute("INSERT OR REPLACE INTO info VALUES ('view_counted', ?)", (VIEW_COUNTED,))

    def _rewrite_fts(self) -> None:
        """Write every document's FTS row again (a new stemmer, or a new way of writing them)."""
        with self.transaction() as db:
            db.execute("INSERT INTO texts(texts) VALUES ('delete-all')")
            db.execute("DELETE FROM view_counted")
            rows = db.execute("SELECT id, view, language FROM documents ORDER BY id")
            listed = []  # each view is unpacked once, for its FTS row and its listing
            for doc, packed, language in rows:
                view = unpack_view(packed)
                db.execute(
                    "INSERT INTO texts (rowid, folded, stems, joins) VALUES (?, ?, ?, ?)",
                    (doc, *_fts_row_of(view, language)),
                )
                if not positions_agree(view):
                    listed.append(doc)
            self._write_view_counted(db, listed)
            db.execute("INSERT OR REPLACE INTO info VALUES ('index_version', ?)", (INDEX_VERSION,))
            db.execute("INSERT OR REPLACE INTO info VALUES ('fts_rows', ?)", (FTS_ROWS,))

    # -- writing ---------------------------------------------------------------------------

    def add(self, key: str, document: Document, catalogue: Catalogue, stamp: str = "") -> int:
        """Index ``document`` under ``key``, replacing an older version; returns its row id."""
        meta = document.meta
        return self.add_prepared(
            [prepare(key, document.path, document.raw, meta, catalogue, stamp)]
        )[0]

    def add_prepared(self, documents: Iterable[PreparedDocument]) -> list[int]:
        """Index prepared documents in one transaction; returns their row ids.

        The FTS rows of the documents are written last, in the order of their row ids: a row id
        lower than the one before makes FTS5 write out the terms it holds in memory as a new
        segment, and row ids follow the documents' dates, not the order they come in (a folder
        of 322 texts given in one call took 40 % less time to index, and 15 % less room).
        """
        ids = []
        pending: list[_FtsRow] = []  # FTS rows not yet written
        keys: set[str] = set()  # the documents they belong to
        with self.transaction() as db:
            sequence = int(self._info(db, "sequence") or 0)
            for doc in documents:
                if doc.key in keys:  # given twice: the first one's FTS row must be there first
                    self._write_fts(db, pending)
                    keys.clear()
                self._remove(db, doc.key)
                sequence += 1
                rowid = rowid_for(doc.meta.date, sequence)
                pending.append(self._insert(db, doc, rowid))
                keys.add(doc.key)
                ids.append(rowid)
            self._write_fts(db, pending)
            db.execute("INSERT OR REPLACE INTO info VALUES ('sequence', ?)", (str(sequence),))
        return ids

    @staticmethod
    def _write_fts(db: sqlite3.Connection, rows: list[_FtsRow]) -> None:
        """Write FTS rows (row id first) in the order of their row ids, and forget them."""
        rows.sort(key=lambda row: row[0])
        db.executemany("INSERT INTO texts (rowid, folded, stems, joins) VALUES (?, ?, ?, ?)", rows)
        rows.clear()

    def _insert(self, db: sqlite3.Connection, doc: PreparedDocument, rowid: int) -> _FtsRow:
        """Store a document's row and its formulas; returns its FTS row, to be written by
        :meth:`_write_fts`."""
        meta = doc.meta
        db.execute(
            "INSERT INTO documents (id, key, path, stamp, title, date, parties, kind, place,"
            " language, source, origins, raw, view, offsets)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                rowid,
                doc.key,
                doc.path,
                doc.stamp,
                *meta_columns(meta),
                doc.raw,
                pack_view(doc.view) if doc.packed_view is None else doc.packed_view,
                doc.offsets,
            ),
        )
        columns = fts_columns(doc.view, meta.language)[1:] if doc.columns is None else doc.columns
        if not positions_agree(doc.view):
            db.execute("INSERT INTO view_counted (doc) VALUES (?)", (rowid,))
        breaks = paragraph_breaks(doc.view) if doc.breaks is None else doc.breaks
        db.execute("INSERT INTO paragraph_breaks (doc, positions) VALUES (?, ?)", (rowid, breaks))
        db.executemany(
            "INSERT INTO formulas (doc, family, start, end) VALUES (?, ?, ?, ?)",
            [(rowid, *hit) for hit in doc.formulas],
        )
        return (rowid, *fts_row(doc.view, *columns))

    @staticmethod
    def _info(db: sqlite3.Connection, key: str) -> str | None:
        row = db.execute("SELECT value FROM info WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def remove(self, key: str) -> bool:
        """Forget the document indexed under ``key``; ``False`` if there was none."""
        with self.transaction() as db:
            return self._remove(db, key)

    def _remove(self, db: sqlite3.Connection, key: str) -> bool:
        row = db.execute(
            "SELECT id, view, language FROM documents WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return False
        doc, view, language = row
        # A contentless table forgets a row when given the values it indexed.
        db.execute(
            "INSERT INTO texts (texts, rowid, folded, stems, joins) VALUES ('delete', ?, ?, ?, ?)",
            (doc, *_fts_row_of(unpack_view(view), language)),
        )
        db.execute("DELETE FROM formulas WHERE doc = ?", (doc,))
        db.execute("DELETE FROM view_counted WHERE doc = ?", (doc,))
        db.execute("DELETE FROM paragraph_breaks WHERE doc = ?", (doc,))
        db.execute("DELETE FROM documents WHERE id = ?", (doc,))
        return True

    def set_meta(self, key: str, meta: DocumentMeta) -> None:
        """Replace a document's metadata (a new date or language re-indexes it).

        Raises:
            KeyError: no such document.
        """
        meta = replace(meta, language=meta.language or "fr")
        with self.transaction() as db:
            row = db.execute(
                "SELECT id, path, stamp, raw, view, offsets, language FROM documents WHERE key = ?",
                (key,),
            ).fetchone()
            if row is None:
                raise KeyError(key)
            rowid, path, stamp, raw, view, offsets, language = row
            if date_key(meta.date) == rowid // ROWIDS_PER_DATE and language == meta.language:
                db.execute(
                    "UPDATE documents SET title=?, date=?, parties=?, kind=?, place=?, source=?,"
                    " origins=? WHERE id=?",
                    (
                        meta.title,
                        meta.date,
                        join_parties(meta.parties),
                        meta.kind,
                        meta.place,
                        meta.source,
                        meta.origins.encode(),
                        rowid,
                    ),
                )
                return
            # The row id holds the date, and the stems depend on the language: index it again.
            formulas = tuple(
                db.execute(
                    "SELECT family, start, end FROM formulas WHERE doc = ?", (rowid,)
                ).fetchall()
            )
            prepared = PreparedDocument(
                key, path, stamp, meta, raw, unpack_view(view), offsets, formulas
            )
            self.add_prepared([prepared])

    def set_formulas(self, key: str, hits: Sequence[tuple[str, int, int]]) -> None:
        """Replace a document's formula hits (after the catalogue changed)."""
        with self.transaction() as db:
            (doc,) = db.execute("SELECT id FROM documents WHERE key = ?", (key,)).fetchone()
            db.execute("DELETE FROM formulas WHERE doc = ?", (doc,))
            db.executemany(
                "INSERT INTO formulas (doc, family, start, end) VALUES (?, ?, ?, ?)",
                [(doc, *hit) for hit in hits],
            )

    def fetch(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """Run a read-only statement on the index's database (for tables kept beside it)."""
        return self._read(lambda db: db.execute(sql, parameters).fetchall())

    def get_info(self, key: str) -> str | None:
        row = self._read(
            lambda db: db.execute("SELECT value FROM info WHERE key=?", (key,)).fetchone()
        )
        return None if row is None else str(row[0])

    def set_info(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO info VALUES (?, ?)", (key, value))

    # -- reading ---------------------------------------------------------------------------

    def stamps(self) -> dict[str, str]:
        """Each document's key and stamp (to tell what changed since it was indexed)."""
        return dict(
            self._read(lambda db: db.execute("SELECT key, stamp FROM documents").fetchall())
        )

    def document_keys(self) -> list[str]:
        return [
            k for (k,) in self._read(lambda db: db.execute("SELECT key FROM documents").fetchall())
        ]

    def __len__(self) -> int:
        return int(
            self._read(lambda db: db.execute("SELECT count(*) FROM documents").fetchone()[0])
        )

    def ensure_local(self, path: str) -> None:
        """Nothing to do: this library's texts are files of this computer already."""

    def meta_at(self, path: str) -> DocumentMeta | None:
        """The metadata of the document whose text is the file ``path`` (None if not indexed):
        what the user edited wins over what a file opened by path would say of itself."""
        row = self._read(
            lambda db: db.execute(
                "SELECT title, date, parties, kind, place, language, source, origins FROM documents"
                " WHERE path = ? ORDER BY id LIMIT 1",
                (path,),
            ).fetchone()
        )
        if row is None:
            return None
        return meta_of(row)

    def document(self, key: str) -> Document:
        """The indexed document (raw text and metadata) stored under ``key``.

        Raises:
            KeyError: no such document.
        """
        row = self._read(
            lambda db: db.execute(
                "SELECT path, raw, title, date, parties, kind, place, language, source, origins"
                " FROM documents WHERE key = ?",
                (key,),
            ).fetchone()
        )
        if row is None:
            raise KeyError(key)
        return Document(doc_id=key, path=row[0], raw=row[1], meta=meta_of(row[2:]))

    def metadata(self) -> list[tuple[str, str, DocumentMeta]]:
        """Every document's key, path and metadata, by date."""
        rows = self._read(
            lambda db: db.execute(
                "SELECT key, path, title, date, parties, kind, place, language, source, origins"
                " FROM documents ORDER BY date, id"
            ).fetchall()
        )
        return [(row[0], row[1], meta_of(row[2:])) for row in rows]

    def family_ids(self) -> set[str]:
        """The formula families with at least one hit."""
        rows = self._read(lambda db: db.execute("SELECT DISTINCT family FROM formulas").fetchall())
        return {f for (f,) in rows}

    def count(self, query: Query, filters: Filters = Filters()) -> int:  # noqa: B008
        """How many documents FTS5 finds for ``query`` (an upper bound of those with a hit)."""
        return searching.count(self, query, filters)

    def search(
        self,
        query: Query,
        filters: Filters = Filters(),  # noqa: B008
        *,
        limit_documents: int | None = None,
        newest_first: bool = False,
    ) -> SearchResult:
        """Every occurrence of ``query`` in the documents that pass ``filters``, by date; see
        :func:`corpus.library.searching.search`."""
        return searching.search(self, query, filters, limit_documents, newest_first)

    def year_counts(
        self,
        query: Query,
        filters: Filters = Filters(),  # noqa: B008
    ) -> tuple[searching.GroupCount, ...]:
        """A timeline's figures; see :func:`corpus.library.searching.year_counts`."""
        return searching.year_counts(self, query, filters)

    def document_counts(
        self,
        query: Query,
        filters: Filters = Filters(),  # noqa: B008
    ) -> tuple[searching.DocumentCount, ...]:
        """Each document with an occurrence and how many; see
        :func:`corpus.library.searching.document_counts`."""
        return searching.document_counts(self, query, filters)

    def similar_documents(self, stems: Sequence[str], exclude_path: str, limit: int) -> list[str]:
        """The keys of the documents FTS5 ranks best (bm25) for any of ``stems``, leaving out
        the one whose text is ``exclude_path``."""
        if not stems:
            return []
        expression = "stems : (" + " OR ".join(f'"{s}"' for s in stems) + ")"
        rows = self.fetch(
            "SELECT d.key FROM texts JOIN documents d ON d.id = texts.rowid WHERE texts MATCH ?"
            " AND d.path != ? ORDER BY bm25(texts) LIMIT ?",
            (expression, exclude_path, limit),
        )
        return [key for (key,) in rows]

    # -- narrowing a search (corpus.library.searching.Narrowing) -----------------------------

    def candidate_ids(
        self, query: Query, filters: Filters, newest_first: bool, limit: int | None
    ) -> list[int]:
        """The row ids FTS5 (or the formula table) finds, by date, up to ``limit``: row ids
        encode dates and FTS5 yields them in order, so the first documents by date come
        without reading the others."""
        sql, params = self._candidate_sql(query, filters)
        sql += " ORDER BY 1 DESC" if newest_first else " ORDER BY 1"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [doc for (doc,) in self._query(sql, params)]

    def count_candidates(self, query: Query, filters: Filters, relaxed: bool, cap: int) -> int:
        sql, params = self._candidate_sql(query, filters, relaxed)
        return int(self._query(f"SELECT count(*) FROM ({sql} LIMIT {int(cap)})", params)[0][0])

    def candidate_rows(self, ids: Sequence[int], with_view: bool) -> list[CandidateRow]:
        columns = "id, key, path, title, date, parties, language, raw"
        columns += ", view, offsets" if with_view else ""
        marks = ",".join("?" * len(ids))
        rows = self.fetch(f"SELECT {columns} FROM documents WHERE id IN ({marks})", ids)
        by_id = {row[0]: row for row in rows}
        return [
            CandidateRow(*row[:5], split_parties(row[5]), *row[6:])  # type: ignore[call-arg]
            for row in (by_id[i] for i in ids if i in by_id)
        ]

    def count_rows(self, ids: Sequence[int], with_view: bool) -> list[CountRow]:
        if not with_view:
            listing = self._read(self._listed)
            return [CountRow(i, *listing[i]) for i in ids if i in listing]
        marks = ",".join("?" * len(ids))
        rows = self.fetch(
            f"SELECT id, key, date, parties, language, view FROM documents WHERE id IN ({marks})",
            ids,
        )
        by_id = {row[0]: row for row in rows}
        return [
            CountRow(row[0], row[1], row[2], split_parties(row[3]), *row[4:])
            for row in (by_id[i] for i in ids if i in by_id)
        ]

    def position_counts(self, query: Query, filters: Filters) -> PositionCounts | None:
        """Each document's occurrences counted from FTS5's positions
        (``corpus.library.position_counts``), or ``None`` where they cannot tell."""
        from corpus.library.position_counts import countable, position_counts

        if not self._positions_count or not countable(query):
            return None

        def work(db: sqlite3.Connection) -> PositionCounts | None:
            if query.kind is not QueryKind.FAMILY:  # a family's hits are counted apart
                self._keep_listed_texts(db)
            where, values = filters.sql()
            allowed = None
            if where:
                rows = db.execute(f"SELECT id FROM documents d WHERE 1{where}", values)
                allowed = {doc for (doc,) in rows}
            return position_counts(db, query, filters, allowed, self._spare_reader())

        try:
            return self._read(work)
        except LibraryError as exc:
            if isinstance(exc.__cause__, sqlite3.OperationalError):
                raise QueryError(Reason.QUERY_CANNOT_BE_SEARCHED, cause=exc.__cause__) from exc
            raise

    def _listed(self, db: sqlite3.Connection) -> dict[int, _Listed]:
        """Every document's key, date, parties and language, by row id: read once, and again
        after a change (a count of 40,000 documents looked up one by one took longer than
        the count itself)."""
        return self._current_listing(db)[1]

    def _keep_listed_texts(self, db: sqlite3.Connection) -> None:
        """Make the temporary FTS5 table of the documents counted from their views
        (``corpus.library.position_counts.LISTED``) again if the library changed since."""
        from corpus.library.position_counts import LISTED

        state = self._state(db)
        if self._listed_state == state:
            return
        db.execute(f"DROP TABLE IF EXISTS temp.{LISTED}")
        db.execute(
            f"CREATE VIRTUAL TABLE temp.{LISTED} USING fts5("
            f" folded, stems, joins, tokenize = '{TOKENIZER}')"
        )
        rows = db.execute(
            "SELECT d.id, d.view, d.language FROM documents d JOIN view_counted v ON v.doc = d.id"
        ).fetchall()
        db.executemany(
            f"INSERT INTO temp.{LISTED} (rowid, folded, stems, joins) VALUES (?, ?, ?, ?)",
            ((doc, *_fts_row_of(unpack_view(view), language)) for doc, view, language in rows),
        )
        self._listed_state = state

    def _state(self, db: sqlite3.Connection) -> tuple[int, int]:
        """The library's state as this connection sees it: what the caches in memory were
        made from (SQLite's ``data_version`` counts the other connections' commits, and
        :attr:`_commits` this one's)."""
        (version,) = db.execute("PRAGMA data_version").fetchone()
        return int(version), self._commits

    def _current_listing(
        self, db: sqlite3.Connection
    ) -> tuple[tuple[int, int], dict[int, _Listed]]:
        """:meth:`_listed`, and the state of the library it was read in."""
        state = self._state(db)
        if self._listing is None or self._listing[0] != state:
            rows = db.execute("SELECT id, key, date, parties, language FROM documents")
            listing = {
                doc: (key, date, split_parties(parties), language)
                for doc, key, date, parties, language in rows
            }
            self._listing = (state, listing)
        return self._listing

    def count_groups(
        self, documents: npt.NDArray[np.int64], hits: npt.NDArray[np.int64]
    ) -> tuple[GroupCount, ...]:
        import numpy as np

        from corpus.library.sorted_ids import places_in

        grouping = self._read(self._groups)
        if not len(grouping.ids) or not len(documents):
            return ()
        at, present = places_in(grouping.ids, documents)  # a document removed since: left out
        codes = grouping.codes[at[present]]
        size = len(grouping.groups)
        held = np.bincount(codes, minlength=size)
        found = np.bincount(codes, weights=hits[present], minlength=size).astype(np.int64)
        chosen = np.flatnonzero(held)
        groups = grouping.groups
        return tuple(
            GroupCount(*groups[code], holding, occurrences)
            for code, holding, occurrences in zip(
                chosen.tolist(), held[chosen].tolist(), found[chosen].tolist(), strict=True
            )
        )

    def _groups(self, db: sqlite3.Connection) -> _Grouping:
        """Each document's timeline group (:meth:`count_groups`), made from :meth:`_listed`
        and kept as long as it."""
        import numpy as np

        state, listing = self._current_listing(db)
        if self._grouping is None or self._grouping[0] != state:
            ids = sorted(listing)
            of_id = [
                (date[:4] if date_key(date) else "", parties, language)
                for _key, date, parties, language in (listing[doc] for doc in ids)
            ]
            groups = tuple(sorted(set(of_id)))
            code_of = {group: code for code, group in enumerate(groups)}
            grouping = _Grouping(
                np.array(ids, dtype=np.int64),
                np.fromiter((code_of[g] for g in of_id), dtype=np.intp, count=len(of_id)),
                groups,
            )
            self._grouping = (state, grouping)
        return self._grouping[1]

    def formula_counts(self, ids: Sequence[int], family: str) -> dict[int, int]:
        marks = ",".join("?" * len(ids))
        rows = self.fetch(
            f"SELECT doc, count(*) FROM formulas WHERE family = ? AND doc IN ({marks})"
            " GROUP BY doc",
            [family, *ids],
        )
        return {int(doc): int(count) for doc, count in rows}

    def formula_spans(self, doc: int, family: str) -> list[tuple[int, int]]:
        rows = self.fetch(
            "SELECT start, end FROM formulas WHERE doc = ? AND family = ? ORDER BY start",
            (doc, family),
        )
        return [(int(start), int(end)) for start, end in rows]

    def _candidate_sql(
        self, query: Query, filters: Filters, relaxed: bool = False
    ) -> tuple[str, list[object]]:
        """A SELECT of the candidate row ids, and its parameters."""
        low, high = filters.rowid_range()
        where, values = filters.sql()
        if query.kind is QueryKind.FAMILY:
            join = " JOIN documents d ON d.id = t.doc" if where else ""
            sql = (
                f"SELECT DISTINCT t.doc FROM formulas t{join}"
                " WHERE t.family = ? AND t.doc BETWEEN ? AND ?" + where
            )
            return sql, [query.family, low, high, *values]
        join = " JOIN documents d ON d.id = t.rowid" if where else ""
        languages = (filters.language,) if filters.language else ("fr", "en")
        sql = (
            f"SELECT t.rowid FROM texts t{join} WHERE texts MATCH ? AND t.rowid BETWEEN ? AND ?"
            + where
        )
        return sql, [fts_expression(query, languages, relaxed=relaxed), low, high, *values]

    def _query(self, sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
        try:
            return self.fetch(sql, params)
        except LibraryError as exc:
            if isinstance(exc.__cause__, sqlite3.OperationalError):
                raise QueryError(Reason.QUERY_CANNOT_BE_SEARCHED, cause=exc.__cause__) from exc
            raise
