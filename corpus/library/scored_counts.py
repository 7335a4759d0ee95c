"""A phrase's occurrences per document read off FTS5's ``bm25`` score, without reading any word's
positions.

Counting from positions (``corpus.library.position_counts``) reads every position of the
phrase's commonest word: for "sécurité énergétique" at 100,000 documents, 210,747 of
"securite" for 2,724 documents holding the phrase, about 0.45 µs each, more than the plain
search's first page. FTS5 itself finds those 2,724 documents in a few milliseconds (its phrase
matching reads the position lists in C), and its ``bm25`` function, documented with its formula
(https://sqlite.org/fts5.html, "The bm25() function"), scores each row from the number of
occurrences ``f`` of the query's one phrase in it:

    score = -IDF * f * (k1 + 1) / (f + k1 * (1 - b + b * D / avgdl)),   k1 = 1.2, b = 0.75,
    IDF = ln((N - n + 0.5) / (n + 0.5)), at least 1e-6,

where ``D`` is the row's number of tokens (all columns), ``avgdl`` the table's average, ``N``
its rows and ``n`` the rows holding the phrase. ``D`` is in FTS5's ``docsize`` table (a varint
per column), ``N`` and the column totals in its averages record: ``f`` is solved for. It is an
integer; a score that does not give one (to a millionth) leaves its document to its view, so
the count is exact or not made.

The phrase is the whole phrase, function words included: FTS5's occurrences of it are
``locate``'s wherever the positions agree (``corpus.library.fts_row``), which the caller sees to.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from corpus.library.hits import MAX_ROWID

#: FTS5's bm25 constants (its documentation's k1 and b).
K1 = 1.2
B = 0.75
_LEAST_IDF = 1e-6
#: How far from an integer a solved count may be (the arithmetic's error is about 1e-12).
_TOLERANCE = 1e-6
#: The row id of FTS5's averages record in its ``_data`` table.
_AVERAGES = 1


class ScoredCounts:
    """Each document's occurrences of a phrase, from its score.

    Attributes:
        documents: the documents (row ids, ascending) whose count the score gave.
        hits: their occurrences (at least one each), in the same order.
        unsolved: documents holding the phrase whose score gave no integer (read their views).
    """

    __slots__ = ("documents", "hits", "unsolved")

    def __init__(
        self,
        documents: npt.NDArray[np.int64],
        hits: npt.NDArray[np.int64],
        unsolved: list[int],
    ) -> None:
        self.documents = documents
        self.hits = hits
        self.unsolved = unsolved


def varints(blob: bytes) -> list[int]:
    """The integers of a blob of SQLite varints (big-endian, seven bits a byte, the high bit
    saying another byte follows; the ninth byte, if any, gives all eight of its bits)."""
    found: list[int] = []
    index, size = 0, len(blob)
    while index < size:
        value = 0
        for length in range(9):
            byte = blob[index]
            index += 1
            if length == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if byte < 0x80:
                break
        found.append(value)
    return found


def table_sizes(db: sqlite3.Connection, table: str) -> tuple[int, float] | None:
    """The rows of FTS5 table ``table`` and its average tokens a row (all columns), from its
    averages record; ``None`` if it has none (an empty table) or no such table."""
    try:
        row = db.execute(f"SELECT block FROM {table}_data WHERE id = ?", (_AVERAGES,)).fetchone()
    except sqlite3.OperationalError:
        return None
    if row is None or not row[0]:
        return None
    rows, *totals = varints(bytes(row[0]))
    return (rows, sum(totals) / rows) if rows else None


def scored_counts(
    db: sqlite3.Connection,
    table: str,
    phrase: str,
    low: int,
    high: int,
    among: Sequence[int] | None = None,
    holding: int | None = None,
) -> ScoredCounts | None:
    """The occurrences of ``phrase`` (an FTS5 query of one phrase) in each row of ``table``
    from ``low`` to ``high`` holding it, or of those ``among`` only; ``None`` if the table
    cannot say (no averages or sizes kept).

    Args:
        holding: how many rows of the whole table hold the phrase, if the caller knows (the
            score's IDF counts them; else they are counted).
    """
    sizes = table_sizes(db, table)
    if sizes is None:
        return None
    rows_in_table, average = sizes
    # "+rowid": the rows are taken from the phrase's matches, not looked up one by one (FTS5
    # would make each lookup a query of its own, and compute the IDF again for each).
    within = f" AND +{table}.rowid IN ({','.join(str(int(doc)) for doc in among)})" if among else ""
    if among is not None and not among:
        return ScoredCounts(np.zeros(0, np.int64), np.zeros(0, np.int64), [])
    try:
        rows = db.execute(
            f"SELECT {table}.rowid, bm25({table}), s.sz FROM {table}"
            f" CROSS JOIN {table}_docsize AS s ON s.id = {table}.rowid"
            f" WHERE {table} MATCH ? AND {table}.rowid BETWEEN ? AND ?{within}",
            (phrase, low, high),
        ).fetchall()
    except sqlite3.OperationalError:
        return None
    if not rows:
        return ScoredCounts(np.zeros(0, np.int64), np.zeros(0, np.int64), [])
    if holding is None:
        if among is None and (low, high) == (0, MAX_ROWID):
            holding = len(rows)
        else:
            (holding,) = db.execute(
                f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (phrase,)
            ).fetchone()
    idf = max(math.log((rows_in_table - holding + 0.5) / (holding + 0.5)), _LEAST_IDF)
    documents = np.fromiter((row[0] for row in rows), np.int64, len(rows))
    scores = np.fromiter((row[1] for row in rows), np.float64, len(rows))
    tokens = np.fromiter((sum(varints(row[2])) for row in rows), np.float64, len(rows))
    saturation = K1 * (1 - B + B * tokens / average)
    share = -scores / idf  # f (k1 + 1) / (f + saturation)
    with np.errstate(divide="ignore", invalid="ignore"):
        solved = share * saturation / (K1 + 1 - share)
    counts = np.rint(solved)
    exact = np.isfinite(solved) & (np.abs(solved - counts) <= _TOLERANCE) & (counts >= 1)
    order = np.argsort(documents, kind="stable")
    documents, counts, exact = documents[order], counts[order], exact[order]
    return ScoredCounts(
        documents[exact], counts[exact].astype(np.int64), documents[~exact].tolist()
    )
