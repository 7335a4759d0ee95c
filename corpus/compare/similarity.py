"""Clause similarity: TF-IDF over stems, formula families and topics, cosine.

A clause becomes a bag of terms: the stems of its content words (function words left out), one
term per formula family it contains, and one per topic word (``corpus.compare.topics``: "échanges
commerciaux" and "libre-échange" both count for trade). Stem bigrams were measured and dropped:
on our gold they cost recall (F1 0.43 with them, 0.45 without; ``bench/eval_alignment.py``).
Term weights are ``(1 + log tf) · idf``, where the idf is learned from every clause of the
bundled declarations and of the two documents compared: a word
in almost every clause ("Parties", "coopération") weighs little. Vectors are L2-normalised, so the
dot product is the cosine, in [0, 1].

The product is NumPy's, over the terms the two sides share only (a term on one side alone adds
nothing to any cosine): two documents of 2,000 clauses give matrices of a few thousand columns,
multiplied in milliseconds. SciPy's sparse matrices did the same, but loading SciPy alone took
longer than a whole comparison of two declarations.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from corpus.compare.topics import topic_counts
from corpus.text.tokens import Token

#: How much a shared formula family counts, relative to a word of the same rarity. Chosen by
#: leave-one-pair-out over the gold on the subject level (``bench/eval_alignment.py --lopo
#: --criterion subject``): 1.5 in all ten folds, among 1.0, 1.5, 2.0 and 3.0 (2.0 on the pair
#: level).
FAMILY_WEIGHT = 1.5
#: How much a shared topic (``#energy``) counts, relative to a word of the same rarity: the
#: topics are the lexicon's synonyms ("échanges commerciaux", "libre-échange"), so a clause on
#: trade meets another on trade in other words. Chosen with the three above: 1.5 in all ten
#: folds, among 0.5, 1.0 and 1.5 (1.0 before). It favours the lexicon's topics: boosting half of
#: them alone does not help pairs on the other half (``bench/eval_alignment.py``'s docstring).
TOPIC_WEIGHT = 1.5


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
) -> npt.NDArray[np.float64]:
    """TF-IDF rows, one per bag, over the columns of ``vocabulary``, each row divided by the
    norm of its whole bag (terms missing from ``vocabulary`` count in the norm, not in a column).
    """
    matrix = np.zeros((len(bags), max(len(vocabulary), 1)), dtype=np.float64)
    for row, bag in enumerate(bags):
        weighted = [(term, weights.weight(term, n)) for term, n in bag.items()]
        norm = math.sqrt(sum(value * value for _, value in weighted)) or 1.0
        for term, value in weighted:
            column = vocabulary.get(term)
            if column is not None:
                matrix[row, column] = value / norm
    return matrix


def similarity_matrix(
    left: Sequence[Counter[str]], right: Sequence[Counter[str]], weights: TermWeights
) -> npt.NDArray[np.float64]:
    """The cosine of every left bag with every right bag, as a dense array."""
    if not left or not right:
        return np.zeros((len(left), len(right)))
    shared = set().union(*left) & set().union(*right)
    vocabulary = {term: column for column, term in enumerate(sorted(shared))}
    product = vectorize(left, weights, vocabulary) @ vectorize(right, weights, vocabulary).T
    return np.clip(product, 0.0, 1.0)
