"""What a search returns: occurrences with their context, grouped by document; and its filters."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.errors import QueryError, Reason

#: How many raw characters of context a hit shows on each side.
CONTEXT = 60
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")


@dataclass(frozen=True, slots=True)
class Filters:
    """Which documents a search looks in.

    Attributes:
        party: part of a party's name ("azer" finds Azerbaijan), case ignored; empty for any.
        language: ``fr`` or ``en``; empty for any.
        date_from: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, inclusive; empty for no bound.
        date_to: the same, inclusive ("2025" takes in all of 2025).

    Raises:
        QueryError: a date is not written as above.
    """

    party: str = ""
    language: str = ""
    date_from: str = ""
    date_to: str = ""

    def __post_init__(self) -> None:
        for value in (self.date_from, self.date_to):
            if value and not _DATE.match(value):
                raise QueryError(Reason.QUERY_NOT_A_DATE, value=value)

    def sql(self) -> tuple[str, list[str]]:
        """A condition on party and language over the ``documents d`` table, and its parameters
        (dates are a range of row ids: see :meth:`rowid_range`)."""
        clauses, values = [], []
        if self.party.strip():
            clauses.append(" AND lower(d.parties) LIKE ?")
            values.append(f"%{self.party.strip().lower()}%")
        if self.language.strip():
            clauses.append(" AND d.language = ?")
            values.append(self.language.strip().lower())
        return "".join(clauses), values

    def rowid_range(self) -> tuple[int, int]:
        """The row ids (:func:`rowid_for`) of the documents inside the date range; a date range
        leaves out undated documents."""
        low = rowid_for(self.date_from, 0) if self.date_from else 0
        if self.date_to:
            year, month, day = [*self.date_to.split("-"), "", ""][:3]
            last = int(year) * 10_000 + int(month or 12) * 100 + int(day or 99)
            high = (last + 1) * ROWIDS_PER_DATE - 1
        else:
            high = MAX_ROWID
        if self.date_from or self.date_to:
            low = max(low, ROWIDS_PER_DATE)
        return low, high


#: Row ids encode the date, so that FTS5, which returns row ids in order, returns documents by
#: date: ``YYYYMMDD * ROWIDS_PER_DATE + sequence`` (``00`` for an unknown month or day; ``0`` for
#: an undated document).
ROWIDS_PER_DATE = 10**8
MAX_ROWID = 2**63 - 1


def date_key(date: str) -> int:
    """``YYYYMMDD`` as a number (0 for no date; missing month or day count as 00)."""
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", date)
    if not match:
        return 0
    return int(match[1]) * 10_000 + int(match[2] or 0) * 100 + int(match[3] or 0)


def rowid_for(date: str, sequence: int) -> int:
    """The row id of a document of that date, ``sequence`` making it unique."""
    return date_key(date) * ROWIDS_PER_DATE + sequence % ROWIDS_PER_DATE


@dataclass(frozen=True, slots=True)
class Hit:
    """One occurrence: which document, where in its raw text, and the words around it.

    Attributes:
        key: the document's key in the index.
        path: the file whose text the offsets refer to.
        title: the document's title.
        date: its date (``YYYY-MM-DD``, ``YYYY-MM`` or empty).
        parties: its parties.
        start: first raw code point of the occurrence.
        end: one past its last raw code point.
        left: up to :data:`CONTEXT` characters before it, white space folded.
        match: the occurrence, white space folded.
        right: up to :data:`CONTEXT` characters after it, white space folded.
    """

    key: str
    path: str
    title: str
    date: str
    parties: tuple[str, ...]
    start: int
    end: int
    left: str
    match: str
    right: str

    @property
    def snippet(self) -> str:
        """The occurrence in brackets inside its context."""
        return f"{self.left}[{self.match}]{self.right}"


@dataclass(frozen=True, slots=True)
class DocumentHits:
    """A document with occurrences, and how many."""

    key: str
    path: str
    title: str
    date: str
    parties: tuple[str, ...]
    language: str
    count: int


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The answer to one query.

    Attributes:
        query: the query as typed.
        hits: every occurrence found, document by document (by date), in text order.
        documents: the documents with occurrences, in the same order, with their counts.
        candidates: how many documents the index proposed (an upper bound of those with hits).
        searched: how many of them were searched for occurrences (all unless limited).
        capped: whether the count of candidates stopped before the end (there are more).
    """

    query: str
    hits: tuple[Hit, ...] = ()
    documents: tuple[DocumentHits, ...] = ()
    candidates: int = 0
    searched: int = 0
    capped: bool = False

    @property
    def total(self) -> int:
        return len(self.hits)

    @property
    def complete(self) -> bool:
        """Whether every candidate document was searched."""
        return self.searched >= self.candidates


def make_hit(
    key: str,
    path: str,
    title: str,
    date: str,
    parties: tuple[str, ...],
    raw: str,
    start: int,
    end: int,
) -> Hit:
    """A hit with its context cut from ``raw``."""
    before, after = raw[max(0, start - CONTEXT) : start], raw[end : end + CONTEXT]
    left = _squash(before) + (" " if before[-1:].isspace() else "")
    right = (" " if after[:1].isspace() else "") + _squash(after)
    match = _squash(_LINE_END_HYPHEN.sub("-", raw[start:end]))
    return Hit(key, path, title, date, parties, start, end, left, match, right)


def _squash(text: str) -> str:
    return " ".join(text.split())
