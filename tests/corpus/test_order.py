"""The pairs that break the order the others keep, on real comparisons."""

from __future__ import annotations

import itertools
import random

from corpus.compare.comparison import compare
from corpus.compare.order import longest_increasing_run, moved_links
from corpus.formulas.finder import bundled_catalogue
from corpus.model import Document


def _longest_by_brute_force(values: list[int]) -> int:
    """The length of the longest non-decreasing subsequence, in O(n²)."""
    best = [1] * len(values)
    for i in range(len(values)):
        for j in range(i):
            if values[j] <= values[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


def test_the_run_is_increasing_and_longest() -> None:
    generator = random.Random(7)
    for size in (0, 1, 2, 9, 40):
        values = [generator.randrange(30) for _ in range(size)]
        run = longest_increasing_run(values)
        assert all(values[a] <= values[b] for a, b in itertools.pairwise(run))
        assert run == sorted(run)
        assert len(run) == _longest_by_brute_force(values)


def test_a_text_against_itself_moves_nothing(moscow: Document) -> None:
    result = compare(moscow, moscow, bundled_catalogue())
    left = [c.clause_id for c in result.left.clauses]
    right = [c.clause_id for c in result.right.clauses]
    assert result.alignment.links
    assert moved_links(result.alignment.links, left, right) == frozenset()


def test_real_pairs_keep_a_longest_order(china: Document, vietnam: Document) -> None:
    result = compare(china, vietnam, bundled_catalogue())
    left = [c.clause_id for c in result.left.clauses]
    right = [c.clause_id for c in result.right.clauses]
    links = result.alignment.links
    moved = moved_links(links, left, right)
    kept = sorted((k for k in links if k not in moved), key=lambda k: left.index(k.left))
    ranks = [right.index(k.right) for k in kept]
    assert ranks == sorted(ranks)  # the others never go back in either text
    ordered = sorted(links, key=lambda k: (left.index(k.left), right.index(k.right)))
    assert len(kept) == _longest_by_brute_force([right.index(k.right) for k in ordered])
    # The old rule (behind the furthest right clause seen so far) marks at least as many.
    furthest, old = -1, 0
    for k in ordered:
        rank = right.index(k.right)
        old += rank < furthest
        furthest = max(furthest, rank)
    assert len(moved) <= old
    assert len(moved) < len(links) // 2
