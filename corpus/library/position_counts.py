"""A query's occurrences per document, counted from the embedded index's FTS5 positions.

A timeline needs every document's number of occurrences. Running the query over each
candidate's view (``corpus.library.searching.year_counts``) costs about 0.2 ms a document, seconds
for a common phrase in a large library; FTS5 keeps each word's positions, and its ``fts5vocab``
table reads them out, so a phrase's occurrences are where its words stand one after the other.
The FTS5 row is written so that this is exactly what :func:`corpus.library.query.locate` finds
(``corpus.library.fts_row``: paragraph breaks are tokens, views FTS5 would cut otherwise are
marked); what positions cannot decide is left to the view, so the counts are the hits' own:

* a document listed in ``view_counted`` (a word cut at a line's end, a character the two
  tokenizers may read apart: ``corpus.library.fts_row.positions_agree``) is counted from its
  view;
* a function word's positions ("de", "the": millions) are never read: the phrase's other words
  give each place it could stand, FTS5's phrase query says whether the document holds it at
  all, and a document with one such place holds it once; those with several are counted from
  their views where they are few, else from FTS5's score of each
  (``corpus.library.scored_counts``);
* a phrase whose commonest word has many times the positions of its rarest, held by few
  documents ("sécurité énergétique"), is counted from the scores too, no position read;
* a NEAR of such words is counted from their positions and each document's paragraph breaks
  (``corpus.library.near_counts``);
* a phrase that may overlap itself ("de la de la"), the inflected mode, a phrase of function
  words only, a NEAR with a function word, or words of unusual characters: no count here (the
  caller reads views).

A family's count is its formula hits.

The documents come back from SQLite as one string of row ids, one per occurrence (or place),
and are counted by numpy: a timeline of a common phrase has tens of thousands of documents, and
a Python object per document (a row fetched, a dictionary entry) cost more than SQLite's own
reading of the positions.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from corpus.library.fts_row import agreed_characters
from corpus.library.hits import MAX_ROWID, Filters
from corpus.library.near_counts import near_counts
from corpus.library.query import Query, QueryKind, Term, fts_expression
from corpus.library.scored_counts import ScoredCounts, scored_counts
from corpus.library.sorted_ids import RANK, places_in
from corpus.text.tokens import stopwords

#: The FTS5 table whose positions are read (``corpus.library.index``).
TABLE = "texts"
#: A temporary FTS5 table of the documents listed in ``view_counted``, their rows as in
#: :data:`TABLE`, which the caller keeps current: asking the whole index for the query once per
#: listed document took 17 ms for "territorial integrity" at 100,000 documents (620 ms for the
#: prefix "souverain*", expanded anew for each); this small table answers in a fraction of one.
LISTED = "listed_texts"
_INSTANCES = "temp.texts_instances"
_COLUMNS = "temp.texts_columns"


@dataclass(frozen=True, slots=True, eq=False)
class PositionCounts:
    """What positions tell of a query.

    Attributes:
        documents: the documents (row ids, ascending, each once) whose occurrences are known.
        hits: their occurrences, exactly (at least one each), in the same order.
        to_read: candidate documents whose occurrences only their view can tell.
    """

    documents: npt.NDArray[np.int64]
    hits: npt.NDArray[np.int64]
    to_read: tuple[int, ...]

    @property
    def counts(self) -> dict[int, int]:
        """The known occurrences by document, as a dictionary."""
        return dict(zip(self.documents.tolist(), self.hits.tolist(), strict=True))


def position_counts(
    db: sqlite3.Connection,
    query: Query,
    filters: Filters,
    allowed: set[int] | None,
    spare: sqlite3.Connection | None = None,
) -> PositionCounts | None:
    """Each document's occurrences of ``query`` from the index, or ``None`` where positions
    cannot answer (see the module docstring).

    Args:
        db: the index's connection (its FTS5 rows written as ``corpus.library.fts_row`` says).
        filters: the date range is applied here.
        allowed: the documents passing the party and language filters; ``None`` for all.
        spare: another connection to the same index, which reads one word's positions while
            ``db`` reads the others' (SQLite lets go of Python's lock meanwhile: "territorial
            integrity" at 100,000 documents, 57 ms one after the other, 31 ms side by side).
    """
    low, high = filters.rowid_range()
    if query.kind is QueryKind.FAMILY:
        found = _row_ids(
            db,
            "SELECT group_concat(doc) FROM formulas WHERE family = ? AND doc BETWEEN ? AND ?",
            [query.family, low, high],
        )
        return _kept(PositionCounts(*_tally(found), ()), allowed)
    if not countable(query):
        return None
    _vocabulary(db)
    if query.kind is QueryKind.NEAR:
        near = near_counts(db, TABLE, query, low, high, _reader(db, low, high))
        if near is None:
            return None
        return _apart(db, query, low, high, allowed, *near)
    content = [(i, t) for i, t in enumerate(query.terms) if not _function_word(t)]
    words = _words(db, content)
    phrase = "folded : (" + " + ".join(_quoted(t) for t in query.terms) + ")"
    scored = _scored_if_quicker(db, words, phrase, low, high)
    to_read: list[int] = []
    if scored is not None:
        documents, hits, to_read = scored.documents, scored.hits, scored.unsolved
    else:
        documents, hits = _tally(_places(db, words, low, high, spare))
    if scored is None and len(content) < len(query.terms):
        started = time.perf_counter()
        held = _row_ids(
            db,
            f"SELECT group_concat(rowid) FROM {TABLE} WHERE {TABLE} MATCH ?"
            " AND rowid BETWEEN ? AND ?",
            [phrase, low, high],
        )
        matching = time.perf_counter() - started
        held = np.sort(held)
        # A document with one place holds the phrase once; with several, which of them hold
        # the function words, its score tells, or its view.
        once = _looked_up(documents, hits, held) == 1
        documents, hits = held[once], np.ones(int(once.sum()), dtype=np.int64)
        several = held[~once].tolist()
        solved = None
        if len(several) * VIEW_SECONDS > SCORING_MATCHES * matching:
            whole = len(held) if (low, high) == (0, MAX_ROWID) else None
            solved = scored_counts(db, TABLE, phrase, low, high, several, whole)
        if solved is None:
            to_read = several
        else:
            documents, hits = _merged(documents, hits, solved.documents, solved.hits)
            to_read = solved.unsolved
    return _apart(db, query, low, high, allowed, documents, hits, to_read)


def _apart(
    db: sqlite3.Connection,
    query: Query,
    low: int,
    high: int,
    allowed: set[int] | None,
    documents: npt.NDArray[np.int64],
    hits: npt.NDArray[np.int64],
    to_read: list[int],
) -> PositionCounts:
    """The counts, with the documents listed in ``view_counted`` that hold the query's words
    left to their views (their positions may not be ``locate``'s), within ``allowed``."""
    listed = [
        doc
        for (doc,) in db.execute(
            f"SELECT rowid FROM temp.{LISTED} WHERE {LISTED} MATCH ? AND rowid BETWEEN ? AND ?",
            (fts_expression(query), low, high),
        )
    ]
    if listed:
        apart = ~np.isin(documents, np.array(listed, dtype=np.int64))
        documents, hits = documents[apart], hits[apart]
        to_read = sorted(set(to_read) | set(listed))
    return _kept(PositionCounts(documents, hits, tuple(to_read)), allowed)


def _reader(
    db: sqlite3.Connection, low: int, high: int
) -> Callable[[Term], tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]]:
    """What reads a NEAR term's positions in the ``folded`` column."""

    def positions_of(term: Term) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        (word,) = _words(db, [(0, term)])
        return _positions(db, word, low, high)

    return positions_of


