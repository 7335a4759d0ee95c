"""Walking a comparison by keyboard: next and previous pair, next and previous unpaired clause.

Pairs are visited in the left text's order (then the right one's, for ties); unpaired clauses
are visited down the left text, then down the right text. Pure logic, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.compare.comparison import Comparison
from corpus.model import ClauseLink


@dataclass(frozen=True, slots=True)
class Stop:
    """A place the keyboard can go to: a side and a clause, with the pair it belongs to."""

    side: str
    clause_id: str
    link: ClauseLink | None = None


def pair_stops(comparison: Comparison) -> list[Stop]:
    """Every pair, as a stop on its left clause, in the left text's order."""
    left_rank = {c.clause_id: i for i, c in enumerate(comparison.left.clauses)}
    right_rank = {c.clause_id: i for i, c in enumerate(comparison.right.clauses)}
    links = sorted(
        comparison.alignment.links, key=lambda k: (left_rank[k.left], right_rank[k.right])
    )
    return [Stop("left", link.left, link) for link in links]


def unpaired_stops(comparison: Comparison) -> list[Stop]:
    """Every unpaired clause, left text first."""
    alignment = comparison.alignment
    return [Stop("left", c) for c in alignment.unpaired_left] + [
        Stop("right", c) for c in alignment.unpaired_right
    ]


def step(stops: list[Stop], current: Stop | None, forward: bool) -> Stop | None:
    """The stop after (or before) ``current``; wraps around; the first (or last) if none."""
    if not stops:
        return None
    if current is None or current not in stops:
        return stops[0] if forward else stops[-1]
    index = stops.index(current) + (1 if forward else -1)
    return stops[index % len(stops)]
