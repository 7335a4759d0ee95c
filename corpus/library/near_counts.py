"""A NEAR query's occurrences per document, counted from FTS5's positions and each document's
paragraph breaks.

``locate`` finds a NEAR's windows by word numbers: the words of the view, counted across
paragraphs. FTS5's ``folded`` column holds a token at each paragraph break
(``corpus.library.fts_row``), so a word's position there is its number plus the breaks before
it; the index keeps where each document's breaks stand (``paragraph_breaks``, written with the
document). So the terms' positions, read once for the whole library, give every occurrence's
word number (numpy, for all candidates at once), and the windows are counted from them: no view
is read. A candidate holding each term once has one window if its words are distinct and close
enough, which numpy tells for all such at once; the others go through
:func:`corpus.library.query.near_windows`, the code ``locate`` runs.

The candidates are the documents FTS5's own NEAR proposes (``fts_expression``, as a search
asks), read with their breaks in one statement; one whose breaks are not kept (a library
opened read-only before they were) is left to its view, as are the documents whose positions
may disagree with ``locate`` (the caller's ``view_counted``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from corpus.library.query import Query, QueryKind, Term, fts_expression, near_windows
from corpus.library.sorted_ids import RANK, places_in

#: A term's positions in the ``folded`` column: their documents and offsets, by document.
Positions = tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]


def near_counts(
    db: sqlite3.Connection,
    table: str,
    query: Query,
    low: int,
    high: int,
    positions_of: Callable[[Term], Positions],
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], list[int]] | None:
    """The documents (ascending) with windows of the NEAR ``query`` from ``low`` to ``high``,
    their windows, and the candidates whose views must tell; ``None`` if the index keeps no
    paragraph breaks.

    Args:
        table: the FTS5 table (its ``folded`` column written as ``fts_row`` says).
        positions_of: a term's positions in the ``folded`` column (read by the caller, which
            knows how to read them quickly).
    """
    if query.kind is not QueryKind.NEAR:
        raise ValueError("a NEAR query is counted here")
    try:
        candidates = db.execute(
            f"SELECT {table}.rowid, b.positions FROM {table}"
            f" LEFT JOIN paragraph_breaks AS b ON b.doc = {table}.rowid"
            f" WHERE {table} MATCH ? AND {table}.rowid BETWEEN ? AND ?",
            (fts_expression(query), low, high),
        ).fetchall()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    wanted = np.fromiter((doc for doc, _ in candidates), np.int64, len(candidates))
    order = np.argsort(wanted, kind="stable")
    wanted = wanted[order]
    stored = [candidates[i][1] for i in order.tolist()]
    kept = np.array([blob is not None for blob in stored], dtype=np.bool_)
    breaks = _all_breaks(stored)
    read: dict[Term, _Occurrences] = {}
    for term in query.terms:
        if term not in read:
            read[term] = _occurrences(*positions_of(term), wanted, kept, breaks)
    per_term = [read[term] for term in query.terms]
    documents, hits = _counted(per_term, len(wanted), len(query.terms) + query.distance)
    return wanted[documents], hits, wanted[~kept].tolist()


class _Occurrences(NamedTuple):
    """A term's occurrences in the candidates: each one's candidate (its rank among them),
    position in the ``folded`` column, and word number, by candidate and position."""

    ranks: npt.NDArray[np.int64]
    positions: npt.NDArray[np.int64]
    numbers: npt.NDArray[np.int64]


def _all_breaks(stored: list[bytes | None]) -> npt.NDArray[np.int64]:
    """Every candidate's paragraph breaks as keys (its rank times ``sorted_ids.RANK`` plus the
    break's position), ascending."""
    blobs = [blob or b"" for blob in stored]
    breaks = np.frombuffer(b"".join(blobs), dtype="<u4").astype(np.int64)
    sizes = np.fromiter((len(blob) // 4 for blob in blobs), np.int64, len(blobs))
    ranks = np.repeat(np.arange(len(blobs), dtype=np.int64), sizes)
    return ranks * RANK + breaks


def _occurrences(
    documents: npt.NDArray[np.int64],
    offsets: npt.NDArray[np.int64],
    wanted: npt.NDArray[np.int64],
    kept: npt.NDArray[np.bool_],
    breaks: npt.NDArray[np.int64],
) -> _Occurrences:
    """A term's positions in the candidates whose breaks are kept, with their word numbers:
    the position less the candidate's breaks before it."""
    if not len(wanted):
        empty = np.zeros(0, np.int64)
        return _Occurrences(empty, empty, empty)
    at, present = places_in(wanted, documents)
    inside = present & kept[at]
    ranks, offsets = at[inside].astype(np.int64), offsets[inside]
    keys = ranks * RANK + offsets
    order = np.argsort(keys, kind="stable")  # a prefix's words come word by word
    ranks, offsets, keys = ranks[order], offsets[order], keys[order]
    before = np.searchsorted(breaks, keys) - np.searchsorted(breaks, ranks * RANK)
    return _Occurrences(ranks, offsets, offsets - before)


def _counted(
    per_term: list[_Occurrences], candidates: int, reach: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """The candidates (ranks, ascending) with windows, and how many.

    Most candidates hold each term once: they have one window if the terms' words are distinct
    and their numbers less than ``reach`` apart, which numpy tells for all of them at once
    (``near_windows`` would find the same). The others go through ``near_windows``."""
    counts = np.array([np.bincount(t.ranks, minlength=candidates) for t in per_term])
    held = (counts >= 1).all(axis=0)
    once = held & (counts == 1).all(axis=0)
    windows = np.zeros(candidates, np.int64)
    if once.any():
        numbers = np.zeros((len(per_term), candidates), np.int64)
        positions = np.zeros((len(per_term), candidates), np.int64)
        for row, term in enumerate(per_term):
            single = once[term.ranks]
            numbers[row, term.ranks[single]] = term.numbers[single]
            positions[row, term.ranks[single]] = term.positions[single]
        numbers, positions = numbers[:, once], positions[:, once]
        apart = np.diff(np.sort(positions, axis=0), axis=0).min(axis=0) > 0
        close = numbers.max(axis=0) - numbers.min(axis=0) < reach
        windows[np.flatnonzero(once)] = apart & close
    several = np.flatnonzero(held & ~once)
    if len(several):
        for rank, found in _windows_of(per_term, several, reach):
            windows[rank] = found
    chosen = np.flatnonzero(windows)
    return chosen, windows[chosen]


def _windows_of(
    per_term: list[_Occurrences], ranks: npt.NDArray[np.int64], reach: int
) -> list[tuple[int, int]]:
    """Each of ``ranks`` with its windows, from ``near_windows`` over its occurrences in word
    numbers, ordered as ``locate`` orders them (by position, then term)."""
    parts = []
    for term, occurrences in enumerate(per_term):
        chosen = np.isin(occurrences.ranks, ranks)
        size = int(chosen.sum())
        parts.append(
            (
                occurrences.ranks[chosen],
                occurrences.positions[chosen],
                occurrences.numbers[chosen],
                np.full(size, term, np.int64),
            )
        )
    ranked, positions, numbers, terms = (
        np.concatenate(column) for column in zip(*parts, strict=True)
    )
    order = np.lexsort((terms, positions, ranked))
    ranked, numbers, terms = ranked[order], numbers[order], terms[order]
    starts = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1])))
    ends = np.append(starts[1:], len(ranked))
    all_numbers, all_terms = numbers.tolist(), terms.tolist()
    found = []
    for rank, a, b in zip(ranked[starts].tolist(), starts.tolist(), ends.tolist(), strict=True):
        window = all_numbers[a:b]
        spans = near_windows(
            [(n, n + 1, t) for n, t in zip(window, all_terms[a:b], strict=True)],
            window,
            len(per_term),
            reach - len(per_term),
        )
        found.append((rank, len(spans)))
    return found
