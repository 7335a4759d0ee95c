"""Answering a query from a search index: candidate documents by date, then exact occurrences.

Each back-end narrows the documents its own way (:class:`Narrowing`: SQLite's FTS5 in
``corpus.library.index``, PostgreSQL's ``tsvector`` in ``corpus.library.server``), always to a
superset of those holding an occurrence; this module then runs the query over each candidate's
search view (``corpus.library.query.locate``) and maps every occurrence back to raw offsets, so
both back-ends find the same occurrences at the same offsets by construction.

Document ids encode dates (:func:`corpus.library.hits.rowid_for`), so candidates come by date.

A timeline (:func:`year_counts`) needs no hit, only how many documents and occurrences each
year, party and language has: where the index counts occurrences from its positions, the
figures are added up by numpy from the row ids, never a Python object per document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, Protocol

from corpus.errors import QueryError, Reason
from corpus.library.hits import DocumentHits, Filters, Hit, SearchResult, date_key, make_hit
from corpus.library.query import Query, QueryKind, locate
from corpus.library.searchview import OffsetMap, unpack_view

if TYPE_CHECKING:  # numpy is loaded by a timeline only: a plain search starts without it
    import numpy as np
    import numpy.typing as npt

    from corpus.library.position_counts import PositionCounts


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


class CountRow(NamedTuple):
    """A candidate document as counting reads it: what a timeline groups by, and its search
    view (empty for a family query); neither its raw text nor its offset map. (A named tuple:
    a count makes tens of thousands, and a frozen dataclass takes ten times longer to make.)"""

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

    def count_groups(
        self, documents: npt.NDArray[np.int64], hits: npt.NDArray[np.int64]
    ) -> tuple[GroupCount, ...]:
        """The figures of ``documents`` (row ids, each once) with their ``hits``, added up by
        year, parties and language (:func:`grouped`; a document gone since is left out)."""
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


class DocumentCount(NamedTuple):
    """How many occurrences of a query one document holds, with what a timeline groups by (a
    named tuple, as :class:`CountRow`)."""

    key: str
    date: str
    parties: tuple[str, ...]
    language: str
    hits: int

    @property
    def year(self) -> str:
        """The year of the document's date (``YYYY``), empty for an undated document."""
        return self.date[:4] if date_key(self.date) else ""


def document_counts(index: Narrowing, query: Query, filters: Filters) -> tuple[DocumentCount, ...]:
    """Every document with an occurrence of ``query`` (passing ``filters``), by date, with its
    number of occurrences.

    The occurrences are those :func:`search` finds, counted the same way (the query run over
    each candidate's search view, or a family's stored formula hits), but no hit is built and
    no raw text read: a candidate's search view alone (a family's hits are counted by the
    database, no text read at all), or what the index's positions tell
    (``Narrowing.position_counts``).

    Raises:
        QueryError: the index refused the query, or an unknown formula family.
    """
    if query.kind is QueryKind.FAMILY:
        check_family(index, query.family)
    return _document_counts(index, query, filters, index.position_counts(query, filters))


def _document_counts(
    index: Narrowing, query: Query, filters: Filters, known: PositionCounts | None
) -> tuple[DocumentCount, ...]:
    """:func:`document_counts`, given what the positions told (``None``: nothing)."""
    family = query.kind is QueryKind.FAMILY
    if known is not None:
        found = known.counts
        found.update(_read_counts(index, query, known.to_read))
        held = sorted(doc for doc, hits in found.items() if hits)  # row ids follow dates
        return tuple(
            DocumentCount(row.key, row.date, row.parties, row.language, found[row.id])
            for row in index.count_rows(held, False)
        )
    chosen = index.candidate_ids(query, filters, False, None)
    counts: list[DocumentCount] = []
    for first in range(0, len(chosen), COUNT_BATCH):
        batch = chosen[first : first + COUNT_BATCH]
        rows = index.count_rows(batch, not family)
        held_hits = index.formula_counts(batch, query.family) if family else {}
        for row in rows:
            if family:
                hits = held_hits.get(row.id, 0)
            else:
                hits = len(locate(query, unpack_view(row.view), row.language or "fr"))
            if hits:
                counts.append(DocumentCount(row.key, row.date, row.parties, row.language, hits))
    return tuple(counts)


def year_counts(index: Narrowing, query: Query, filters: Filters) -> tuple[GroupCount, ...]:
    """A timeline's figures: the documents with an occurrence of ``query`` (passing
    ``filters``) and their occurrences, added up by year, parties and language
    (:class:`GroupCount`, in that order): :func:`document_counts` added up, without a Python
    object per document where the index counts from its positions.

    Raises:
        QueryError: the index refused the query, or an unknown formula family.
    """
    if query.kind is QueryKind.FAMILY:
        check_family(index, query.family)
    known = index.position_counts(query, filters)
    if known is None:
        return grouped(_document_counts(index, query, filters, None))
    import numpy as np

    documents, hits = known.documents, known.hits
    read = {doc: n for doc, n in _read_counts(index, query, known.to_read).items() if n}
    if read:
        documents = np.concatenate([documents, np.fromiter(read, dtype=np.int64)])
        hits = np.concatenate([hits, np.fromiter(read.values(), dtype=np.int64)])
    return index.count_groups(documents, hits)


def _read_counts(index: Narrowing, query: Query, to_read: Sequence[int]) -> dict[int, int]:
    """The occurrences in each of ``to_read``, counted from its view."""
    found: dict[int, int] = {}
    for first in range(0, len(to_read), COUNT_BATCH):
        for row in index.count_rows(to_read[first : first + COUNT_BATCH], True):
            found[row.id] = len(locate(query, unpack_view(row.view), row.language or "fr"))
    return found


class GroupCount(NamedTuple):
    """How many documents of one year (``YYYY``; empty: undated), parties and language hold
    occurrences of a query, and how many occurrences: a timeline's figures."""

    year: str
    parties: tuple[str, ...]
    language: str
    documents: int
    hits: int


def grouped(counts: Iterable[DocumentCount]) -> tuple[GroupCount, ...]:
    """``counts`` added up by year, parties and language, in that order."""
    documents: Counter[tuple[str, tuple[str, ...], str]] = Counter()
    hits: Counter[tuple[str, tuple[str, ...], str]] = Counter()
    for count in counts:
        group = (count.year, count.parties, count.language)
        documents[group] += 1
        hits[group] += count.hits
    return tuple(GroupCount(*group, documents[group], hits[group]) for group in sorted(documents))


def groups_of_rows(
    index: Narrowing, documents: npt.NDArray[np.int64], hits: npt.NDArray[np.int64]
) -> tuple[GroupCount, ...]:
    """``Narrowing.count_groups`` from each document's row (a back-end without a listing of
    its own)."""
    found = dict(zip(documents.tolist(), hits.tolist(), strict=True))
    return grouped(
        DocumentCount(row.key, row.date, row.parties, row.language, found[row.id])
        for row in index.count_rows(sorted(found), False)
    )


#: Candidates read together when counting (their search views are held meanwhile: about
#: 10 KB each).
COUNT_BATCH = 500


def counts_of(result: SearchResult) -> tuple[GroupCount, ...]:
    """The figures of :func:`year_counts` read off a complete search's own documents (a
    search that found every hit has counted them: ``search --by-year`` searches once)."""
    return grouped(
        DocumentCount(d.key, d.date, d.parties, d.language, d.count) for d in result.documents
    )
