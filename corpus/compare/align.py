"""Pair comparable clauses of two documents, whatever their order.

This is a matching problem, not a sequence alignment: the sovereignty clause is point 1 of one
text and section IV of another. The method, measured in ``../shared/research/ALGORITHMS.md`` and
on our own gold (``tests/data/gold/alignment.toml``), is "best match both ways" with a threshold:
each clause is linked to its most similar clause in the other text when their similarity reaches
``threshold``, in both directions. The union of the two directions gives one-to-many links where a
text splits what the other says at once; a clause keeps at most ``MAX_LINKS`` links, the best.
Ties are broken by position, so the same input always gives the same pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

import numpy as np
import numpy.typing as npt

from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.compare.similarity import TermWeights, clause_terms, similarity_matrix
from corpus.defaults import DEFAULT_THRESHOLD
from corpus.formulas.finder import bundled_catalogue
from corpus.model import Alignment, ClauseLink

MAX_LINKS = 3
#: Clauses with fewer content words than this are never paired.
MIN_CONTENT_WORDS = 3


def clause_bags(document: AnalyzedDocument) -> list[Counter[str]]:
    """The term bags of a document's comparable clauses, in order."""
    return [
        clause_terms(document.clause_tokens(clause), document.clause_families(clause))
        for clause in document.clauses
    ]


@cache
def _bundled_bags() -> tuple[tuple[str, tuple[Counter[str], ...]], ...]:
    from corpus.text import bundled

    catalogue = bundled_catalogue()
    return tuple(
        (doc_id, tuple(clause_bags(analyze(bundled.load_bundled(doc_id), catalogue))))
        for doc_id in bundled.bundled_ids()
    )


def corpus_weights(documents: Iterable[tuple[str, Sequence[Counter[str]]]]) -> TermWeights:
    """Term weights learned from the bundled declarations plus the given documents."""
    seen: dict[str, Sequence[Counter[str]]] = dict(_bundled_bags())
    for doc_id, bags in documents:
        seen[doc_id] = bags
    return TermWeights.learn(bag for bags in seen.values() for bag in bags)


def align(
    left: AnalyzedDocument,
    right: AnalyzedDocument,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    weights: TermWeights | None = None,
) -> Alignment:
    """Pair the comparable clauses of two analysed documents.

    Args:
        left: the left document.
        right: the right document.
        threshold: the least similarity (0 to 1) for a pair.
        weights: term weights; by default learned from the bundled corpus and both documents.

    Returns:
        The pairs, with the clauses of each side that have no counterpart.
    """
    return align_scored(left, right, pair_scores(left, right, weights), threshold)


def pair_scores(
    left: AnalyzedDocument, right: AnalyzedDocument, weights: TermWeights | None = None
) -> npt.NDArray[np.float64]:
    """The similarity of every compared left clause (rows) with every right one (columns)."""
    left_bags = clause_bags(left)
    right_bags = clause_bags(right)
    if weights is None:
        weights = corpus_weights(
            [(left.document.doc_id, left_bags), (right.document.doc_id, right_bags)]
        )
    scores = similarity_matrix(left_bags, right_bags, weights)
    # A lead-in ("Les Parties :") has too few words to be compared with anything.
    scores[[i for i, bag in enumerate(left_bags) if _words(bag) < MIN_CONTENT_WORDS], :] = 0.0
    scores[:, [j for j, bag in enumerate(right_bags) if _words(bag) < MIN_CONTENT_WORDS]] = 0.0
    return scores


def align_scored(
    left: AnalyzedDocument,
    right: AnalyzedDocument,
    scores: npt.NDArray[np.float64],
    threshold: float = DEFAULT_THRESHOLD,
) -> Alignment:
    """The pairs :func:`align` makes from a matrix of :func:`pair_scores`."""
    chosen = best_both_ways(scores, threshold)
    left_ids = [c.clause_id for c in left.clauses]
    right_ids = [c.clause_id for c in right.clauses]
    links = tuple(
        ClauseLink(left_ids[i], right_ids[j], round(float(scores[i, j]), 4)) for i, j in chosen
    )
    paired_left = {i for i, _ in chosen}
    paired_right = {j for _, j in chosen}
    return Alignment(
        links=links,
        unpaired_left=tuple(cid for i, cid in enumerate(left_ids) if i not in paired_left),
        unpaired_right=tuple(cid for j, cid in enumerate(right_ids) if j not in paired_right),
    )


def _words(bag: Counter[str]) -> int:
    return sum(count for term, count in bag.items() if term[0] not in "@#")


def best_both_ways(scores: npt.NDArray[np.float64], threshold: float) -> list[tuple[int, int]]:
    """Links from each row to its best column and each column to its best row, above threshold.

    ``argmax`` takes the first maximum, so ties go to the earliest clause: deterministic.
    """
    if scores.size == 0:
        return []
    pairs: set[tuple[int, int]] = set()
    for i, j in enumerate(np.argmax(scores, axis=1)):
        if scores[i, j] >= threshold:
            pairs.add((i, int(j)))
    for j, i in enumerate(np.argmax(scores, axis=0)):
        if scores[i, j] >= threshold:
            pairs.add((int(i), j))
    return sorted(_cap(pairs, scores))


def _cap(pairs: set[tuple[int, int]], scores: npt.NDArray[np.float64]) -> set[tuple[int, int]]:
    """Keep at most ``MAX_LINKS`` links per clause on each side, the best ones."""
    kept = set(pairs)
    for side in (0, 1):
        groups: dict[int, list[tuple[int, int]]] = {}
        for pair in kept:
            groups.setdefault(pair[side], []).append(pair)
        for group in groups.values():
            if len(group) > MAX_LINKS:
                group.sort(key=lambda p: (-scores[p], p))
                kept.difference_update(group[MAX_LINKS:])
    return kept
