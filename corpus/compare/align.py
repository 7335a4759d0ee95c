"""Pair comparable clauses of two documents, whatever their order.

This is a matching problem, not a sequence alignment: the sovereignty clause is point 1 of one
text and section IV of another. The method, measured in ``../shared/research/ALGORITHMS.md`` and
on our own gold (``tests/data/gold/alignment.toml``), is "best match both ways" with a threshold:
each clause is linked to its most similar clause in the other text when their similarity reaches
``threshold``, in both directions. The union of the two directions gives one-to-many links where a
text splits what the other says at once; a clause keeps at most ``MAX_LINKS`` links, the best.
Ties are broken by position, so the same input always gives the same pairs.

Formal lines pair only with their like (``corpus.model.FORMAL_KINDS``): a lead-in with a lead-in, a
closing line with a closing line, a signature with a signature, a heading with a heading, and
never one of them with a commitment. A lead-in names the parties, so it shares their names with
every clause that names them, and it says nothing. Closing lines and signatures of both texts
answer each other whatever their words (``FORMAL_SCORE``), and so do the lead-ins that name the
signatories.

Texts in two languages (a French declaration and an English statement) share almost no stems:
they are compared on their cognates and paired by rules made for that (``corpus.compare.across``:
versions of one text along a monotone path, other texts by mutual best), their scores put on the
one-language scale so that one threshold and one strength scale serve both. The topics and
formula families alone (``language_neutral``, ``across_languages_scale``) paired a treaty's two
texts at 0.39 / 0.44 (issue 23); they remain for ``bench/eval_alignment.py --across-languages``.

A pair's strength (:func:`strength`) puts its score in words for the reader; see
``STRONG_SCORE`` and ``FAIR_SCORE``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from corpus.compare import across
from corpus.compare.analysis import AnalyzedDocument
from corpus.compare.similarity import TermWeights, clause_terms, similarity_matrix
from corpus.defaults import DEFAULT_THRESHOLD
from corpus.errors import DocumentError, Reason
from corpus.model import FORMAL_KINDS, Alignment, Clause, ClauseKind, ClauseLink
from corpus.text.formal import names_office

#: Chosen by leave-one-pair-out over the gold on the subject level, the issue's measure
#: (``bench/eval_alignment.py --lopo --criterion subject``): 3 in ten folds of ten, among 1, 2 and
#: 3 (it was 2, chosen on the pair level; the gold itself links a clause to up to three).
MAX_LINKS = 3
#: The most pairs of clauses a comparison scores (a matrix of this many numbers, and a few of
#: its size while pairing: 4,000 clauses against 4,000 take 620 MB). The longest treaty we know
#: has 1,024 clauses; a text of 60,000 paragraphs against itself would need 29 GB.
MAX_CLAUSE_PAIRS = 16_000_000
#: The least score of a closing line with a closing line, a signature with a signature: they do
#: the same thing ("Fait à Moscou, le ..." / "Pékin, le 23 avril 2025.") in words that share little.
FORMAL_SCORE = 0.3
#: Clauses with fewer content words than this are never paired.
MIN_CONTENT_WORDS = 3
#: Where leave-one-pair-out puts the threshold of scores across languages (topics and formula
#: families only), on the gold with the words hidden and on the subject level, as for one
#: language (``bench/eval_alignment.py --lopo --across-languages --criterion subject``; with the
#: weights above it chose 0.19-0.20 on the scale that maps 0.5 to 0.22, i.e. 0.31-0.37 here).
#: It is mapped onto the default threshold. It was 0.5, chosen on the pair level.
ACROSS_LANGUAGES_THRESHOLD = 0.37
#: The most a pair across languages scores: just under ``FAIR_SCORE``, so every such pair is
#: "weak". With the words hidden, not one of the 15 pairs that would have been strong was the
#: gold's, and 49 of 126 fair ones were (measured with the weights chosen on the pair level).
ACROSS_LANGUAGES_CEILING = 0.299
#: A clause is also paired with a clause that scores at least this fraction of its best (and
#: reaches the threshold): a text often says in two clauses what the other says in one (Vietnam
#: ¶15, police against terrorism and crime ↔ China 10. (1) terrorism beside 10. (2) crime).
#: Chosen by leave-one-pair-out on the subject level (``bench/eval_alignment.py --lopo
#: --criterion subject``): 0.85 in ten folds of ten, among 0.85, 0.9 and 1.0 (off). It was 0.9,
#: chosen on the pair level. 1.0 turns the rule off.
NEAR_BEST = 0.85


def clause_bags(document: AnalyzedDocument) -> list[Counter[str]]:
    """The term bags of a document's comparable clauses, in order."""
    return [
        clause_terms(document.clause_tokens(clause), document.clause_families(clause))
        for clause in document.clauses
    ]


