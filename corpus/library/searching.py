"""Answering a query from a search index: candidate documents by date, then exact occurrences.

Row ids encode dates (:func:`corpus.library.hits.rowid_for`) and FTS5 yields row ids in order, so
the first documents by date come without reading the others; each candidate's search view is then
searched (``corpus.library.query.locate``) and every occurrence mapped back to raw offsets.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

from corpus.errors import LibraryError, QueryError
from corpus.library.hits import DocumentHits, Filters, Hit, SearchResult, make_hit
from corpus.library.query import Query, QueryKind, fts_expression, locate
from corpus.library.searchview import OffsetMap, unpack_view


class SearchIndex(Protocol):
    """What answering a query reads of an index (``corpus.library.index.SearchIndex`` has it).

    A protocol rather than an import, so that the index may delegate to this module without the
    two importing each other.
    """

    def fetch(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[Any, ...]]: ...

    def get_info(self, key: str) -> str | None: ...

    def family_ids(self) -> set[str]: ...


#: A limited search stops counting candidate documents here (a count is read, not used).
COUNT_CAP = 10_000


def count(index: SearchIndex, query: Query, filters: Filters) -> int:
    """How many documents FTS5 finds for ``query`` (an upper bound of those with a hit)."""
    return _count(index, query, filters)


def search(
    index: SearchIndex,
    query: Query,
    filters: Filters,
    limit_documents: int | None = None,
    newest_first: bool = False,
) -> SearchResult:
    """Every occurrence of ``query`` in the documents of ``index`` that pass ``filters``, by date.

    Args:
        query: a parsed query (``corpus.library.query.parse_query``).
        filters: party, language and date range.
        limit_documents: look for occurrences in this many candidate documents only (the
            first by date); ``SearchResult.candidates`` then counts the documents FTS5 finds
            for the query's content words (an upper bound: function words are left out of
            the count, which would otherwise read their long position lists), up to
            :data:`COUNT_CAP` (``SearchResult.capped``).
        newest_first: order documents from the newest.

    Raises:
        QueryError: FTS5 refused the query, or an unknown formula family.
    """
    chosen = _candidates(index, query, filters, newest_first, limit_documents)
    if limit_documents is None or len(chosen) < limit_documents:
        candidates = len(chosen)
    else:
        candidates = max(len(chosen), _count(index, query, filters, True, COUNT_CAP))
    hits: list[Hit] = []
    groups: list[DocumentHits] = []
    for row in _rows(index, chosen, query.kind is QueryKind.FAMILY):
        found = _hits(index, query, row)
        if found:
            hits.extend(found)
            first = found[0]
            groups.append(
                DocumentHits(
                    first.key,
                    first.path,
                    first.title,
                    first.date,
                    first.parties,
                    row[6],
                    len(found),
                )
            )
    return SearchResult(
        query.text, tuple(hits), tuple(groups), candidates, len(chosen), candidates >= COUNT_CAP
    )


def _candidates(
    index: SearchIndex, query: Query, filters: Filters, newest_first: bool, limit: int | None = None
) -> list[int]:
    """The ids of the documents FTS5 (or the formula table) finds, by date, up to ``limit``.

    Row ids encode dates (:func:`corpus.library.hits.rowid_for`) and FTS5 yields them in order, so
    the first documents by date come without reading the others.
    """
    sql, params = _candidate_sql(index, query, filters)
    sql += " ORDER BY 1 DESC" if newest_first else " ORDER BY 1"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [doc for (doc,) in _query(index, sql, params)]


def _count(
    index: SearchIndex,
    query: Query,
    filters: Filters,
    relaxed: bool = False,
    cap: int | None = None,
) -> int:
    sql, params = _candidate_sql(index, query, filters, relaxed)
    limit = f" LIMIT {int(cap)}" if cap is not None else ""
    return int(_query(index, f"SELECT count(*) FROM ({sql}{limit})", params)[0][0])


def _candidate_sql(
    index: SearchIndex, query: Query, filters: Filters, relaxed: bool = False
) -> tuple[str, list[object]]:
    """A SELECT of the candidate row ids, and its parameters."""
    low, high = filters.rowid_range()
    where, values = filters.sql()
    if query.kind is QueryKind.FAMILY:
        _check_family(index, query.family)
        join = " JOIN documents d ON d.id = t.doc" if where else ""
        sql = (
            f"SELECT DISTINCT t.doc FROM formulas t{join}"
            " WHERE t.family = ? AND t.doc BETWEEN ? AND ?" + where
        )
        return sql, [query.family, low, high, *values]
    join = " JOIN documents d ON d.id = t.rowid" if where else ""
    languages = (filters.language,) if filters.language else ("fr", "en")
    sql = (
        f"SELECT t.rowid FROM texts t{join} WHERE texts MATCH ? AND t.rowid BETWEEN ? AND ?" + where
    )
    return sql, [fts_expression(query, languages, relaxed=relaxed), low, high, *values]


def _query(index: SearchIndex, sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
    try:
        return index.fetch(sql, params)
    except LibraryError as exc:
        if isinstance(exc.__cause__, sqlite3.OperationalError):
            raise QueryError(f"the query cannot be searched: {exc.__cause__}") from exc
        raise


def _check_family(index: SearchIndex, family: str) -> None:
    known = index.get_info("families")
    if known is not None and family not in known.split() and family not in index.family_ids():
        raise QueryError(
            f"unknown formula family {family!r}; known: {', '.join(sorted(known.split()))}"
        )


def _rows(index: SearchIndex, ids: Sequence[int], family: bool) -> Iterator[tuple[Any, ...]]:
    columns = "id, key, path, title, date, parties, language, raw"
    columns += "" if family else ", view, offsets"
    for first in range(0, len(ids), 500):
        chunk = ids[first : first + 500]
        marks = ",".join("?" * len(chunk))
        rows = index.fetch(f"SELECT {columns} FROM documents WHERE id IN ({marks})", chunk)
        by_id = {row[0]: row for row in rows}
        yield from (by_id[i] for i in chunk if i in by_id)


def _hits(index: SearchIndex, query: Query, row: tuple[Any, ...]) -> list[Hit]:
    doc, key, path, title, date, parties, language, raw = row[:8]
    if query.kind is QueryKind.FAMILY:
        spans: list[tuple[int, int]] = [
            (start, end)
            for start, end in index.fetch(
                "SELECT start, end FROM formulas WHERE doc = ? AND family = ? ORDER BY start",
                (doc, query.family),
            )
        ]
    else:
        offsets = OffsetMap.from_bytes(row[9])
        view = unpack_view(row[8])
        spans = [offsets.raw_span(*span) for span in locate(query, view, language or "fr")]
    return [make_hit(key, path, title, date, _split(parties), raw, a, b) for a, b in spans]


def _split(parties: str) -> tuple[str, ...]:
    return tuple(p for p in parties.split("|") if p)
