"""Where else: the clauses most like a given clause across the declarations at hand.

The precedent of a formula: for a clause, the most similar clauses of every other declaration,
with their dates and parties, scored with the same similarity as the clause pairing
(``corpus.compare.similarity``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.similarity import TermWeights, clause_terms, similarity_matrix

DEFAULT_LIMIT = 20
MIN_SCORE = 0.15


@dataclass(frozen=True, slots=True)
class Precedent:
    """A clause like the one asked about, in another declaration."""

    doc_id: str
    path: str
    title: str
    date: str
    parties: tuple[str, ...]
    label: str
    start: int
    end: int
    text: str
    score: float


def where_else(
    source: AnalyzedDocument,
    clause_id: str,
    library: Sequence[AnalyzedDocument],
    *,
    limit: int = DEFAULT_LIMIT,
    min_score: float = MIN_SCORE,
) -> list[Precedent]:
    """The clauses of ``library`` (other documents than ``source``) most like one clause."""
    clause = source.clause(clause_id)
    query = clause_terms(source.clause_tokens(clause), source.clause_families(clause))
    candidates = [
        (document, other)
        for document in library
        if document.document.path != source.document.path
        for other in document.clauses
    ]
    bags = [clause_terms(d.clause_tokens(c), d.clause_families(c)) for d, c in candidates]
    weights = TermWeights.learn([query, *bags, *_bags(source)])
    scores = similarity_matrix([query], bags, weights)[0] if bags else []
    ranked = sorted(range(len(candidates)), key=lambda i: (-scores[i], i))
    found = []
    for index in ranked[:limit]:
        if scores[index] < min_score:
            break
        document, other = candidates[index]
        meta = document.document.meta
        text = " ".join(document.document.raw[other.start : other.end].split())
        found.append(
            Precedent(
                document.document.doc_id,
                document.document.path,
                meta.title,
                meta.date,
                meta.parties,
                other.label,
                other.start,
                other.end,
                text,
                round(float(scores[index]), 4),
            )
        )
    return found


def _bags(document: AnalyzedDocument) -> list[Counter[str]]:
    return [
        clause_terms(document.clause_tokens(c), document.clause_families(c))
        for c in document.clauses
    ]
