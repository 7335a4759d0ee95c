"""Searching and listing a library server: ``corpus.library.api.LibraryIndex`` over PostgreSQL.

A search runs inside one repeatable-read transaction, so all its reads (candidates, then their
texts) see one state of the library even while another program imports. PostgreSQL proposes the
candidates (``tsearch.plan`` over the ``words``, ``joins`` and ``stems`` vectors and the passages,
through the RUM positions index where the server has one, or the formula hits for ``family:``),
by date (document ids encode dates, as in the embedded index);
``corpus.library.searching`` then finds the exact occurrences in each candidate's search view
with the same code as the embedded library, so hits and raw offsets are the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import psycopg

from corpus.library import searching
from corpus.library.hits import Filters, SearchResult
from corpus.library.metacolumns import meta_of, split_parties
from corpus.library.query import Query, QueryKind
from corpus.library.searching import CandidateRow, CountRow
from corpus.library.searchview import unpack_view
from corpus.library.server import tsearch
from corpus.library.server.connection import ServerConnection
from corpus.library.server.schema import PhraseIndex
from corpus.library.server.texts import TextCache
from corpus.model import Document, DocumentMeta

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from corpus.library.position_counts import PositionCounts

_T = TypeVar("_T")
_META = "title, date, parties, kind, place, language, meta_source, origins"


class ServerIndex:
    """The searchable side of a library server (reads only, on a connection of its own)."""

    def __init__(self, connection: ServerConnection, texts: TextCache) -> None:
        self._db = connection
        self.texts = texts
        #: How phrases are found (``schema.ensure_positions`` says, when the library opens).
        self.phrase_index = PhraseIndex.GIN

    def close(self) -> None:
        self._db.close()

    def run(self, work: Callable[[psycopg.Connection[Any]], _T]) -> _T:
        """Run reading ``work`` in one transaction of the index's connection."""
        return self._db.run(work, write=False)

    def read(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """The rows of one reading statement (``%s`` placeholders)."""
        return self._db.run(
            lambda db: db.execute(sql, parameters or None).fetchall(),
            write=False,
        )

    # -- listing and reading ----------------------------------------------------------------

    def __len__(self) -> int:
        return int(self.read("SELECT count(*) FROM documents")[0][0])

    def document_keys(self) -> list[str]:
        return [key for (key,) in self.read("SELECT key FROM documents")]

    def stamps(self) -> dict[str, str]:
        return dict(self.read("SELECT key, stamp FROM documents"))

    def get_info(self, key: str) -> str | None:
        rows = self.read("SELECT value FROM info WHERE key = %s", (key,))
        return str(rows[0][0]) if rows else None

    def family_ids(self) -> set[str]:
        return {family for (family,) in self.read("SELECT DISTINCT family FROM formulas")}

    def metadata(self) -> list[tuple[str, str, DocumentMeta]]:
        """Every document's key, local text path and metadata, by date (a text is copied to this
        computer when it is opened: :meth:`ensure_local`)."""
        rows = self.read(
            f"SELECT key, raw_sha, text_name, {_META} FROM documents ORDER BY date, id"
        )
        return [(k, self.texts.where(k, s, n), meta_of(meta)) for k, s, n, *meta in rows]

    def document(self, key: str) -> Document:
        """The document stored under ``key``, its text copied to this computer.

        Raises:
            KeyError: no such document.
        """
        rows = self.read(
            f"SELECT raw_sha, text_name, raw, {_META} FROM documents WHERE key = %s", (key,)
        )
        if not rows:
            raise KeyError(key)
        sha, name, raw, *meta = rows[0]
        return Document(key, self.texts.ensure(key, sha, name, raw), raw, meta_of(meta))

    def ensure_local(self, path: str) -> None:
        """Copy the text at ``path`` to this computer if it is one of the server's not copied
        yet (a listing names where texts go without fetching them)."""
        key = self.texts.key_at(path)
        if key is not None and not Path(path).is_file():
            self.document(key)

    def meta_at(self, path: str) -> DocumentMeta | None:
        """The metadata of the document whose local text is ``path`` (``None``: not ours)."""
        key = self.texts.key_at(path)
        if key is None:
            return None
        rows = self.read(f"SELECT {_META} FROM documents WHERE key = %s", (key,))
        return meta_of(rows[0]) if rows else None

    # -- searching ---------------------------------------------------------------------------

    def _searching(self, work: Callable[[_Narrowing], _T]) -> _T:
        """Run ``work`` on the server's candidates, all its reads in one snapshot."""
        return self._db.run(
            lambda db: work(_Narrowing(db, self.texts, self.phrase_index)),
            write=False,
            snapshot=True,
        )

    def count(self, query: Query, filters: Filters = Filters()) -> int:  # noqa: B008
        """How many documents the server proposes for ``query`` (an upper bound of those with
        an occurrence)."""
        return self._searching(lambda found: searching.count(found, query, filters))

    def search(
        self,
        query: Query,
        filters: Filters = Filters(),  # noqa: B008
        *,
        limit_documents: int | None = None,
        newest_first: bool = False,
    ) -> SearchResult:
        """Every occurrence of ``query``; see :func:`corpus.library.searching.search`."""
        return self._searching(
            lambda found: searching.search(found, query, filters, limit_documents, newest_first)
        )

    def year_counts(
        self,
        query: Query,
        filters: Filters = Filters(),  # noqa: B008
    ) -> tuple[searching.GroupCount, ...]:
        """A timeline's figures; see :func:`corpus.library.searching.year_counts`."""
        return self._searching(lambda found: searching.year_counts(found, query, filters))

    def document_counts(
        self,
        query: Query,
        filters: Filters = Filters(),  # noqa: B008
    ) -> tuple[searching.DocumentCount, ...]:
        """Each document with an occurrence and how many; see
        :func:`corpus.library.searching.document_counts`."""
        return self._searching(lambda found: searching.document_counts(found, query, filters))

    def similar_documents(self, stems: Sequence[str], exclude_path: str, limit: int) -> list[str]:
        """The keys of the documents ``ts_rank`` ranks best for any of ``stems``, leaving out
        the one whose text is ``exclude_path``."""
        if not stems:
            return []
        query = tsearch.any_of(stems)
        rows = self.read(
            "SELECT key FROM documents WHERE stems @@ %s::tsquery AND key <> %s"
            " ORDER BY ts_rank(stems, %s::tsquery) DESC, id LIMIT %s",
            (query, self.texts.key_at(exclude_path) or "", query, limit),
        )
        return [key for (key,) in rows]


class _Narrowing:
    """``corpus.library.searching.Narrowing`` inside one transaction of the server."""

    def __init__(self, db: psycopg.Connection[Any], texts: TextCache, phrases: PhraseIndex) -> None:
        self._db = db
        self._texts = texts
        self._phrases = phrases
        # How many documents hold the words of the phrase whose first documents were just
        # found (tsearch's first-documents plan counts them as it goes): the relaxed count.
        self._holding: tuple[Query, Filters, int] | None = None

    def _fetch(self, sql: str, parameters: Sequence[object]) -> list[tuple[Any, ...]]:
        return self._db.execute(sql, parameters).fetchall()

    def _select(
        self, query: Query, filters: Filters, relaxed: bool, order: str = "", first: bool = False
    ) -> tuple[str, list[object]]:
        """The candidates' ids (in ``order``: ``ORDER BY ...`` or nothing; ``first``: only the
        first ones are wanted), and the parameters."""
        if query.kind is not QueryKind.FAMILY:
            found = tsearch.plan(query, filters, relaxed, self._phrases, first=first)
            return tsearch.select(found, filters, order)
        low, high = filters.rowid_range()
        where, values = filters.sql()
        sql = (
            "SELECT DISTINCT f.doc FROM formulas f JOIN documents d ON d.id = f.doc"
            " WHERE f.family = %s AND f.doc BETWEEN %s AND %s" + where.replace("?", "%s")
        )
        return f"{sql} {order}", [query.family, low, high, *values]

    def candidate_ids(
        self, query: Query, filters: Filters, newest_first: bool, limit: int | None
    ) -> list[int]:
        order = "ORDER BY 1 DESC" if newest_first else "ORDER BY 1"
        sql, parameters = self._select(query, filters, False, order, limit is not None)
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._fetch(sql, parameters)
        if rows and len(rows[0]) == 2:
            self._holding = (query, filters, int(rows[0][1]))
        return [int(row[0]) for row in rows]

    def count_candidates(self, query: Query, filters: Filters, relaxed: bool, cap: int) -> int:
        if relaxed and self._holding is not None and self._holding[:2] == (query, filters):
            return min(self._holding[2], cap)
        sql, parameters = self._select(query, filters, relaxed)
        return int(
            self._fetch(f"SELECT count(*) FROM ({sql} LIMIT {int(cap)}) AS c", parameters)[0][0]
        )

    def candidate_rows(self, ids: Sequence[int], with_view: bool) -> list[CandidateRow]:
        """The candidates; their texts read from this computer's copies (fetched once), not
        sent again by the server at every search. A thread reads the copies while the views
        are unpacked (both mostly outside Python's lock: files and zlib)."""
        columns = "id, key, raw_sha, text_name, title, date, parties, language"
        columns += ", view, offsets" if with_view else ""
        rows = self._db.execute(
            f"SELECT {columns} FROM documents WHERE id = ANY(%s)",
            [list(ids)],
            binary=True,  # a view is sent as its bytes, not twice as many digits
        ).fetchall()
        with ThreadPoolExecutor(max_workers=1) as reader:
            copies = reader.submit(lambda: [self._texts.read(*row[1:4]) for row in rows])
            views = [
                (unpack_view(bytes(row[8])), bytes(row[9])) if with_view else () for row in rows
            ]
            texts = copies.result()
        gone = [row[1] for row, raw in zip(rows, texts, strict=True) if raw is None]
        fetched: dict[str, str] = {}
        if gone:  # never copied here, or altered since: the server's text is the truth
            for key, sha, name, raw in self._fetch(
                "SELECT key, raw_sha, text_name, raw FROM documents WHERE key = ANY(%s)", [gone]
            ):
                self._texts.replace(key, sha, name, raw)
                fetched[key] = raw
        by_id = {
            row[0]: (row[:8], raw, view) for row, raw, view in zip(rows, texts, views, strict=True)
        }
        found = []
        for doc in ids:
            if doc not in by_id:
                continue
            (_id, key, sha, name, title, date, parties, language), raw, view = by_id[doc]
            text = raw if raw is not None else fetched.get(key)
            if text is None:  # removed meanwhile
                continue
            found.append(
                CandidateRow(
                    doc,
                    key,
                    self._texts.where(key, sha, name),
                    title,
                    date,
                    split_parties(parties),
                    language,
                    text,
                    *view,
                )
            )
        return found

    def count_rows(self, ids: Sequence[int], with_view: bool) -> list[CountRow]:
        """The candidates as counting reads them: the server sends their views (small,
        compressed), and no text is fetched nor read from this computer's copies."""
        columns = "id, key, date, parties, language" + (", view" if with_view else "")
        rows = self._fetch(f"SELECT {columns} FROM documents WHERE id = ANY(%s)", [list(ids)])
        by_id = {row[0]: row for row in rows}
        return [
            CountRow(
                int(row[0]),
                row[1],
                row[2],
                split_parties(row[3]),
                row[4],
                *(bytes(v) for v in row[5:]),
            )
            for row in (by_id[i] for i in ids if i in by_id)
        ]

    def position_counts(self, query: Query, filters: Filters) -> PositionCounts | None:
        """None: the server's occurrences are counted from the candidates' views."""
        return None

    def count_groups(
        self, documents: npt.NDArray[np.int64], hits: npt.NDArray[np.int64]
    ) -> tuple[searching.GroupCount, ...]:
        return searching.groups_of_rows(self, documents, hits)

    def formula_counts(self, ids: Sequence[int], family: str) -> dict[int, int]:
        rows = self._fetch(
            "SELECT doc, count(*) FROM formulas WHERE family = %s AND doc = ANY(%s) GROUP BY doc",
            [family, list(ids)],
        )
        return {int(doc): int(count) for doc, count in rows}

    def formula_spans(self, doc: int, family: str) -> list[tuple[int, int]]:
        rows = self._fetch(
            'SELECT start, "end" FROM formulas WHERE doc = %s AND family = %s ORDER BY start',
            [doc, family],
        )
        return [(int(a), int(b)) for a, b in rows]

    def get_info(self, key: str) -> str | None:
        rows = self._fetch("SELECT value FROM info WHERE key = %s", [key])
        return str(rows[0][0]) if rows else None

    def family_ids(self) -> set[str]:
        return {family for (family,) in self._fetch("SELECT DISTINCT family FROM formulas", [])}