@cache
def _bundled_bags() -> tuple[tuple[str, tuple[Counter[str], ...]], ...]:
    # Shipped with the program (computed once, see corpus.compare.bundled_bags), else computed.
    from corpus.compare import bundled_bags

    return bundled_bags.shipped() or bundled_bags.compute()


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
    return propose(left, right, threshold=threshold, weights=weights).alignment


@dataclass(frozen=True)
class Proposal:
    """The engine's pairs for two documents, with what it saw.

    Attributes:
        scores: every compared left clause against every right one (one-language scale).
        alignment: the proposed pairs.
        relation: "versions" (one text in two languages, or two drafts) or "comparable".
        basis: what the clauses were compared on: "words" (one language), "cognates" (French
            and English), "anchors" (a third language: numbers and names only).
    """

    scores: npt.NDArray[np.float64]
    alignment: Alignment
    relation: str
    basis: str


def propose(
    left: AnalyzedDocument,
    right: AnalyzedDocument,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    weights: TermWeights | None = None,
) -> Proposal:
    """Score and pair the comparable clauses of two documents, in one language or two."""
    one_known_language = (left.document.meta.language or "fr") in across.COGNATE_LANGUAGES
    if not languages_differ(left, right) and one_known_language:
        scores = pair_scores(left, right, weights, across_languages=False)
        return Proposal(
            scores, links_from_scores(left, right, scores, threshold), "comparable", "words"
        )
    left_bags, right_bags = clause_bags(left), clause_bags(right)
    # Topics and formula families (with the formal lines' rules), for texts that are not versions.
    found = across.compare_across(
        left, right, lambda: pair_scores(left, right, weights, across_languages=True)
    )
    scores = _with_formal_rules(left, right, found.scores.copy(), left_bags, right_bags)
    # The rules' own floor (gap-filled and merged pairs stand below the mutual-best threshold),
    # moved with the user's threshold.
    floor = threshold * across.GAP_FLOOR / DEFAULT_THRESHOLD
    chosen = [(i, j) for i, j in found.pairs if scores[i, j] > 0.0 and scores[i, j] >= floor]
    return Proposal(scores, _alignment(left, right, chosen, scores), found.relation, found.basis)


#: A pair at or above this score is "strong": nine in ten such pairs are the gold's own
#: (0.40-0.50: 23 of 25, above: 12 of 12; all ten bundled pairs, the weights above).
STRONG_SCORE = 0.40
#: A pair at or above this score (and below ``STRONG_SCORE``) is "fair": one in two is the gold's
#: own (0.30-0.40: 38 of 78) and all but one share a subject with it; below it a pair is "weak":
#: one in three is the gold's (46 of 145), though 140 of them share a subject with it.
FAIR_SCORE = 0.30


def strength(score: float) -> str:
    """A pair's strength in words: "strong", "fair" or "weak" (see ``STRONG_SCORE``)."""
    if score >= STRONG_SCORE:
        return "strong"
    return "fair" if score >= FAIR_SCORE else "weak"


