"""Answering a query from a search index: candidate documents by date, then exact occurrences.

Each back-end narrows the documents its own way (:class:`Narrowing`: SQLite's FTS5 in
``corpus.library.index``, PostgreSQL's ``tsvector`` in ``corpus.library.server``), always to a
superset of those holding an occurrence; this module then runs the query over each candidate's
search view (``corpus.library.query.locate``) and maps every occurrence back to raw offsets, so
both back-ends find the same occurrences at the same offsets by construction.

Document ids encode dates (:func:`corpus.library.hits.rowid_for`), so candidates come by date.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from corpus.errors import QueryError, Reason
from corpus.library.hits import DocumentHits, Filters, Hit, SearchResult, date_key, make_hit
from corpus.library.position_counts import PositionCounts
from corpus.library.query import Query, QueryKind, locate
from corpus.library.searchview import OffsetMap, unpack_view


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """A candidate document as searching reads it (``view`` and ``offsets`` empty for a
    family query, answered from the formula hits)."""

    id: int
    key: str
    path: str
    title: str
    date: str
    parties: tuple[str, ...]
    language: str
    raw: str
    view: bytes | str = b""
    offsets: bytes = b""


@dataclass(frozen=True, slots=True)
class CountRow:
    """A candidate document as counting reads it: what a timeline groups by, and its search
    view (empty for a family query); neither its raw text nor its offset map."""

    id: int
    key: str
    date: str
    parties: tuple[str, ...]
    language: str
    view: bytes | str = b""


class Narrowing(Protocol):
    """How a back-end proposes candidate documents (a superset of those with an occurrence)."""

    def candidate_ids(
        self, query: Query, filters: Filters, newest_first: bool, limit: int | None
    ) -> list[int]:
        """The ids of the candidate documents, by date (newest first if asked), up to
        ``limit``.

        Raises:
            QueryError: the back-end refused the query.
        """
        ...

    def count_candidates(self, query: Query, filters: Filters, relaxed: bool, cap: int) -> int:
        """How many documents are candidates, up to ``cap``; ``relaxed`` asks only for a
        phrase's content words, in any order (a cheap upper bound)."""
        ...

    def candidate_rows(self, ids: Sequence[int], with_view: bool) -> list[CandidateRow]:
        """The documents of ``ids``, in that order (those gone since are left out)."""
        ...

    def formula_spans(self, doc: int, family: str) -> list[tuple[int, int]]:
        """The raw spans of a formula family's hits in one document, in text order."""
        ...

    def count_rows(self, ids: Sequence[int], with_view: bool) -> list[CountRow]:
        """The documents of ``ids`` as counting reads them, in that order (those gone since are
        left out): what a timeline groups by, and the search view if asked; no raw text."""
        ...

    def formula_counts(self, ids: Sequence[int], family: str) -> dict[int, int]:
        """How many hits of a formula family each document of ``ids`` holds (none: left out)."""
        ...

    def position_counts(self, query: Query, filters: Filters) -> PositionCounts | None:
        """Each document's occurrences as the index's positions tell them, and the candidates
        whose views must tell them (``corpus.library.position_counts``); ``None`` when the
        back-end cannot count so (every candidate's view is then read)."""
        ...

    def get_info(self, key: str) -> str | None: ...

    def family_ids(self) -> set[str]: ...


#: A limited search stops counting candidate documents here (a count is read, not used).
COUNT_CAP = 10_000


def count(index: Narrowing, query: Query, filters: Filters) -> int:
    """How many documents the index proposes for ``query`` (an upper bound of those with a hit)."""
    if query.kind is QueryKind.FAMILY:
        check_family(index, query.family)
    return index.count_candidates(query, filters, False, 2**62)


