"""Clause similarity: TF-IDF over stems, formula families and topics, cosine.

A clause becomes a bag of terms: the stems of its content words (function words left out), one
term per formula family it contains, and one per topic word (``corpus.compare.topics``: "échanges
commerciaux" and "libre-échange" both count for trade). Stem bigrams were measured and dropped:
on our gold they cost recall (F1 0.43 with them, 0.45 without; ``bench/eval_alignment.py``).
Term weights are ``(1 + log tf) · idf``, where the idf is learned from every clause of the
bundled declarations and of the two documents compared: a word
in almost every clause ("Parties", "coopération") weighs little. Vectors are L2-normalised, so the
dot product is the cosine, in [0, 1].

The matrix product uses SciPy's sparse matrices (chosen because two documents of 2,000 clauses
each would otherwise need millions of Python-level multiplications).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from corpus.compare.topics import topic_counts
from corpus.text.tokens import Token

#: How much a shared formula family counts, relative to a word of the same rarity. Chosen by
#: leave-one-pair-out over the gold (``bench/eval_alignment.py --lopo``): 2.0 in all ten folds,
#: among 1.0, 1.5, 2.0 and 3.0 (it was 1.5).
FAMILY_WEIGHT = 2.0
#: How much a shared topic (``#energy``) counts, relative to a word of the same rarity.
TOPIC_WEIGHT = 1.0


def clause_terms(tokens: Sequence[Token], families: Iterable[str] = ()) -> Counter[str]:
    """The bag of terms of one clause."""
    terms: Counter[str] = Counter(
        token.stem for token in tokens if not token.stop and len(token.text) > 1
    )
    terms.update(f"@{family}" for family in families)
    for topic, count in topic_counts(tokens).items():
        terms[f"#{topic}"] += count
    return terms


@dataclass(frozen=True)
class TermWeights:
    """Inverse clause frequencies learned from a collection of clauses."""

    idf: dict[str, float]
    default: float

    @classmethod
    def learn(cls, bags: Iterable[Counter[str]]) -> TermWeights:
        frequency: Counter[str] = Counter()
        count = 0
        for bag in bags:
            frequency.update(bag.keys())
            count += 1
        idf = {term: math.log((count + 1) / (df + 1)) + 1.0 for term, df in frequency.items()}
        return cls(idf, math.log(count + 1) + 1.0)

    def weight(self, term: str, tf: int) -> float:
        base = (1.0 + math.log(tf)) * self.idf.get(term, self.default)
        if term.startswith("@"):
            return base * FAMILY_WEIGHT
        return base * TOPIC_WEIGHT if term.startswith("#") else base


def vectorize(
    bags: Sequence[Counter[str]], weights: TermWeights, vocabulary: dict[str, int]
) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows, one per bag, over the columns of ``vocabulary``.

    Terms missing from ``vocabulary`` are left out.
    """
    rows: list[int] = []
    cols: list[int] = []
    values: list[float] = []
    for row, bag in enumerate(bags):
        entries = [(vocabulary[t], weights.weight(t, n)) for t, n in bag.items() if t in vocabulary]
        norm = math.sqrt(sum(v * v for _, v in entries)) or 1.0
        for col, value in entries:
            rows.append(row)
            cols.append(col)
            values.append(value / norm)
    shape = (len(bags), max(len(vocabulary), 1))
    return sparse.csr_matrix((np.array(values, dtype=np.float64), (rows, cols)), shape=shape)


def similarity_matrix(
    left: Sequence[Counter[str]], right: Sequence[Counter[str]], weights: TermWeights
) -> npt.NDArray[np.float64]:
    """The cosine of every left bag with every right bag, as a dense array."""
    if not left or not right:
        return np.zeros((len(left), len(right)))
    vocabulary: dict[str, int] = {}
    for bag in (*left, *right):
        for term in bag:
            vocabulary.setdefault(term, len(vocabulary))
    product = vectorize(left, weights, vocabulary) @ vectorize(right, weights, vocabulary).T
    dense: npt.NDArray[np.float64] = np.asarray(product.toarray(), dtype=np.float64)
    return np.clip(dense, 0.0, 1.0)