def pair_scores(
    left: AnalyzedDocument,
    right: AnalyzedDocument,
    weights: TermWeights | None = None,
    *,
    across_languages: bool | None = None,
) -> npt.NDArray[np.float64]:
    """How alike every left clause is to every right clause, 0 where they may not pair.

    Args:
        left: the left document.
        right: the right document.
        weights: term weights; by default learned from the bundled corpus and both documents.
        across_languages: compare on topics and formula families only, as texts in two
            languages are; by default when the documents' languages differ.

    Raises:
        DocumentError: more pairs of clauses than :data:`MAX_CLAUSE_PAIRS`.
    """
    pairs = len(left.clauses) * len(right.clauses)
    if pairs > MAX_CLAUSE_PAIRS:
        raise DocumentError(
            Reason.TOO_MANY_CLAUSE_PAIRS,
            left=len(left.clauses),
            right=len(right.clauses),
            pairs=pairs,
            limit=MAX_CLAUSE_PAIRS,
        )
    left_bags = clause_bags(left)
    right_bags = clause_bags(right)
    if weights is None:
        weights = corpus_weights(
            [(left.document.doc_id, left_bags), (right.document.doc_id, right_bags)]
        )
    if across_languages is None:
        across_languages = languages_differ(left, right)
    if across_languages:
        scores = across_languages_scale(
            similarity_matrix(
                [language_neutral(bag) for bag in left_bags],
                [language_neutral(bag) for bag in right_bags],
                weights,
            )
        )
    else:
        scores = similarity_matrix(left_bags, right_bags, weights)
    return _with_formal_rules(left, right, scores, left_bags, right_bags)


def _with_formal_rules(
    left: AnalyzedDocument,
    right: AnalyzedDocument,
    scores: npt.NDArray[np.float64],
    left_bags: Sequence[Counter[str]],
    right_bags: Sequence[Counter[str]],
) -> npt.NDArray[np.float64]:
    """Scores with the rules of formal lines applied (see the module's docstring)."""
    # A lead-in ("Les Parties :") has too few words to be compared with anything.
    scores[[i for i, bag in enumerate(left_bags) if _words(bag) < MIN_CONTENT_WORDS], :] = 0.0
    scores[:, [j for j, bag in enumerate(right_bags) if _words(bag) < MIN_CONTENT_WORDS]] = 0.0
    left_kinds = np.array([_pairing_kind(c) for c in left.clauses], dtype=object)
    right_kinds = np.array([_pairing_kind(c) for c in right.clauses], dtype=object)
    if scores.size:
        scores[left_kinds[:, None] != right_kinds[None, :]] = 0.0
        for kind in (ClauseKind.CLOSING, ClauseKind.SIGNATURE):
            both = (left_kinds[:, None] == kind.value) & (right_kinds[None, :] == kind.value)
            scores[both] = np.maximum(scores[both], FORMAL_SCORE)
        # The lead-ins that name the signatories ("Le Président de ... et le Président de ...,")
        # answer each other too; "Les Parties :" announces a list and has no counterpart.
        left_parties = np.array([_names_signatories(left, c) for c in left.clauses])
        right_parties = np.array([_names_signatories(right, c) for c in right.clauses])
        both = left_parties[:, None] & right_parties[None, :]
        scores[both] = np.maximum(scores[both], FORMAL_SCORE)
    return scores


def languages_differ(left: AnalyzedDocument, right: AnalyzedDocument) -> bool:
    """Whether two documents are in two languages (as ``analyze`` tokenises them)."""
    return (left.document.meta.language or "fr") != (right.document.meta.language or "fr")


