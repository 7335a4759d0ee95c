"""Pairing texts whose clauses all tie (thousands of identical formula paragraphs): the same
links as the pair-by-pair definition, in bounded time, and a clear refusal past the most pairs
of clauses a comparison scores."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from corpus.compare import align as align_module
from corpus.compare.align import MAX_LINKS, NEAR_BEST, best_both_ways, pair_scores
from corpus.compare.analysis import AnalyzedDocument, analyze
from corpus.compare.comparison import compare
from corpus.errors import DocumentError
from corpus.formulas.finder import bundled_catalogue
from corpus.model import Document, DocumentMeta
from corpus.text import bundled

from tests.corpus.conftest import MOSCOW

_PARAGRAPH = "Les Parties réaffirment leur intégrité territoriale."


def reference_links(scores: npt.NDArray[np.float64], threshold: float) -> list[tuple[int, int]]:
    """Best-both-ways as defined pair by pair: each row's best column and each column's best
    row, above threshold, with the pairs near the best; then at most ``MAX_LINKS`` per row
    (best first, the earliest column among equals), then per column of those left."""
    rows, columns = scores.shape
    pairs: set[tuple[int, int]] = set()
    for i in range(rows):
        j = int(np.argmax(scores[i]))
        if scores[i, j] >= threshold:
            pairs.add((i, j))
    for j in range(columns):
        i = int(np.argmax(scores[:, j]))
        if scores[i, j] >= threshold:
            pairs.add((i, j))
    for i in range(rows):
        for j in range(columns):
            near = scores[i, j] >= NEAR_BEST * scores[i].max() or (
                scores[i, j] >= NEAR_BEST * scores[:, j].max()
            )
            if near and scores[i, j] >= threshold:
                pairs.add((i, j))
    for side in (0, 1):
        groups: dict[int, list[tuple[int, int]]] = {}
        for pair in pairs:
            groups.setdefault(pair[side], []).append(pair)
        for group in groups.values():
            group.sort(key=lambda p: (-scores[p], p))
            pairs.difference_update(group[MAX_LINKS:])
    return sorted(pairs)


@settings(max_examples=200, deadline=None)
@given(
    hnp.arrays(
        np.float64,
        st.tuples(st.integers(1, 9), st.integers(1, 9)),
        elements=st.sampled_from([0.0, 0.2, 0.3, 0.35, 0.5, 0.8, 1.0]),
    )
)
def test_the_links_are_those_of_the_pair_by_pair_definition(
    scores: npt.NDArray[np.float64],
) -> None:
    assert best_both_ways(scores, 0.3) == reference_links(scores, 0.3)


def test_a_matrix_of_ties_keeps_at_most_three_links_per_clause() -> None:
    scores = np.full((3000, 3000), 0.9)
    links = best_both_ways(scores, 0.3)
    # Each row keeps its three earliest columns, and each of those columns its three earliest
    # rows: the ties go to the earliest clauses.
    assert links == [(i, j) for i in range(3) for j in range(3)]


def _identical(doc_id: str, paragraphs: int) -> Document:
    raw = "\n\n".join([_PARAGRAPH] * paragraphs) + "\n"
    return Document(doc_id=doc_id, path=doc_id, raw=raw, meta=DocumentMeta(language="fr"))


def test_thousands_of_identical_formula_paragraphs_are_compared() -> None:
    catalogue = bundled_catalogue()
    left = _identical("left", 3000)
    right = _identical("right", 20)
    comparison = compare(left, right, catalogue)
    assert len(comparison.left.clauses) == 3000
    assert comparison.left.families() == {"territorial-integrity"}
    links = comparison.alignment.links
    assert 0 < len(links) <= MAX_LINKS * 20
    for document in (comparison.left, comparison.right):
        for clause in document.clauses[:5]:
            assert document.clause_families(clause) == {"territorial-integrity"}


def test_a_clause_holds_the_families_of_the_hits_that_start_in_it() -> None:
    moscow = analyze(bundled.load_bundled(MOSCOW), bundled_catalogue())
    for clause in moscow.segmentation.clauses:
        expected = {h.family for h in moscow.formulas if clause.start <= h.start < clause.end}
        assert moscow.clause_families(clause) == expected
    expected_all = {
        h.family for h in moscow.formulas if any(c.start <= h.start < c.end for c in moscow.clauses)
    }
    assert moscow.families() == expected_all
    assert expected_all


def test_more_pairs_of_clauses_than_the_limit_are_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(align_module, "MAX_CLAUSE_PAIRS", 100 * 100)
    catalogue = bundled_catalogue()
    left: AnalyzedDocument = analyze(_identical("left", 101), catalogue)
    right: AnalyzedDocument = analyze(_identical("right", 100), catalogue)
    with pytest.raises(DocumentError) as refused:
        pair_scores(left, right)
    assert str(refused.value) == (
        "too many clauses to compare (101 against 100, so 10,100 pairs); the limit is 10,000 pairs"
    )
    assert pair_scores(analyze(_identical("left", 100), catalogue), right).shape == (100, 100)
