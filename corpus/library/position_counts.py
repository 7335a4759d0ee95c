"""A query's occurrences per document, counted from the embedded index's FTS5 positions.

A timeline needs every document's number of occurrences. Running the query over each
candidate's view (``corpus.library.searching.year_counts``) costs about 0.2 ms a document, seconds
for a common phrase in a large library; FTS5 keeps each word's positions, and its ``fts5vocab``
table reads them out, so a phrase's occurrences are where its words stand one after the other.
The FTS5 row is written so that this is exactly what :func:`corpus.library.query.locate` finds
(``corpus.library.fts_row``: paragraph breaks are tokens, views FTS5 would cut otherwise are
marked); what positions cannot decide is left to the view, so the counts are the hits' own:

* a document marked :data:`~corpus.library.fts_row.READ_VIEW` (a word cut at a line's end, an
  unusual character) is counted from its view;
* a function word's positions ("de", "the": millions) are never read: the phrase's other words
  give each place it could stand, FTS5's phrase query says whether the document holds it at
  all, and a document with one such place holds it once; one with several is counted from its
  view;
* a phrase that may overlap itself ("de la de la"), a NEAR, the inflected mode, a phrase of
  function words only, or words of unusual characters: no count here (the caller reads views).

A family's count is its formula hits, grouped by the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.library.fts_row import READ_VIEW, agreed_characters
from corpus.library.hits import Filters
from corpus.library.query import Query, QueryKind, Term, fts_expression
from corpus.text.tokens import stopwords

#: The FTS5 table whose positions are read (``corpus.library.index``).
TABLE = "texts"
_INSTANCES = "temp.texts_instances"
_ROWS = "temp.texts_rows"


@dataclass(frozen=True, slots=True)
class PositionCounts:
    """What positions tell of a query.

    Attributes:
        counts: documents (row ids) and their occurrences, exactly.
        to_read: candidate documents whose occurrences only their view can tell.
    """

    counts: dict[int, int]
    to_read: tuple[int, ...]


def position_counts(
    db: sqlite3.Connection, query: Query, filters: Filters, allowed: set[int] | None
) -> PositionCounts | None:
    """Each document's occurrences of ``query`` from the index, or ``None`` where positions
    cannot answer (see the module docstring).

    Args:
        db: the index's connection (its FTS5 rows written as ``corpus.library.fts_row`` says).
        filters: the date range is applied here.
        allowed: the documents passing the party and language filters; ``None`` for all.
    """
    low, high = filters.rowid_range()
    if query.kind is QueryKind.FAMILY:
        rows = db.execute(
            "SELECT doc, count(*) FROM formulas WHERE family = ? AND doc BETWEEN ? AND ?"
            " GROUP BY doc",
            (query.family, low, high),
        ).fetchall()
        return PositionCounts(_kept({int(d): int(n) for d, n in rows}, allowed), ())
    if not _answerable(query):
        return None
    _vocabulary(db)
    content = [(i, t) for i, t in enumerate(query.terms) if not _function_word(t)]
    places = _places(db, content, low, high)
    to_read: list[int] = []
    if len(content) == len(query.terms):
        counts = places
    else:
        counts = {}
        phrase = "folded : (" + " + ".join(_quoted(t) for t in query.terms) + ")"
        for (doc,) in db.execute(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? AND rowid BETWEEN ? AND ?",
            (phrase, low, high),
        ):
            if places.get(doc, 0) == 1:
                counts[doc] = 1
            else:  # several places: which of them hold the function words, the view tells
                to_read.append(doc)
    marked = f'({fts_expression(query)}) AND joins : "{READ_VIEW}"'
    for (doc,) in db.execute(
        f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH ? AND rowid BETWEEN ? AND ?",
        (marked, low, high),
    ):
        counts.pop(doc, None)
        to_read.append(doc)
    kept = set(to_read) if allowed is None else set(to_read) & allowed
    return PositionCounts(_kept(counts, allowed), tuple(sorted(kept)))


def _kept(counts: dict[int, int], allowed: set[int] | None) -> dict[int, int]:
    return counts if allowed is None else {d: n for d, n in counts.items() if d in allowed}


def _answerable(query: Query) -> bool:
    """Whether positions count ``query`` exactly: an unstemmed phrase of words made of
    characters both tokenizers read alike, with a word that is not a function word, and which
    cannot overlap itself (``locate`` takes occurrences one after the other; FTS5 every
    position)."""
    if query.kind is not QueryKind.PHRASE or query.stemmed:
        return False
    agreed = agreed_characters()
    if any(not t.word or not set(t.word) <= agreed for t in query.terms):
        return False
    if all(_function_word(t) for t in query.terms):
        return False
    return not may_overlap(query.terms)


def may_overlap(terms: Sequence[Term]) -> bool:
    """Whether two occurrences of the phrase ``terms`` could share words: its end could be its
    beginning ("de la de la", "sovereign* sovereignty")."""
    size = len(terms)
    return any(
        all(_may_be_one(terms[shift + i], terms[i]) for i in range(size - shift))
        for shift in range(1, size)
    )


def _may_be_one(a: Term, b: Term) -> bool:
    """Whether one word could match both ``a`` and ``b``."""
    if a.prefix and b.prefix:
        return a.word.startswith(b.word) or b.word.startswith(a.word)
    if a.prefix:
        return b.word.startswith(a.word)
    if b.prefix:
        return a.word.startswith(b.word)
    return a.word == b.word


def _function_word(term: Term) -> bool:
    return not term.prefix and term.word in stopwords()


def _vocabulary(db: sqlite3.Connection) -> None:
    """The ``fts5vocab`` tables over the index (temporary: nothing is written to the file)."""
    db.execute(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {_INSTANCES} USING fts5vocab(main, {TABLE}, instance)"
    )
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_ROWS} USING fts5vocab(main, {TABLE}, row)")


def _places(
    db: sqlite3.Connection, content: list[tuple[int, Term]], low: int, high: int
) -> dict[int, int]:
    """Per document, the places where the content words stand as in the phrase (word ``i`` of
    the phrase ``i`` positions after its first word), in the ``folded`` column.

    The word with the fewest occurrences is read in order, and each other's positions looked
    up in a temporary index SQLite makes of them (``IN`` on a row value).
    """
    sizes = [_occurrences(db, term) for _, term in content]
    ordered = [place for _, place in sorted(zip(sizes, content, strict=True), key=_first)]
    (first, term), others = ordered[0], ordered[1:]
    condition, values = _term_condition(term)
    sql = (
        f"SELECT doc, count(*) FROM {_INSTANCES} WHERE {condition} AND col = 'folded'"
        " AND doc BETWEEN ? AND ?"
    )
    parameters: list[object] = [*values, low, high]
    for index, other in others:
        other_condition, other_values = _term_condition(other)
        sql += (
            f" AND (doc, offset + {index - first}) IN (SELECT doc, offset FROM {_INSTANCES}"
            f" WHERE {other_condition} AND col = 'folded')"
        )
        parameters += other_values
    rows = db.execute(sql + " GROUP BY doc", parameters).fetchall()
    return {int(doc): int(count) for doc, count in rows}


def _first(pair: tuple[int, tuple[int, Term]]) -> int:
    return pair[0]


def _occurrences(db: sqlite3.Connection, term: Term) -> int:
    """How many times the words of ``term`` occur in the index (all columns: an estimate)."""
    condition, values = _term_condition(term)
    (found,) = db.execute(f"SELECT total(cnt) FROM {_ROWS} WHERE {condition}", values).fetchone()
    return int(found)


def _term_condition(term: Term) -> tuple[str, list[object]]:
    """The condition on ``fts5vocab``'s ``term`` column for a word or a prefix."""
    if not term.prefix:
        return "term = ?", [term.word]
    after = term.word[:-1] + chr(ord(term.word[-1]) + 1)
    return "term >= ? AND term < ?", [term.word, after]


def _quoted(term: Term) -> str:
    return f'"{term.word}"{"*" if term.prefix else ""}'
