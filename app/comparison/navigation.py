"""Walking a comparison by keyboard: pairs, unpaired clauses, and the pairs left to review.

Every walk starts from the clause the reader is on, not from the top, and stops at either end
(the reader says so) instead of wrapping around silently:

* pairs are visited in the order of the text the reader is in (the left text's order from a left
  clause, the right text's from a right clause);
* unpaired clauses down the left text, then down the right text;
* pairs to review: the engine's proposals the analyst has not decided yet, weakest first.

Pure logic, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.compare.comparison import Comparison
from corpus.model import ClauseLink, Side


@dataclass(frozen=True, slots=True)
class Stop:
    """A place the keyboard can go to: a side and a clause, with the pair it belongs to."""

    side: Side
    clause_id: str
    link: ClauseLink | None = None


def _ranks(comparison: Comparison) -> dict[Side, dict[str, int]]:
    return {
        Side.LEFT: {c.clause_id: i for i, c in enumerate(comparison.left.clauses)},
        Side.RIGHT: {c.clause_id: i for i, c in enumerate(comparison.right.clauses)},
    }


def _other(side: Side) -> Side:
    return Side(side).other  # Side(): a side that came through a Qt signal as text


def pair_stops(comparison: Comparison, side: Side = Side.LEFT) -> list[Stop]:
    """Every pair, as a stop on its clause of ``side``, in that text's order."""
    rank = _ranks(comparison)
    other = _other(side)
    links = sorted(
        comparison.alignment.links,
        key=lambda k: (rank[side][getattr(k, side)], rank[other][getattr(k, other)]),
    )
    return [Stop(side, getattr(link, side), link) for link in links]


def unpaired_stops(comparison: Comparison) -> list[Stop]:
    """Every unpaired clause, left text first."""
    alignment = comparison.alignment
    return [Stop(Side.LEFT, c) for c in alignment.unpaired_left] + [
        Stop(Side.RIGHT, c) for c in alignment.unpaired_right
    ]


def review_stops(comparison: Comparison) -> list[Stop]:
    """The engine's proposals not yet decided, weakest first (ties in the left text's order)."""
    rank = _ranks(comparison)
    links = sorted(
        (k for k in comparison.alignment.links if not k.decided),
        key=lambda k: (k.score, rank[Side.LEFT][k.left], rank[Side.RIGHT][k.right]),
    )
    return [Stop(Side.LEFT, link.left, link) for link in links]


def step(
    comparison: Comparison, stops: list[Stop], current: Stop | None, forward: bool
) -> Stop | None:
    """The stop after (or before) ``current``; ``None`` past either end.

    When ``current`` is not a stop (a clause the reader clicked), the walk goes on from where
    that clause stands: the first stop after it in reading order (left text, then right text).
    Without a current clause, the first (or last) stop.
    """
    if not stops:
        return None
    if current is None:
        return stops[0] if forward else stops[-1]
    if current in stops:
        index = stops.index(current) + (1 if forward else -1)
        return stops[index] if 0 <= index < len(stops) else None
    rank = _ranks(comparison)

    def place(stop: Stop) -> tuple[int, int]:
        return (0 if stop.side == Side.LEFT else 1, rank[stop.side].get(stop.clause_id, -1))

    here = place(current)
    if forward:
        return next((s for s in stops if place(s) > here), None)
    return next((s for s in reversed(stops) if place(s) < here), None)