def search(
    index: Narrowing,
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
            first by date); ``SearchResult.candidates`` then counts the documents the index
            finds for the query's content words (an upper bound: function words are left out of
            the count, which would otherwise read their long position lists), up to
            :data:`COUNT_CAP` (``SearchResult.capped``).
        newest_first: order documents from the newest.

    Raises:
        QueryError: the index refused the query, or an unknown formula family.
    """
    family = query.kind is QueryKind.FAMILY
    if family:
        check_family(index, query.family)
    chosen = index.candidate_ids(query, filters, newest_first, limit_documents)
    if limit_documents is None or len(chosen) < limit_documents:
        candidates = len(chosen)
    else:
        candidates = max(len(chosen), index.count_candidates(query, filters, True, COUNT_CAP))
    hits: list[Hit] = []
    groups: list[DocumentHits] = []
    for first in range(0, len(chosen), 500):
        for row in index.candidate_rows(chosen[first : first + 500], not family):
            found = _hits(index, query, row)
            if found:
                hits.extend(found)
                groups.append(
                    DocumentHits(
                        row.key,
                        row.path,
                        row.title,
                        row.date,
                        row.parties,
                        row.language,
                        len(found),
                    )
                )
    return SearchResult(
        query.text, tuple(hits), tuple(groups), candidates, len(chosen), candidates >= COUNT_CAP
    )


def check_family(index: Narrowing, family: str) -> None:
    """Refuse a family the catalogue does not know (and no document holds).

    Raises:
        QueryError: an unknown formula family.
    """
    known = index.get_info("families")
    if known is not None and family not in known.split() and family not in index.family_ids():
        raise QueryError(
            Reason.QUERY_UNKNOWN_FAMILY, family=family, known=", ".join(sorted(known.split()))
        )


def _hits(index: Narrowing, query: Query, row: CandidateRow) -> list[Hit]:
    if query.kind is QueryKind.FAMILY:
        spans = index.formula_spans(row.id, query.family)
    else:
        offsets = OffsetMap.from_bytes(row.offsets)
        view = unpack_view(row.view)
        spans = [offsets.raw_span(*span) for span in locate(query, view, row.language or "fr")]
    return [
        make_hit(row.key, row.path, row.title, row.date, row.parties, row.raw, a, b)
        for a, b in spans
    ]


@dataclass(frozen=True, slots=True)
class DocumentCount:
    """How many occurrences of a query one document holds, with what a timeline groups by."""

    key: str
    date: str
    parties: tuple[str, ...]
    language: str
    hits: int

    @property
    def year(self) -> str:
        """The year of the document's date (``YYYY``), empty for an undated document."""
        return self.date[:4] if date_key(self.date) else ""


def year_counts(index: Narrowing, query: Query, filters: Filters) -> tuple[DocumentCount, ...]:
    """Every document with an occurrence of ``query`` (passing ``filters``), by date, with its
    number of occurrences: a timeline's figures.

    The occurrences are those :func:`search` finds, counted the same way (the query run over
    each candidate's search view, or a family's stored formula hits), but no hit is built and
    no raw text read: a candidate's search view alone (a family's hits are counted by the
    database, no text read at all), and the year of its date column.

    Raises:
        QueryError: the index refused the query, or an unknown formula family.
    """
    family = query.kind is QueryKind.FAMILY
    if family:
        check_family(index, query.family)
    known = index.position_counts(query, filters)
    if known is not None:
        return _counted(index, query, known)
    chosen = index.candidate_ids(query, filters, False, None)
    counts: list[DocumentCount] = []
    for first in range(0, len(chosen), COUNT_BATCH):
        batch = chosen[first : first + COUNT_BATCH]
        rows = index.count_rows(batch, not family)
        held = index.formula_counts(batch, query.family) if family else {}
        for row in rows:
            if family:
                found = held.get(row.id, 0)
            else:
                found = len(locate(query, unpack_view(row.view), row.language or "fr"))
            if found:
                counts.append(DocumentCount(row.key, row.date, row.parties, row.language, found))
    return tuple(counts)


def _counted(index: Narrowing, query: Query, known: PositionCounts) -> tuple[DocumentCount, ...]:
    """:func:`year_counts` from what the positions told, the rest counted from the views."""
    found = dict(known.counts)
    for first in range(0, len(known.to_read), COUNT_BATCH):
        for row in index.count_rows(known.to_read[first : first + COUNT_BATCH], True):
            found[row.id] = len(locate(query, unpack_view(row.view), row.language or "fr"))
    held = sorted(doc for doc, hits in found.items() if hits)  # row ids follow dates
    return tuple(
        DocumentCount(row.key, row.date, row.parties, row.language, found[row.id])
        for row in index.count_rows(held, False)
    )


#: Candidates read together when counting (their search views are held meanwhile: about
#: 10 KB each).
COUNT_BATCH = 500


def counts_of(result: SearchResult) -> tuple[DocumentCount, ...]:
    """The figures of :func:`year_counts` read off a complete search's own documents (a
    search that found every hit has counted them: ``search --by-year`` searches once)."""
    return tuple(
        DocumentCount(d.key, d.date, d.parties, d.language, d.count) for d in result.documents
    )