def across_languages_scale(scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Scores across languages on the one-language scale: in order, 0 kept, the threshold that
    leave-one-pair-out chose on ``DEFAULT_THRESHOLD`` and 1 on ``ACROSS_LANGUAGES_CEILING``."""
    slope = (ACROSS_LANGUAGES_CEILING - DEFAULT_THRESHOLD) / (1.0 - ACROSS_LANGUAGES_THRESHOLD)
    mapped = DEFAULT_THRESHOLD + slope * (scores - ACROSS_LANGUAGES_THRESHOLD)
    return np.where(scores > 0.0, np.maximum(mapped, 0.0), 0.0)


def language_neutral(bag: Counter[str]) -> Counter[str]:
    """The terms of a bag that do not depend on the language: topics and formula families."""
    return Counter({term: count for term, count in bag.items() if term[0] in "@#"})


def _names_signatories(document: AnalyzedDocument, clause: Clause) -> bool:
    raw = document.document.raw
    return clause.kind is ClauseKind.LEAD_IN and names_office(raw[clause.start : clause.end])


def links_from_scores(
    left: AnalyzedDocument,
    right: AnalyzedDocument,
    scores: npt.NDArray[np.float64],
    threshold: float = DEFAULT_THRESHOLD,
) -> Alignment:
    """The alignment that :func:`best_both_ways` draws from a matrix of :func:`pair_scores`."""
    return _alignment(left, right, best_both_ways(scores, threshold), scores)


def _alignment(
    left: AnalyzedDocument,
    right: AnalyzedDocument,
    chosen: Sequence[tuple[int, int]],
    scores: npt.NDArray[np.float64],
) -> Alignment:
    left_ids = [c.clause_id for c in left.clauses]
    right_ids = [c.clause_id for c in right.clauses]
    chosen = without_ties(chosen, scores)
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


def without_ties(
    chosen: Sequence[tuple[int, int]], scores: npt.NDArray[np.float64]
) -> list[tuple[int, int]]:
    """The pairs less those that give a clause a second proposal at a score it already has:
    of the tied ones, the pair nearest in relative position stays, then the first (a reader
    offered two partners at one score cannot tell which the engine meant)."""
    n, m = scores.shape
    ordered = sorted(
        chosen, key=lambda p: (abs((p[0] + 0.5) / max(n, 1) - (p[1] + 0.5) / max(m, 1)), p)
    )
    seen: set[tuple[int, int, float]] = set()
    kept: list[tuple[int, int]] = []
    for i, j in ordered:
        value = round(float(scores[i, j]), 4)
        if (0, i, value) in seen or (1, j, value) in seen:
            continue
        seen.update({(0, i, value), (1, j, value)})
        kept.append((i, j))
    return sorted(kept)


def _pairing_kind(clause: Clause) -> str:
    """What a clause may pair with: its own formal kind, or any commitment."""
    return clause.kind.value if clause.kind in FORMAL_KINDS else "commitment"


def _words(bag: Counter[str]) -> int:
    return sum(count for term, count in bag.items() if term[0] not in "@#")


def best_both_ways(scores: npt.NDArray[np.float64], threshold: float) -> list[tuple[int, int]]:
    """Links from each row to its best column and each column to its best row, above threshold.

    A clause also keeps the partners within ``NEAR_BEST`` of its best. ``argmax`` takes the first
    maximum, so ties go to the earliest clause: deterministic. The choice is made on the whole
    matrix at once (numpy), not pair by pair: when many clauses tie (60,000 identical
    paragraphs), every pair is near the best, and sorting each clause's in Python took minutes.
    """
    if scores.size == 0:
        return []
    chosen = np.zeros(scores.shape, dtype=bool)
    rows = np.arange(scores.shape[0])
    best_columns = np.argmax(scores, axis=1)
    above = scores[rows, best_columns] >= threshold
    chosen[rows[above], best_columns[above]] = True
    columns = np.arange(scores.shape[1])
    best_rows = np.argmax(scores, axis=0)
    above = scores[best_rows, columns] >= threshold
    chosen[best_rows[above], columns[above]] = True
    if NEAR_BEST < 1.0:
        near = (scores >= NEAR_BEST * scores.max(axis=1, keepdims=True)) | (
            scores >= NEAR_BEST * scores.max(axis=0, keepdims=True)
        )
        chosen |= near & (scores >= threshold)
    _cap(chosen, scores)
    found_rows, found_columns = np.nonzero(chosen)  # in row-major order: sorted pairs
    return list(zip(found_rows.tolist(), found_columns.tolist(), strict=True))


def _cap(chosen: npt.NDArray[np.bool_], scores: npt.NDArray[np.float64]) -> None:
    """Keep at most ``MAX_LINKS`` links per clause on each side, the best ones (the earliest
    clause first among equal scores): first each left clause's, then each right clause's of
    those left."""
    for axis in (1, 0):
        if chosen.shape[axis] <= MAX_LINKS:
            continue
        # A stable sort of the negated scores: best first, and the earliest among equals.
        ranked = np.argsort(np.where(chosen, -scores, np.inf), axis=axis, kind="stable")
        best = np.take(ranked, np.arange(MAX_LINKS), axis=axis)
        kept = np.zeros_like(chosen)
        np.put_along_axis(kept, best, True, axis=axis)
        chosen &= kept
