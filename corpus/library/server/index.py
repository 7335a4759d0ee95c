"""Searching and listing a library server: ``corpus.library.api.LibraryIndex`` over PostgreSQL.

A search runs inside one repeatable-read transaction, so all its reads (candidates, then their
texts) see one state of the library even while another program imports. PostgreSQL proposes the
candidates (``tsearch.plan`` over the ``words``, ``joins`` and ``stems`` vectors and the passages,
through the RUM positions index where the server has one, or the formula hits for ``family:``),
by date (document ids encode dates, as in the embedded index);
``corpus.library.searching`` then finds the exact occurrences in each candidate's search view
with the same code as the embedded library, so hits and raw offsets are the same. The
candidates' texts, views and offset maps are read from this computer's search copies
(``corpus.library.server.searchcopies``), fetched from the server the first time only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import psycopg

from corpus.library import searching
from corpus.library.hits import MAX_ROWID, Filters, SearchResult
from corpus.library.metacolumns import meta_of, split_parties
from corpus.library.query import Query, QueryKind
from corpus.library.searching import COUNT_CAP, CandidateRow, CountRow
from corpus.library.server import tsearch
from corpus.library.server.connection import ServerConnection
from corpus.library.server.schema import PhraseIndex
from corpus.library.server.searchcopies import Copy, SearchCopies, Wanted
from corpus.library.server.texts import TextCache
from corpus.model import Document, DocumentMeta

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    from corpus.library.position_counts import PositionCounts

_T = TypeVar("_T")
#: Documents holding a phrase's content words whose passages are read at first (then twice as
#: many, and so on): "the Charter of the United Nations", in a fifth of the documents holding
#: its words, needs about 1,350 of them for a first page of 300 (``_Narrowing._by_windows``).
WINDOW_DOCUMENTS = 1_500
#: ... or this many times the documents wanted, if more.
WINDOW_PER_DOCUMENT = 5
_META = "title, date, parties, kind, place, language, meta_source, origins"


class ServerIndex:
    """The searchable side of a library server (reads only, on a connection of its own)."""

    def __init__(self, connection: ServerConnection, texts: TextCache) -> None:
        self._db = connection
        self.texts = texts
        #: What searches read of the documents, kept on this computer.
        self.copies = SearchCopies(texts.folder)
        #: How phrases are found (``schema.ensure_positions`` says, when the library opens).
        self.phrase_index = PhraseIndex.GIN

    def close(self) -> None:
        self._db.close()
        self.copies.close()

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
            lambda db: work(_Narrowing(db, self.texts, self.copies, self.phrase_index)),
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


def _order(newest_first: bool) -> str:
    """The ``ORDER BY`` of candidates by date."""
    return "ORDER BY 1 DESC" if newest_first else "ORDER BY 1"


class _Narrowing:
    """``corpus.library.searching.Narrowing`` inside one transaction of the server."""

    def __init__(
        self,
        db: psycopg.Connection[Any],
        texts: TextCache,
        copies: SearchCopies,
        phrases: PhraseIndex,
    ) -> None:
        self._db = db
        self._texts = texts
        self._copies = copies
        self._phrases = phrases
        # How many documents hold the words of the phrase whose first documents were just
        # found (tsearch's first-documents plan counts them as it goes): the relaxed count.
        self._holding: tuple[Query, Filters, int] | None = None

    def _fetch(self, sql: str, parameters: Sequence[object]) -> list[tuple[Any, ...]]:
        return self._db.execute(sql, parameters).fetchall()

    def _select(self, query: Query, filters: Filters, relaxed: bool) -> tuple[str, list[object]]:
        """Every candidate's id, in no order, and the parameters."""
        if query.kind is QueryKind.FAMILY:
            return self._family(query, filters, "")
        found = tsearch.plan(query, filters, relaxed, self._phrases)
        return tsearch.select(found, filters)

    @staticmethod
    def _family(query: Query, filters: Filters, order: str) -> tuple[str, list[object]]:
        """The documents holding a formula family's hits, in ``order``, and the parameters."""
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
        order = _order(newest_first)
        if query.kind is QueryKind.FAMILY:
            sql, parameters = self._family(query, filters, order)
        else:
            first = limit is not None  # only the first documents are wanted
            found = tsearch.plan(query, filters, False, self._phrases, first=first)
            if found.held and limit is not None:
                return self._by_windows(query, filters, found, newest_first, limit)
            sql, parameters = tsearch.select(found, filters, order)
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._fetch(sql, parameters)
        if rows and len(rows[0]) == 2:
            self._holding = (query, filters, int(rows[0][1]))
        return [int(row[0]) for row in rows]

    def _by_windows(
        self, query: Query, filters: Filters, found: tsearch.Plan, newest_first: bool, limit: int
    ) -> list[int]:
        """The first ``limit`` documents holding a phrase with function words: its passages
        holding its content words listed and checked a window of documents at a time
        (``tsearch.held``), the windows growing, until enough are found. The documents
        holding its content words are counted on the way: the relaxed count."""
        order = _order(newest_first)
        sql, parameters = tsearch.held(found, filters, order, COUNT_CAP)
        holding, ids = self._fetch(sql, parameters)[0]
        self._holding = (query, filters, int(holding))
        chosen: list[int] = []
        start, size = 0, max(WINDOW_DOCUMENTS, WINDOW_PER_DOCUMENT * limit)
        while len(chosen) < limit and start < len(ids):
            part = ids[start : start + size]
            if start + size >= len(ids) and holding > len(ids):  # past the ids listed: all
                part = [*part, 0 if newest_first else MAX_ROWID]
            sql, parameters = tsearch.select(found, filters, order, (min(part), max(part)))
            sql += f" LIMIT {int(limit - len(chosen))}"
            chosen += [int(row[0]) for row in self._fetch(sql, parameters)]
            start, size = start + size, 2 * size
        return chosen

    def count_candidates(self, query: Query, filters: Filters, relaxed: bool, cap: int) -> int:
        if relaxed and self._holding is not None and self._holding[:2] == (query, filters):
            return min(self._holding[2], cap)
        sql, parameters = self._select(query, filters, relaxed)
        return int(
            self._fetch(f"SELECT count(*) FROM ({sql} LIMIT {int(cap)}) AS c", parameters)[0][0]
        )

    def candidate_rows(self, ids: Sequence[int], with_view: bool) -> list[CandidateRow]:
        """The candidates: their metadata from the server; their texts, views and offset maps
        from this computer's search copies (``searchcopies``: one local query, as the
        embedded library reads them), those not kept yet fetched from the server once. Each
        text's local copy is made the server's text if it is gone or altered: a hit's path is
        opened with the hit's offsets."""
        rows = self._fetch(
            "SELECT id, key, raw_sha, text_name, title, date, parties, language,"
            " octet_length(view) FROM documents WHERE id = ANY(%s)",
            [list(ids)],
        )
        wanted = {row[0]: Wanted(row[1], row[2], int(row[8])) for row in rows}
        kept = self._copies.found(list(wanted.values()))
        missing = [doc for doc, version in wanted.items() if version.key not in kept]
        if missing:
            fetched = [
                (wanted[doc], Copy(raw, bytes(view), bytes(offsets)))
                for doc, raw, view, offsets in self._db.execute(
                    "SELECT id, raw, view, offsets FROM documents WHERE id = ANY(%s)",
                    [missing],
                    binary=True,  # a view is sent as its bytes, not twice as many digits
                ).fetchall()
            ]
            self._copies.keep(fetched)
            kept.update((version.key, copy) for version, copy in fetched)
        by_id = {row[0]: row for row in rows}
        found = []
        for doc in ids:
            row = by_id.get(doc)
            copy = kept.get(row[1]) if row is not None else None
            if row is None or copy is None:  # removed meanwhile
                continue
            _id, key, sha, name, title, date, parties, language, _size = row
            found.append(
                CandidateRow(
                    doc,
                    key,
                    self._texts.keep_current(key, sha, name, copy.raw),
                    title,
                    date,
                    split_parties(parties),
                    language,
                    copy.raw,
                    *((copy.view, copy.offsets) if with_view else ()),
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