#: What counting a document from its view costs (reading, unpacking and searching it: about
#: 0.1 ms at 100,000 documents, 315 of them in 31.5 ms), and how many times the phrase's own
#: query solving their scores costs (FTS5 matches the phrase again, and again for its IDF:
#: 31 ms where the query took 10): a function-word phrase's documents with several places are
#: read from their views where they are few ("règlement pacifique des différends", 24 of them:
#: 2.5 ms, where the scores took 31), solved from their scores where many ("the Charter of
#: the United Nations", 10,376: 1 s of views, 0.4 s of scores). The phrase's query is timed as
#: it runs: its cost is its function words', which no count of them foretells.
VIEW_SECONDS = 0.1e-3
SCORING_MATCHES = 3.0


def _merged(
    documents: npt.NDArray[np.int64],
    hits: npt.NDArray[np.int64],
    more: npt.NDArray[np.int64],
    more_hits: npt.NDArray[np.int64],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Two sets of counts of distinct documents as one, by document."""
    together = np.concatenate((documents, more))
    order = np.argsort(together, kind="stable")
    return together[order], np.concatenate((hits, more_hits))[order]


def _kept(counts: PositionCounts, allowed: set[int] | None) -> PositionCounts:
    """``counts`` of the documents in ``allowed`` only (``None``: all)."""
    if allowed is None:
        return counts
    inside = np.isin(counts.documents, np.fromiter(allowed, dtype=np.int64, count=len(allowed)))
    return PositionCounts(
        counts.documents[inside],
        counts.hits[inside],
        tuple(doc for doc in counts.to_read if doc in allowed),
    )


def _looked_up(
    documents: npt.NDArray[np.int64], hits: npt.NDArray[np.int64], wanted: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """The ``hits`` of each of ``wanted`` (0 for one not among ``documents``, ascending)."""
    at, present = places_in(documents, wanted)
    return np.where(present, hits[at], 0) if len(documents) else np.zeros(len(wanted), np.int64)


def _row_ids(db: sqlite3.Connection, sql: str, parameters: list[object]) -> npt.NDArray[np.int64]:
    """The row ids of a ``SELECT group_concat(...)`` (comma-separated), as an array: one string
    rather than a row per id."""
    (text,) = db.execute(sql, parameters).fetchone()
    return _integers(text)


def _tally(
    ids: npt.NDArray[np.int64],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The distinct ``ids`` (ascending) and how many times each occurs. FTS5 hands a word's
    positions out by document, so they usually come sorted: then one pass, no sort."""
    if not len(ids):
        return ids, ids
    if not bool((ids[1:] >= ids[:-1]).all()):
        ids = np.sort(ids)
    starts = np.flatnonzero(np.concatenate(([True], ids[1:] != ids[:-1])))
    counts = np.diff(np.append(starts, len(ids))).astype(np.int64)
    return ids[starts], counts


def _integers(text: str | None) -> npt.NDArray[np.int64]:
    """The comma-separated integers of ``text`` (``None``: none), parsed by numpy."""
    if not text:
        return np.zeros(0, dtype=np.int64)
    return np.fromstring(text, dtype=np.int64, sep=",")


def countable(query: Query) -> bool:
    """Whether :func:`position_counts` answers ``query``: a family, a phrase whose positions
    count it exactly (:func:`_phrase_countable`), or a NEAR of such words
    (:func:`_near_countable`)."""
    return query.kind is QueryKind.FAMILY or _phrase_countable(query) or _near_countable(query)


def _near_countable(query: Query) -> bool:
    """Whether positions count the NEAR ``query`` (``corpus.library.near_counts``): unstemmed,
    of words made of characters both tokenizers read alike, none a function word (whose
    positions are millions)."""
    if query.kind is not QueryKind.NEAR or query.stemmed:
        return False
    agreed = agreed_characters()
    return all(t.word and set(t.word) <= agreed and not _function_word(t) for t in query.terms)


def _phrase_countable(query: Query) -> bool:
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
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {_COLUMNS} USING fts5vocab(main, {TABLE}, col)")


class _Word(NamedTuple):
    """A content word of the phrase as the index holds it."""

    rank: int  # its place in the phrase
    term: Term
    size: int  # its positions in the ``folded`` column
    elsewhere: bool  # whether another column holds it too (a stem, a word cut at a line's end)


def _words(db: sqlite3.Connection, content: list[tuple[int, Term]]) -> list[_Word]:
    """The content words with what ``fts5vocab``'s per-column table says of them."""
    words = []
    for rank, term in content:
        condition, values = _term_condition(term)
        sizes = dict(
            db.execute(
                f"SELECT col, total(cnt) FROM {_COLUMNS} WHERE {condition} GROUP BY col", values
            ).fetchall()
        )
        folded = int(sizes.pop("folded", 0))
        words.append(_Word(rank, term, folded, any(n for n in sizes.values())))
    return words


def _instances_of(word: _Word) -> tuple[str, list[object]]:
    """The condition on ``fts5vocab``'s instances for ``word`` in the ``folded`` column. The
    column is tested only for a word another column holds too: the test costs about a tenth of
    a microsecond a position (24 ms for the 210,747 of "securite" at 100,000 documents)."""
    condition, values = _term_condition(word.term)
    return (f"{condition} AND col = 'folded'" if word.elsewhere else condition), values


#: Where the commonest of a phrase's words has at most this many times the positions of the
#: rarest, every word's positions are read and matched by numpy; beyond, the commonest is read
#: and the others looked up by SQLite (100,000 documents, under load: "territorial integrity",
#: 46,887 and 52,205 positions, 97 ms looked up, 63 ms matched; "sécurité énergétique",
#: 210,747 and 13,800, 114 ms looked up, 141 ms matched).
BALANCED = 4


#: What reading a position costs beside solving a document's score (``scored_counts``), at
#: 100,000 documents: about 0.45 µs a position of the commonest word, 18 µs a document.
SCORED_DOCUMENT = 40


def _scored_if_quicker(
    db: sqlite3.Connection, words: list[_Word], phrase: str, low: int, high: int
) -> ScoredCounts | None:
    """The phrase's counts solved from FTS5's scores (``corpus.library.scored_counts``) where
    that reads less than the positions would: a phrase whose commonest word has many times the
    positions of its rarest, held by few documents ("sécurité énergétique", 210,747 positions
    of "securite" for 2,724 documents); ``None`` otherwise (or if the index cannot say)."""
    if not words or _balanced(words):
        return None  # every word is read, two at once: quicker than the scores
    (holding,) = db.execute(
        f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH ? AND rowid BETWEEN ? AND ?",
        (phrase, low, high),
    ).fetchone()
    if holding * SCORED_DOCUMENT >= max(word.size for word in words):
        return None
    whole = holding if (low, high) == (0, MAX_ROWID) else None
    return scored_counts(db, TABLE, phrase, low, high, holding=whole)


def _places(
    db: sqlite3.Connection,
    words: list[_Word],
    low: int,
    high: int,
    spare: sqlite3.Connection | None,
) -> npt.NDArray[np.int64]:
    """The document of each place where the content words stand as in the phrase (word ``i``
    of the phrase ``i`` positions after its first word), in the ``folded`` column: a document
    once per place."""
    if len(words) > 1 and _balanced(words):
        return _places_matched(db, words, low, high, spare)
    return _places_looked_up(db, words, low, high)


def _balanced(words: list[_Word]) -> bool:
    """Whether the commonest of ``words`` has at most :data:`BALANCED` times the positions of
    the rarest (each word's positions are then read, rather than looked up or scored)."""
    sizes = [word.size for word in words]
    return max(sizes) <= BALANCED * max(1, min(sizes))


def _places_looked_up(
    db: sqlite3.Connection, words: list[_Word], low: int, high: int
) -> npt.NDArray[np.int64]:
    """:func:`_places`, the word with the most occurrences read in order, and each other's
    positions looked up in a temporary index SQLite makes of them (``IN`` on a row value):
    making that index costs more per position than looking one up ("sécurité énergétique" at
    100,000 documents, 210,747 and 13,800 positions: 102 ms this way, 140 ms the other)."""
    first, *others = sorted(words, key=_size, reverse=True)
    condition, values = _instances_of(first)
    sql = f"SELECT group_concat(doc) FROM {_INSTANCES} WHERE {condition} AND doc BETWEEN ? AND ?"
    parameters: list[object] = [*values, low, high]
    for other in others:
        other_condition, other_values = _instances_of(other)
        sql += (
            f" AND (doc, offset + {other.rank - first.rank}) IN"
            f" (SELECT doc, offset FROM {_INSTANCES} WHERE {other_condition})"
        )
        parameters += other_values
    return _row_ids(db, sql, parameters)


#: A place's key for numpy is its document's rank times ``sorted_ids.RANK`` plus its position,
#: shifted by this, so that a word's position less its rank in the phrase is never negative.
_SHIFT = 2**16


def _places_matched(
    db: sqlite3.Connection,
    words: list[_Word],
    low: int,
    high: int,
    spare: sqlite3.Connection | None,
) -> npt.NDArray[np.int64]:
    """:func:`_places`, every word's positions read (one string each; the commonest word's on
    ``spare``, at the same time, if there is one), and the places where they all stand as in
    the phrase intersected by numpy: each position less the word's rank in the phrase, within
    the documents of the rarest word."""
    ordered = sorted(words, key=_size)
    if spare is None:
        readings = [_positions(db, word, low, high) for word in ordered]
    else:
        _vocabulary(spare)
        with ThreadPoolExecutor(max_workers=1) as reader:
            commonest = reader.submit(_positions, spare, ordered[-1], low, high)
            readings = [_positions(db, word, low, high) for word in ordered[:-1]]
            readings.append(commonest.result())
    documents, _ = _tally(readings[0][0])
    if not len(documents):
        return documents
    keys = []
    for word, (held, offsets) in zip(ordered, readings, strict=True):
        rank, inside = places_in(documents, held)
        keys.append(rank[inside].astype(np.int64) * RANK + offsets[inside] - word.rank + _SHIFT)
    places = keys[0]
    for other in keys[1:]:  # a position holds one word: each word's keys are unique
        places = np.intersect1d(places, other, assume_unique=True)
    found: npt.NDArray[np.int64] = documents[places // RANK]
    return found


def _positions(
    db: sqlite3.Connection, word: _Word, low: int, high: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Each position of ``word`` in the ``folded`` column: its documents and offsets."""
    condition, values = _instances_of(word)
    documents, offsets = db.execute(
        f"SELECT group_concat(doc), group_concat(offset) FROM {_INSTANCES} WHERE {condition}"
        " AND doc BETWEEN ? AND ?",
        [*values, low, high],
    ).fetchone()
    return _integers(documents), _integers(offsets)


def _size(word: _Word) -> int:
    return word.size


def _term_condition(term: Term) -> tuple[str, list[object]]:
    """The condition on ``fts5vocab``'s ``term`` column for a word or a prefix."""
    if not term.prefix:
        return "term = ?", [term.word]
    after = term.word[:-1] + chr(ord(term.word[-1]) + 1)
    return "term >= ? AND term < ?", [term.word, after]


def _quoted(term: Term) -> str:
    return f'"{term.word}"{"*" if term.prefix else ""}'
