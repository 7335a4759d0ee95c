"""Which pairs break the order the others keep: the longest increasing run of pairs.

Two texts that keep one order pair their clauses in the same sequence; a clause moved in one
of them shows as a pair out of that sequence. Which pairs are "moved" is the complement of the
longest run of pairs whose right clauses come in the same order as their left clauses (the
longest increasing subsequence, found by patience sorting in O(n log n)). Judging each pair only
against the furthest right clause seen before it marks everything after one early outlier as
moved: in the bundled Moscow/China pair that was nearly every row.

Pure logic over clause positions, no Qt.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from corpus.model import ClauseLink


def longest_increasing_run(values: Sequence[int]) -> list[int]:
    """The indexes of one longest non-decreasing subsequence of ``values``, in order.

    Non-decreasing, not strictly increasing: two left clauses paired with one right clause keep
    the order (neither is moved). Among the longest runs, one that ends on the smallest values.
    """
    tails: list[int] = []  # tails[k]: least value ending a run of length k + 1
    tail_index: list[int] = []  # its index in ``values``
    previous: list[int] = [-1] * len(values)
    for index, value in enumerate(values):
        k = bisect_right(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_index.append(index)
        else:
            tails[k] = value
            tail_index[k] = index
        previous[index] = tail_index[k - 1] if k else -1
    run: list[int] = []
    index = tail_index[-1] if tail_index else -1
    while index != -1:
        run.append(index)
        index = previous[index]
    return run[::-1]


def moved_links(
    links: Iterable[ClauseLink], left_ids: Sequence[str], right_ids: Sequence[str]
) -> frozenset[ClauseLink]:
    """The pairs that break the order the others keep.

    ``left_ids`` and ``right_ids`` are each text's clause ids in reading order. The pairs are
    read in the left text's order (ties by the right text's); those outside one longest run
    whose right clauses never go back are moved.
    """
    left_rank = {c: i for i, c in enumerate(left_ids)}
    right_rank = {c: i for i, c in enumerate(right_ids)}
    ordered = sorted(links, key=lambda k: (left_rank[k.left], right_rank[k.right]))
    kept = set(longest_increasing_run([right_rank[k.right] for k in ordered]))
    return frozenset(k for i, k in enumerate(ordered) if i not in kept)
