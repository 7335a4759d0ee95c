"""A whole comparison of two documents: clause pairs, shared phrases and a reader's summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from corpus.compare.align import languages_differ, propose
from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.compare.decisions import apply_decisions
from corpus.compare.diffing import diff_words
from corpus.compare.phrases import shared_phrases
from corpus.defaults import DEFAULT_MIN_WORDS, DEFAULT_THRESHOLD
from corpus.formulas.finder import Catalogue
from corpus.model import Alignment, ClauseLink, Decision, DiffSegment, Document, SharedPhrase


@dataclass(frozen=True, slots=True)
class CompareSettings:
    """The knobs a user can turn; recorded with every comparison (and in exported PDFs)."""

    threshold: float = DEFAULT_THRESHOLD
    min_words: int = DEFAULT_MIN_WORDS


@dataclass(frozen=True)
class Comparison:
    """Everything a reader sees about a pair of documents.

    Attributes:
        left: the left document, analysed.
        right: the right document, analysed.
        alignment: the clause pairs: the engine's proposal with the analyst's decisions applied.
        phrases: the phrases the two texts share.
        similarity: overall similarity of the two texts, 0 to 1 (see :func:`overall_similarity`).
        only_left: formula families present in the left text and absent from the right, in
            catalogue order.
        only_right: the reverse.
        settings: the settings used.
        catalogue_version: the version of the formula catalogue used.
        proposal: the engine's pairs alone, before the decisions.
        decisions: the analyst's decisions applied, oldest first.
        scores: the similarity of every compared left clause with every right one.
        relation: "versions" when the engine took the texts for versions of one text (a
            translation, a draft: paired in order), else "comparable".
        basis: what the clauses were compared on: "words", "cognates" (French and English) or
            "anchors" (a third language: numbers and names only).
    """

    left: AnalyzedDocument
    right: AnalyzedDocument
    alignment: Alignment
    phrases: tuple[SharedPhrase, ...]
    similarity: float
    only_left: tuple[str, ...]
    only_right: tuple[str, ...]
    settings: CompareSettings
    catalogue_version: str
    proposal: Alignment
    scores: npt.NDArray[np.float64] = field(compare=False, repr=False)
    decisions: tuple[Decision, ...] = ()
    relation: str = "comparable"
    basis: str = "words"

    def score(self, left_id: str, right_id: str) -> float:
        """How alike a compared left clause and a compared right clause are (0 to 1)."""
        rows = [c.clause_id for c in self.left.clauses]
        columns = [c.clause_id for c in self.right.clauses]
        if self.scores.shape != (len(rows), len(columns)):
            return 0.0
        return float(self.scores[rows.index(left_id), columns.index(right_id)])

    def with_decisions(self, decisions: Sequence[Decision]) -> Comparison:
        """The same comparison with these decisions applied to the engine's proposal instead."""
        alignment = apply_decisions(self.proposal, decisions, self.left, self.right, self.score)
        return replace(
            self,
            alignment=alignment,
            decisions=tuple(sorted(decisions, key=lambda d: d.made_at)),
            similarity=overall_similarity(self.left, self.right, alignment),
        )

    def diff(self, link: ClauseLink) -> list[DiffSegment]:
        """The word-level diff of one clause pair; none across two languages, where every word
        would differ."""
        if languages_differ(self.left, self.right):
            return []
        left = self.left.clause(link.left)
        right = self.right.clause(link.right)
        return diff_words(self.left.document.raw, left.span, self.right.document.raw, right.span)


def overall_similarity(
    left: AnalyzedDocument, right: AnalyzedDocument, alignment: Alignment
) -> float:
    """The share of both texts that has a counterpart, weighted by how alike the pairs are.

    Each clause counts for its length in characters times the score of its best pair (0 when
    unpaired); the sum over both texts is divided by their total length.
    """
    best: dict[tuple[str, str], float] = {}
    for link in alignment.links:
        best[("L", link.left)] = max(best.get(("L", link.left), 0.0), link.score)
        best[("R", link.right)] = max(best.get(("R", link.right), 0.0), link.score)
    total = 0
    weighted = 0.0
    for side, document in (("L", left), ("R", right)):
        for clause in document.clauses:
            size = clause.end - clause.start
            total += size
            weighted += size * best.get((side, clause.clause_id), 0.0)
    return round(weighted / total, 4) if total else 0.0


def compare(
    left: Document,
    right: Document,
    catalogue: Catalogue,
    settings: CompareSettings = CompareSettings(),
    decisions: Sequence[Decision] = (),
) -> Comparison:
    """Compare two documents: analyse both, pair their clauses, find their shared phrases, and
    apply the analyst's decisions (clause ids of these documents) to the pairs."""
    left_doc = analyze(left, catalogue)
    right_doc = analyze(right, catalogue)
    return compare_analyzed(left_doc, right_doc, catalogue, settings, decisions)


def compare_analyzed(
    left: AnalyzedDocument,
    right: AnalyzedDocument,
    catalogue: Catalogue,
    settings: CompareSettings = CompareSettings(),
    decisions: Sequence[Decision] = (),
) -> Comparison:
    """Compare two documents already analysed."""
    proposed = propose(left, right, threshold=settings.threshold)
    proposal, scores = proposed.alignment, proposed.scores
    phrases = shared_phrases(
        left.document.raw,
        left.text.tokens,
        right.document.raw,
        right.text.tokens,
        min_words=settings.min_words,
        left_formulas=left.formulas,
        right_formulas=right.formulas,
    )
    order = [family.family_id for family in catalogue.families]
    left_families = left.families()
    right_families = right.families()
    engine_only = Comparison(
        left=left,
        right=right,
        alignment=proposal,
        phrases=tuple(phrases),
        similarity=overall_similarity(left, right, proposal),
        only_left=tuple(f for f in order if f in left_families - right_families),
        only_right=tuple(f for f in order if f in right_families - left_families),
        settings=settings,
        catalogue_version=catalogue.version,
        proposal=proposal,
        scores=scores,
        relation=proposed.relation,
        basis=proposed.basis,
    )
    return engine_only.with_decisions(decisions) if decisions else engine_only
